// Issue 25: the graph reads zones' flat arrays (flatRingsOf) instead of their nested coordinates. A layer of
// flatGeometry zones must give the very same graph as the same layer of nested arrays — shared arcs byte for
// byte, edges, border lengths, near-misses, links and their distances, the Topology's JSON — without the
// nested coordinates of a flat zone ever being made (neither by the graph nor by its Topology).
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatGeometry, flatRingsOf, isFlat } from '../../src/core/flat-rings.js';
import { Rng } from '../../src/core/rng.js';
import type { ZoneGeometry, ZoneSet } from '../../src/core/types.js';
import { brickTessellation, buildGraph } from '../../src/graph/index.js';
import { chordToM } from '../../src/graph/geo.js';
import { geometryVertices, nearestVertexD2, zoneDistanceKm } from '../../src/graph/links.js';
import { sharedArcs, type SharedArcs } from '../../src/graph/shared-arcs.js';
import type { GraphOptions } from '../../src/graph/types.js';
import { describeWithRealData, FRANCE_ZONES, PACA_COMMUNES, PACA_ZONES } from '../support/real-data.js';
import { zoneSetFrom } from '../support/zoneset.js';

/** The same layer with every zone a flatGeometry over a copy of its points. */
function flatLayer(zs: ZoneSet): ZoneSet {
  const zones = zs.zones.map((z) => ({ ...z, geometry: flatGeometry(z.geometry.type, flatRingsOf(z.geometry)) }));
  return { ...zs, zones, byId: new Map(zones.map((z) => [z.id, z])) };
}

/** Whether the geometry's nested coordinates are still unmade (flatGeometry's getter not yet called). */
function coordinatesUnmade(g: ZoneGeometry): boolean {
  return Object.getOwnPropertyDescriptor(g, 'coordinates')?.get !== undefined;
}

function bytes(a: Float64Array | Int32Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function expectSameArcs(a: SharedArcs, b: SharedArcs): void {
  expect(b.arcCount).toBe(a.arcCount);
  for (const k of ['arcStart', 'arcEnd', 'x', 'y', 'point', 'coordinate', 'ringZone', 'ringPieces', 'pieceRef'] as const) {
    expect(bytes(b[k]).equals(bytes(a[k])), k).toBe(true);
  }
}

/** Nested and flat layers: the same shared arcs and graph; the flat zones' coordinates are not made by it. */
function expectSameGraph(zs: ZoneSet, opts: GraphOptions = {}): ReturnType<typeof buildGraph> {
  const flat = flatLayer(zs);
  expect(flat.zones.every((z) => isFlat(z.geometry) && coordinatesUnmade(z.geometry))).toBe(true);
  const arcsNested = sharedArcs(zs)!;
  const arcsFlat = sharedArcs(flat)!;
  expect(arcsNested).toBeDefined();
  expectSameArcs(arcsNested, arcsFlat);
  const nested = buildGraph(zs, opts);
  const g = buildGraph(flat, opts);
  // nothing in the graph's making read the flat zones' nested coordinates
  expect(flat.zones.filter((z) => !coordinatesUnmade(z.geometry)).map((z) => z.id)).toEqual([]);
  expect(JSON.stringify(g.edges)).toBe(JSON.stringify(nested.edges));
  expect(g.neighbors).toEqual(nested.neighbors);
  expect(g.components).toEqual(nested.components);
  expect(g.islands).toEqual(nested.islands);
  expect(JSON.stringify(g.nearMisses)).toBe(JSON.stringify(nested.nearMisses));
  expect(JSON.stringify(g.linksAdded)).toBe(JSON.stringify(nested.linksAdded));
  expect(JSON.stringify(g.autoLink)).toBe(JSON.stringify(nested.autoLink));
  expect(JSON.stringify(g.topology)).toBe(JSON.stringify(nested.topology));
  // nor did the Topology's (its arcs are made from the flat arrays)
  expect(flat.zones.filter((z) => !coordinatesUnmade(z.geometry)).map((z) => z.id)).toEqual([]);
  return nested;
}

function layer(geoms: (Polygon | MultiPolygon)[]): ZoneSet {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: geoms.map((geometry, i): Feature => ({ type: 'Feature', properties: { code: `Z${i}`, members: 100 + i }, geometry })),
  };
  return zoneSetFrom(fc);
}

const square = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

/** The distance of the nearest vertices by comparing every pair. */
function bruteKm(ga: ZoneGeometry, gb: ZoneGeometry): number {
  const p = geometryVertices(ga);
  const q = geometryVertices(gb);
  let best = Infinity;
  for (let s = 0; s < p.length; s += 3)
    for (let t = 0; t < q.length; t += 3) {
      const dx = q[t] - p[s];
      const dy = q[t + 1] - p[s + 1];
      const dz = q[t + 2] - p[s + 2];
      const d2 = dx * dx + dy * dy + dz * dz;
      if (d2 < best) best = d2;
    }
  return chordToM(Math.sqrt(best)) / 1000;
}

describe('the graph from flat rings', () => {
  it('holes, multipolygons, -0 against 0, a point contact and a link: the same graph as from nested arrays', () => {
    const zs = layer([
      // a square with a hole, and the zone filling the hole; its west side on the meridian written -0
      {
        type: 'Polygon',
        coordinates: [
          [
            [-0, 0],
            [1, 0],
            [1, 1],
            [-0, 1],
            [-0, 0],
          ],
          square(0.25, 0.25, 0.75, 0.75).reverse(),
        ],
      },
      { type: 'Polygon', coordinates: [square(0.25, 0.25, 0.75, 0.75)] },
      // west of the meridian, written 0 where the first wrote -0: one border (topojson-server's ===)
      { type: 'Polygon', coordinates: [square(-1, 0, 0, 1)] },
      // two islands, one touching the first square at a corner only
      { type: 'MultiPolygon', coordinates: [[square(1, 1, 1.5, 1.5)], [square(3, 3, 3.5, 3.5)]] },
      // an island far off, linked explicitly
      { type: 'Polygon', coordinates: [square(5, 0, 5.5, 0.5)] },
    ]);
    const g = expectSameGraph(zs, { links: [{ a: 'Z4', b: 'Z0', source: '--link' }] });
    expect(g.edgeBetween(0, 2)?.kind).toBe('border');
    expect(g.edgeBetween(0, 1)?.kind).toBe('border');
    expect(g.nearMisses.some((m) => m.a === 0 && m.b === 3 && m.distanceM === 0)).toBe(true);
    expect(g.edgeBetween(0, 4)?.kind).toBe('link');
    expect(g.edgeBetween(0, 4)?.distanceKm).toBeGreaterThan(400);
    expectSameGraph(zs, { contiguity: 'queen', snapM: 50, autoLink: true });
  });

  it('the vertices and distances of flat zones are those of the nested ones, -0 included', () => {
    const zs = layer([
      {
        type: 'MultiPolygon',
        coordinates: [[square(-0, -0, 1, 1), square(0.2, 0.2, 0.4, 0.4).reverse()], [square(2, 2, 3, 3)]],
      },
      { type: 'Polygon', coordinates: [square(-2, -0, -1, 1)] },
    ]);
    const flat = flatLayer(zs);
    for (let i = 0; i < zs.zones.length; i++) {
      expect(bytes(geometryVertices(flat.zones[i].geometry)).equals(bytes(geometryVertices(zs.zones[i].geometry)))).toBe(true);
    }
    expect(zoneDistanceKm(flat.zones[0].geometry, flat.zones[1].geometry)).toBe(zoneDistanceKm(zs.zones[0].geometry, zs.zones[1].geometry));
    expect(flat.zones.every((z) => coordinatesUnmade(z.geometry))).toBe(true);
  });

  it('link distances: the exact nearest vertices (every pair compared), anywhere on the globe, flat or nested', () => {
    // outlines of many points (several runs of 16) walking from a start: near the poles, across the 180th meridian
    // or the Greenwich one, touching or overlapping the other, some longitudes beyond ±180 (read as given)
    const outline = fc
      .record({
        lon: fc.double({ min: -200, max: 200, noNaN: true }),
        lat: fc.double({ min: -90, max: 90, noNaN: true }),
        step: fc.constantFrom(1e-6, 0.01, 0.3, 3),
        steps: fc.array(fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })), { minLength: 3, maxLength: 300 }),
      })
      .map(({ lon, lat, step, steps }): Polygon => {
        let [x, y] = [lon, lat];
        const pts: Position[] = steps.map(([dx, dy]) => {
          x += dx * step;
          y = Math.max(-90, Math.min(90, y + dy * step));
          return [x, y];
        });
        return { type: 'Polygon', coordinates: [[...pts, pts[0]]] };
      });
    fc.assert(
      fc.property(outline, outline, fc.boolean(), (ga, gb, near) => {
        if (near) gb = { type: 'Polygon', coordinates: [gb.coordinates[0].map(([x, y]) => [x - gb.coordinates[0][0][0] + ga.coordinates[0][1][0] + 1e-4, y])] };
        const expected = bruteKm(ga, gb);
        expect(zoneDistanceKm(ga, gb)).toBe(expected);
        expect(zoneDistanceKm(flatGeometry('Polygon', flatRingsOf(ga)), flatGeometry('Polygon', flatRingsOf(gb)))).toBe(expected);
        expect(chordToM(Math.sqrt(nearestVertexD2(geometryVertices(ga), geometryVertices(gb)))) / 1000).toBe(expected);
      }),
      { numRuns: 1000, seed: 25 },
    );
  });

  it('link distances across a narrow channel: many runs of points about as near as the nearest, compared exactly', () => {
    // two banks of a channel some 50 m wide, whose points wander by up to 20 m: the nearest pair is one of
    // hundreds of close candidates, so a box that did not hold its points would lose it
    const rng = new Rng(25);
    for (let k = 0; k < 20; k++) {
      const lon0 = (rng.next() - 0.5) * 300;
      const lat0 = (rng.next() - 0.5) * 160;
      const bank = (dy: number): Polygon => {
        const pts: Position[] = [];
        for (let i = 0; i < 400; i++) pts.push([lon0 + i * 2e-4, lat0 + dy + (rng.next() - 0.5) * 4e-4]);
        for (let i = 399; i >= 0; i--) pts.push([lon0 + i * 2e-4, lat0 + dy + (dy > 0 ? 0.01 : -0.01)]);
        return { type: 'Polygon', coordinates: [[...pts, pts[0]]] };
      };
      const a = bank(-2.5e-4);
      const b = bank(2.5e-4);
      expect(zoneDistanceKm(a, b)).toBe(chordToM(Math.sqrt(nearestVertexD2(geometryVertices(a), geometryVertices(b)))) / 1000);
      expect(zoneDistanceKm(a, b)).toBe(bruteKm(a, b));
    }
  });

  it('a brick lattice of 30 × 30 units', () => {
    expectSameGraph(brickTessellation({ rows: 30, cols: 30, seed: 3 }), { contiguity: 'queen' });
  });
});

describeWithRealData([PACA_ZONES, FRANCE_ZONES, PACA_COMMUNES], 'the graph from flat rings, on the real layers', () => {
  it('PACA zones d’emploi', () => {
    expectSameGraph(zoneSetFrom(PACA_ZONES));
  });

  it('France’s 306 zones d’emploi, with the Marie-Galante link', () => {
    const g = expectSameGraph(zoneSetFrom(FRANCE_ZONES), { links: [{ a: '0103', b: '0104', source: '--link' }] });
    expect(g.edges.filter((e) => e.kind === 'link')).toHaveLength(1);
  });

  it('link distances between many pairs of zones: those of every vertex on the sphere at once', () => {
    for (const file of [FRANCE_ZONES, PACA_COMMUNES]) {
      const zs = flatLayer(zoneSetFrom(file));
      const xyz = zs.zones.map((z) => geometryVertices(z.geometry));
      for (let a = 0; a < zs.zones.length; a++) {
        for (const b of [a + 1, a + 7, a + 40]) {
          if (b >= zs.zones.length) continue;
          const eager = chordToM(Math.sqrt(nearestVertexD2(xyz[a], xyz[b]))) / 1000;
          expect(zoneDistanceKm(zs.zones[a].geometry, zs.zones[b].geometry)).toBe(eager);
        }
      }
    }
  });

  it('PACA’s 946 communes, with --auto-link and with --snap', () => {
    const zs = zoneSetFrom(PACA_COMMUNES);
    const g = expectSameGraph(zs, { autoLink: true });
    expect(g.linksAdded.length).toBeGreaterThan(0);
    expectSameGraph(zs, { snapM: 20 });
  });
});
