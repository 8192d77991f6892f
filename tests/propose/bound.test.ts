import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/check.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { Rng } from '../../src/core/rng.js';
import { buildGraph } from '../../src/graph/build.js';
import { countBound, formatSections, minimalSections, proposeProved, proposeSections } from '../../src/propose/index.js';
import { boundFacts } from '../../src/propose/bound.js';
import { buildProblem, type Problem } from '../../src/propose/problem.js';
import { franceZonesWithEstimatedMembers, pacaZonesWithEstimatedMembers } from '../support/real-data.js';
import { gridZoneSet } from '../support/zoneset.js';
import { brutePacking, load, smallRules } from './support.js';
import { itWithRealData, PACA_ZONES, FRANCE_ZONES, COMMUNE_TABLE_2023 } from '../support/real-data.js';

/** Brute force on a tiny layer: every connected zone set reaching T none of whose connected proper subsets does. */
function bruteMinimal(p: Problem): number[][] {
  const n = p.n;
  const connected = (mask: number) => {
    const first = 31 - Math.clz32(mask & -mask);
    let seen = 1 << first;
    const stack = [first];
    while (stack.length) for (const j of p.nbr[stack.pop()!]) if (mask & (1 << j) && !(seen & (1 << j))) ((seen |= 1 << j), stack.push(j));
    return seen === mask;
  };
  const sum = (mask: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) s += p.members[i];
    return s;
  };
  const reaching: number[] = [];
  for (let mask = 1; mask < 1 << n; mask++) if (sum(mask) >= p.T && connected(mask)) reaching.push(mask);
  const set = new Set(reaching);
  const minimal = reaching.filter((m) => {
    for (let sub = (m - 1) & m; sub > 0; sub = (sub - 1) & m) if (set.has(sub)) return false;
    return true;
  });
  return minimal.map((m) => Array.from({ length: n }, (_, i) => i).filter((i) => m & (1 << i)));
}

const key = (sets: number[][]) => sets.map((s) => [...s].sort((a, b) => a - b).join(',')).sort();

describe('bounds on the number of sections', () => {
  it('minimalSections enumerates exactly the minimal sections (brute force on random small grids)', () => {
    for (let k = 1; k <= 8; k++) {
      const rng = new Rng(`minimal-${k}`);
      const rows = 2 + rng.int(3);
      const cols = 3 + rng.int(2);
      const zones = gridZoneSet(rows, cols, () => 1 + rng.int(9));
      const graph = buildGraph(zones);
      const p = buildProblem(zones, graph, smallRules(8 + rng.int(10)));
      const { sets, complete } = minimalSections(p);
      expect(complete).toBe(true);
      expect(key(sets)).toEqual(key(bruteMinimal(p)));
    }
  });

  it('star (centre 2, arms of 8 touching only the centre, T = 10): counting says 2, the packing proves 1 (so does its LP)', async () => {
    const { zones, graph } = load('star.geojson');
    const rules = smallRules(10);
    const p = buildProblem(zones, graph, rules);
    expect(countBound(p)).toBe(2); // 5 zones, ≥ 2 per section
    expect(key(minimalSections(p).sets)).toHaveLength(4); // the centre with each arm
    const r = await proposeProved(zones, graph, rules);
    expect(r.sections).toHaveLength(1);
    expect(r.bound).toEqual({ value: 1, method: 'mip', optimal: true }); // all four share the centre
    // through HiGHS (the packing left to it): its linear relaxation proves it already
    const facts = await boundFacts(p, { cap: Infinity, packingStates: 0 }, 0);
    expect(facts.lp).toBe(1);
  });

  it('--exact reaches the brute-force optimum on random small grids, and says optimal', async () => {
    for (let k = 1; k <= 6; k++) {
      const rng = new Rng(`exact-${k}`);
      const rows = 3 + rng.int(2);
      const cols = 3 + rng.int(2);
      const zones = gridZoneSet(rows, cols, () => 1 + rng.int(9));
      const graph = buildGraph(zones);
      const rules = smallRules(9 + rng.int(8));
      const p = buildProblem(zones, graph, rules);
      const optimum = brutePacking(bruteMinimal(p));
      if (optimum === 0) continue;
      const r = await proposeProved(zones, graph, rules, { exact: true, seed: k, iterations: 0, constructions: 1 });
      expect(checkPlan(zones, graph, r.plan, rules).ok).toBe(true);
      expect(r.sections).toHaveLength(optimum);
      expect(r.bound?.value).toBe(optimum);
      expect(r.bound?.optimal).toBe(true);
    }
  });

  it("the packing solved without HiGHS; through HiGHS, a worker's facts (no count in hand): the MIP first, the LP only when the MIP stops short; with a count, the LP first", async () => {
    let compared = 0;
    for (let k = 1; k <= 6; k++) {
      const rng = new Rng(`facts-${k}`);
      const zones = gridZoneSet(3 + rng.int(2), 3 + rng.int(2), () => 1 + rng.int(9));
      const p = buildProblem(zones, buildGraph(zones), smallRules(9 + rng.int(8)));
      const optimum = brutePacking(bruteMinimal(p));
      const own = await boundFacts(p, { cap: Infinity, exact: true });
      if (!own.enumerated || own.sets === 0) continue;
      compared++;
      expect(own.mip?.value).toBe(optimum);
      expect(own.lp).toBeUndefined();
      const worker = await boundFacts(p, { cap: Infinity, exact: true, packingStates: 0 });
      expect(worker.mip?.value).toBe(optimum);
      expect(worker.lp).toBeUndefined();
      // the MIP stopped at once: the LP is the bound, never below the optimum
      const short = await boundFacts(p, { cap: Infinity, exact: true, packingStates: 0, timeLimitMs: 0 });
      expect(short.mip).toBeUndefined();
      expect(short.lp).toBeGreaterThanOrEqual(optimum);
      // a plan of no sections in hand: the LP comes first, then the MIP
      const withCount = await boundFacts(p, { cap: Infinity, exact: true, packingStates: 0 }, 0);
      expect(withCount.lp).toBeGreaterThanOrEqual(optimum);
      expect(withCount.mip?.value).toBe(optimum);
    }
    expect(compared).toBeGreaterThan(2);
  });

  it('a plan started from given sections keeps at least that many', () => {
    const { zones, graph } = load('line-3-7.geojson');
    const initial = [
      ['L1', 'L2'],
      ['L3', 'L4'],
      ['L5', 'L6'],
      ['L7', 'L8'],
    ];
    const r = proposeSections(zones, graph, smallRules(10), { initial, iterations: 0, constructions: 1 });
    expect(r.sections).toHaveLength(4);
    expect(() => proposeSections(zones, graph, smallRules(10), { initial: [['L1']] })).toThrow(/thresholds/);
  });

  itWithRealData([PACA_ZONES, COMMUNE_TABLE_2023], 'PACA zones: 16 sections, proved optimal', async () => {
    const zones = pacaZonesWithEstimatedMembers(0.08);
    const graph = buildGraph(zones);
    const rules = resolveRules({ minMembers: 10_000, membersPerSeat: 1_500, minSeats: 6 });
    for (const exact of [false, true]) {
      const r = await proposeProved(zones, graph, rules, { exact });
      expect(r.sections).toHaveLength(16);
      expect(r.bound?.value).toBe(16);
      expect(r.bound?.optimal).toBe(true);
    }
  });

  itWithRealData(
    [FRANCE_ZONES, COMMUNE_TABLE_2023],
    'France zones (Marie-Galante linked): 216 sections, proved optimal by the packing solved exactly (the old bound said 248)',
    async () => {
      const zones = franceZonesWithEstimatedMembers(0.08);
      const graph = buildGraph(zones, { links: [{ a: '0103', b: '0104', source: '--link' }] });
      const rules = resolveRules({ minMembers: 10_000, membersPerSeat: 1_500, minSeats: 6 });
      const r = await proposeProved(zones, graph, rules, { seed: 1 });
      expect(checkPlan(zones, graph, r.plan, rules).ok).toBe(true);
      expect(r.sections).toHaveLength(216);
      expect(r.bound).toEqual({ value: 216, method: 'mip', optimal: true });
      expect(r.upperBound).toBeLessThan(248);
    },
  );
});

describe('the bound in words', () => {
  it('a plan below its bound states the gap, in English and French', () => {
    const { zones, graph } = load('star.geojson');
    const r = proposeSections(zones, graph, smallRules(10));
    // as proveBound reports a plan that does not reach the bound (e.g. 31 of at most 33 PACA communes)
    const gap = { ...r, bound: { value: 3, method: 'count' as const, optimal: false } };
    expect(formatSections(gap)).toContain('1 section; no plan can have more than 3 (counting the zones that reach the threshold alone');
    expect(formatSections(gap, undefined, 'fr')).toContain('1 section ; aucun découpage ne peut en avoir plus de 3 (en comptant');
    const optimal = { ...r, bound: { value: 1, method: 'mip' as const, optimal: true } };
    expect(formatSections(optimal)).toContain('1 section: optimal, no plan can have more (packing of minimal sections solved exactly)');
  });
});
