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
import { flatGeometry, rewindFlatRings } from '../core/flat-rings.js';
import { rewindRings } from '../core/geometry.js';
import { FlatCoordinates } from './geojson-scan.js';
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
  let coords = g.coordinates;
  if (coords instanceof FlatCoordinates) {
    // read by the zone layer's reader straight into flat arrays (io/geojson-scan.ts): the same checks on them
    if (coords.depth === (g.type === 'Polygon' ? 3 : 4)) return normaliseFlat(g.type as 'Polygon' | 'MultiPolygon', coords, at, fail);
    coords = coords.nested(); // the other type's nesting: damaged, said below as for any file
  }
  if (!Array.isArray(coords)) return damaged();
  const polygons: unknown[] = g.type === 'Polygon' ? [coords] : coords;
  if (polygons.length === 0 || (g.type === 'Polygon' && coords.length === 0)) {
    return fail(said('load.geometry.empty'), said('load.geometry.empty.hint'));
  }
  // one pass over the points: each is checked and rounded, and written to the zone's flat arrays (X, Y: every
  // ring closed, one after the other), where the checks below read it again without going through the point
  // arrays; a ring already rounded (files written with ≤ 7 decimals: nearly all) is kept as it is rather
  // than copied point by point (real layers hold hundreds of thousands of points)
  let closed = 0;
  let top = 0;
  const ends: number[] = []; // where each ring's points end in X, Y
  const clean: Position[][][] = new Array(polygons.length);
  for (let p = 0; p < polygons.length; p++) {
    const poly = polygons[p];
    if (!Array.isArray(poly) || poly.length === 0) return damaged();
    const rings: Position[][] = new Array(poly.length);
    for (let r = 0; r < poly.length; r++) {
      const ring: unknown = poly[r];
      if (!Array.isArray(ring)) return damaged();
      if (top + ring.length + 1 > X.length) growZoneArrays(top + ring.length + 1);
      const start = top;
      const read = readRing(ring, start);
      if (read === DAMAGED) return damaged();
      top += ring.length;
      let pts: Position[];
      if (read === ROUNDED) pts = ring as Position[];
      else {
        pts = new Array(ring.length);
        for (let i = 0; i < ring.length; i++) pts[i] = [X[start + i], Y[start + i]];
      }
      if (pts.length > 0 && (X[start] !== X[top - 1] || Y[start] !== Y[top - 1])) {
        if (pts === ring) pts = pts.slice(); // never change the caller's ring
        pts.push([X[start], Y[start]]);
        X[top] = X[start];
        Y[top++] = Y[start];
        closed++;
      }
      if (pts.length < 4) {
        return fail(said('load.geometry.shortRing', { n: pts.length - 1 }), said('load.geometry.repair.hint'));
      }
      rings[r] = pts;
      ends.push(top);
    }
    clean[p] = rings;
  }
  const outside = firstOutside(top);
  if (outside) failOutside(outside, fail);
  if (closed > 0) notice(said('load.geometry.closed', { file: at.file, zone: at.zone, n: closed }));
  return finish(g.type as 'Polygon' | 'MultiPolygon', clean, ends, at);
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
    for (let r = first; r < k && !crossing; r++) crossing = crossesAntimeridian(r === 0 ? 0 : ends[r - 1], ends[r]);
    if (!crossing) {
      parts.push(clean[p]);
      kinked ||= ringsCross(ends, first, k);
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

/** Whether one of the rings first..last−1 (in X and Y, ring r ending at ends[r]) crosses itself. */
function ringsCross(ends: ArrayLike<number>, first: number, last: number): boolean {
  for (let r = first; r < last; r++) {
    const from = r === 0 ? 0 : ends[r - 1];
    const n = ends[r] - from - 1;
    // a small ring is checked where it lies in X and Y (no views made for the many small rings of a fine layer)
    if (n <= SMALL_RING ? n >= 4 && smallRingCrosses(X, Y, n, from) : flatSelfIntersects(X.subarray(from, ends[r]), Y.subarray(from, ends[r]))) return true;
  }
  return false;
}

/**
 * normaliseZoneGeometry of coordinates read into flat arrays: the same checks, warnings and errors, in the same
 * order, and the same points (rounded, rings closed, wound as RFC 7946 says), as flat rings (core/flat-rings.ts).
 * A zone crossing the antimeridian (rare) goes on as nested arrays, to be split.
 */
function normaliseFlat(type: 'Polygon' | 'MultiPolygon', c: FlatCoordinates, at: GeometryContext, fail: (problem: Said, hint: Said) => never): ZoneGeometry {
  const { xs, ys, ringStart: rs, polyStart: ps } = c.points;
  const rings = c.ring1 - c.ring0;
  const size = rs[c.ring1] - rs[c.ring0] + rings;
  if (size > X.length) growZoneArrays(size);
  const ringStart = new Int32Array(rings + 1); // the closed rings' starts in X, Y, then the zone's
  let top = 0;
  let closed = 0;
  for (let r = 0; r < rings; r++) {
    const start = top;
    for (let i = rs[c.ring0 + r], end = rs[c.ring0 + r + 1]; i < end; i++) {
      X[top] = round(xs[i]);
      Y[top++] = round(ys[i]);
    }
    if (X[start] !== X[top - 1] || Y[start] !== Y[top - 1]) {
      X[top] = X[start];
      Y[top++] = Y[start];
      closed++;
    }
    if (top - start < 4) fail(said('load.geometry.shortRing', { n: top - start - 1 }), said('load.geometry.repair.hint'));
    ringStart[r + 1] = top;
  }
  const ends = ringStart.subarray(1);
  const outside = firstOutside(top);
  if (outside) failOutside(outside, fail);
  if (closed > 0) notice(said('load.geometry.closed', { file: at.file, zone: at.zone, n: closed }));
  const polyStart = new Int32Array(c.poly1 - c.poly0 + 1);
  for (let p = c.poly0; p <= c.poly1; p++) polyStart[p - c.poly0] = ps[p] - c.ring0;
  if (crossesAntimeridian(0, top)) {
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
  if (ringsCross(ends, 0, rings)) notice(said('load.geometry.bowTie', { file: at.file, zone: at.zone }));
  const flat = { xs: X.slice(0, top), ys: Y.slice(0, top), ringStart, polyStart };
  if (X.length > KEPT_SCRATCH) {
    X = new Float64Array(1024);
    Y = new Float64Array(1024);
  }
  return flatGeometry(type, rewindFlatRings(flat, 'ccw'));
}

const DAMAGED = 0;
const ROUNDED = 1;
const NOT_ROUNDED = 2;

/**
 * Check a ring's points and write them, rounded, to X and Y from `at`: DAMAGED (a point that is not two
 * finite numbers), ROUNDED (every point already rounded, and no more than two numbers) or NOT_ROUNDED. (A
 * function of its own, small: V8 optimises it after a few rings, rather than running every zone's loop in
 * the interpreter until it is replaced on the stack.)
 */
function readRing(ring: unknown[], at: number): number {
  let rounded = true;
  for (let i = 0; i < ring.length; i++) {
    const pt: unknown = ring[i];
    if (!Array.isArray(pt) || pt.length < 2) return DAMAGED;
    const a: unknown = pt[0];
    const b: unknown = pt[1];
    if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b)) return DAMAGED;
    const x = round(a);
    const y = round(b);
    if (x !== a || y !== b || pt.length !== 2) rounded = false;
    X[at + i] = x;
    Y[at + i] = y;
  }
  return rounded ? ROUNDED : NOT_ROUNDED;
}

/**
 * Round to 1e-7 degree (about 1 cm): files written by spreadsheets or scripts often hold 0.30000000000000004
 * on one side of a border and 0.3 on the other, and shared borders are found by identical coordinates.
 */
function round(x: number): number {
  return Math.round(x * 1e7) / 1e7;
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

/** A jump of more than 180° of longitude between two consecutive points (of the zone's points from..to): the ring crosses the antimeridian. */
function crossesAntimeridian(from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (Math.abs(X[i] - X[i - 1]) > 180) return true;
  return false;
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

/**
 * Whether two non-adjacent edges of a closed ring cross (a bow-tie). Edges are binned in a sparse uniform grid
 * over the ring's bounding box (cells three mean edges wide; each edge in every cell its bounding box covers)
 * and only edges sharing a cell are compared: two edges that cross share the cell of their crossing point, so
 * the verdict is that of comparing every pair, in about linear time on real outlines. The cells are hashed to
 * as many buckets as there are (cell, edge) entries and the entries counting-sorted by bucket: edges of two
 * cells in one bucket are compared too, which costs a comparison and changes no verdict. The arrays are
 * reused from one ring to the next. tests/io/geometry-grid.test.ts checks that the verdicts agree with the
 * sweep this grid replaced and with comparing every pair.
 */
export function selfIntersects(ring: Position[]): boolean {
  const n = ring.length - 1; // closed: the last point repeats the first
  if (n < 4) return false;
  // coordinates in flat arrays (the loops below read each point many times)
  const xs = new Float64Array(n + 1);
  const ys = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) {
    xs[i] = ring[i][0];
    ys[i] = ring[i][1];
  }
  return flatSelfIntersects(xs, ys);
}

/** selfIntersects for a closed ring held in flat arrays (the last point repeats the first). */
function flatSelfIntersects(xs: Float64Array, ys: Float64Array): boolean {
  const n = xs.length - 1;
  if (n < 4) return false;
  if (n <= SMALL_RING) return smallRingCrosses(xs, ys, n);
  const crossing = gridCrosses(xs, ys, n);
  if (CELL_I.length > KEPT_SCRATCH || BUCKETED.length > KEPT_SCRATCH || BUCKET_END.length > KEPT_SCRATCH) {
    CELL_I = CELL_J = BUCKET_END = BUCKETED = ENTRY_BUCKET = ENTRY_EDGE = new Int32Array(0);
  }
  return crossing;
}

/**
 * Scratch arrays longer than this (points or entries) are let go after use rather than kept for the next
 * zone: a long-lived process (serve) that once read a zone of millions of points does not keep their size.
 */
const KEPT_SCRATCH = 1 << 20;

// (the grid's steps are small functions of their own: V8 then optimises each on its own feedback, instead of
// optimising one large function before its later loops have run and throwing the code away again)

/** Every pair of non-adjacent edges of the ring of n edges whose points start at `from` in xs, ys. */
function smallRingCrosses(xs: Float64Array, ys: Float64Array, n: number, from = 0): boolean {
  for (let e = 0; e < n; e++) for (let f = e + 2; f < n; f++) if (!(e === 0 && f === n - 1) && crossAt(xs, ys, from + e, from + f)) return true;
  return false;
}

/** Scratch arrays of the grid, grown as needed and reused from one ring to the next. */
let CELL_I = new Int32Array(1024);
let CELL_J = new Int32Array(1024);
let BUCKET_END = new Int32Array(1024);
let BUCKETED = new Int32Array(1024);
let ENTRY_BUCKET = new Int32Array(1024);
let ENTRY_EDGE = new Int32Array(1024);

function gridCrosses(xs: Float64Array, ys: Float64Array, n: number): boolean {
  if (CELL_I.length < n + 1) {
    CELL_I = new Int32Array(Math.max(n + 1, 2 * CELL_I.length));
    CELL_J = new Int32Array(CELL_I.length);
  }
  const ci = CELL_I;
  const cj = CELL_J;
  const gx = pointCells(xs, ys, n, ci, cj);
  if (gx === 0) return false; // every point the same: no two edges cross
  const entries = countEntries(ci, cj, n);
  // long edges across many cells (a drawn zigzag): compare by longitude ranges instead
  if (entries > GRID_ENTRIES_PER_EDGE * n) return sweepSelfIntersects(xs, ys, n);
  let bits = 1;
  while (1 << bits < entries) bits++;
  const buckets = 1 << bits;
  if (BUCKET_END.length < buckets + 1) BUCKET_END = new Int32Array(Math.max(buckets + 1, 2 * BUCKET_END.length));
  if (BUCKETED.length < entries) {
    BUCKETED = new Int32Array(Math.max(entries, 2 * BUCKETED.length));
    ENTRY_BUCKET = new Int32Array(BUCKETED.length);
    ENTRY_EDGE = new Int32Array(BUCKETED.length);
  }
  const end = BUCKET_END;
  end.fill(0, 0, buckets + 1);
  fillBuckets(ci, cj, n, gx, 32 - bits, end, buckets, BUCKETED, ENTRY_BUCKET, ENTRY_EDGE);
  return sameBucketCrosses(xs, ys, n, end, buckets, BUCKETED);
}

/**
 * The grid: square cells three mean edges wide over the ring's box (an outline is a curve, not a cloud: each
 * cell then holds a few edges; the grid is sparse, a curve crossing few of its cells), and the cell (column
 * ci, row cj) of each point. The cell of a coordinate is monotone in it, so the cells an edge's box covers
 * are those between its ends' cells, and two edges whose boxes overlap share a cell: the cell of their
 * crossing point, when they cross. Returns the number of columns (0 when every point is the same).
 */
function pointCells(xs: Float64Array, ys: Float64Array, n: number, ci: Int32Array, cj: Int32Array): number {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let extent = 0;
  for (let e = 0; e < n; e++) {
    const x = xs[e];
    const y = ys[e];
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
    extent += Math.max(Math.abs(xs[e + 1] - x), Math.abs(ys[e + 1] - y));
  }
  let side = (3 * extent) / n;
  if (!(side > 0)) return 0;
  const w = x1 - x0;
  const h = y1 - y0;
  // cell indices fit in 32 bits
  while (Math.ceil(w / side + 1) * Math.ceil(h / side + 1) > 2 ** 32 - 1) side *= 2;
  const gx = Math.max(1, Math.ceil(w / side));
  const gy = Math.max(1, Math.ceil(h / side));
  const sx = w > 0 ? gx / w : 0;
  const sy = h > 0 ? gy / h : 0;
  for (let i = 0; i <= n; i++) {
    ci[i] = Math.min(gx - 1, Math.floor((xs[i] - x0) * sx));
    cj[i] = Math.min(gy - 1, Math.floor((ys[i] - y0) * sy));
  }
  return gx;
}

/** How many (cell, edge) entries: one per cell each edge's box covers. */
function countEntries(ci: Int32Array, cj: Int32Array, n: number): number {
  let entries = 0;
  for (let e = 0; e < n; e++) {
    const di = ci[e + 1] - ci[e];
    const dj = cj[e + 1] - cj[e];
    entries += ((di < 0 ? -di : di) + 1) * ((dj < 0 ? -dj : dj) + 1);
  }
  return entries;
}

/** The bucket of a cell: its index hashed (Fibonacci hashing) to the top bits of 32. */
function bucketOf(cell: number, shift: number): number {
  return Math.imul(cell | 0, 0x9e3779b1) >>> shift;
}

/**
 * Counting sort of the (cell, edge) entries by bucket: `bucketed` lists the edges of each bucket, in edge
 * order, from end[b] to end[b + 1] (`end` holds zeros on entry, every bucket's start on exit). The entries'
 * buckets and edges are listed first (`entryBucket`, `entryEdge`), then moved to their places.
 */
function fillBuckets(
  ci: Int32Array,
  cj: Int32Array,
  n: number,
  gx: number,
  shift: number,
  end: Int32Array,
  buckets: number,
  bucketed: Int32Array,
  entryBucket: Int32Array,
  entryEdge: Int32Array,
): void {
  let k = 0;
  for (let e = 0; e < n; e++) {
    const a = ci[e];
    const b = ci[e + 1];
    const c = cj[e];
    const d = cj[e + 1];
    if (a === b && c === d) {
      const bucket = bucketOf(c * gx + a, shift);
      end[bucket]++;
      entryBucket[k] = bucket;
      entryEdge[k++] = e;
    } else
      for (let j = c < d ? c : d, j1 = c < d ? d : c; j <= j1; j++)
        for (let i = a < b ? a : b, i1 = a < b ? b : a; i <= i1; i++) {
          const bucket = bucketOf(j * gx + i, shift);
          end[bucket]++;
          entryBucket[k] = bucket;
          entryEdge[k++] = e;
        }
  }
  for (let b = 0, sum = 0; b <= buckets; b++) {
    sum += end[b];
    end[b] = sum;
  }
  // backwards, so that each bucket lists its edges in increasing order
  for (let p = k - 1; p >= 0; p--) bucketed[--end[entryBucket[p]]] = entryEdge[p];
}

/** Whether two non-adjacent edges listed in one bucket cross. */
function sameBucketCrosses(xs: Float64Array, ys: Float64Array, n: number, start: Int32Array, buckets: number, bucketed: Int32Array): boolean {
  for (let b = 0; b < buckets; b++) {
    const hi = start[b + 1];
    for (let p = start[b]; p < hi; p++) {
      const e = bucketed[p];
      for (let q = p + 1; q < hi; q++) {
        const f = bucketed[q];
        // the same edge (in two cells of the bucket) and edges sharing a point (consecutive, or the last
        // and the first) do not count
        const d = f - e;
        if (d > 1 && d !== n - 1 && crossAt(xs, ys, e, f)) return true;
      }
    }
  }
  return false;
}

/** segmentsCross for edges e and f of a ring held in flat arrays. */
function crossAt(xs: Float64Array, ys: Float64Array, e: number, f: number): boolean {
  return crosses(xs[e], ys[e], xs[e + 1], ys[e + 1], xs[f], ys[f], xs[f + 1], ys[f + 1]);
}

/** Rings of at most this many edges are checked pair by pair (cheaper than building a grid). */
const SMALL_RING = 32;
/** Above this many grid entries per edge on average, the grid falls back to the sweep. */
const GRID_ENTRIES_PER_EDGE = 16;

/**
 * The same verdict by a sweep over the edges sorted by their western end: only edges whose longitude ranges
 * overlap are compared (the grid's fallback when long edges would fill too many cells).
 */
function sweepSelfIntersects(xs: Float64Array, ys: Float64Array, n: number): boolean {
  const west = (e: number) => Math.min(xs[e], xs[e + 1]);
  const edges = Array.from({ length: n }, (_, i) => i).sort((a, b) => west(a) - west(b));
  const active: number[] = [];
  for (const e of edges) {
    const minX = west(e);
    for (let k = active.length - 1; k >= 0; k--) {
      const f = active[k];
      if (Math.max(xs[f], xs[f + 1]) < minX) {
        active.splice(k, 1);
        continue;
      }
      const adjacent = Math.abs(e - f) === 1 || Math.abs(e - f) === n - 1;
      if (!adjacent && crossAt(xs, ys, e, f)) return true;
    }
    active.push(e);
  }
  return false;
}

/** The crossing test on coordinates (of a ring held in flat arrays). */
function crosses(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  // a proper crossing needs overlapping boxes: most pairs stop here
  if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)) return false;
  if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return false;
  const o1 = Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
  const o2 = Math.sign((bx - ax) * (dy - ay) - (by - ay) * (dx - ax));
  if (o1 * o2 >= 0) return false;
  const o3 = Math.sign((dx - cx) * (ay - cy) - (dy - cy) * (ax - cx));
  const o4 = Math.sign((dx - cx) * (by - cy) - (dy - cy) * (bx - cx));
  return o3 * o4 < 0;
}
