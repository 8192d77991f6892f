// Issue 25: selfIntersects bins edges in a grid instead of sweeping over longitudes. The verdicts must be the
// same: property tests on random rings (small integer coordinates, so that touching, collinear and repeated
// points are frequent) against the sweep it replaced and against comparing every pair, and every ring of
// the real layers.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { selfIntersects } from '../../src/io/geometry.js';
import { FRANCE_ZONES, PACA_COMMUNES, PACA_ZONES, itWithRealData } from '../support/real-data.js';

/** Proper crossing of ab and cd (the project's definition: touching at an end point does not count). */
function cross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}

/** The implementation before issue 25 (a sweep over the edges sorted by their western end), verbatim. */
function sweepBefore(ring: Position[]): boolean {
  const n = ring.length - 1;
  if (n < 4) return false;
  const edges = Array.from({ length: n }, (_, i) => i).sort((a, b) => Math.min(ring[a][0], ring[a + 1][0]) - Math.min(ring[b][0], ring[b + 1][0]));
  const active: number[] = [];
  for (const e of edges) {
    const minX = Math.min(ring[e][0], ring[e + 1][0]);
    for (let k = active.length - 1; k >= 0; k--) {
      const f = active[k];
      if (Math.max(ring[f][0], ring[f + 1][0]) < minX) {
        active.splice(k, 1);
        continue;
      }
      const adjacent = Math.abs(e - f) === 1 || Math.abs(e - f) === n - 1;
      if (!adjacent && cross(ring[e], ring[e + 1], ring[f], ring[f + 1])) return true;
    }
    active.push(e);
  }
  return false;
}

/** Every pair of non-adjacent edges. */
function allPairs(ring: Position[]): boolean {
  const n = ring.length - 1;
  if (n < 4) return false;
  for (let e = 0; e < n; e++)
    for (let f = e + 1; f < n; f++) {
      if (f - e === 1 || f - e === n - 1) continue;
      if (cross(ring[e], ring[e + 1], ring[f], ring[f + 1])) return true;
    }
  return false;
}

const closed = (pts: [number, number][]): Position[] => [...pts, pts[0]];

describe('selfIntersects (grid) gives the verdicts of the sweep and of all pairs', () => {
  it('random rings of 4–400 points on a small integer grid (many touching and collinear edges)', () => {
    let crossing = 0;
    let plain = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })), { minLength: 4, maxLength: 400 }), (pts) => {
        const ring = closed(pts);
        const got = selfIntersects(ring);
        got ? crossing++ : plain++;
        expect(got).toBe(sweepBefore(ring));
        expect(got).toBe(allPairs(ring));
      }),
      { numRuns: 600, seed: 25 },
    );
    // both verdicts occur, or the property would say little
    expect(crossing).toBeGreaterThan(50);
    expect(plain).toBeGreaterThan(20);
  });

  it('random star-shaped rings (simple) with one or two points moved (often a bow-tie), real-number coordinates', () => {
    let crossing = 0;
    let plain = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 40, max: 2000 }),
        fc.array(fc.double({ min: 0.2, max: 1, noNaN: true }), { minLength: 2000, maxLength: 2000 }),
        fc.array(fc.tuple(fc.nat(1999), fc.integer({ min: -15, max: 15 }), fc.integer({ min: -15, max: 15 })), { maxLength: 2 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (n, radii, moves, stretch) => {
          const pts: [number, number][] = [];
          for (let i = 0; i < n; i++) {
            const a = (2 * Math.PI * i) / n;
            pts.push([5 + radii[i] * Math.cos(a) * stretch, 43 + radii[i] * Math.sin(a)]);
          }
          for (const [k, dx, dy] of moves) pts[k % n] = [5 + (dx / 10) * stretch, 43 + dy / 10];
          const ring = closed(pts);
          const got = selfIntersects(ring);
          got ? crossing++ : plain++;
          expect(got).toBe(sweepBefore(ring));
          if (n <= 600) expect(got).toBe(allPairs(ring));
        },
      ),
      { numRuns: 300, seed: 2025 },
    );
    expect(crossing).toBeGreaterThan(20);
    expect(plain).toBeGreaterThan(20);
  });

  it('long edges across the box (a zigzag: the grid falls back to the sweep) and flat rings', () => {
    const zigzag: [number, number][] = [];
    for (let i = 0; i < 500; i++) zigzag.push([i, i % 2 ? 1000 : 0]);
    zigzag.push([250, -10]);
    expect(selfIntersects(closed(zigzag))).toBe(allPairs(closed(zigzag)));
    const crossingZigzag = [...zigzag.slice(0, 499), [-5, 500] as [number, number]];
    expect(selfIntersects(closed(crossingZigzag))).toBe(true);
    expect(allPairs(closed(crossingZigzag))).toBe(true);
    const flat: [number, number][] = Array.from({ length: 100 }, (_, i) => [i < 50 ? i : 99 - i, 3]);
    expect(selfIntersects(closed(flat))).toBe(false);
  });
});

/** Every ring of a GeoJSON layer, closed as the loader closes it. */
function rings(file: string): Position[][] {
  const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: { geometry: { type: string; coordinates: unknown } }[] };
  const out: Position[][] = [];
  for (const f of fc.features) {
    const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Position[][][];
    for (const poly of polys)
      for (const ring of poly) {
        const first = ring[0];
        const last = ring[ring.length - 1];
        out.push(first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first]);
      }
  }
  return out;
}

describe('selfIntersects on the real layers', () => {
  for (const [name, file] of [
    ['PACA zones d’emploi', PACA_ZONES],
    ['France zones d’emploi', FRANCE_ZONES],
    ['PACA communes', PACA_COMMUNES],
  ] as const) {
    itWithRealData([file], `${name}: every ring, the same verdict as the sweep`, () => {
      const all = rings(file);
      expect(all.length).toBeGreaterThan(20);
      const differ = all.map((r, k) => [k, selfIntersects(r), sweepBefore(r)] as const).filter(([, a, b]) => a !== b);
      expect(differ).toEqual([]);
    });
  }
});
