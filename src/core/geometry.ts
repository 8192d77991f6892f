import type { MultiPolygon, Polygon, Position } from 'geojson';
import { area } from '@turf/area';
import { flatRingsOf, isFlat, type FlatRings } from './flat-rings.js';

/**
 * Geometry measures shared by check, propose, export and report, so a section's area and compactness
 * are the same figure in every output. All geodesic (turf, spherical), on WGS84 lon/lat.
 */

/**
 * Polsby–Popper compactness 4πA/P² (1 for a disc, → 0 for a long or ragged shape), computed
 * geodesically: area in m² (turf area, spherical) and perimeter in m (turf length, every ring,
 * holes included). Returns 0 for an empty geometry.
 */
export function polsbyPopper(geometry: Polygon | MultiPolygon): number {
  const flat = isFlat(geometry) ? flatRingsOf(geometry) : undefined;
  const a = flat ? areaM2(flat) : area(geometry);
  const p = (flat ? perimeterKmOf(flat) : nestedPerimeterKm(geometry)) * 1000;
  return p > 0 ? (4 * Math.PI * a) / (p * p) : 0;
}

/**
 * Total length of every ring (outer rings and holes) in km. Edges lying on the 180° meridian are left out:
 * they are the seam where a zone crossing it was split (io/geometry.ts), not a border.
 *
 * The measures read a zone's flat arrays (flatGeometry, as the reader makes zones), without making its nested
 * coordinates; a geometry of nested arrays (a dissolved section, a program's, a test's) is read as it is, with
 * the same operations (turf's area itself), so that it is not copied: the same doubles either way.
 */
export function perimeterKm(geometry: Polygon | MultiPolygon): number {
  return isFlat(geometry) ? perimeterKmOf(flatRingsOf(geometry)) : nestedPerimeterKm(geometry);
}

/** Area in km² (geodesic: @turf/area's spherical area). */
export function areaKm2(geometry: Polygon | MultiPolygon): number {
  return (isFlat(geometry) ? areaM2(flatRingsOf(geometry)) : area(geometry)) / 1e6;
}

/** perimeterKm of a geometry of nested arrays: turf's haversine over every edge. */
function nestedPerimeterKm(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let km = 0;
  for (const rings of polygons) {
    if (rings.length === 0 || rings[0].length < 4) continue;
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!;
        const b = ring[i]!;
        if (Math.abs(a[0]!) === 180 && a[0] === b[0]) continue;
        km += haversineKm(a, b);
      }
    }
  }
  return km;
}

/**
 * turf's `distance(a, b, { units: 'kilometers' })`, the same operations in the same order (so the same
 * doubles), without its two coordinate copies and option lookup per call: perimeters walk every vertex.
 */
function haversineKm(a: Position, b: Position): number {
  const dLat = (((b[1]! - a[1]!) % 360) * Math.PI) / 180;
  const dLon = (((b[0]! - a[0]!) % 360) * Math.PI) / 180;
  const lat1 = ((a[1]! % 360) * Math.PI) / 180;
  const lat2 = ((b[1]! % 360) * Math.PI) / 180;
  const h = Math.pow(Math.sin(dLat / 2), 2) + Math.pow(Math.sin(dLon / 2), 2) * Math.cos(lat1) * Math.cos(lat2);
  return 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h)) * EARTH_KM;
}

/** turf's earth radius in m (@turf/helpers' earthRadius), and in km (its factors.kilometers). */
const EARTH_M = 6371008.8;
const EARTH_KM = EARTH_M / 1e3;

/**
 * The sum over the edges of turf's `distance(a, b, { units: 'kilometers' })`, the same operations in the same
 * order (so the same doubles), without its two coordinate copies and option lookup per call; each point's
 * cos(latitude) is computed once (the same double whichever edge uses it).
 */
function perimeterKmOf(f: FlatRings): number {
  const { xs, ys, ringStart, polyStart } = f;
  const polygons = polyStart.length - 1;
  let km = 0;
  for (let p = 0; p < polygons; p++) {
    const r0 = polyStart[p];
    const r1 = polyStart[p + 1];
    // (a polygon without rings, or whose exterior is not a ring, has no perimeter: as before)
    if (r1 === r0 || ringStart[r0 + 1] - ringStart[r0] < 4) continue;
    for (let r = r0; r < r1; r++) {
      const end = ringStart[r + 1];
      let i = ringStart[r];
      if (i >= end) continue;
      let ax = xs[i];
      let ay = ys[i];
      let cosA = Math.cos(((ay % 360) * Math.PI) / 180);
      for (i++; i < end; i++) {
        const bx = xs[i];
        const by = ys[i];
        const cosB = Math.cos(((by % 360) * Math.PI) / 180);
        if (!(Math.abs(ax) === 180 && ax === bx)) {
          // turf's haversine: dLat, dLon, then the latitudes' cosines; its Math.pow(s, 2) is s * s, the same
          // double (V8's pow, fdlibm's, returns x * x for y = 2: tests/core/geometry-flat.test.ts checks it)
          const dLat = (((by - ay) % 360) * Math.PI) / 180;
          const dLon = (((bx - ax) % 360) * Math.PI) / 180;
          const sLat = Math.sin(dLat / 2);
          const sLon = Math.sin(dLon / 2);
          const h = sLat * sLat + sLon * sLon * cosA * cosB;
          km += 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h)) * EARTH_KM;
        }
        ax = bx;
        ay = by;
        cosA = cosB;
      }
    }
  }
  return km;
}

/** @turf/area's FACTOR and PI_OVER_180. */
const AREA_FACTOR = (EARTH_M * EARTH_M) / 2;
const PI_OVER_180 = Math.PI / 180;

/**
 * @turf/area's `area` (7.x) of a Polygon or MultiPolygon in m², on flat arrays: its operations in its order
 * (each polygon |exterior| − Σ|holes|, the polygons summed from 0), so the same double.
 */
function areaM2(f: FlatRings): number {
  const { xs, ys, ringStart, polyStart } = f;
  const polygons = polyStart.length - 1;
  let total = 0;
  for (let p = 0; p < polygons; p++) {
    const r0 = polyStart[p];
    const r1 = polyStart[p + 1];
    let polygon = 0;
    if (r1 > r0) {
      polygon += Math.abs(ringArea(xs, ys, ringStart[r0], ringStart[r0 + 1]));
      for (let r = r0 + 1; r < r1; r++) polygon -= Math.abs(ringArea(xs, ys, ringStart[r], ringStart[r + 1]));
    }
    total += polygon;
  }
  return total;
}

/**
 * @turf/area's ringArea over the points [start, end) of the flat arrays (a closed ring): for i in 0 … n − 1 (n the
 * points but the closing one), (x[i + 2] − x[i]) · sin(y[i + 1]) in radians, the indices wrapping round at n; the
 * last two terms (the ones that wrap) after the loop, the sum in the same order.
 */
function ringArea(xs: Float64Array, ys: Float64Array, start: number, end: number): number {
  const n = end - start - 1;
  if (n <= 2) return 0;
  let total = 0;
  for (let i = start; i < start + n - 2; i++) {
    const lowerX = xs[i] * PI_OVER_180;
    const middleY = ys[i + 1] * PI_OVER_180;
    const upperX = xs[i + 2] * PI_OVER_180;
    total += (upperX - lowerX) * Math.sin(middleY);
  }
  // i = n − 2: middle n − 1, upper 0; i = n − 1: middle 0, upper 1
  total += (xs[start] * PI_OVER_180 - xs[start + n - 2] * PI_OVER_180) * Math.sin(ys[start + n - 1] * PI_OVER_180);
  total += (xs[start + 1] * PI_OVER_180 - xs[start + n - 1] * PI_OVER_180) * Math.sin(ys[start] * PI_OVER_180);
  return total * AREA_FACTOR;
}

/**
 * The same geometry with every exterior ring wound `exterior` ('ccw' or 'cw') and every hole the other
 * way. RFC 7946 GeoJSON wants exteriors counter-clockwise; d3-geo, which reads polygons on the sphere,
 * wants them clockwise (else a shape means "everything but this shape"). The test is planar on lon/lat
 * (the shoelace sum, as turf's booleanClockwise), fine for shapes much smaller than a hemisphere.
 * Rings are copied, never reversed in place.
 */
export function rewindRings<G extends Polygon | MultiPolygon>(geometry: G, exterior: 'ccw' | 'cw'): G;
export function rewindRings(geometry: Polygon | MultiPolygon, exterior: 'ccw' | 'cw'): Polygon | MultiPolygon {
  const hole = exterior === 'cw' ? 'ccw' : 'cw';
  const polygon = (rings: Position[][]) => rings.map((ring, k) => orient(ring, k === 0 ? exterior : hole));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
}

function orient(ring: Position[], want: 'cw' | 'ccw'): Position[] {
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    twiceArea += (ring[i]![0]! - ring[j]![0]!) * (ring[i]![1]! + ring[j]![1]!);
  }
  // twiceArea > 0 ⇔ clockwise (with y pointing north); a flat ring (0) counts as counter-clockwise
  const isCw = twiceArea > 0;
  return isCw === (want === 'cw') ? ring : [...ring].reverse();
}
