import type { Tie } from '../apportion/methods.js';
import { sectionSeats } from '../apportion/sections.js';
import { InputError, isInputError } from '../core/errors.js';
import { option as optionRef, said, shown } from '../messages/index.js';
import type { Rules } from '../core/rules.js';
import { sectionName, type Plan, type PlanInput, type ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import { partitionOfPlan, unitGraphOf } from '../partition/index.js';
import { respectCrossings, rulesThatApply, valuesOf, type PlanFacts, type PlanRow, type SectionFacts } from './rules/index.js';
import type { CheckReport, Failure, RuleFailure, RuleId, RuleVerdict, SectionVerdict } from './types.js';
import { describeRulesIn, failureText, ruleLabel, ruleMessage, sectionProblem, tieNote } from './wording.js';

export { EMPTY_VALUE } from './rules/index.js';
import { linksBySection } from './links.js';

/**
 * From plain JS, a plan and a charter of the wrong shape ({zone: section} instead of a Map, the options given
 * to resolveRules instead of its result) are said naming the argument, not as "rows is not iterable".
 */
function checkShapes(plan: unknown, rules: unknown): void {
  const isPlan = plan instanceof Map || (typeof plan === 'object' && plan !== null && Array.isArray((plan as PlanInput).rows));
  if (!isPlan) throw new InputError(said('plan.check.notPlan', { value: shown(plan) }), { field: 'plan', hint: said('plan.check.notPlan.hint') });
  requireCharter(rules);
}

/**
 * From plain JS, rules that are resolveRules's options rather than its charter (no seat rule) are an InputError naming
 * the argument, not a TypeError deep inside a rule (checkPlan, proposeSections).
 */
export function requireCharter(rules: unknown): void {
  const seats = typeof rules === 'object' && rules !== null ? (rules as Partial<Rules>).seats : undefined;
  if (typeof seats !== 'object' || seats === null) {
    throw new InputError(said('plan.rules.notResolved', { value: shown(rules) }), { field: 'rules', hint: said('plan.rules.notResolved.hint') });
  }
}

/**
 * Check a plan against the rules: every rule module that applies (src/check/rules/: assignment,
 * contiguity, member and seat thresholds, optional maximum, deviation, `within`, section count) in order;
 * `respect` crossings are reported. Accepts a Plan or the raw rows of a plan file (PlanInput), so
 * unknown, missing and duplicate zones are all listed rather than stopping at the first. Never throws
 * for a broken plan (only for a rule that names a zone property no zone has).
 */
export function checkPlan(zones: ZoneSet, graph: ZoneGraph, plan: Plan | PlanInput, rules: Rules): CheckReport {
  checkShapes(plan, rules);
  const facts = planFacts(zones, graph, plan, rules);
  const verdicts: RuleVerdict[] = rulesThatApply(rules).map((rule) => {
    const failures = rule.evaluate(facts).map(withMessage);
    const v = { rule: rule.id, figures: rule.figures(facts), ok: failures.length === 0, failures };
    return { rule: rule.id, label: ruleLabel(v), ok: v.ok, message: ruleMessage(v), failures, figures: v.figures };
  });

  const linksOf = linksBySection(zones, graph, facts.sections);
  const sections: SectionVerdict[] = facts.sections.map((s) => {
    const largest = s.zones.map((z) => zones.byId.get(z)!).reduce((a, b) => (b.members > a.members ? b : a));
    const v: SectionVerdict = {
      id: s.id,
      name: sectionName(s.id, largest),
      zones: s.zones,
      members: s.members,
      seats: s.seats,
      contiguous: s.pieces.length <= 1,
      crossed: rules.respect ? respectCrossings(zones, s.zones, rules.respect) : [],
      ok: true,
      problems: [],
    };
    if (s.pieces.length > 1) v.pieces = s.pieces;
    if (rules.within) v.withinValues = [...valuesOf(zones, s.zones, rules.within).keys()];
    const links = linksOf.get(s.id);
    if (links) v.links = links;
    return v;
  });
  const byId = new Map(sections.map((s) => [s.id, s]));
  for (const v of verdicts) {
    for (const f of v.failures) {
      const problem = f.section === undefined ? undefined : sectionProblem(f);
      const s = f.section === undefined ? undefined : byId.get(f.section);
      if (s && problem !== undefined) {
        s.ok = false;
        s.problems.push(problem);
      }
    }
  }

  const broken = verdicts.filter((v) => !v.ok).length;
  return {
    ok: broken === 0,
    rulesText: describeRulesIn(rules, 'en'),
    membersEstimated: zones.members.estimated,
    membersNote: zones.members.estimated ? zones.members.description : undefined,
    rules: verdicts,
    sections,
    totals: {
      zones: zones.zones.length,
      assignedZones: facts.assigned.size,
      sections: sections.length,
      members: sections.reduce((s, x) => s + x.members, 0),
      seats: sections.reduce((s, x) => s + x.seats, 0),
      brokenRules: broken,
      failingSections: sections.filter((s) => !s.ok).length,
      crossingSections: sections.filter((s) => s.crossed.length > 0).length,
    },
    respect: rules.respect,
    within: rules.within,
    // A tie for the last seat(s) that nobody settled: plan order gave it provisionally. It cannot change
    // the verdict (every section gets its minimum before the rest is shared), but the committee must know.
    ties: facts.ties,
    notes: facts.ties.map((t) => tieNote(t)),
  };
}

/** The failures of some sections only, for the rules judged section by section (see checkSections). */
export interface SectionsCheck {
  /** per rule that applies and is judged per section: the failures among the given sections */
  rules: { rule: RuleId; failures: RuleFailure[] }[];
  /**
   * false when some rule could not be judged on these sections alone (seats shared from a fixed total,
   * assignment): its failures then cover the whole plan; true when every failure listed concerns these sections
   */
  incremental: boolean;
}

/**
 * The verdicts of the section rules on some sections of a plan (e.g. the two sections a zone moved
 * between), without judging the others: for an editor that re-checks after each move. Plan-wide rules
 * (assignment, section count) are left out; a section rule that cannot be judged incrementally under
 * these rules is judged on the whole plan and `incremental` is false.
 */
export function checkSections(zones: ZoneSet, graph: ZoneGraph, plan: Plan, rules: Rules, sectionIds: readonly string[]): SectionsCheck {
  const facts = planFacts(zones, graph, plan, rules);
  const wanted = new Set(sectionIds);
  const subset = facts.sections.filter((s) => wanted.has(s.id));
  let incremental = true;
  const out: SectionsCheck['rules'] = [];
  for (const rule of rulesThatApply(rules)) {
    if (rule.scope !== 'section') continue;
    const whole = !rule.incremental(rules) || !rule.evaluateSections;
    if (whole) incremental = false;
    const failures = (whole ? rule.evaluate(facts) : rule.evaluateSections!(facts, subset)).map(withMessage);
    out.push({ rule: rule.id, failures });
  }
  return { rules: out, incremental };
}

function withMessage(f: Failure): RuleFailure {
  return { ...f, message: failureText(f) } as RuleFailure;
}

/** Everything the rules look at, measured once: rows, assignment, sections with members, seats and pieces. */
export function planFacts(zones: ZoneSet, graph: ZoneGraph, plan: Plan | PlanInput, rules: Rules): PlanFacts {
  const rows: PlanRow[] = plan instanceof Map ? [...plan].map(([zone, section]) => ({ zone, section })) : plan.rows;
  for (const prop of [rules.within, rules.respect]) if (prop !== undefined) requireProperty(zones, prop, prop === rules.within ? 'within' : 'respect');

  // the first filled row of each known zone counts
  const assigned: Plan = new Map();
  for (const row of rows) if (row.section !== '' && zones.byId.has(row.zone) && !assigned.has(row.zone)) assigned.set(row.zone, row.section);

  // the plan as a Partition (the one plan state): members, zones and pieces of each section from it
  const { partition, sectionIds } = partitionOfPlan(unitGraphOf(zones, graph), assigned);
  const members = new Map(sectionIds.map((id, s) => [id, partition.members(s)]));
  const { seats, shortfall, ties } = seatsOrShortfall(members, rules);
  const ids = graph.ids;
  const sections: SectionFacts[] = sectionIds.map((id, s) => {
    // the pieces (a search of the graph) are found when a rule first asks, so that checkSections pays
    // only for the sections it judges
    let pieces: string[][] | undefined;
    return {
      id,
      zones: [...partition.units(s)].sort((a, b) => a - b).map((u) => ids[u]!),
      members: partition.members(s),
      seats: seats.get(id) ?? 0,
      get pieces() {
        pieces ??= partition.pieces(s).map((p) => p.map((u) => ids[u]!));
        return pieces;
      },
    };
  });
  return {
    zones,
    graph,
    rules,
    rows,
    assigned,
    sections,
    totals: { sections: sections.length, members: sections.reduce((s, x) => s + x.members, 0) },
    seatShortfall: shortfall,
    ties,
  };
}

/**
 * Seats per section (src/apportion). A fixed total too small to give every section its minimum is a
 * broken rule here, not unusable input: the seats are then shared without the minimum, and the shortfall says why.
 */
function seatsOrShortfall(members: Map<string, number>, rules: Rules): { seats: Map<string, number>; shortfall?: PlanFacts['seatShortfall']; ties: Tie[] } {
  try {
    const r = sectionSeats(members, rules);
    return { seats: r.seats, ties: r.ties.filter((t) => !t.resolvedBy) };
  } catch (e) {
    if (!isInputError(e) || rules.seats.kind !== 'total') throw e;
    const shortfall = { total: rules.seats.total, sections: members.size, minimum: rules.minSeats, needed: members.size * rules.minSeats };
    const r = sectionSeats(members, { ...rules, minSeats: 0 });
    return { seats: r.seats, shortfall, ties: r.ties.filter((t) => !t.resolvedBy) };
  }
}

function requireProperty(zones: ZoneSet, prop: string, option: 'within' | 'respect'): void {
  if (zones.zones.some((z) => Object.prototype.hasOwnProperty.call(z.properties, prop))) return;
  const known = [...new Set(zones.zones.flatMap((z) => Object.keys(z.properties)))];
  throw new InputError(said('plan.check.noProperty', { prop }), {
    file: zones.file,
    field: prop,
    hint: said('plan.check.noProperty.hint', { option: optionRef(option), known: known.length ? known.join(', ') : said('plan.check.noProperties') }),
  });
}
