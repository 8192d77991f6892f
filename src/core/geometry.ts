import { area } from '@turf/area';
import { length } from '@turf/length';
import { polygonToLine } from '@turf/polygon-to-line';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { measuredElsewhere } from './flat-rings.js';

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
  const a = area(geometry);
  const p = perimeterKm(geometry) * 1000;
  return p > 0 ? (4 * Math.PI * a) / (p * p) : 0;
}

/**
 * Total length of every ring (outer rings and holes) in km. Edges lying on the 180° meridian are left out:
 * they are the seam where a zone crossing it was split (io/geometry.ts), not a border.
 */
export function perimeterKm(geometry: Polygon | MultiPolygon): number {
  const known = measuredElsewhere(geometry, 'perimeter');
  if (known !== undefined) return known;
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

/** turf's earth radius in km (@turf/helpers' factors.kilometers). */
const EARTH_KM = 6371008.8 / 1e3;

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

/** Area in km² (geodesic). */
export function areaKm2(geometry: Polygon | MultiPolygon): number {
  const known = measuredElsewhere(geometry, 'area');
  if (known !== undefined) return known;
  return area(geometry) / 1e6;
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
