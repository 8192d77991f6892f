import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.js';
import { latticeGraph } from '../../src/partition/graph.js';
import { drawSpanningTree, subtreeSums, subtreeUnits, treeBuffers, validCuts } from '../../src/audit/tree.js';

// A 4×4 lattice; the tree is drawn on the subgraph induced by its top-left 3×3 block (192 spanning trees,
// a known count: the 3×3 grid graph P3 × P3).
const g = latticeGraph(4, 4, (i) => i + 1);
const block = [0, 1, 2, 4, 5, 6, 8, 9, 10];

function edgesOf(b: ReturnType<typeof treeBuffers>, k: number): string {
  const es: string[] = [];
  for (let i = 1; i < k; i++) {
    const u = b.order[i];
    const p = b.parent[u];
    es.push(u < p ? `${u}-${p}` : `${p}-${u}`);
  }
  return es.sort().join(',');
}

function adjacent(u: number, v: number): boolean {
  for (let e = g.offsets[u]; e < g.offsets[u + 1]; e++) if (g.neighbours[e] === v) return true;
  return false;
}

describe('Wilson spanning trees', () => {
  it('draws spanning trees of the induced subgraph, uniformly (χ² over the 192 trees of the 3×3 grid)', () => {
    const rng = new Rng(7);
    const b = treeBuffers(g.n);
    const counts = new Map<string, number>();
    const draws = 192 * 100;
    for (let d = 0; d < draws; d++) {
      drawSpanningTree(g, block, rng, b);
      // Every unit of the block appears once in the order, parents before children, along edges of the block.
      const seen = new Set<number>();
      for (let i = 0; i < block.length; i++) {
        const u = b.order[i];
        if (i > 0) {
          expect(seen.has(b.parent[u])).toBe(true);
          expect(adjacent(u, b.parent[u])).toBe(true);
        }
        seen.add(u);
      }
      expect([...seen].sort((x, y) => x - y)).toEqual(block);
      const key = edgesOf(b, block.length);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(192);
    const expected = draws / 192;
    let chi2 = 0;
    for (const c of counts.values()) chi2 += (c - expected) ** 2 / expected;
    // df = 191; the 0.999 quantile of χ²(191) is about 259 (Wilson–Hilferty).
    expect(chi2).toBeLessThan(259);
  });

  it('sums members per subtree and lists the cuts whose two sides pass the test', () => {
    const rng = new Rng(3);
    const b = treeBuffers(g.n);
    const k = block.length;
    const out = new Int32Array(g.n);
    const total = block.reduce((s, u) => s + g.members[u], 0);
    for (let d = 0; d < 200; d++) {
      drawSpanningTree(g, block, rng, b);
      subtreeSums(g, k, b);
      const ok = (m: number, s: number) => m >= 15 && s >= 2;
      const count = validCuts(k, b, ok);
      const brute: number[] = [];
      for (let i = 1; i < k; i++) {
        const u = b.order[i];
        const size = subtreeUnits(k, b, u, out);
        const side = Array.from(out.subarray(0, size));
        const m = side.reduce((s, x) => s + g.members[x], 0);
        expect(b.subMembers[u]).toBe(m);
        expect(b.subSize[u]).toBe(size);
        if (ok(m, size) && ok(total - m, k - size)) brute.push(u);
      }
      expect(Array.from(b.cuts.subarray(0, count)).sort()).toEqual(brute.sort());
    }
  });
});
