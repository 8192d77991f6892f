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
 * - a self-intersecting ring (a bow-tie), and a hole outside its polygon's outer ring, get a warning naming the zone:
 *   its area is not what it seems.
 */
import { bboxClip } from '@turf/bbox-clip';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { InputError } from '../core/errors.js';
import { flatGeometry, flatRingsOf, rewindFlatRings, type FlatRings } from '../core/flat-rings.js';
import { rewindRings } from '../core/geometry.js';
import { notice } from '../core/notices.js';
import type { ZoneGeometry } from '../core/types.js';
import { option, said, type Said } from '../messages/message.js';
import { fillRings, FlatCoordinates, holeOutside, jumpsAntimeridian, KEPT_SCRATCH, LayerPoints, ringsCross, round, selfIntersects } from './rings.js';

export { selfIntersects } from './rings.js';

const POLYGON_TYPES = new Set(['Polygon', 'MultiPolygon']);

export interface GeometryContext {
  file: string;
  zone: string;
}

/**
 * The gate's checks that only warn (an outline crossing itself, a hole outside its outer ring), put off by a caller
 * that has better things to do first: the same checks, warnings, words and zone order, when the caller runs them
 * (propose runs them while a worker thread searches, off the way to the plan: they were a third of France's reading
 * time).
 */
export class LaterWarnings {
  private readonly zones: { geometry: ZoneGeometry; at: GeometryContext }[] = [];
  private next = 0;

  add(geometry: ZoneGeometry, at: GeometryContext): void {
    this.zones.push({ geometry, at });
  }

  /**
   * Check the zones put off, each once, in zone order, warning as the gate would have. `goOn`: asked before each zone;
   * when it says no, the check stops there, and the next run goes on from that zone.
   */
  run(goOn: () => boolean = () => true): void {
    while (this.next < this.zones.length && goOn()) {
      const { geometry, at } = this.zones[this.next++];
      warnBrokenOutline(flatRingsOf(geometry), at);
    }
  }
}

/**
 * Validate and normalise a zone's geometry (see the module comment); throws InputError naming the zone. `later`: the
 * checks that only warn are put off there (LaterWarnings).
 */
export function normaliseZoneGeometry(raw: unknown, at: GeometryContext, later?: LaterWarnings): ZoneGeometry {
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
  let coords = g.coordinates;
  if (coords instanceof FlatCoordinates) {
    // read by the zone layer's reader straight into flat arrays (io/geojson-scan.ts): the same checks on them
    if (coords.depth === (g.type === 'Polygon' ? 3 : 4)) return normaliseFlat(g.type as 'Polygon' | 'MultiPolygon', coords, at, fail, later);
    coords = coords.nested(); // the other type's nesting: damaged, said below as for any file
  }
  if (!Array.isArray(coords)) return damaged();
  const polygons: unknown[] = g.type === 'Polygon' ? [coords] : coords;
  if (polygons.length === 0 || (g.type === 'Polygon' && coords.length === 0)) {
    return fail(said('load.geometry.empty'), said('load.geometry.empty.hint'));
  }
  // nested arrays (a GeoPackage, a shapefile, a program's zones, an unusual file) are checked point by point and
  // copied to flat arrays, then go the same way as a layer read flat
  const flat = readNested(polygons, g.type === 'Polygon' ? 3 : 4);
  return flat ? normaliseFlat(g.type as 'Polygon' | 'MultiPolygon', flat, at, fail, later) : damaged();
}

/** One zone's nested coordinates at a time, copied to flat arrays (reused from zone to zone). */
let NESTED = new LayerPoints(0);

/** The polygons' points as FlatCoordinates, or undefined when one is not two finite numbers, or a polygon or ring is not a list. */
function readNested(polygons: unknown[], depth: 3 | 4): FlatCoordinates | undefined {
  if (NESTED.top > KEPT_SCRATCH) NESTED = new LayerPoints(0);
  const out = NESTED;
  out.clear(depth);
  for (const poly of polygons) {
    if (!Array.isArray(poly) || poly.length === 0) return undefined;
    out.polygon();
    for (const ring of poly as unknown[]) {
      if (!Array.isArray(ring)) return undefined;
      out.ring();
      for (let i = 0; i < ring.length; i++) {
        const pt: unknown = ring[i];
        if (!Array.isArray(pt) || pt.length < 2) return undefined;
        const x: unknown = pt[0];
        const y: unknown = pt[1];
        if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return undefined;
        out.push(x, y);
      }
    }
  }
  out.end();
  return out.take();
}

/**
 * The zone's polygons `clean`, whose rings' points are also in X and Y (ring r ends at ends[r]): split at the
 * antimeridian where they cross it, checked for bow-ties, wound as RFC 7946 says.
 */
function finish(type: 'Polygon' | 'MultiPolygon', clean: Position[][][], ends: ArrayLike<number>, at: GeometryContext): ZoneGeometry {
  // a polygon crossing the antimeridian is split (its parts checked as positions); the others are kept as
  // they are, their rings checked in the flat arrays
  const parts: Position[][][] = [];
  let kinked = false;
  for (let p = 0, k = 0; p < clean.length; p++) {
    const first = k;
    k += clean[p].length;
    let crossing = false;
    for (let r = first; r < k && !crossing; r++) crossing = jumpsAntimeridian(X, r === 0 ? 0 : ends[r - 1], ends[r]);
    if (!crossing) {
      parts.push(clean[p]);
      kinked ||= ringsCross(X, Y, ends, first, k);
    } else {
      for (const part of splitAtAntimeridian(clean[p])) {
        parts.push(part);
        if (!kinked) kinked = part.some(selfIntersects);
      }
    }
  }
  if (parts.length > clean.length) notice(said('load.geometry.antimeridian', { file: at.file, zone: at.zone }));
  if (kinked) {
    notice(said('load.geometry.bowTie', { file: at.file, zone: at.zone }));
  }
  const geometry: Polygon | MultiPolygon =
    type === 'Polygon' && parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };
  if (X.length > KEPT_SCRATCH) {
    X = new Float64Array(1024);
    Y = new Float64Array(1024);
  }
  return rewindRings(geometry, 'ccw');
}

/**
 * normaliseZoneGeometry of coordinates read into flat arrays: the same checks, warnings and errors, in the same
 * order, and the same points (rounded, rings closed, wound as RFC 7946 says), as flat rings (core/flat-rings.ts).
 * A zone crossing the antimeridian (rare) goes on as nested arrays, to be split.
 */
function normaliseFlat(
  type: 'Polygon' | 'MultiPolygon',
  c: FlatCoordinates,
  at: GeometryContext,
  fail: (problem: Said, hint: Said) => never,
  later: LaterWarnings | undefined,
): ZoneGeometry {
  const ps = c.points.polyStart;
  const rings = c.ring1 - c.ring0;
  const size = c.points.ringStart[c.ring1] - c.points.ringStart[c.ring0] + rings;
  if (size > X.length) growZoneArrays(size);
  const ringStart = new Int32Array(rings + 1); // the closed rings' starts in X, Y, then the zone's
  const closed = fillRings(c.points, c.ring0, c.ring1, X, Y, ringStart.subarray(1));
  if (closed < 0) fail(said('load.geometry.shortRing', { n: -closed - 1 }), said('load.geometry.repair.hint'));
  const top = ringStart[rings];
  const ends = ringStart.subarray(1);
  const outside = firstOutside(top);
  if (outside) failOutside(outside, fail);
  // three or more distinct points on one line enclose nothing: a zone of no area would be a section's member count
  // with no place on the map (its neighbours, its compactness: 0/0)
  if (!enclosesArea(ringStart)) fail(said('load.geometry.noArea'), said('load.geometry.repair.hint'));
  if (closed > 0) notice(said('load.geometry.closed', { file: at.file, zone: at.zone, n: closed }));
  const polyStart = new Int32Array(c.poly1 - c.poly0 + 1);
  for (let p = c.poly0; p <= c.poly1; p++) polyStart[p - c.poly0] = ps[p] - c.ring0;
  if (jumpsAntimeridian(X, 0, top)) {
    // (a jump between the end of one ring and the start of the next is no crossing: finish looks ring by ring)
    const clean: Position[][][] = [];
    for (let p = 0; p + 1 < polyStart.length; p++) {
      const poly: Position[][] = [];
      for (let r = polyStart[p]; r < polyStart[p + 1]; r++) {
        const ring: Position[] = [];
        for (let i = ringStart[r]; i < ringStart[r + 1]; i++) ring.push([X[i], Y[i]]);
        poly.push(ring);
      }
      clean.push(poly);
    }
    return finish(type, clean, ends, at);
  }
  const flat = rewindFlatRings({ xs: X.slice(0, top), ys: Y.slice(0, top), ringStart, polyStart }, 'ccw');
  if (X.length > KEPT_SCRATCH) {
    X = new Float64Array(1024);
    Y = new Float64Array(1024);
  }
  const geometry = flatGeometry(type, flat);
  if (later) later.add(geometry, at);
  else warnBrokenOutline(flat, at);
  return geometry;
}

/**
 * The gate's checks that only warn, on a zone's rings as the gate keeps them (closed, wound): an outline crossing
 * itself (a bow-tie), a hole outside its polygon's outer ring.
 */
function warnBrokenOutline(f: FlatRings, at: GeometryContext): void {
  const { xs, ys, ringStart, polyStart } = f;
  if (ringsCross(xs, ys, ringStart.subarray(1), 0, ringStart.length - 1)) notice(said('load.geometry.bowTie', { file: at.file, zone: at.zone }));
  if (holeOutside(xs, ys, ringStart, polyStart)) notice(said('load.geometry.holeOutside', { file: at.file, zone: at.zone }));
}

/**
 * The zone's points, rounded, every ring closed, one ring after the other (see normaliseZoneGeometry): grown
 * as needed and reused from one zone to the next rather than allocated for each.
 */
let X = new Float64Array(1024);
let Y = new Float64Array(1024);

function growZoneArrays(size: number): void {
  const n = Math.max(size, 2 * X.length);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  x.set(X);
  y.set(Y);
  X = x;
  Y = y;
}

/**
 * Whether one of the zone's closed rings (in X, Y; ring r from ringStart[r] to ringStart[r + 1]) has a point off the
 * line through its first two distinct points (a bow-tie, whose signed area may be 0, does).
 */
function enclosesArea(ringStart: Int32Array): boolean {
  for (let r = 0; r + 1 < ringStart.length; r++) {
    const start = ringStart[r];
    const end = ringStart[r + 1];
    let second = start + 1;
    while (second < end && X[second] === X[start] && Y[second] === Y[start]) second++;
    const dx = X[second] - X[start];
    const dy = Y[second] - Y[start];
    for (let i = second + 1; i < end; i++) if (dx * (Y[i] - Y[start]) - dy * (X[i] - X[start]) !== 0) return true;
  }
  return false;
}

/** GeoJSON is longitude/latitude (RFC 7946); projected metres (Lambert-93: 700000, 6600000) are not. */
function failOutside(outside: Position, fail: (problem: Said, hint: Said) => never): never {
  const lambert = outside[0] > 0 && outside[0] < 1_300_000 && outside[1] > 6_000_000 && outside[1] < 7_200_000;
  return fail(
    said('load.geometry.projected', { point: outside.join(', ') }),
    said(lambert ? 'load.geometry.lambert.hint' : 'load.geometry.metres.hint', { fromCrs: option('fromCrs') }),
  );
}

/** The first of the zone's `n` points outside longitude/latitude ranges, if any. */
function firstOutside(n: number): Position | undefined {
  for (let i = 0; i < n; i++) if (Math.abs(X[i]) > 180 || Math.abs(Y[i]) > 90) return [X[i], Y[i]];
  return undefined;
}

/**
 * A polygon crossing the antimeridian, as parts that do not: make its longitudes continuous (east of 180°),
 * then clip it to each side and bring the eastern part back to −180…
 */
function splitAtAntimeridian(poly: Position[][]): Position[][][] {
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
