/**
 * The geometry gate's flat side (geometry.ts): a layer's raw points in flat arrays (LayerPoints, each zone's share a
 * FlatCoordinates), the rounding and closing of a zone's rings (fillRings), and the self-intersection test.
 */
import type { Position } from 'geojson';

/**
 * Round to 1e-7 degree (about 1 cm): files written by spreadsheets or scripts often hold 0.30000000000000004
 * on one side of a border and 0.3 on the other, and shared borders are found by identical coordinates.
 */
export function round(x: number): number {
  return Math.round(x * 1e7) / 1e7;
}

/**
 * A feature's `geometry.coordinates` as read: numbers as in the file (not rounded, rings not closed), in the
 * arrays the whole layer's points share (`points`; no arrays of its own: a layer may hold tens of thousands of
 * features). Ring r (ring0 ≤ r < ring1) is the points [ringStart[r], ringStart[r + 1]); polygon p (poly0 ≤ p <
 * poly1) is the rings [polyStart[p], polyStart[p + 1]).
 */
export class FlatCoordinates {
  constructor(
    /** 3: a Polygon's [[[x, y]]]; 4: a MultiPolygon's [[[[x, y]]]] */
    readonly depth: 3 | 4,
    readonly points: LayerPoints,
    readonly ring0: number,
    readonly ring1: number,
    readonly poly0: number,
    readonly poly1: number,
  ) {}

  /** The coordinates as JSON.parse gives them. */
  nested(): number[][][] | number[][][][] {
    const { xs, ys, ringStart, polyStart } = this.points;
    const polygons: number[][][][] = [];
    for (let p = this.poly0; p < this.poly1; p++) {
      const rings: number[][][] = [];
      for (let r = polyStart[p]; r < polyStart[p + 1]; r++) {
        const ring: number[][] = [];
        for (let i = ringStart[r]; i < ringStart[r + 1]; i++) ring.push([xs[i], ys[i]]);
        rings.push(ring);
      }
      polygons.push(rings);
    }
    return this.depth === 3 ? polygons[0] : polygons;
  }
}

/** The points of the layer's outlines, in arrays grown as needed and shared by every feature (see FlatCoordinates). */
export class LayerPoints {
  xs: Float64Array;
  ys: Float64Array;
  ringStart: Int32Array;
  polyStart: Int32Array;
  top = 0;
  rings = 0;
  polys = 0;
  depth: 3 | 4 = 3;
  private ring0 = 0;
  private poly0 = 0;

  /**
   * `bytes`: the file's size (a point takes at least 6 bytes, "[0,0]," and real layers ~20; a ring at least 4 points,
   * and real layers 200 bytes (a lattice's squares) to 15,000 (France's zones d'emploi): room for most at once. Room
   * to spare costs nothing here (pages no one writes are never touched), while growing does: the scan's first
   * growth, mid-file, throws away V8's optimised code for it (geojson-scan.ts), 5–10 ms on France.
   */
  constructor(bytes: number) {
    const room = Math.max(1 << 12, Math.ceil(bytes / 16));
    this.xs = this.array(Float64Array, room);
    this.ys = this.array(Float64Array, room);
    const rings = Math.max(1 << 8, Math.ceil(bytes / 128));
    this.ringStart = this.array(Int32Array, rings);
    this.polyStart = this.array(Int32Array, rings);
  }

  /** Start again, empty, for coordinates of `depth`. */
  clear(depth: 3 | 4): void {
    this.top = this.rings = this.polys = this.ring0 = this.poly0 = 0;
    this.depth = depth;
  }

  push(x: number, y: number): void {
    if (this.top === this.xs.length) this.grow();
    this.xs[this.top] = x;
    this.ys[this.top++] = y;
  }

  /** Twice the room for points. */
  grow(): void {
    this.xs = this.grown(this.xs);
    this.ys = this.grown(this.ys);
  }

  /** A ring starts. */
  ring(): void {
    if (this.rings === this.ringStart.length) this.ringStart = this.grown(this.ringStart);
    this.ringStart[this.rings++] = this.top;
  }

  /** A polygon starts at the next ring. */
  polygon(at = this.rings): void {
    if (this.polys === this.polyStart.length) this.polyStart = this.grown(this.polyStart);
    this.polyStart[this.polys++] = at;
  }

  /** The feature's coordinates end: its last ring and polygon end here (one slot past each, not a ring or a polygon). */
  end(): void {
    this.ring();
    this.polygon(this.rings - 1);
  }

  private array<T extends Float64Array | Int32Array>(Type: { new (buffer: ArrayBufferLike): T; BYTES_PER_ELEMENT: number }, length: number): T {
    const bytes = length * Type.BYTES_PER_ELEMENT;
    return new Type(new ArrayBuffer(bytes));
  }

  private grown<T extends Float64Array | Int32Array>(a: T): T {
    const b = this.array(a.constructor as { new (buffer: ArrayBufferLike): T; BYTES_PER_ELEMENT: number }, 2 * a.length);
    b.set(a);
    return b;
  }

  /** The feature's coordinates (since the previous take), once its last ring and polygon are ended. */
  take(): FlatCoordinates {
    const c = new FlatCoordinates(this.depth, this, this.ring0, this.rings - 1, this.poly0, this.polys - 1);
    this.ring0 = this.rings;
    this.poly0 = this.polys;
    return c;
  }
}

/** A layer's points, ring after ring (LayerPoints): ring r is [ringStart[r], ringStart[r + 1]). */
export interface FlatPoints {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly ringStart: Int32Array;
}

/**
 * A zone's rings ring0..ring1−1 of `points` as the gate keeps them, into X and Y from 0: every point rounded, every
 * ring closed (its first point added at its end when it is not there); ends[r] is where ring r ends. X and Y must
 * have room for the points and one more per ring. Returns how many rings it closed, or −(n + 1) for the first ring
 * of n < 3 edges once closed (the gate's error).
 */
export function fillRings(p: FlatPoints, ring0: number, ring1: number, X: Float64Array, Y: Float64Array, ends: Int32Array): number {
  const { xs, ys, ringStart } = p;
  let top = 0;
  let closed = 0;
  for (let r = 0; r < ring1 - ring0; r++) {
    const start = top;
    if (ringStart[ring0 + r] === ringStart[ring0 + r + 1]) return -1; // no point at all
    for (let i = ringStart[ring0 + r], end = ringStart[ring0 + r + 1]; i < end; i++) {
      X[top] = round(xs[i]);
      Y[top++] = round(ys[i]);
    }
    if (X[start] !== X[top - 1] || Y[start] !== Y[top - 1]) {
      X[top] = X[start];
      Y[top++] = Y[start];
      closed++;
    }
    if (top - start < 4) return -(top - start);
    ends[r] = top;
  }
  return closed;
}

/**
 * Whether a hole of the polygons lies outside its polygon's outer ring (an invalid outline: a part of the zone given
 * as a hole, or a hole put in the wrong polygon; its area is taken off the zone's for nothing). Said when the hole's
 * box goes past the outer ring's, or when the first of its points not on the outer ring (among its first three) is
 * outside it: a hole wholly or largely outside, at the cost of a box per hole and one point-in-ring test, not one
 * per point. Rings are closed; ring r is the points [ringStart[r], ringStart[r + 1]), polygon p the rings
 * [polyStart[p], polyStart[p + 1]), its outer ring first.
 */
export function holeOutside(xs: Float64Array, ys: Float64Array, ringStart: ArrayLike<number>, polyStart: ArrayLike<number>): boolean {
  for (let p = 0; p + 1 < polyStart.length; p++) {
    const outer = polyStart[p];
    if (polyStart[p + 1] - outer < 2) continue;
    const [x0, y0, x1, y1] = ringBox(xs, ys, ringStart[outer], ringStart[outer + 1]);
    for (let r = outer + 1; r < polyStart[p + 1]; r++) {
      const [hx0, hy0, hx1, hy1] = ringBox(xs, ys, ringStart[r], ringStart[r + 1]);
      if (hx0 < x0 || hy0 < y0 || hx1 > x1 || hy1 > y1) return true;
      for (let i = ringStart[r]; i < ringStart[r + 1] - 1 && i < ringStart[r] + 3; i++) {
        const where = pointInRing(xs[i], ys[i], xs, ys, ringStart[outer], ringStart[outer + 1]);
        if (where === 0) continue; // on the outer ring: a hole may touch it
        if (where < 0) return true;
        break;
      }
    }
  }
  return false;
}

/** [min x, min y, max x, max y] of the points [from, to). */
function ringBox(xs: Float64Array, ys: Float64Array, from: number, to: number): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = from; i < to; i++) {
    if (xs[i] < x0) x0 = xs[i];
    if (xs[i] > x1) x1 = xs[i];
    if (ys[i] < y0) y0 = ys[i];
    if (ys[i] > y1) y1 = ys[i];
  }
  return [x0, y0, x1, y1];
}

/** 1 inside the closed ring [from, to), −1 outside, 0 on it (a point or an edge of it): even–odd crossings. */
function pointInRing(px: number, py: number, xs: Float64Array, ys: Float64Array, from: number, to: number): number {
  let inside = false;
  for (let i = from + 1; i < to; i++) {
    const ax = xs[i - 1];
    const ay = ys[i - 1];
    const bx = xs[i];
    const by = ys[i];
    // on the edge: collinear and within its box
    const cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    if (cross === 0 && px >= Math.min(ax, bx) && px <= Math.max(ax, bx) && py >= Math.min(ay, by) && py <= Math.max(ay, by)) return 0;
    if (ay > py !== by > py && px < ax + ((py - ay) * (bx - ax)) / (by - ay)) inside = !inside;
  }
  return inside ? 1 : -1;
}

/** Whether two consecutive points of X (from..to−1) are more than 180° of longitude apart: a ring crossing the antimeridian. */
export function jumpsAntimeridian(X: Float64Array, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (Math.abs(X[i] - X[i - 1]) > 180) return true;
  return false;
}

/** Whether one of the rings first..last−1 (held in X and Y, ring r ending at ends[r]) crosses itself. */
export function ringsCross(X: Float64Array, Y: Float64Array, ends: ArrayLike<number>, first: number, last: number): boolean {
  for (let r = first; r < last; r++) {
    const from = r === 0 ? 0 : ends[r - 1];
    const n = ends[r] - from - 1;
    // a small ring is checked where it lies in X and Y (no views made for the many small rings of a fine layer)
    if (n <= SMALL_RING ? n >= 4 && smallRingCrosses(X, Y, n, from) : flatSelfIntersects(X.subarray(from, ends[r]), Y.subarray(from, ends[r]))) return true;
  }
  return false;
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
export const KEPT_SCRATCH = 1 << 20;

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
