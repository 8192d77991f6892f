// Issue 25: the graph reads zones' flat arrays (flatRingsOf) instead of their nested coordinates. A layer of
// flatGeometry zones must give the very same graph as the same layer of nested arrays — shared arcs byte for
// byte, edges, border lengths, near-misses, links and their distances, the Topology's JSON — without the
// nested coordinates of a flat zone ever being made while the graph is built.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { flatGeometry, flatRingsOf, isFlat } from '../../src/core/flat-rings.js';
import type { ZoneGeometry, ZoneSet } from '../../src/core/types.js';
import { brickTessellation, buildGraph } from '../../src/graph/index.js';
import { geometryVertices, zoneDistanceKm } from '../../src/graph/links.js';
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

  it('PACA’s 946 communes, with --auto-link and with --snap', () => {
    const zs = zoneSetFrom(PACA_COMMUNES);
    const g = expectSameGraph(zs, { autoLink: true });
    expect(g.linksAdded.length).toBeGreaterThan(0);
    expectSameGraph(zs, { snapM: 20 });
  });
});
