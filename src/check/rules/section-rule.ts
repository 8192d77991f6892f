import type { Rules } from '../../core/charter.js';
import type { Failure, Figures, RuleId } from './verdict.js';
import type { MemberBounds, PlanFacts, Rule, RuleOption, RuleWords, SectionFacts, ZonesTest } from './types.js';
import type { ZoneSet } from '../../core/types.js';

/** A rule judged section by section: evaluate is evaluateSections over every section. */
export function sectionRule(def: {
  id: RuleId;
  options?: readonly RuleOption[];
  words?: RuleWords;
  applies(rules: Rules): boolean;
  figures(plan: PlanFacts): Figures;
  /** the failure of one section, if it breaks the rule */
  judge(section: SectionFacts, plan: PlanFacts): Failure | undefined;
  incremental?(rules: Rules): boolean;
  memberBounds?(rules: Rules, count?: { sections: number; members: number }): MemberBounds;
  boundsDependOnCount?(rules: Rules): boolean;
  judgedOnTotals?: boolean;
  zonesTest?(rules: Rules, zones: ZoneSet): ZonesTest;
}): Rule {
  const evaluateSections = (plan: PlanFacts, sections: readonly SectionFacts[]): Failure[] =>
    sections.map((s) => def.judge(s, plan)).filter((f): f is Failure => f !== undefined);
  return {
    id: def.id,
    scope: 'section',
    options: def.options,
    words: def.words,
    applies: def.applies,
    figures: def.figures,
    evaluate: (plan) => evaluateSections(plan, plan.sections),
    evaluateSections,
    incremental: def.incremental ?? (() => true),
    memberBounds: def.memberBounds,
    boundsDependOnCount: def.boundsDependOnCount,
    judgedOnTotals: def.judgedOnTotals,
    zonesTest: def.zonesTest,
  };
}
