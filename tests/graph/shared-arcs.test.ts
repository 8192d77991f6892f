import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { Rng } from '../../src/core/rng.js';
import type { ZoneSet } from '../../src/core/types.js';
import { arcsOfTopology, arcUsage, type ArcUsage } from '../../src/graph/arcs.js';
import { brickTessellation, buildGraph, lineLengthM } from '../../src/graph/index.js';
import { geometryVertices, nearestVertexD2, outlineVertices, zoneDistanceKm } from '../../src/graph/links.js';
import { sharedArcs } from '../../src/graph/shared-arcs.js';
import { buildTopology, ZONES_OBJECT } from '../../src/graph/topology.js';
import type { GraphOptions, ZoneGraphResult } from '../../src/graph/types.js';
import { chordToM } from '../../src/graph/geo.js';
import { describeWithRealData, FRANCE_ZONES, PACA_COMMUNES, PACA_ZONES } from '../support/real-data.js';
import { zoneSetFrom } from '../support/zoneset.js';

/**
 * buildGraph's shared arcs (sharedArcs, on typed arrays) against topojson-server's topology(), which buildGraph used
 * before: the same Topology (same JSON), the same use of every arc by the zones, and the same graph as the one an
 * independent reading of topojson-server's arcs gives (borders and their lengths, point contacts).
 */

type Geom = Polygon | MultiPolygon;

function layer(geoms: Geom[]): ZoneSet {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: geoms.map((geometry, i): Feature => ({ type: 'Feature', properties: { code: `Z${i}`, members: 100 + i }, geometry })),
  };
  return zoneSetFrom(fc);
}

/** A closed ring through the points, starting at the k-th. */
function ring(points: Position[], k = 0): Position[] {
  const r = [...points.slice(k), ...points.slice(0, k)];
  return [...r, r[0]];
}

/** The rectangle's ring (anticlockwise), with `extra` vertices on each side, starting at its k-th vertex. */
function rect(x0: number, y0: number, x1: number, y1: number, o: { extra?: number; start?: number; clockwise?: boolean } = {}): Position[] {
  const corners: Position[] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  const pts: Position[] = [];
  const e = o.extra ?? 0;
  for (let i = 0; i < 4; i++) {
    const [ax, ay] = corners[i];
    const [bx, by] = corners[(i + 1) % 4];
    for (let j = 0; j <= e; j++) pts.push([ax + ((bx - ax) * j) / (e + 1), ay + ((by - ay) * j) / (e + 1)]);
  }
  if (o.clockwise) pts.reverse();
  return ring(pts, (o.start ?? 0) % pts.length);
}

/** The independent reading of topojson-server's topology: rook borders with lengths, and point contacts. */
function oracle(zs: ZoneSet): { borders: Map<string, number>; points: Set<string> } {
  const topo = buildTopology(zs) as unknown as { arcs: number[][][]; objects: Record<string, { geometries: { id: number; type: string; arcs: unknown }[] }> };
  const users = topo.arcs.map(() => new Set<number>());
  for (const g of topo.objects[ZONES_OBJECT].geometries) {
    const polys = (g.type === 'Polygon' ? [g.arcs] : g.arcs) as number[][][];
    for (const p of polys) for (const r of p) for (const ref of r) users[ref < 0 ? ~ref : ref].add(g.id);
  }
  const borders = new Map<string, number>();
  const byPoint = new Map<string, Set<number>>();
  topo.arcs.forEach((arc, a) => {
    const zs = [...users[a]].sort((x, y) => x - y);
    const km = lineLengthM(arc) / 1000;
    if (zs.length > 1 && km > 0) {
      for (let i = 0; i < zs.length; i++)
        for (let j = i + 1; j < zs.length; j++) borders.set(`${zs[i]}-${zs[j]}`, (borders.get(`${zs[i]}-${zs[j]}`) ?? 0) + km);
    }
    for (const p of [arc[0], arc[arc.length - 1]]) {
      const k = `${p[0]},${p[1]}`;
      const s = byPoint.get(k) ?? new Set<number>();
      for (const z of zs) s.add(z);
      byPoint.set(k, s);
    }
  });
  const points = new Set<string>();
  for (const s of byPoint.values()) {
    const l = [...s].sort((x, y) => x - y);
    for (let i = 0; i < l.length; i++) for (let j = i + 1; j < l.length; j++) if (!borders.has(`${l[i]}-${l[j]}`)) points.add(`${l[i]}-${l[j]}`);
  }
  return { borders, points };
}

/** Every arc's points, the zones using it and how often, as numbers that can be compared. */
function usageFacts(u: ArcUsage) {
  const arcs: number[][] = [];
  for (let a = 0; a < u.arcCount; a++) {
    const pts: number[] = [];
    for (let k = u.arcStart[a]; k <= u.arcEnd[a]; k++) pts.push(u.x[k], u.y[k]);
    arcs.push(pts);
  }
  return { arcs, zoneA: [...u.zoneA], zoneB: [...u.zoneB], refs: [...u.refs], more: [...u.more].sort((x, y) => x[0] - y[0]) };
}

const pairKey = (a: number, b: number) => `${Math.min(a, b)}-${Math.max(a, b)}`;

/** Everything this file checks on a layer. */
function checkLayer(zs: ZoneSet, opts: GraphOptions = {}): ZoneGraphResult {
  const old = buildTopology(zs);
  const fast = sharedArcs(zs);
  expect(fast).toBeDefined();
  // the same Topology, byte for byte, read from the graph (built on first read)
  const rook = buildGraph(zs, opts);
  expect(JSON.stringify(rook.topology)).toBe(JSON.stringify(old));
  expect(rook.topology).toBe(rook.topology);
  // the same arcs and uses of the arcs as topojson-server's, so snapping and outline vertices see the same input
  const n = zs.zones.length;
  const mine = arcUsage(fast!, n);
  const theirs = arcUsage(arcsOfTopology(old as Topology), n);
  // (compared as text and bytes: a deep equality on some 700,000 numbers is slow)
  expect(JSON.stringify(usageFacts(mine))).toBe(JSON.stringify(usageFacts(theirs)));
  const bytes = (vs: Float64Array[]) => Buffer.concat(vs.map((v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength)));
  expect(bytes(outlineVertices(mine, n)).equals(bytes(outlineVertices(theirs, n)))).toBe(true);
  // the graph: the borders and their lengths, the point contacts (queen edges; rook near misses at 0 m)
  const o = oracle(zs);
  const borders = rook.edges.filter((e) => e.kind === 'border');
  expect(new Set(borders.map((e) => pairKey(e.a, e.b)))).toEqual(new Set(o.borders.keys()));
  for (const e of borders) {
    const want = o.borders.get(pairKey(e.a, e.b))!;
    expect(Math.abs(e.sharedBorderKm - want)).toBeLessThanOrEqual(1e-9 * want);
  }
  const queen = buildGraph(zs, { ...opts, contiguity: 'queen' });
  // (with --snap, a point contact within the tolerance is a snapped edge)
  const queenKinds = opts.snapM ? ['point', 'snapped'] : ['point'];
  const queenPoints = new Set(queen.edges.filter((e) => queenKinds.includes(e.kind)).map((e) => pairKey(e.a, e.b)));
  if (opts.snapM) for (const p of o.points) expect(queenPoints.has(p)).toBe(true);
  else expect(queenPoints).toEqual(o.points);
  if (!opts.snapM) {
    expect(new Set(rook.nearMisses.filter((m) => m.distanceM === 0).map((m) => pairKey(m.a, m.b)))).toEqual(o.points);
  }
  return rook;
}

/** Nearest vertices between two zones, in km, by a plain sweep: q's vertices sorted on one axis, scanned outwards from each of p's. */
function bruteDistanceKm(zs: ZoneSet, a: number, b: number): number {
  const p = geometryVertices(zs.zones[a].geometry);
  const q = geometryVertices(zs.zones[b].geometry);
  // the axis along which the two outlines lie farthest apart (their centres) is the sweep's
  const centre = (v: Float64Array, k: number) => v.filter((_, i) => i % 3 === k).reduce((s, x) => s + x, 0) / (v.length / 3);
  const ax = [0, 1, 2].reduce((m, k) => (Math.abs(centre(p, k) - centre(q, k)) > Math.abs(centre(p, m) - centre(q, m)) ? k : m), 0);
  const order = Array.from({ length: q.length / 3 }, (_, i) => i).sort((i, j) => q[i * 3 + ax] - q[j * 3 + ax]);
  const xs = order.map((i) => q[i * 3 + ax]);
  let best = Infinity;
  const d2 = (i: number, j: number) => (q[j * 3] - p[i * 3]) ** 2 + (q[j * 3 + 1] - p[i * 3 + 1]) ** 2 + (q[j * 3 + 2] - p[i * 3 + 2]) ** 2;
  for (let i = 0; i < p.length / 3; i++) {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (xs[m] < p[i * 3 + ax]) lo = m + 1;
      else hi = m;
    }
    for (let k = lo; k < xs.length && (xs[k] - p[i * 3 + ax]) ** 2 < best; k++) best = Math.min(best, d2(i, order[k]));
    for (let k = lo - 1; k >= 0 && (p[i * 3 + ax] - xs[k]) ** 2 < best; k--) best = Math.min(best, d2(i, order[k]));
  }
  return chordToM(Math.sqrt(best)) / 1000;
}

describe('shared arcs on typed arrays, against topojson-server', () => {
  it('a grid with point-only contacts, rings starting anywhere and wound either way', () => {
    // a 4×4 checkerboard of the black squares only: they touch corner to corner
    const geoms: Geom[] = [];
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++)
        if ((i + j) % 2 === 0)
          geoms.push({ type: 'Polygon', coordinates: [rect(i, j, i + 1, j + 1, { extra: (i * 3 + j) % 3, start: i + 2 * j, clockwise: j % 2 === 1 })] });
    // and one white square that fills a gap: real borders with its four neighbours
    geoms.push({ type: 'Polygon', coordinates: [rect(1, 0, 2, 1, { start: 3 })] });
    const g = checkLayer(layer(geoms));
    expect(g.edges.length).toBeGreaterThan(0);
    expect(g.nearMisses.length).toBeGreaterThan(0);
  });

  it('holes with an island zone inside, multipolygons, a ring with no junction', () => {
    const geoms: Geom[] = [
      // a square with a hole, the hole filled exactly by another zone (its ring is the hole reversed, rotated)
      { type: 'Polygon', coordinates: [rect(0, 0, 6, 6, { extra: 2 }), rect(2, 2, 4, 4, { extra: 1, clockwise: true, start: 5 })] },
      { type: 'Polygon', coordinates: [rect(2, 2, 4, 4, { extra: 1, start: 2 })] },
      // a multipolygon: one part touches the big square along x = 6, the other is far away (an island)
      { type: 'MultiPolygon', coordinates: [[rect(6, 2, 8, 4, { start: 1 })], [rect(20, 20, 21, 21)]] },
      // a lone square (no junction at all) and a copy of it, rotated and reversed (the same ring: one arc)
      { type: 'Polygon', coordinates: [rect(10, 0, 11, 1, { extra: 3 })] },
      { type: 'Polygon', coordinates: [rect(10, 0, 11, 1, { extra: 3, start: 7, clockwise: true })] },
    ];
    const g = checkLayer(layer(geoms));
    expect(g.islands).toEqual([]);
    expect(g.borderKm(0, 1)).toBeGreaterThan(0);
    expect(g.borderKm(3, 4)).toBeGreaterThan(0);
  });

  it('overlapping arcs (a border used by three zones), a self-touching ring, a T-junction and a gap to snap', () => {
    const geoms: Geom[] = [
      { type: 'Polygon', coordinates: [rect(0, 0, 2, 2, { extra: 3 })] },
      { type: 'Polygon', coordinates: [rect(2, 0, 4, 2, { extra: 3 })] },
      // a third zone overlapping the second: it uses the same border x = 2
      { type: 'Polygon', coordinates: [rect(2, 0, 3, 2, { extra: 3, start: 4 })] },
      // a ring passing twice through (5, 1): two lobes joined at a point
      {
        type: 'Polygon',
        coordinates: [
          ring([
            [4, 0],
            [5, 1],
            [6, 0],
            [6, 2],
            [5, 1],
            [4, 2],
            [4, 1.5],
            [4, 0.5],
          ]),
        ],
      },
      // a ring with a repeated vertex on a border its neighbour draws once, and 3-D positions
      {
        type: 'Polygon',
        coordinates: [
          ring([
            [0, -1, 5],
            [1, -1, 5],
            [1, -1, 5],
            [2, -1, 5],
            [2, 0, 5],
            [1, 0],
            [1, 0],
            [0, 0],
          ]),
        ],
      },
      // a T-junction: a zone whose side carries a vertex its neighbour lacks (no segment shared exactly)
      {
        type: 'Polygon',
        coordinates: [
          ring([
            [0, 2.0000001],
            [1, 2.0000001],
            [2, 2.0000001],
            [2, 3],
            [0, 3],
          ]),
        ],
      },
    ];
    const zs = layer(geoms);
    checkLayer(zs);
    const snapped = checkLayer(zs, { snapM: 50 });
    expect(snapped.edges.some((e) => e.kind === 'snapped')).toBe(true);
  });

  it('a jittered brick wall and its point contacts, with and without snapping', () => {
    const wall = brickTessellation({ rows: 12, cols: 14, seed: 3, edgeVertices: 2 });
    checkLayer(wall);
    checkLayer(wall, { snapM: 30 });
  });

  it('random squares of a grid (some missing, some touching at corners), several seeds', () => {
    for (const seed of [1, 2, 3]) {
      const rng = new Rng(seed);
      const geoms: Geom[] = [];
      for (let i = 0; i < 8; i++)
        for (let j = 0; j < 8; j++)
          if (rng.next() < 0.6)
            geoms.push({
              type: 'Polygon',
              coordinates: [
                rect(i / 10, j / 10, (i + 1) / 10, (j + 1) / 10, {
                  extra: Math.floor(rng.next() * 3),
                  start: Math.floor(rng.next() * 8),
                  clockwise: rng.next() < 0.5,
                }),
              ],
            });
      checkLayer(layer(geoms));
    }
  });

  it('distances between zones: the exact nearest vertices, as a brute force finds them', () => {
    const geoms: Geom[] = [];
    const rng = new Rng(7);
    for (let k = 0; k < 8; k++) {
      const x = rng.next() * 2;
      const y = 40 + rng.next() * 2;
      geoms.push({
        type: 'Polygon',
        coordinates: [rect(x, y, x + rng.next() * 0.5 + 0.01, y + rng.next() * 0.5 + 0.01, { extra: Math.floor(rng.next() * 60) })],
      });
    }
    const zs = layer(geoms);
    for (let a = 0; a < zs.zones.length; a++) {
      for (let b = a + 1; b < zs.zones.length; b++) expect(zoneDistanceKm(zs.zones[a].geometry, zs.zones[b].geometry)).toBe(bruteDistanceKm(zs, a, b));
    }
    expect(nearestVertexD2(new Float64Array(0), new Float64Array([1, 0, 0]))).toBe(Infinity);
  });

  it('a geometry it does not take (a ring of 3 positions) falls back to topojson-server, with the same graph', () => {
    const geoms: Geom[] = [
      { type: 'Polygon', coordinates: [rect(0, 0, 1, 1)] },
      { type: 'Polygon', coordinates: [rect(1, 0, 2, 1)] },
    ];
    const zs = layer(geoms);
    const before = buildGraph(zs);
    (zs.zones[1].geometry as Polygon).coordinates.push([
      [5, 5],
      [6, 5],
      [5, 5],
    ]);
    expect(sharedArcs(zs)).toBeUndefined();
    const g = buildGraph(zs);
    expect(JSON.stringify(g.topology)).toBe(JSON.stringify(buildTopology(zs)));
    expect(g.edges).toEqual(before.edges);
  });
});

describeWithRealData([PACA_ZONES, FRANCE_ZONES, PACA_COMMUNES], 'shared arcs on the real layers, against topojson-server', () => {
  it('PACA zones d’emploi', () => {
    checkLayer(zoneSetFrom(PACA_ZONES));
  });

  it('France’s 306 zones d’emploi (and the Marie-Galante link’s distance, by brute force)', () => {
    const zs = zoneSetFrom(FRANCE_ZONES);
    const g = checkLayer(zs, { links: [{ a: '0103', b: '0104', source: '--link' }] });
    const a = zs.zones.findIndex((z) => z.id === '0103');
    const b = zs.zones.findIndex((z) => z.id === '0104');
    const link = g.edgeBetween(a, b)!;
    expect(link.kind).toBe('link');
    // the brute force over the two outlines' vertices (some 8,000 × 46,000 pairs), rounded as buildGraph rounds it
    expect(link.distanceKm).toBe(Math.round(bruteDistanceKm(zs, a, b) * 1000) / 1000);
  });

  it('PACA’s 946 communes, with --auto-link and with --snap', () => {
    const zs = zoneSetFrom(PACA_COMMUNES);
    checkLayer(zs, { autoLink: true });
    checkLayer(zs, { snapM: 20 });
  });
});
