import { join } from 'node:path';
import { checkPlan } from '../../src/check/check.js';
import { type Rules } from '../../src/core/rules.js';
import { resolveRules, type RuleOptions } from '../../src/check/rules/resolve.js';
import type { ZoneSet } from '../../src/core/types.js';
import { buildGraph } from '../../src/graph/build.js';
import type { ZoneGraph } from '../../src/graph/types.js';
import { proposeSections, type ProposeOptions } from '../../src/propose/index.js';
import { zoneSetFrom } from '../support/zoneset.js';

export const FIXTURES = new URL('../fixtures/propose/', import.meta.url).pathname;
export const fixture = (name: string) => join(FIXTURES, name);

/** Small fixtures use tiny thresholds: T = min-members, with one seat per member and 1 seat minimum. */
export function smallRules(minMembers: number, extra: RuleOptions = {}): Rules {
  // one seat per member unless the test gives a fixed total of seats instead
  return resolveRules({ minMembers, minSeats: 1, ...(extra.seats === undefined ? { membersPerSeat: 1 } : {}), ...extra });
}

export function load(name: string): { zones: ZoneSet; graph: ZoneGraph } {
  const zones = zoneSetFrom(fixture(name));
  return { zones, graph: buildGraph(zones) };
}

/** Propose, then check the plan independently with the checker of `decoupage check`. */
export function proposeChecked(zones: ZoneSet, graph: ZoneGraph, rules: Rules, opts: ProposeOptions = {}) {
  const result = proposeSections(zones, graph, rules, opts);
  const report = checkPlan(zones, graph, result.plan, rules);
  return { result, report };
}

/** Zone ids of each section, sorted, for comparisons that do not depend on the ids. */
export function groups(plan: Map<string, string>): string[][] {
  const by = new Map<string, string[]>();
  for (const [z, s] of plan) by.set(s, [...(by.get(s) ?? []), z]);
  return [...by.values()].map((g) => g.sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** Brute force: the largest number of pairwise disjoint sets among `sets` (zone indices), by trying every choice (a few dozen sets at most). */
export function brutePacking(sets: readonly (readonly number[])[]): number {
  let best = 0;
  const used = new Set<number>();
  const go = (k: number, count: number) => {
    if (count + (sets.length - k) <= best) return;
    if (k === sets.length) return void (best = Math.max(best, count));
    if (sets[k].every((z) => !used.has(z))) {
      for (const z of sets[k]) used.add(z);
      go(k + 1, count + 1);
      for (const z of sets[k]) used.delete(z);
    }
    go(k + 1, count);
  };
  go(0, 0);
  return best;
}
