import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeWeights, internalEdgeUpdater, labelIndex, labelUpdater, latticeGraph, Partition, sumUpdater } from '../../src/partition/index.js';

describe('partition updaters', () => {
  it('sums, label counts and internal edge sums after any moves equal a fresh computation (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -1, max: 7 })), { maxLength: 50 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 25, maxLength: 25 }),
        (moves, deps) => {
          const g = latticeGraph(5, 5, (i) => 1 + (i % 4));
          const area = Array.from({ length: g.n }, (_, i) => 0.5 + i / 7);
          const { labels, names } = labelIndex(deps.map((d) => (d === 3 ? undefined : `d${d}`)));
          const km = edgeWeights(g, (u, v) => 1 + ((u * 31 + v * 17) % 5) / 10 + ((v * 31 + u * 17) % 5) / 10);
          const p = new Partition(
            g,
            Array.from({ length: g.n }, (_, u) => u % 3),
            3,
          );
          const areaU = sumUpdater('area', area);
          const depU = labelUpdater('dep', labels, names.length);
          const borderU = internalEdgeUpdater('border', km);
          p.use(areaU);
          p.use(depU);
          p.use(borderU);
          for (const [unit, target] of moves) {
            let to = target;
            if (to >= p.capacity) to = p.newSection();
            else if (to >= 0 && !p.exists(to)) p.newSection(to);
            p.move(unit % g.n, to);
          }
          for (const s of p.sections()) {
            const units = [...p.units(s)];
            expect(p.get(areaU).sums[s]).toBeCloseTo(
              units.reduce((a, u) => a + area[u]!, 0),
              9,
            );
            const distinct = new Set(units.map((u) => labels[u]).filter((l) => l! >= 0));
            expect(p.get(depU).distinct[s]).toBe(distinct.size);
            for (let l = 0; l < names.length; l++) {
              expect(p.get(depU).counts[s * names.length + l]).toBe(units.filter((u) => labels[u] === l).length);
            }
            let inside = 0;
            for (const u of units) {
              for (let i = g.offsets[u]!; i < g.offsets[u + 1]!; i++) {
                const v = g.neighbours[i]!;
                if (v > u && p.assignment[v] === s) inside += km[i]!;
              }
            }
            expect(p.get(borderU).sums[s]).toBeCloseTo(inside, 9);
          }
          const c = p.clone();
          expect(c.get(areaU).sums).toEqual(p.get(areaU).sums);
        },
      ),
      { numRuns: 120, seed: 11 },
    );
  });

  it('newSection(at) revives a given index, and skipped indices are free', () => {
    const g = latticeGraph(2, 2);
    const p = new Partition(g, [0, 0, 1, 1]);
    expect(p.newSection(4)).toBe(4);
    expect(p.exists(2)).toBe(false);
    expect(p.newSection()).toBe(3);
    expect(p.newSection()).toBe(2);
    expect(() => p.newSection(0)).toThrow(/exists/);
    expect(p.count).toBe(5);
  });
});
