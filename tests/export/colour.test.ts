/**
 * Section colours (src/export/colour.ts): a proper colouring of the section adjacency, stable under edits,
 * from a palette that stays distinguishable for colour-blind readers.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.js';
import { colourSections, SECTION_PALETTE, UNASSIGNED_FILL } from '../../src/export/colour.js';

/** A w×h grid of cells (rook adjacency), each in a section. */
function sectionAdjacency(grid: string[], w: number): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    (adj.get(a) ?? adj.set(a, new Set()).get(a)!).add(b);
    (adj.get(b) ?? adj.set(b, new Set()).get(b)!).add(a);
  };
  grid.forEach((s, i) => {
    if (i % w < w - 1) link(s, grid[i + 1]);
    if (i + w < grid.length) link(s, grid[i + w]);
  });
  return adj;
}

function conflicts(colours: Map<string, string>, adj: Map<string, Set<string>>): string[] {
  return [...adj].flatMap(([s, ns]) => [...ns].filter((t) => colours.get(s) === colours.get(t)).map((t) => `${s}–${t}`));
}

describe('colourSections', () => {
  it('colours neighbours differently and keeps every colour still valid through 500 random edits', () => {
    const rng = new Rng(7);
    const w = 24,
      h = 18;
    // sections: 30 random seeds grown as Voronoi cells
    const seeds = Array.from({ length: 30 }, () => [rng.int(w), rng.int(h)]);
    const grid = Array.from({ length: w * h }, (_, i) => {
      const [x, y] = [i % w, Math.floor(i / w)];
      let best = 0;
      seeds.forEach(([sx, sy], k) => (sx - x) ** 2 + (sy - y) ** 2 < (seeds[best][0] - x) ** 2 + (seeds[best][1] - y) ** 2 && (best = k));
      return `S${best}`;
    });
    let adj = sectionAdjacency(grid, w);
    let colours = colourSections([...new Set(grid)], adj);
    expect(conflicts(colours, adj)).toEqual([]);
    let next = 30;
    let recoloured = 0;
    for (let e = 0; e < 500; e++) {
      // a cell moves to a neighbouring cell's section, or starts a new section (a split)
      const i = rng.int(grid.length);
      const nbrs = [i - 1, i + 1, i - w, i + w].filter((j) => j >= 0 && j < grid.length && Math.abs((j % w) - (i % w)) <= 1);
      grid[i] = rng.next() < 0.1 ? `S${next++}` : grid[rng.pick(nbrs)];
      const ids = [...new Set(grid)];
      adj = sectionAdjacency(grid, w);
      const before = colours;
      colours = colourSections(ids, adj, SECTION_PALETTE, before);
      expect(conflicts(colours, adj)).toEqual([]);
      for (const s of ids) {
        const was = before.get(s);
        // a section whose colour no neighbour shares keeps it
        if (was !== undefined && ![...(adj.get(s) ?? [])].some((t) => before.get(t) === was)) expect(colours.get(s)).toBe(was);
        if (was !== undefined && colours.get(s) !== was) recoloured++;
      }
    }
    // stability: recolouring is the exception
    expect(recoloured).toBeLessThan(100);
  });

  it('is deterministic and uses at least five colours when the map needs them', () => {
    // a wheel: a hub touching a ring of 7 sections needs 4 colours; two hubs side by side on a ring need more variety
    const ring = Array.from({ length: 7 }, (_, k) => `R${k}`);
    const adj = new Map<string, Set<string>>([['H', new Set(ring)]]);
    ring.forEach((r, k) => adj.set(r, new Set(['H', ring[(k + 1) % 7], ring[(k + 6) % 7]])));
    const a = colourSections(['H', ...ring], adj);
    expect(conflicts(a, adj)).toEqual([]);
    expect(colourSections(['H', ...ring], adj)).toEqual(a);
    expect(SECTION_PALETTE.length).toBeGreaterThanOrEqual(5);
    expect(new Set(SECTION_PALETTE).size).toBe(SECTION_PALETTE.length);
  });
});

// ---------- colour-blind check ----------

const MACHADO: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string) => [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255));
function lab([r, g, b]: number[]): number[] {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const seen = (hex: string, m: number[][]) =>
  lab(
    m.map((row) =>
      Math.min(
        1,
        Math.max(
          0,
          row.reduce((a, k, j) => a + k * rgb(hex)[j], 0),
        ),
      ),
    ),
  );
const luminance = (hex: string) => rgb(hex).reduce((a, c, i) => a + c * [0.2126, 0.7152, 0.0722][i], 0);

/**
 * DSATUR as colourSections first did it, section by section, scanning every uncoloured section at each step: the
 * oracle for the heap-driven one (the same colours, section for section).
 */
function scanningColours(ids: string[], adjacency: Map<string, Set<string>>, k: number, previous?: Map<string, string>, palette?: readonly string[]) {
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const present = new Set(ids);
  const nbrs = (s: string) => [...(adjacency.get(s) ?? [])].filter((t) => present.has(t) && t !== s);
  const colour = new Map<string, number>();
  if (previous && palette) {
    const order = [...ids].sort((a, b) => nbrs(b).length - nbrs(a).length || byId(a, b));
    for (const s of order) {
      const c = palette.indexOf(previous.get(s) ?? '');
      if (c >= 0 && !nbrs(s).some((t) => colour.get(t) === c)) colour.set(s, c);
    }
  }
  const left = new Set(ids.filter((s) => !colour.has(s)));
  while (left.size) {
    let [best, bestSat, bestFree] = ['', -1, -1];
    for (const s of left) {
      const sat = new Set(
        nbrs(s)
          .map((t) => colour.get(t))
          .filter((c) => c !== undefined),
      ).size;
      const free = nbrs(s).filter((t) => left.has(t)).length;
      if (sat > bestSat || (sat === bestSat && (free > bestFree || (free === bestFree && byId(s, best) < 0)))) [best, bestSat, bestFree] = [s, sat, free];
    }
    const used = new Set(nbrs(best).map((t) => colour.get(t)));
    let c = 0;
    while (used.has(c)) c++;
    if (c >= k && previous) return undefined;
    colour.set(best, c);
    left.delete(best);
  }
  return colour;
}

describe('colourSections against the scanning DSATUR', () => {
  it('gives the same colours, with and without the colours shown before, on random maps and one-way adjacencies', () => {
    const rng = new Rng(11);
    const palette = SECTION_PALETTE;
    for (let round = 0; round < 150; round++) {
      const n = 2 + rng.int(60);
      const ids = Array.from({ length: n }, (_, i) => `S${(i * 7919) % 1000}`.padEnd(2 + rng.int(3), 'x'));
      const unique = [...new Set(ids)];
      const adj = new Map<string, Set<string>>();
      const oneWay = round % 5 === 0;
      for (let e = 0; e < n * (1 + rng.int(3)); e++) {
        const [a, b] = [rng.pick(unique), rng.pick(unique)];
        (adj.get(a) ?? adj.set(a, new Set()).get(a)!).add(b);
        if (!oneWay) (adj.get(b) ?? adj.set(b, new Set()).get(b)!).add(a);
      }
      // a neighbour outside the sections coloured is left out
      adj.get(unique[0])?.add('elsewhere');
      const previous = new Map(unique.filter(() => rng.next() < 0.6).map((s) => [s, rng.pick([...palette, '#123456'])]));
      const expected = (prev?: Map<string, string>) => {
        const idx = scanningColours(unique, adj, palette.length, prev, palette) ?? scanningColours(unique, adj, palette.length)!;
        return new Map(unique.map((s) => [s, palette[idx.get(s)! % palette.length]]));
      };
      expect(colourSections(unique, adj)).toEqual(expected());
      expect(colourSections(unique, adj, palette, previous)).toEqual(expected(previous));
    }
  });

  it('colours a 150 × 150 lattice of one-cell sections as a checkerboard', () => {
    const w = 150;
    const grid = Array.from({ length: w * w }, (_, i) => `c${i}`);
    const colours = colourSections(grid, sectionAdjacency(grid, w));
    expect(new Set(colours.values()).size).toBe(2);
    expect(conflicts(colours, sectionAdjacency(grid, w))).toEqual([]);
  });
});

describe('the section palette', () => {
  it('stays distinguishable for protanopes, deuteranopes and tritanopes, and from the grey of zones without a section', () => {
    const colours = [...SECTION_PALETTE, UNASSIGNED_FILL];
    for (const [vision, m] of Object.entries(MACHADO)) {
      for (let a = 0; a < colours.length; a++)
        for (let b = a + 1; b < colours.length; b++)
          expect([vision, colours[a], colours[b], Math.hypot(...seen(colours[a], m).map((v, k) => v - seen(colours[b], m)[k])) >= 12]).toEqual([
            vision,
            colours[a],
            colours[b],
            true,
          ]);
    }
  });

  it('keeps dark labels readable (WCAG contrast with #111 at least 4.5:1)', () => {
    for (const c of SECTION_PALETTE) expect((luminance(c) + 0.05) / (luminance('#111111') + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});
