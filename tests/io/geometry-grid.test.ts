// Issue 25: selfIntersects bins edges in a grid instead of sweeping over longitudes. The verdicts must be the
// same: property tests on random rings (small integer coordinates, so that touching, collinear and repeated
// points are frequent) against the sweep it replaced and against comparing every pair, and every ring of
// the real layers.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { rewindRings } from '../../src/core/geometry.js';
import { collectNotices } from '../../src/core/notices.js';
import { LaterWarnings, normaliseZoneGeometry, selfIntersects } from '../../src/io/geometry.js';
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

/**
 * normaliseZoneGeometry checks and rounds every point in one pass into flat arrays and checks the rings there
 * (not through selfIntersects): the same geometry and the same warnings as the steps it folds together, as
 * they were written before (round, close, wind, then a bow-tie if a ring crosses itself).
 */
/**
 * The hole rule on nested arrays, written again: a hole whose box goes past its outer ring's, or whose first point
 * off the outer ring (among its first three) is outside it (even–odd crossings; on an edge or a point: off).
 */
function holeOutsideNested(polygons: Position[][][]): boolean {
  const box = (ring: Position[]) => [
    Math.min(...ring.map((p) => p[0])),
    Math.min(...ring.map((p) => p[1])),
    Math.max(...ring.map((p) => p[0])),
    Math.max(...ring.map((p) => p[1])),
  ];
  const where = ([px, py]: Position, ring: Position[]): number => {
    let inside = false;
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1];
      const [bx, by] = ring[i];
      const onLine = (bx - ax) * (py - ay) - (by - ay) * (px - ax) === 0;
      if (onLine && px >= Math.min(ax, bx) && px <= Math.max(ax, bx) && py >= Math.min(ay, by) && py <= Math.max(ay, by)) return 0;
      if (ay > py !== by > py && px < ax + ((py - ay) * (bx - ax)) / (by - ay)) inside = !inside;
    }
    return inside ? 1 : -1;
  };
  return polygons.some(([outer, ...holes]) =>
    holes.some((hole) => {
      const [x0, y0, x1, y1] = box(outer);
      const [hx0, hy0, hx1, hy1] = box(hole);
      if (hx0 < x0 || hy0 < y0 || hx1 > x1 || hy1 > y1) return true;
      const first = hole
        .slice(0, Math.min(3, hole.length - 1))
        .map((p) => where(p, outer))
        .find((w) => w !== 0);
      return first === -1;
    }),
  );
}

function normaliseBefore(g: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }): {
  geometry: unknown;
  closed: number;
  bowTie: boolean;
  holeOutside: boolean;
} {
  const round = (x: number) => Math.round(x * 1e7) / 1e7;
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
  let closed = 0;
  const clean = polygons.map((poly) =>
    poly.map((ring) => {
      const pts = ring.map((p) => [round(p[0]), round(p[1])]);
      const first = pts[0];
      const last = pts[pts.length - 1];
      if (first[0] !== last[0] || first[1] !== last[1]) {
        pts.push([first[0], first[1]]);
        closed++;
      }
      return pts;
    }),
  );
  const bowTie = clean.some((poly) => poly.some(allPairs));
  const geometry = g.type === 'Polygon' ? { type: 'Polygon' as const, coordinates: clean[0] } : { type: 'MultiPolygon' as const, coordinates: clean };
  const wound = rewindRings(geometry, 'ccw');
  const holeOutside = holeOutsideNested(wound.type === 'Polygon' ? [wound.coordinates] : wound.coordinates);
  return { geometry: wound, closed, bowTie, holeOutside };
}

async function normaliseNow(g: unknown, later?: LaterWarnings): Promise<{ geometry: unknown; said: string[] }> {
  const said: string[] = [];
  const geometry = await collectNotices(
    (m) => said.push(typeof m === 'string' ? m : m.id),
    async () => normaliseZoneGeometry(g, { file: 'f.geojson', zone: 'z' }, later),
  );
  return { geometry, said };
}

/** normaliseNow with the bow-tie check put off: what was said on reading, then when the check runs. */
async function normaliseLater(g: unknown): Promise<{ geometry: unknown; said: string[]; saidLater: string[] }> {
  const later = new LaterWarnings();
  const now = await normaliseNow(g, later);
  const saidLater: string[] = [];
  await collectNotices(
    (m) => saidLater.push(typeof m === 'string' ? m : m.id),
    async () => later.run(),
  );
  // run once: nothing more to say
  await collectNotices(
    (m) => saidLater.push(`again: ${typeof m === 'string' ? m : m.id}`),
    async () => later.run(),
  );
  return { ...now, saidLater };
}

describe('normaliseZoneGeometry: one pass over the points, the same geometry and warnings', () => {
  it('random zones of 1–3 polygons of 1–3 rings, rounded or not, closed or not', async () => {
    const point = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.boolean());
    // random points (most cross) or a box walked round with a few points on each side (simple)
    const box = fc.tuple(
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 30 }),
      fc.boolean(),
    );
    const boxPoints = ([x, y, w, h, k, off]: [number, number, number, number, number, boolean]): [number, number, boolean][] => {
      const pts: [number, number, boolean][] = [];
      for (let i = 0; i < k; i++) pts.push([x + (w * i) / k, y, off && i === 1]);
      for (let i = 0; i < k; i++) pts.push([x + w, y + (h * i) / k, false]);
      for (let i = 0; i < k; i++) pts.push([x + w - (w * i) / k, y + h, false]);
      for (let i = 0; i < k; i++) pts.push([x, y + h - (h * i) / k, false]);
      return pts;
    };
    const ring = fc.record({ pts: fc.oneof(fc.array(point, { minLength: 4, maxLength: 120 }), box.map(boxPoints)), close: fc.boolean() });
    const zone = fc.record({ multi: fc.boolean(), polygons: fc.array(fc.array(ring, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }) });
    let bowTies = 0;
    let closings = 0;
    let holesOutside = 0;
    let unrounded = 0;
    for (const z of fc.sample(zone, { numRuns: 400, seed: 2512 })) {
      const polygons = z.polygons.map((poly) =>
        poly.map(({ pts, close }) => {
          // 5.1, 43.2…; some points off by less than the rounding (0.30000000000000004 and 0.3)
          const ring = pts.map(([x, y, off]) => [5 + x / 10 + (off ? 1e-12 : 0), 43 + y / 10]);
          if (pts.some(([, , off]) => off)) unrounded++;
          return close ? [...ring, ring[0]] : ring;
        }),
      );
      const g =
        z.multi || polygons.length > 1 ? { type: 'MultiPolygon' as const, coordinates: polygons } : { type: 'Polygon' as const, coordinates: polygons[0] };
      const input = JSON.stringify(g);
      const want = normaliseBefore(g);
      const got = await normaliseNow(g);
      expect(got.geometry).toEqual(want.geometry);
      const warnings = [...(want.bowTie ? ['load.geometry.bowTie'] : []), ...(want.holeOutside ? ['load.geometry.holeOutside'] : [])];
      expect(got.said).toEqual([...(want.closed > 0 ? ['load.geometry.closed'] : []), ...warnings]);
      // the checks put off (propose): the same geometry, the warnings said when the checks run, once
      const later = await normaliseLater(g);
      expect(later.geometry).toEqual(want.geometry);
      expect(later.said).toEqual(want.closed > 0 ? ['load.geometry.closed'] : []);
      expect(later.saidLater).toEqual(warnings);
      expect(JSON.stringify(g)).toBe(input); // the caller's arrays are left as they were
      if (want.bowTie) bowTies++;
      if (want.closed) closings++;
      if (want.holeOutside) holesOutside++;
    }
    // every branch taken often enough for the comparison to say something
    expect(bowTies).toBeGreaterThan(50);
    expect(holesOutside).toBeGreaterThan(20);
    expect(400 - bowTies).toBeGreaterThan(20);
    expect(closings).toBeGreaterThan(50);
    expect(unrounded).toBeGreaterThan(50);
  });

  it('a large ring (the grid) with and without a crossing, among small ones', async () => {
    const star = (n: number, r: (i: number) => number): Position[] => {
      const pts = Array.from({ length: n }, (_, i) => [5 + r(i) * Math.cos((2 * Math.PI * i) / n), 43 + r(i) * Math.sin((2 * Math.PI * i) / n)]);
      return [...pts, pts[0]].map((p) => p.map((x) => Math.round(x * 1e7) / 1e7));
    };
    const simple = star(3000, (i) => 1 + 0.2 * Math.sin(i * 0.37));
    const kinked = simple.map((p) => [...p]);
    kinked[1500] = [5 + 1.5, 43.0001]; // across the star, out on the other side
    kinked[kinked.length - 1] = kinked[0];
    const small = [
      [5, 43],
      [5.1, 43],
      [5.1, 43.1],
      [5, 43.1],
      [5, 43],
    ];
    for (const [rings, bowTie] of [
      [[simple], false],
      [[kinked], true],
      [[small], false],
    ] as const) {
      const g = { type: 'MultiPolygon', coordinates: [[small], rings] };
      const got = await normaliseNow(g);
      expect(got.said).toEqual(bowTie ? ['load.geometry.bowTie'] : []);
      expect(rings.some(allPairs)).toBe(bowTie);
    }
  });
});

describe('normaliseZoneGeometry: scratch arrays let go after a very large zone', () => {
  it('a ring of 1.1 million points between small zones: the same verdicts before and after', async () => {
    const circle = (n: number, r: number): Position[] => {
      const pts = Array.from({ length: n }, (_, i) => [
        Math.round((5 + r * Math.cos((2 * Math.PI * i) / n)) * 1e7) / 1e7,
        Math.round((43 + r * Math.sin((2 * Math.PI * i) / n)) * 1e7) / 1e7,
      ]);
      return [...pts, pts[0]];
    };
    const bowTie = [
      [5, 43],
      [5.1, 43.1],
      [5.1, 43],
      [5, 43.1],
      [5, 43],
    ];
    const star = circle(40, 0.5);
    star[20] = [5.7, 43.01];
    const said = async (coordinates: Position[][]) => (await normaliseNow({ type: 'Polygon', coordinates })).said;
    const small = async () => {
      expect(await said([bowTie])).toEqual(['load.geometry.bowTie']);
      expect(await said([star])).toEqual(['load.geometry.bowTie']);
      expect(await said([circle(3000, 1)])).toEqual([]);
    };
    await small();
    expect(await said([circle(1_100_000, 2)])).toEqual([]);
    await small();
    expect(allPairs(star)).toBe(true);
  });
});

describe('normaliseZoneGeometry on the real layers', () => {
  for (const [name, file] of [
    ['PACA zones d’emploi', PACA_ZONES],
    ['France zones d’emploi', FRANCE_ZONES],
    ['PACA communes', PACA_COMMUNES],
  ] as const) {
    itWithRealData([file], `${name}: every zone, the same outline and the same bow-tie verdict as ring by ring`, async () => {
      const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: { geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } }[] };
      let bowTies = 0;
      for (const f of fc.features) {
        const want = normaliseBeforeRealLayer(f.geometry);
        const got = await normaliseNow(f.geometry);
        expect(got.geometry).toEqual(want.geometry);
        expect(got.said.includes('load.geometry.bowTie')).toBe(want.bowTie);
        expect(got.said).not.toContain('load.geometry.holeOutside'); // their holes are inside their outlines
        if (want.bowTie) bowTies++;
      }
      expect(bowTies).toBeLessThan(fc.features.length);
    });
  }
});

/** normaliseBefore with selfIntersects ring by ring (comparing every pair is too slow for real outlines). */
function normaliseBeforeRealLayer(g: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }): { geometry: unknown; bowTie: boolean } {
  const round = (x: number) => Math.round(x * 1e7) / 1e7;
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
  const clean = polygons.map((poly) =>
    poly.map((ring) => {
      const pts = ring.map((p) => [round(p[0]), round(p[1])]);
      const first = pts[0];
      const last = pts[pts.length - 1];
      if (first[0] !== last[0] || first[1] !== last[1]) pts.push([first[0], first[1]]);
      return pts;
    }),
  );
  const bowTie = clean.some((poly) => poly.some((r) => sweepBefore(r)));
  const geometry = g.type === 'Polygon' ? { type: 'Polygon' as const, coordinates: clean[0] } : { type: 'MultiPolygon' as const, coordinates: clean };
  return { geometry: rewindRings(geometry, 'ccw'), bowTie };
}
