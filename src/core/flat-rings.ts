/**
 * A zone outline as flat arrays: every point's longitude and latitude, ring after ring. The GeoJSON reader
 * (io/geojson-scan.ts) and the geometry gate (io/geometry.ts) make zones this way, without the hundreds of
 * thousands of small [x, y] arrays a JSON.parse makes (and the garbage collector then walks); the hot readers of
 * geometry (the graph's shared borders, perimeters and areas, link distances) read these arrays. The GeoJSON
 * coordinates of such a zone are made only when something asks for them (an export, the editor, a report map),
 * so every other reader sees an ordinary Polygon or MultiPolygon.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { ZoneGeometry } from './types.js';

export interface FlatRings {
  /** longitude of every point, ring after ring */
  readonly xs: Float64Array;
  /** latitude of every point */
  readonly ys: Float64Array;
  /**
   * ring r is the points [ringStart[r], ringStart[r + 1]) (rings from the gate are closed: their last point is
   * their first); length: number of rings + 1
   */
  readonly ringStart: Int32Array;
  /** polygon p is the rings [polyStart[p], polyStart[p + 1]), its exterior first; length: number of polygons + 1 */
  readonly polyStart: Int32Array;
}

/** Where a geometry made by flatGeometry keeps its flat rings, and its coordinates once made (not enumerable: JSON, copies, clones and comparisons see an ordinary geometry). */
const FLAT = Symbol('flat rings');
const MADE = Symbol('coordinates');

interface Carrier {
  type: 'Polygon' | 'MultiPolygon';
  [FLAT]?: FlatRings;
  [MADE]?: unknown;
}

/**
 * The geometry's points as flat arrays: those it was made from (flatGeometry) or, for a geometry built as nested
 * arrays (by a program, a test, an import), a copy made now (not kept: its coordinates may change).
 */
export function flatRingsOf(g: ZoneGeometry): FlatRings {
  return (g as unknown as Carrier)[FLAT] ?? flatten(g);
}

/** Whether the geometry holds flat arrays (flatRingsOf costs nothing). */
export function isFlat(g: ZoneGeometry): boolean {
  return (g as unknown as Carrier)[FLAT] !== undefined;
}

/**
 * A Polygon (one polygon) or MultiPolygon over flat rings, whose `coordinates` are made the first time they are
 * read (then kept, and writable as any geometry's: flatRingsOf then reads the new ones). Neither the flat arrays
 * nor the coordinates made from them may be changed in place (zones are values: every step makes new ones).
 */
export function flatGeometry(type: 'Polygon' | 'MultiPolygon', flat: FlatRings): ZoneGeometry {
  // (one getter and setter for every such geometry, and no table beside them: a layer may hold tens of thousands)
  const g = { type };
  Object.defineProperty(g, 'coordinates', { get: getCoordinates, set: setCoordinates, enumerable: true, configurable: true });
  Object.defineProperty(g, FLAT, { value: flat, writable: true });
  return g as unknown as ZoneGeometry;
}

function getCoordinates(this: Carrier): unknown {
  if (this[MADE] === undefined) {
    const polygons = nested(this[FLAT]!);
    Object.defineProperty(this, MADE, { value: this.type === 'Polygon' ? polygons[0] : polygons, writable: true });
  }
  return this[MADE];
}

function setCoordinates(this: Carrier, c: unknown): void {
  if (!Object.prototype.hasOwnProperty.call(this, MADE)) Object.defineProperty(this, MADE, { value: c, writable: true });
  else this[MADE] = c;
  this[FLAT] = undefined; // new coordinates: the flat arrays no longer say them
}

function nested(f: FlatRings): Position[][][] {
  const polygons: Position[][][] = new Array(f.polyStart.length - 1);
  for (let p = 0; p < polygons.length; p++) {
    const rings: Position[][] = new Array(f.polyStart[p + 1] - f.polyStart[p]);
    for (let r = f.polyStart[p], k = 0; r < f.polyStart[p + 1]; r++, k++) {
      const ring: Position[] = new Array(f.ringStart[r + 1] - f.ringStart[r]);
      for (let i = f.ringStart[r], j = 0; i < f.ringStart[r + 1]; i++, j++) ring[j] = [f.xs[i], f.ys[i]];
      rings[k] = ring;
    }
    polygons[p] = rings;
  }
  return polygons;
}

function flatten(g: ZoneGeometry): FlatRings {
  const polygons = (g.type === 'Polygon' ? [(g as Polygon).coordinates] : (g as MultiPolygon).coordinates) as Position[][][];
  let points = 0;
  let rings = 0;
  for (const poly of polygons) {
    rings += poly.length;
    for (const ring of poly) points += ring.length;
  }
  const xs = new Float64Array(points);
  const ys = new Float64Array(points);
  const ringStart = new Int32Array(rings + 1);
  const polyStart = new Int32Array(polygons.length + 1);
  let o = 0;
  let r = 0;
  for (let p = 0; p < polygons.length; p++) {
    polyStart[p] = r;
    for (const ring of polygons[p]) {
      ringStart[r++] = o;
      for (const pt of ring) {
        xs[o] = pt[0];
        ys[o++] = pt[1];
      }
    }
  }
  polyStart[polygons.length] = r;
  ringStart[rings] = o;
  return { xs, ys, ringStart, polyStart };
}

/**
 * rewindRings (core/geometry.ts) on flat rings, in place: every exterior ring wound `exterior` and every hole the
 * other way, by the same test (the planar shoelace sum, the same operations in the same order, so the same verdict).
 */
export function rewindFlatRings(f: FlatRings, exterior: 'ccw' | 'cw'): FlatRings {
  const { xs, ys, ringStart, polyStart } = f;
  // (decided once: a comparison first met at a layer's first hole would throw away V8's optimised code for this loop)
  const exteriorCw = exterior === 'cw';
  for (let p = 0; p + 1 < polyStart.length; p++) {
    for (let r = polyStart[p]; r < polyStart[p + 1]; r++) {
      const from = ringStart[r];
      const to = ringStart[r + 1];
      let twiceArea = 0;
      for (let i = from, j = to - 1; i < to; j = i++) twiceArea += (xs[i] - xs[j]) * (ys[i] + ys[j]);
      // twiceArea > 0 ⇔ clockwise (with y pointing north); a flat ring (0) counts as counter-clockwise
      const wantCw = r === polyStart[p] ? exteriorCw : !exteriorCw;
      if (twiceArea > 0 !== wantCw) {
        xs.subarray(from, to).reverse();
        ys.subarray(from, to).reverse();
      }
    }
  }
  return f;
}
