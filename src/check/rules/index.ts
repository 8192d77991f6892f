// The rules of the charter, one module each. checkPlan runs them in this order. To add a rule (as
// max-zones.ts was added), write one module here and list it in RULES below:
//  - when it applies, its figures, how it judges a plan (sectionRule() for a rule judged section by section,
//    which makes it incremental; judgedOnTotals when a section's verdict depends on the plan's totals), and
//    memberBounds() if propose should respect it (fewest/most members, most zones);
//  - its option(s) (RuleOption: the Rules field, rules.json key, CLI flag, how the value is read, its help):
//    core/rules.ts and the CLI loop over them; its Rules field, id and failures by declaration merging
//    (`declare module '../../core/charter.js'`, `declare module './verdict.js'`: MoreRules, MoreFailures);
//  - its words (RuleWords), from its messages in src/messages/check.ts, and its help in src/messages/help.ts;
//  - fixtures and tests. Report, export, the editor and propose then follow from the registry.
import type { Rules } from '../../core/charter.js';
import type { RuleId } from './verdict.js';
import { RULE_OPTIONS, RULES } from './registry.js';
import type { MemberBounds, Rule, RuleOption, ZonesTest } from './types.js';
import type { ZoneSet } from '../../core/types.js';
export { RULES, RULE_OPTIONS } from './registry.js';

/** The rules.json key and CLI flag (without "--") of a charter option, as its rule module declares it. */
export function optionKey(field: RuleOption['field']): string {
  const o = RULE_OPTIONS.find((x) => x.field === field);
  if (!o) throw new Error(`no rule declares the option ${field}`);
  return o.key;
}

/** The rules that apply under a charter, in order. */
export function rulesThatApply(rules: Rules): Rule[] {
  return RULES.filter((r) => r.applies(rules));
}

export function ruleById(id: RuleId): Rule {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`unknown rule ${id}`);
  return r;
}

/** Rules whose failures each concern one section (export writes one pass/fail column per such rule). */
export function sectionRuleIds(): RuleId[] {
  return RULES.filter((r) => r.scope === 'section').map((r) => r.id);
}

/**
 * What a section may hold under every rule that applies: the largest minimum of members, the smallest
 * maximum, and the fewest zones allowed (Infinity when none). `count` (sections, members) is needed by rules whose bounds depend on it.
 */
export function sectionMemberBounds(rules: Rules, count?: { sections: number; members: number }): Required<MemberBounds> {
  let min = 0;
  let max = Infinity;
  let maxZones = Infinity;
  for (const r of rulesThatApply(rules)) {
    const b = r.memberBounds?.(rules, count) ?? {};
    if (b.min !== undefined) min = Math.max(min, b.min);
    if (b.max !== undefined) max = Math.min(max, b.max);
    if (b.maxZones !== undefined) maxZones = Math.min(maxZones, b.maxZones);
  }
  return { min, max, maxZones };
}

/**
 * The test of a candidate section by its zones that every applying rule with a `zonesTest` passes (max-spread…);
 * undefined when no rule needs more than member bounds. Propose, the editor's Complete and the audit obey it.
 */
export function sectionZonesTest(rules: Rules, zones: ZoneSet): ZonesTest | undefined {
  const tests = rulesThatApply(rules).flatMap((r) => (r.zonesTest ? [r.zonesTest(rules, zones)] : []));
  if (tests.length === 0) return undefined;
  return (units, size) => tests.every((t) => t(units, size));
}

/** True when some rule's member bounds depend on the number of sections (e.g. max-deviation). */
export function boundsDependOnCount(rules: Rules): boolean {
  return rulesThatApply(rules).some((r) => r.boundsDependOnCount?.(rules) ?? false);
}

export type { Rule, PlanFacts, SectionFacts, PlanRow, MemberBounds, RuleOption, OptionValue, ZonesTest } from './types.js';
export { EMPTY_VALUE } from './assignment.js';
export { valuesOf } from './within.js';
export { respectCrossings } from './respect.js';
export { breaksContiguity } from './contiguity.js';
export { splitIntoUnits } from './split-into.js';
export { resolveRules, rulesFileFrom, parseSplitInto, RULES_FILE_KEYS, type RuleOptions, type RulesFile, type RulesFileValues } from './resolve.js';
export { spreadLimits } from './max-spread.js';
