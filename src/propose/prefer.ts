/**
 * `--prefer old-plan.csv`: keep the old plan's cores. After the proposer has found its plan, each new
 * section is matched with the old section it shares the most members with (one to one, largest overlap
 * first); border zones then move, one at a time, back to the section matched with their old section
 * whenever every rule still holds (contiguity, thresholds, --max-members, --within) and no section
 * disappears, so the number of sections found by the proposer is kept. Matched sections take the old
 * section's name, so members keep their section and their delegates. The share of members who stay is reported.
 */
import { checkPlan, sectionMemberBounds } from '../check/index.js';
import { sectionZonesTest } from '../check/rules/index.js';
import { piecesOf } from '../check/contiguity.js';
import { areaKm2, perimeterKm } from '../core/geometry.js';
import type { Labels } from '../core/i18n.js';
import type { Rules } from '../core/rules.js';
import type { Plan, ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import type { ProposeResult, SectionSummary } from './types.js';
import { PREFER_LABELS } from '../messages/prefer.js';

export interface PlanMatch {
  /** new section id → the old section it is matched with (sections without a match are left out) */
  matched: Map<string, string>;
  /** members whose zone is in the new section matched with its old section */
  keptMembers: number;
  /** keptMembers / all members of the zones in both plans (0 when there are none) */
  keptShare: number;
  /** zones whose new section is not the one matched with their old section, in the zones' order */
  changedZones: string[];
}

/** Match the sections of `plan` with those of `old` (largest shared membership first, one to one). */
export function matchPlans(zones: ZoneSet, plan: Plan, old: Plan): PlanMatch {
  const overlap = new Map<string, number>(); // "new\u0000old" → members
  let total = 0;
  for (const z of zones.zones) {
    const a = plan.get(z.id);
    const b = old.get(z.id);
    if (a === undefined || b === undefined) continue;
    total += z.members;
    const k = `${a}\u0000${b}`;
    overlap.set(k, (overlap.get(k) ?? 0) + z.members + 1e-9); // zones with 0 members still count a little
  }
  const pairs = [...overlap].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const matched = new Map<string, string>();
  const taken = new Set<string>();
  for (const [k] of pairs) {
    const [a, b] = k.split('\u0000');
    if (matched.has(a) || taken.has(b)) continue;
    matched.set(a, b);
    taken.add(b);
  }
  let kept = 0;
  const changedZones: string[] = [];
  for (const z of zones.zones) {
    const a = plan.get(z.id);
    const b = old.get(z.id);
    if (a === undefined || b === undefined) continue;
    if (matched.get(a) === b) kept += z.members;
    else changedZones.push(z.id);
  }
  return { matched, keptMembers: kept, keptShare: total > 0 ? kept / total : 0, changedZones };
}

export interface PreferResult {
  /** the plan after the moves, its matched sections named after the old ones */
  plan: Plan;
  /** zones moved back towards their old section */
  moved: number;
  match: PlanMatch;
  /** the share of members who stayed before the moves (the proposer's plan as it was) */
  keptShareBefore: number;
}

/**
 * Move border zones of a compliant plan back to the section matched with their old section while every
 * rule still holds, then rename the matched sections after the old ones. The plan returned is checked
 * with checkPlan; if it is not compliant (it cannot be, unless a rule depends on every section at once,
 * like a fixed total of seats), the moves are dropped and only the names change.
 */
export function preferOldPlan(zones: ZoneSet, graph: ZoneGraph, rules: Rules, plan: Plan, old: Plan, maxPasses = 20): PreferResult {
  const before = matchPlans(zones, plan, old);
  const current: Plan = new Map(plan);
  const members = new Map<string, number>();
  const zonesOf = new Map<string, Set<number>>();
  graph.ids.forEach((id, i) => {
    const s = current.get(id);
    if (s === undefined) return;
    members.set(s, (members.get(s) ?? 0) + zones.byId.get(id)!.members);
    let set = zonesOf.get(s);
    if (!set) zonesOf.set(s, (set = new Set()));
    set.add(i);
  });
  // what a section may hold under every rule (members, zones): moves keep the number of sections and their total
  const bounds = sectionMemberBounds(rules, { sections: members.size, members: [...members.values()].reduce((a, b) => a + b, 0) });
  const oldToNew = new Map([...before.matched].map(([a, b]) => [b, a]));
  // rules that judge a section by its zones (max-spread…): both sections after the move must pass
  const zonesTest = sectionZonesTest(rules, zones);
  const passes = (set: Iterable<number>) => {
    const units = [...set];
    return zonesTest === undefined || zonesTest(units, units.length);
  };
  const withinOf = (i: number) => (rules.within === undefined ? '' : String(zones.byId.get(graph.ids[i])!.properties[rules.within] ?? ''));
  let moved = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    let changed = false;
    for (let i = 0; i < graph.ids.length; i++) {
      const id = graph.ids[i];
      const from = current.get(id);
      const oldSection = old.get(id);
      if (from === undefined || oldSection === undefined) continue;
      const to = oldToNew.get(oldSection);
      if (to === undefined || to === from) continue;
      const m = zones.byId.get(id)!.members;
      const src = zonesOf.get(from)!;
      const dst = zonesOf.get(to)!;
      if (src.size <= 1) continue;
      if (!graph.neighbors[i].some((j) => dst.has(j))) continue;
      if (members.get(from)! - m < bounds.min || members.get(to)! + m > bounds.max || dst.size + 1 > bounds.maxZones) continue;
      if (rules.within !== undefined && withinOf([...dst][0]) !== withinOf(i)) continue;
      src.delete(i);
      if (piecesOf(graph, [...src]).length !== 1 || !passes(src) || !passes([...dst, i])) {
        src.add(i);
        continue;
      }
      dst.add(i);
      current.set(id, to);
      members.set(from, members.get(from)! - m);
      members.set(to, members.get(to)! + m);
      moved++;
      changed = true;
    }
    if (!changed) break;
  }
  let result = current;
  if (moved > 0 && !checkPlan(zones, graph, current, rules).ok) {
    result = new Map(plan);
    moved = 0;
  }
  const renamed = renameMatched(result, matchPlans(zones, result, old).matched);
  return { plan: renamed, moved, match: matchPlans(zones, renamed, old), keptShareBefore: before.keptShare };
}

/** Matched sections take the old section's name; other sections keep theirs (made unique if needed). */
function renameMatched(plan: Plan, matched: Map<string, string>): Plan {
  const used = new Set(matched.values());
  const names = new Map<string, string>();
  for (const s of new Set(plan.values())) {
    let name = matched.get(s);
    if (name === undefined) {
      name = s;
      for (let k = 2; used.has(name); k++) name = `${s}-${k}`;
      used.add(name);
    }
    names.set(s, name);
  }
  return new Map([...plan].map(([z, s]) => [z, names.get(s)!]));
}

/**
 * A proposal after preferOldPlan: the same ProposeResult with the plan, the check and the sections table
 * of the preferred plan (compactness from zone areas, perimeters and the graph's shared borders, as the proposer measures it).
 */
export function withPreference(
  zones: ZoneSet,
  graph: ZoneGraph,
  rules: Rules,
  result: ProposeResult,
  old: Plan,
): { result: ProposeResult; prefer: PreferResult } {
  const prefer = preferOldPlan(zones, graph, rules, result.plan, old);
  const check = checkPlan(zones, graph, prefer.plan, rules);
  const km = new Map<string, number>();
  for (const e of graph.edges) km.set(`${e.a},${e.b}`, e.sharedBorderKm);
  const sections: SectionSummary[] = check.sections.map((s) => {
    const idx = s.zones.map((z) => graph.index.get(z)!);
    const inSet = new Set(idx);
    let a = 0;
    let p = 0;
    let internal = 0;
    for (const i of idx) {
      const g = zones.byId.get(graph.ids[i])!.geometry;
      a += areaKm2(g);
      p += perimeterKm(g);
      for (const j of graph.neighbors[i]) if (j > i && inSet.has(j)) internal += km.get(`${i},${j}`) ?? 0;
    }
    const perimeter = p - 2 * internal;
    return {
      id: s.id,
      name: s.name,
      zones: s.zones,
      members: s.members,
      seats: s.seats,
      crossed: s.crossed,
      compactness: perimeter > 0 ? (4 * Math.PI * a) / (perimeter * perimeter) : 0,
    };
  });
  return { result: { ...result, plan: prefer.plan, check, sections }, prefer };
}

export { PREFER_LABELS };
