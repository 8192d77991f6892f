// Issue 25: areaKm2, perimeterKm and polsbyPopper read the zones' flat arrays (flatRingsOf), the area by
// @turf/area's ring formula re-written on them. They must give the very same doubles as turf's area (and as
// before), for nested and flat geometries alike, or the printed compactness and areas would drift.
import { area } from '@turf/area';
import { distance } from '@turf/distance';
import fc from 'fast-check';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { flatGeometry, flatRingsOf } from '../../src/core/flat-rings.js';
import { areaKm2, perimeterKm, polsbyPopper } from '../../src/core/geometry.js';
import type { ZoneGeometry, ZoneSet } from '../../src/core/types.js';
import { brickTessellation } from '../../src/graph/index.js';
import { describeWithRealData, FRANCE_ZONES, PACA_COMMUNES } from '../support/real-data.js';
import { zoneSetFrom } from '../support/zoneset.js';

/** The perimeter as turf measures it: turf's distance over every edge (the 180° seam left out), polygons without an exterior skipped. */
function turfPerimeterKm(g: Polygon | MultiPolygon): number {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let km = 0;
  for (const rings of polys) {
    if (rings.length === 0 || rings[0].length < 4) continue;
    for (const ring of rings)
      for (let i = 1; i < ring.length; i++) {
        if (Math.abs(ring[i - 1][0]) === 180 && ring[i - 1][0] === ring[i][0]) continue;
        km += distance(ring[i - 1], ring[i], { units: 'kilometers' });
      }
  }
  return km;
}

function flat(g: ZoneGeometry): ZoneGeometry {
  return flatGeometry(g.type, flatRingsOf(g));
}

/** areaKm2, perimeterKm, polsbyPopper of g, nested and flat, against turf (===), without making a flat zone's coordinates. */
function expectTurfFigures(g: Polygon | MultiPolygon): void {
  const f = flat(g);
  const a = area(g);
  const p = turfPerimeterKm(g);
  const pp = p * 1000 > 0 ? (4 * Math.PI * a) / (p * 1000 * (p * 1000)) : 0;
  for (const x of [g, f]) {
    expect(areaKm2(x)).toBe(a / 1e6);
    expect(perimeterKm(x)).toBe(p);
    expect(polsbyPopper(x)).toBe(pp);
  }
  expect(Object.getOwnPropertyDescriptor(f, 'coordinates')?.get).toBeDefined();
}

const square = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

const position = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
const ring = fc.array(position, { minLength: 0, maxLength: 30 }).map((pts) => (pts.length ? [...pts, pts[0]] : pts));
const polygonRings = fc.array(ring, { minLength: 0, maxLength: 4 });

describe('areaKm2, perimeterKm and polsbyPopper on flat arrays', () => {
  it('holes, multipolygons, -0, rings too short to count, the 180° seam: turf’s figures exactly', () => {
    expectTurfFigures({ type: 'Polygon', coordinates: [square(-0, -0, 1, 1), square(0.2, 0.2, 0.4, 0.4).reverse(), square(0.5, 0.5, 0.6, 0.6)] });
    expectTurfFigures({ type: 'MultiPolygon', coordinates: [[square(0, 44, 1, 45)], [square(2, 44, 2.5, 44.5), square(2.1, 44.1, 2.2, 44.2)]] });
    expectTurfFigures({ type: 'MultiPolygon', coordinates: [[square(179, -17, 180, -16)], [square(-180, -17, -179, -16)]] });
    expectTurfFigures({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [0, 0],
        ],
      ],
    });
    expectTurfFigures({ type: 'Polygon', coordinates: [] });
    expectTurfFigures({ type: 'MultiPolygon', coordinates: [[], [square(5, 5, 6, 6)]] });
  });

  it('random polygons and multipolygons anywhere on the globe: turf’s figures exactly', () => {
    fc.assert(
      fc.property(fc.array(polygonRings, { minLength: 1, maxLength: 3 }), fc.boolean(), (polys, single) => {
        const g: Polygon | MultiPolygon = single ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
        expectTurfFigures(g);
      }),
      { numRuns: 300, seed: 25 },
    );
  });

  it('Math.pow(s, 2) is s * s, bit for bit, for any double (perimeterKm squares the sines as turf does, by s * s)', () => {
    const bits = new Float64Array(1);
    const words = new Uint32Array(bits.buffer);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (lo, hi) => {
        words[0] = lo;
        words[1] = hi;
        const s = bits[0];
        expect(Object.is(Math.pow(s, 2), s * s)).toBe(true);
      }),
      { numRuns: 20000, seed: 25 },
    );
    for (const s of [0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, 1e-160, 1e154, 1.5e154, Number.MAX_VALUE, Infinity, -Infinity, Math.sin(1e-9), 0.1, -0.3]) {
      expect(Object.is(Math.pow(s, 2), s * s)).toBe(true);
    }
  });

  it('every unit of a 40 × 40 brick lattice', () => {
    for (const z of brickTessellation({ rows: 40, cols: 40, seed: 5 }).zones) expectTurfFigures(z.geometry);
  });
});

function everyZone(zs: ZoneSet): void {
  for (const z of zs.zones) expectTurfFigures(z.geometry);
}

describeWithRealData([FRANCE_ZONES, PACA_COMMUNES], 'areaKm2, perimeterKm and polsbyPopper on the real layers', () => {
  it('every one of France’s 306 zones d’emploi', () => {
    everyZone(zoneSetFrom(FRANCE_ZONES));
  });

  it('every one of PACA’s 946 communes', () => {
    everyZone(zoneSetFrom(PACA_COMMUNES));
  });
});
