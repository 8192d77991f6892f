/**
 * What the chain obeys beyond member sums (src/audit/chain.ts ChainRules): a zones test on both sides of every
 * split (within, max-spread…), and frozen sections (--split-into) that no step changes. Both chains, a lattice.
 */
import { describe, expect, it } from 'vitest';
import { ReComChain, type ChainKind } from '../../src/audit/chain.js';
import { Rng } from '../../src/core/rng.js';
import { latticeGraph } from '../../src/partition/graph.js';
import { Partition } from '../../src/partition/partition.js';

// 6 × 6 lattice, unit u at row floor(u / 6), column u % 6; four sections: the quadrants (3 × 3 each)
const W = 6;
const g = latticeGraph(W, W);
const quadrant = (u: number) => (Math.floor(u / W) < 3 ? 0 : 2) + (u % W < 3 ? 0 : 1);
const side = (u: number) => (u % W < 3 ? 0 : 1);
const anySide = () => true;

describe.each<ChainKind>(['recom', 'reversible'])('%s with chain rules', (kind) => {
  it('keeps every section on one side of the lattice when the zones test says so', () => {
    const p = new Partition(
      g,
      Int32Array.from({ length: W * W }, (_, u) => quadrant(u)),
    );
    const sameSide = (units: ArrayLike<number>, size: number) => {
      for (let i = 1; i < size; i++) if (side(units[i]!) !== side(units[0]!)) return false;
      return true;
    };
    const sizeOk = (_m: number, size: number) => size >= 6;
    const chain = new ReComChain(p, sizeOk, new Rng(3), kind, 20, { zonesTest: sameSide });
    const seen = new Set<string>();
    for (let i = 0; i < 600; i++) {
      chain.step();
      for (const s of p.sections()) expect(sameSide(p.units(s), p.size(s))).toBe(true);
      seen.add(p.assignment.join(''));
    }
    expect(seen.size).toBeGreaterThan(3);
  });

  it('never changes a frozen section', () => {
    const start = Int32Array.from({ length: W * W }, (_, u) => quadrant(u));
    const p = new Partition(g, start);
    const chain = new ReComChain(p, anySide, new Rng(4), kind, 20, { frozen: (s) => s === 0 });
    let moved = 0;
    for (let i = 0; i < 600; i++) if (chain.step()) moved++;
    expect(moved).toBeGreaterThan(0);
    for (let u = 0; u < W * W; u++) expect(p.sectionOf(u) === 0).toBe(start[u] === 0);
  });
});
