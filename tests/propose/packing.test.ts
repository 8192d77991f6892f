import { describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { Rng } from '../../src/core/rng.js';
import { buildGraph } from '../../src/graph/build.js';
import { brickTessellation } from '../../src/graph/tessellation.js';
import { minimalSections, packingModel } from '../../src/propose/bound.js';
import { loadHighs } from '../../src/propose/highs.js';
import { packExactly } from '../../src/propose/packing.js';
import { buildProblem } from '../../src/propose/problem.js';
import { brutePacking } from './support.js';

/** Whether `chosen` is a packing of `sets`: increasing indices, no zone twice. */
function isPacking(sets: readonly (readonly number[])[], chosen: readonly number[]): boolean {
  const zones = chosen.flatMap((k) => sets[k]);
  return new Set(zones).size === zones.length && chosen.every((k, i) => i === 0 || chosen[i - 1] < k);
}

/** Random sets of 1 to 4 zones over n zones, each drawn near the last (as sections lie on a map). */
function randomSets(rng: Rng, n: number, count: number): number[][] {
  return Array.from({ length: count }, () => {
    const size = 1 + rng.int(4);
    const start = rng.int(n);
    return [...new Set(Array.from({ length: size }, (_, i) => (start + i * (1 + rng.int(3))) % n))];
  });
}

describe('the packing of minimal sections, solved without HiGHS (packing.ts)', () => {
  it('finds the brute-force optimum on random sets, with a packing of that many disjoint sets', () => {
    for (let k = 0; k < 200; k++) {
      const rng = new Rng(`packing-${k}`);
      const sets = randomSets(rng, 4 + rng.int(16), 1 + rng.int(24));
      const chosen = packExactly(new Array(20).fill(1), sets)!;
      expect(isPacking(sets, chosen)).toBe(true);
      expect(chosen.length).toBe(brutePacking(sets));
    }
  });

  it("finds HiGHS's MIP optimum on the minimal sections of random brick maps, and the same packing on each call", async () => {
    const highs = await loadHighs();
    let solved = 0;
    for (let k = 0; k < 12; k++) {
      const r = new Rng(`bricks-${k}`);
      const layer = brickTessellation({ rows: 6 + r.int(6), cols: 6 + r.int(6), seed: k });
      for (const z of layer.zones) z.members = r.next() < 0.15 ? 2_000 + r.int(8_000) : 50 + r.int(1_500);
      const T = 1_000 + r.int(2_500);
      const p = buildProblem(layer, buildGraph(layer), resolveRules({ minMembers: T, minSeats: 1, membersPerSeat: 1 }));
      const { sets, complete } = minimalSections(p);
      if (!complete || sets.length === 0) continue;
      const chosen = packExactly(p.members, sets);
      if (!chosen) continue;
      const mip = highs.solve(packingModel(p.n, sets, true), { output_flag: false, random_seed: 1, mip_rel_gap: 0 });
      expect(mip.Status).toBe('Optimal');
      expect(isPacking(sets, chosen)).toBe(true);
      expect(chosen.length).toBe(Math.round(mip.ObjectiveValue));
      expect(packExactly(p.members, sets)).toEqual(chosen);
      solved++;
    }
    expect(solved).toBeGreaterThan(6);
  });

  it('gives up (undefined, for HiGHS to take over) beyond its budget of states, or on a frontier too wide', () => {
    const sets = [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 0],
    ];
    const four = packExactly([1, 1, 1, 1], sets)!;
    expect(isPacking(sets, four)).toBe(true);
    expect(four).toHaveLength(2);
    expect(packExactly([1, 1, 1, 1], sets, 2)).toBeUndefined();
    // every pair of 40 zones: a part whose frontier holds every zone at once
    const pairs: number[][] = [];
    for (let a = 0; a < 40; a++) for (let b = a + 1; b < 40; b++) pairs.push([a, b]);
    expect(packExactly(new Array(40).fill(1), pairs)).toBeUndefined();
  });

  it('takes sets that share no zone with any other, and solves separate parts on their own', () => {
    const sets = [[5], [0, 1], [1, 2], [7, 8], [8, 9], [9, 7]];
    const chosen = packExactly(new Array(10).fill(1), sets)!;
    expect(isPacking(sets, chosen)).toBe(true);
    expect(chosen).toHaveLength(3);
    expect(chosen[0]).toBe(0);
  });
});
