import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.js';
import { buildGraph } from '../../src/graph/build.js';
import { drawParams, grow, GrowScratch } from '../../src/propose/grow.js';
import { drawUnlocked } from '../../src/propose/improve.js';
import { buildProblem } from '../../src/propose/problem.js';
import { dissolve, lockOf, locksOf, restore, searchPartition, Stamps, staysConnectedWithout, sumTerms } from '../../src/propose/search.js';
import { gridZoneSet } from '../support/zoneset.js';
import { smallRules } from './support.js';

/** A grid problem and a random plan of it grown by propose's own construction (contiguous sections). */
function grown(seed: number, lock?: Map<string, string>) {
  const rng = new Rng(seed);
  const rows = 4 + rng.int(4);
  const cols = 4 + rng.int(4);
  const zones = gridZoneSet(rows, cols, () => 1 + rng.int(9));
  const graph = buildGraph(zones);
  const p = buildProblem(zones, graph, smallRules(8 + rng.int(10)), lock);
  const part = searchPartition(p);
  const all = Array.from({ length: p.n }, (_, i) => i);
  const res = grow(p, part, all, rng.fork(), drawParams(rng), new GrowScratch(p));
  return { zones, graph, p, part, res, rng };
}

describe("propose's search on the one Partition", () => {
  it('dissolve then restore puts a section back at its index, its zones in the same order, the free indices as they were', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { part, res, rng } = grown(seed);
      expect(res.ok).toBe(true);
      const sections = part.sections();
      const s = sections[rng.int(sections.length)]!;
      const order = [...part.units(s)];
      const members = part.members(s);
      const nextBefore = part.clone().newSection();
      const zones = dissolve(part, s);
      expect(zones).toEqual(order);
      expect(part.exists(s)).toBe(false);
      expect(zones.every((z) => part.sectionOf(z) === -1)).toBe(true);
      restore(part, s, zones);
      expect([...part.units(s)]).toEqual(order);
      expect(part.members(s)).toBe(members);
      expect(part.sections()).toEqual(sections);
      expect(part.newSection()).toBe(nextBefore);
    }
  });

  it('a section is locked while it holds a locked zone, with that zone’s label', () => {
    const zones = gridZoneSet(3, 3, () => 4);
    const graph = buildGraph(zones);
    const p = buildProblem(zones, graph, smallRules(8), new Map([['r1c1', 'Centre']]));
    const part = searchPartition(p);
    const centre = graph.index.get('r1c1')!;
    const corner = graph.index.get('r0c0')!;
    const a = part.newSection();
    const b = part.newSection();
    part.moveMany([corner, centre], a);
    const locks = locksOf(part);
    expect(lockOf(locks, a)).toBe(p.lockLabels.indexOf('Centre'));
    expect(lockOf(locks, b)).toBe(-1);
    part.move(centre, b);
    expect(lockOf(locks, a)).toBe(-1);
    expect(p.lockLabels[lockOf(locks, b)]).toBe('Centre');
  });

  it('staysConnectedWithout agrees with Partition.canRemove on grown plans', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const { p, part } = grown(seed);
      const st = new Stamps(p.n);
      const queue: number[] = [];
      let checked = 0;
      for (let z = 0; z < p.n; z++) {
        const s = part.sectionOf(z);
        if (part.size(s) < 2) continue;
        expect(staysConnectedWithout(p, part, s, z, st, queue)).toBe(part.canRemove(z));
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    }
  });

  it('the internal border of the terms is the shared border of the edges inside sections', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const { graph, p, part } = grown(seed);
      let inside = 0;
      for (const e of graph.edges) if (part.sectionOf(e.a) === part.sectionOf(e.b)) inside += e.sharedBorderKm;
      expect(inside).toBeGreaterThan(0);
      expect(sumTerms(p, part, part.sections()).internal).toBeCloseTo(inside, 9);
    }
  });
  it('drawUnlocked draws what a list of the unlocked sections would give, with no list', () => {
    let locked = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const rng = new Rng(seed);
      const zones = gridZoneSet(5, 6, () => 1 + rng.int(9));
      const graph = buildGraph(zones);
      // one zone in three locked, under two labels, on even seeds
      const lock = seed % 2 ? undefined : new Map(zones.zones.filter((_, i) => i % 3 === 0).map((z, i) => [z.id, i % 2 ? 'A' : 'B']));
      const p = buildProblem(zones, graph, smallRules(6 + rng.int(8)), lock);
      const part = searchPartition(p);
      grow(
        p,
        part,
        Array.from({ length: p.n }, (_, i) => i),
        rng.fork(),
        drawParams(rng),
        new GrowScratch(p),
      );
      // free indices among the live ones
      for (const s of part.sections().filter((_, i) => i % 4 === 1)) dissolve(part, s);
      const locks = locksOf(part);
      const unlocked = part.sections().filter((s) => lockOf(locks, s) < 0);
      locked += part.sections().length - unlocked.length;
      for (let draw = 0; draw < 20; draw++) {
        const a = new Rng(seed * 100 + draw);
        const b = new Rng(seed * 100 + draw);
        expect(drawUnlocked(part, locks, a)).toBe(unlocked.length ? unlocked[b.int(unlocked.length)] : -1);
        expect(a.next()).toBe(b.next()); // the same draws used
      }
    }
    expect(locked).toBeGreaterThan(0);
  });
});
