import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latticeGraph, Partition, partitionOfPlan, planOfPartition, unitGraphFrom, type Updater, type UnitGraph } from '../../src/partition/index.js';

/** Section figures computed from scratch, by definition, from the assignment alone. */
function fresh(g: UnitGraph, assignment: ArrayLike<number>, sections: number[]) {
  const members = new Map<number, number>();
  const size = new Map<number, number>();
  for (const s of sections) {
    members.set(s, 0);
    size.set(s, 0);
  }
  for (let u = 0; u < g.n; u++) {
    const s = assignment[u]!;
    if (s < 0) continue;
    members.set(s, members.get(s)! + g.members[u]!);
    size.set(s, size.get(s)! + 1);
  }
  let cut = 0;
  for (let u = 0; u < g.n; u++) {
    for (let i = g.offsets[u]!; i < g.offsets[u + 1]!; i++) {
      const v = g.neighbours[i]!;
      if (v > u && assignment[u]! >= 0 && assignment[v]! >= 0 && assignment[u] !== assignment[v]) cut++;
    }
  }
  return { members, size, cut };
}

/** Connected pieces of a set of units by plain search over the neighbour lists (the reference). */
function piecesByDefinition(g: UnitGraph, units: Set<number>): number[][] {
  const seen = new Set<number>();
  const out: number[][] = [];
  for (const start of [...units].sort((a, b) => a - b)) {
    if (seen.has(start)) continue;
    const piece = [start];
    seen.add(start);
    for (let k = 0; k < piece.length; k++) {
      const u = piece[k]!;
      for (let i = g.offsets[u]!; i < g.offsets[u + 1]!; i++) {
        const v = g.neighbours[i]!;
        if (units.has(v) && !seen.has(v)) {
          seen.add(v);
          piece.push(v);
        }
      }
    }
    out.push(piece.sort((a, b) => a - b));
  }
  return out.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

/** An updater kept incrementally: members per section; and one without move (recomputed). */
const membersBySection: Updater<Map<number, number>> = {
  key: 'members-by-section',
  init(p) {
    return new Map(p.sections().map((s) => [s, p.members(s)]));
  },
  move(value, p, u, from, to) {
    const m = p.g.members[u]!;
    if (from >= 0) value.set(from, (value.get(from) ?? 0) - m);
    if (to >= 0) value.set(to, (value.get(to) ?? 0) + m);
  },
  copy: (v) => new Map(v),
};
const largest: Updater<number> = {
  key: 'largest',
  init: (p) => Math.max(0, ...p.sections().map((s) => p.size(s))),
};

describe('Partition', () => {
  it('any sequence of moves gives the same figures as a fresh build (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -1, max: 6 })), { maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 36, maxLength: 36 }),
        (w, h, k, moves, weights) => {
          const g = latticeGraph(w, h, (i) => weights[i]!);
          const start = Array.from({ length: g.n }, (_, u) => u % k);
          const p = new Partition(g, start, k);
          p.use(membersBySection);
          p.use(largest);
          for (const [unit, target] of moves) {
            const u = unit % g.n;
            let to = target;
            if (to >= p.capacity) to = p.newSection();
            p.move(u, to);
            const sections = p.sections();
            const ref = fresh(g, p.assignment, sections);
            expect(p.cutEdges).toBe(ref.cut);
            for (const s of sections) {
              expect(p.members(s)).toBeCloseTo(ref.members.get(s)!, 9);
              expect(p.size(s)).toBe(ref.size.get(s));
              expect([...p.units(s)].sort((a, b) => a - b)).toEqual(Array.from({ length: g.n }, (_, i) => i).filter((i) => p.assignment[i] === s));
              const set = new Set(p.units(s));
              expect(p.pieces(s)).toEqual(piecesByDefinition(g, set));
              expect(p.isContiguous(s)).toBe(piecesByDefinition(g, set).length <= 1);
              expect(p.get(membersBySection).get(s)).toBeCloseTo(ref.members.get(s)!, 9);
            }
            expect(p.get<number>('largest')).toBe(Math.max(0, ...sections.map((s) => ref.size.get(s)!)));
            // a fresh partition on the same assignment agrees
            const again = new Partition(g, p.assignment, p.capacity);
            expect(again.cutEdges).toBe(p.cutEdges);
          }
        },
      ),
      { numRuns: 150, seed: 7 },
    );
  });

  it('cut edges first asked for after some moves (counted then, kept after), and in clones made before or after, match a fresh count (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -1, max: 5 })), { maxLength: 60 }),
        fc.nat(),
        (w, h, k, moves, firstRead) => {
          const g = latticeGraph(w, h);
          const p = new Partition(
            g,
            Array.from({ length: g.n }, (_, u) => u % k),
            k,
          );
          const cutOf = (q: Partition) => fresh(g, q.assignment, q.sections()).cut;
          const readAt = moves.length ? firstRead % moves.length : 0;
          const clones: Partition[] = [];
          moves.forEach(([unit, target], i) => {
            p.move(unit % g.n, target < p.capacity ? target : -1);
            if (i === readAt) {
              clones.push(p.clone()); // not counted yet
              expect(p.cutEdges).toBe(cutOf(p));
              clones.push(p.clone()); // counted
            }
            if (i > readAt) expect(p.cutEdges).toBe(cutOf(p));
            for (const c of clones) {
              c.move(unit % g.n, target < c.capacity ? target : -1);
              expect(c.cutEdges).toBe(cutOf(c));
            }
          });
          expect(p.cutEdges).toBe(cutOf(p));
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });

  it('canRemove says whether the rest of the section stays in one piece', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 16, maxLength: 16 }), (labels) => {
        const g = latticeGraph(4, 4);
        const p = new Partition(g, labels);
        for (let u = 0; u < g.n; u++) {
          const s = p.sectionOf(u);
          const rest = new Set(p.units(s));
          rest.delete(u);
          expect(p.canRemove(u)).toBe(piecesByDefinition(g, rest).length <= 1);
        }
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('clone copies figures and is independent', () => {
    const g = latticeGraph(3, 3);
    const p = new Partition(g, [0, 0, 1, 0, 0, 1, 2, 2, 1]);
    p.use(membersBySection);
    const c = p.clone();
    c.move(0, 1);
    expect(p.sectionOf(0)).toBe(0);
    expect(p.get(membersBySection).get(0)).toBe(4);
    expect(c.get(membersBySection).get(0)).toBe(3);
    expect(c.members(1)).toBe(4);
    expect(c.cutEdges).toBe(new Partition(g, c.assignment).cutEdges);
  });

  it('sections live from newSection to dropSection, and a dropped index is reused', () => {
    const g = unitGraphFrom([[1], [0, 2], [1]], [5, 6, 7]);
    const p = new Partition(g, [0, 0, 1]);
    const s = p.newSection();
    expect(s).toBe(2);
    expect(p.count).toBe(3);
    p.move(2, s);
    expect(p.size(1)).toBe(0);
    expect(() => p.dropSection(s)).toThrow(/still has units/);
    p.dropSection(1);
    expect(p.count).toBe(2);
    expect(p.sections()).toEqual([0, 2]);
    expect(p.newSection()).toBe(1);
    expect(p.neighbourSections(0)).toEqual([2]);
  });

  it('a plan and its partition go both ways', () => {
    const g = unitGraphFrom([[1], [0, 2], [1]], [1, 1, 1], ['a', 'b', 'c']);
    const plan = new Map([
      ['a', 'Nord'],
      ['b', 'Nord'],
      ['c', 'Sud'],
      ['zz', 'Ailleurs'],
    ]);
    const { partition, sectionIds } = partitionOfPlan(g, plan);
    expect(sectionIds).toEqual(['Ailleurs', 'Nord', 'Sud']);
    expect(partition.size(0)).toBe(0);
    expect(partition.members(1)).toBe(2);
    const back = planOfPartition(partition, sectionIds);
    expect([...back]).toEqual([
      ['a', 'Nord'],
      ['b', 'Nord'],
      ['c', 'Sud'],
    ]);
  });
});
