/**
 * The geometry part of the input gate: every zone outline is validated and normalised once, at load, so
 * that every command (graph, propose, check, export, report) sees the same clean shape:
 *
 * - an empty geometry (`"coordinates": []`) is an error naming the zone, not an "island" later;
 * - a ring whose last point is not its first is closed (with a warning), never a border silently lost;
 * - coordinates outside longitude/latitude ranges (Lambert-93 metres) are an error with a hint;
 * - rings are wound as RFC 7946 says (exteriors anticlockwise, holes clockwise), so that one zone drawn
 *   the other way round does not punch a hole in its section;
 * - a zone crossing the 180° meridian (a jump of more than 180° of longitude between two points) is split
 *   there into parts on either side (RFC 7946 §3.1.9), so its area and compactness are those of the zone,
 *   not of a band around the world;
 * - a self-intersecting ring (a bow-tie) gets a warning naming the zone: its area is not what it seems.
 */
import { bboxClip } from '@turf/bbox-clip';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { InputError } from '../core/errors.js';
import { rewindRings } from '../core/geometry.js';
import { notice } from '../core/notices.js';
import { option, said, type Said } from '../messages/message.js';
import type { ZoneGeometry } from '../core/types.js';

const POLYGON_TYPES = new Set(['Polygon', 'MultiPolygon']);

export interface GeometryContext {
  file: string;
  zone: string;
}

/** Validate and normalise a zone's geometry (see the module comment); throws InputError naming the zone. */
export function normaliseZoneGeometry(raw: unknown, at: GeometryContext): ZoneGeometry {
  const fail = (problem: Said, hint: Said): never => {
    throw new InputError(problem, { file: at.file, zone: at.zone, field: 'geometry', hint });
  };
  const g = raw as { type?: unknown; coordinates?: unknown } | null | undefined;
  if (g === null || g === undefined) {
    return fail(said('load.geometry.none'), said('load.geometry.none.hint'));
  }
  if (typeof g.type !== 'string' || !POLYGON_TYPES.has(g.type)) {
    return fail(said('load.geometry.type', { type: String(g.type) }), said('load.geometry.type.hint'));
  }
  const damaged = () => fail(said('load.geometry.damaged', { type: String(g.type) }), said('load.geometry.repair.hint'));
  const coords = g.coordinates;
  if (!Array.isArray(coords)) return damaged();
  const polygons: unknown[] = g.type === 'Polygon' ? [coords] : coords;
  if (polygons.length === 0 || (g.type === 'Polygon' && coords.length === 0)) {
    return fail(said('load.geometry.empty'), said('load.geometry.empty.hint'));
  }
  let closed = 0;
  const clean: Position[][][] = polygons.map((poly) => {
    if (!Array.isArray(poly) || poly.length === 0) return damaged();
    return poly.map((ring: unknown) => {
      if (!Array.isArray(ring) || !ring.every((pt) => Array.isArray(pt) && pt.length >= 2 && Number.isFinite(pt[0]) && Number.isFinite(pt[1])))
        return damaged();
      const pts = (ring as number[][]).map((p) => [round(p[0]), round(p[1])]);
      const first = pts[0];
      const last = pts[pts.length - 1];
      if (pts.length > 0 && (first[0] !== last[0] || first[1] !== last[1])) {
        pts.push([first[0], first[1]]);
        closed++;
      }
      if (pts.length < 4) {
        return fail(said('load.geometry.shortRing', { n: pts.length - 1 }), said('load.geometry.repair.hint'));
      }
      return pts;
    });
  });
  // GeoJSON is longitude/latitude (RFC 7946); projected metres (Lambert-93: 700000, 6600000) are not
  const outside = clean.flat(2).find((pt) => Math.abs(pt[0]) > 180 || Math.abs(pt[1]) > 90);
  if (outside) {
    const lambert = outside[0] > 0 && outside[0] < 1_300_000 && outside[1] > 6_000_000 && outside[1] < 7_200_000;
    fail(
      said('load.geometry.projected', { point: outside.join(', ') }),
      said(lambert ? 'load.geometry.lambert.hint' : 'load.geometry.metres.hint', { fromCrs: option('fromCrs') }),
    );
  }
  if (closed > 0) notice(said('load.geometry.closed', { file: at.file, zone: at.zone, n: closed }));
  const parts = clean.flatMap((poly) => splitAtAntimeridian(poly));
  if (parts.length > clean.length) notice(said('load.geometry.antimeridian', { file: at.file, zone: at.zone }));
  const kinked = parts.some((poly) => poly.some(selfIntersects));
  if (kinked) {
    notice(said('load.geometry.bowTie', { file: at.file, zone: at.zone }));
  }
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon' && parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };
  return rewindRings(geometry, 'ccw');
}

/**
 * Round to 1e-7 degree (about 1 cm): files written by spreadsheets or scripts often hold 0.30000000000000004
 * on one side of a border and 0.3 on the other, and shared borders are found by identical coordinates.
 */
function round(x: number): number {
  return Math.round(x * 1e7) / 1e7;
}

/** A jump of more than 180° of longitude between two consecutive points: the ring crosses the antimeridian. */
function crossesAntimeridian(ring: Position[]): boolean {
  for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) return true;
  return false;
}

/**
 * A polygon crossing the antimeridian, as parts that do not: make its longitudes continuous (east of 180°),
 * then clip it to each side and bring the eastern part back to −180…
 */
function splitAtAntimeridian(poly: Position[][]): Position[][][] {
  if (!poly.some(crossesAntimeridian)) return [poly];
  const unwrap = (ring: Position[]): Position[] => {
    const out: Position[] = [[ring[0][0] < 0 ? ring[0][0] + 360 : ring[0][0], ring[0][1]]];
    for (let i = 1; i < ring.length; i++) {
      let x = ring[i][0];
      const prev = out[i - 1][0];
      while (x - prev > 180) x -= 360;
      while (prev - x > 180) x += 360;
      out.push([x, ring[i][1]]);
    }
    return out;
  };
  const shifted: Polygon = { type: 'Polygon', coordinates: poly.map(unwrap) };
  const parts: Position[][][] = [];
  for (const [lo, hi, shift] of [
    [-180, 180, 0],
    [180, 540, -360],
  ] as const) {
    const clipped = bboxClip(shifted, [lo, -90, hi, 90]).geometry as Polygon;
    const rings = clipped.coordinates.map((r) => r.map((p) => [round(p[0] + shift), p[1]])).filter((r) => r.length >= 4 && Math.abs(ringArea(r)) > 0);
    if (rings.length) parts.push(rings);
  }
  return parts.length ? parts : [poly];
}

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return a / 2;
}

/**
 * Whether two non-adjacent edges of a closed ring cross (a bow-tie). A sweep over the edges sorted by their
 * western end: only edges whose longitude ranges overlap are compared, so real outlines take O(n log n).
 */
export function selfIntersects(ring: Position[]): boolean {
  const n = ring.length - 1; // closed: the last point repeats the first
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
      if (!adjacent && segmentsCross(ring[e], ring[e + 1], ring[f], ring[f + 1])) return true;
    }
    active.push(e);
  }
  return false;
}

/** Proper crossing of segments ab and cd (touching at an end point does not count). */
function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const o1 = o(a, b, c);
  const o2 = o(a, b, d);
  const o3 = o(c, d, a);
  const o4 = o(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}
