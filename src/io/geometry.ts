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
      if (!Array.isArray(ring)) return damaged();
      // check every point; a ring already rounded (files written with ≤ 7 decimals: nearly all) is kept as
      // it is rather than copied point by point (real layers hold hundreds of thousands of points)
      let rounded = true;
      for (let i = 0; i < ring.length; i++) {
        const pt: unknown = ring[i];
        if (!Array.isArray(pt) || pt.length < 2 || !Number.isFinite(pt[0]) || !Number.isFinite(pt[1])) return damaged();
        if (rounded && (pt.length !== 2 || round(pt[0] as number) !== pt[0] || round(pt[1] as number) !== pt[1])) rounded = false;
      }
      let pts: Position[];
      if (rounded) pts = ring as Position[];
      else {
        pts = new Array(ring.length);
        for (let i = 0; i < ring.length; i++) pts[i] = [round(ring[i][0] as number), round(ring[i][1] as number)];
      }
      const first = pts[0];
      const last = pts[pts.length - 1];
      if (pts.length > 0 && (first[0] !== last[0] || first[1] !== last[1])) {
        if (pts === ring) pts = pts.slice(); // never change the caller's ring
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
  const outside = firstOutside(clean);
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

/** The first point outside longitude/latitude ranges, if any. */
function firstOutside(polygons: Position[][][]): Position | undefined {
  for (const poly of polygons) for (const ring of poly) for (const pt of ring) if (Math.abs(pt[0]) > 180 || Math.abs(pt[1]) > 90) return pt;
  return undefined;
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
 * Whether two non-adjacent edges of a closed ring cross (a bow-tie). Edges are binned in a sparse uniform grid
 * over the ring's bounding box (cells three mean edges wide; each edge in every cell its bounding box covers;
 * the (cell, edge) entries radix-sorted by cell) and only edges sharing a cell are compared: two edges that cross
 * share the cell of their crossing point, so the verdict is that of comparing every pair, in about linear time
 * on real outlines. France's 559 rings (353,000 points): 42 ms of CPU (86 ms on the first pass, before V8 has
 * optimised it) against 650 ms for the sweep over longitudes it replaces (best of 7).
 * tests/io/geometry-grid.test.ts checks that the verdicts agree.
 */
export function selfIntersects(ring: Position[]): boolean {
  const n = ring.length - 1; // closed: the last point repeats the first
  if (n < 4) return false;
  return n <= SMALL_RING ? smallRingCrosses(ring, n) : gridCrosses(ring, n);
}

// (the grid's steps are small functions of their own: V8 then optimises each on its own feedback, instead of
// optimising one large function before its later loops have run and throwing the code away again)

function smallRingCrosses(ring: Position[], n: number): boolean {
  for (let e = 0; e < n; e++)
    for (let f = e + 2; f < n; f++) if (!(e === 0 && f === n - 1) && segmentsCross(ring[e], ring[e + 1], ring[f], ring[f + 1])) return true;
  return false;
}

function gridCrosses(ring: Position[], n: number): boolean {
  // coordinates in flat arrays (the loops below read each point many times)
  const xs = new Float64Array(n + 1);
  const ys = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) {
    xs[i] = ring[i][0];
    ys[i] = ring[i][1];
  }
  const range = new Int32Array(4 * n);
  const gx = cellRanges(xs, ys, n, range);
  if (gx === 0) return false; // every point the same: no two edges cross
  let entries = 0;
  for (let e = 0; e < n; e++) entries += (range[4 * e + 1] - range[4 * e] + 1) * (range[4 * e + 3] - range[4 * e + 2] + 1);
  // long edges across many cells (a drawn zigzag): compare by longitude ranges instead
  if (entries > GRID_ENTRIES_PER_EDGE * n) return sweepSelfIntersects(ring);
  const cells = new Uint32Array(entries);
  const edges = new Int32Array(entries);
  const top = fillEntries(range, n, gx, cells, edges);
  sortByCell(cells, edges, top);
  return sameCellCrosses(xs, ys, n, cells, edges);
}

/**
 * The grid: square cells three mean edges wide over the ring's box (an outline is a curve, not a cloud: each
 * cell then holds a few edges; the grid is sparse, a curve crossing few of its cells), and the cell range of
 * each edge's box in `range` (i0, i1, j0, j1). The cell of a coordinate is monotone in it, so two edges whose
 * boxes overlap share a cell: the cell of their crossing point, when they cross. Returns the number of
 * columns (0 when every point is the same).
 */
function cellRanges(xs: Float64Array, ys: Float64Array, n: number, range: Int32Array): number {
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
  for (let e = 0; e < n; e++) {
    range[4 * e] = Math.min(gx - 1, Math.floor((Math.min(xs[e], xs[e + 1]) - x0) * sx));
    range[4 * e + 1] = Math.min(gx - 1, Math.floor((Math.max(xs[e], xs[e + 1]) - x0) * sx));
    range[4 * e + 2] = Math.min(gy - 1, Math.floor((Math.min(ys[e], ys[e + 1]) - y0) * sy));
    range[4 * e + 3] = Math.min(gy - 1, Math.floor((Math.max(ys[e], ys[e + 1]) - y0) * sy));
  }
  return gx;
}

/** One (cell, edge) entry per cell each edge's box covers, in edge order; returns the largest cell index. */
function fillEntries(range: Int32Array, n: number, gx: number, cells: Uint32Array, edges: Int32Array): number {
  let k = 0;
  let top = 0;
  for (let e = 0; e < n; e++)
    for (let j = range[4 * e + 2]; j <= range[4 * e + 3]; j++)
      for (let i = range[4 * e]; i <= range[4 * e + 1]; i++) {
        const c = j * gx + i;
        if (c > top) top = c;
        cells[k] = c;
        edges[k++] = e;
      }
  return top;
}

/** Sorts the entries by cell in place (a stable radix sort, 11 bits a pass). */
function sortByCell(cells: Uint32Array, edges: Int32Array, top: number): void {
  const m = cells.length;
  let fromC: Uint32Array = cells;
  let fromE: Int32Array = edges;
  let toC: Uint32Array = new Uint32Array(m);
  let toE: Int32Array = new Int32Array(m);
  const count = new Int32Array(2048);
  for (let shift = 0; shift < 32 && top >>> shift > 0; shift += 11) {
    count.fill(0);
    for (let p = 0; p < m; p++) count[(fromC[p] >>> shift) & 2047]++;
    for (let d = 0, sum = 0; d < 2048; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let p = 0; p < m; p++) {
      const q = count[(fromC[p] >>> shift) & 2047]++;
      toC[q] = fromC[p];
      toE[q] = fromE[p];
    }
    const c = fromC;
    const e = fromE;
    fromC = toC;
    fromE = toE;
    toC = c;
    toE = e;
  }
  if (fromC !== cells) {
    cells.set(fromC);
    edges.set(fromE);
  }
}

/** Whether two non-adjacent edges listed in one cell cross. */
function sameCellCrosses(xs: Float64Array, ys: Float64Array, n: number, cells: Uint32Array, edges: Int32Array): boolean {
  const m = cells.length;
  for (let lo = 0; lo < m;) {
    let hi = lo + 1;
    while (hi < m && cells[hi] === cells[lo]) hi++;
    for (let p = lo; p < hi; p++) {
      const e = edges[p];
      for (let q = p + 1; q < hi; q++) {
        const f = edges[q];
        // edges sharing a point (consecutive, or the last and the first) do not count
        const d = e > f ? e - f : f - e;
        if (d !== 1 && d !== n - 1 && crossAt(xs, ys, e, f)) return true;
      }
    }
    lo = hi;
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
function sweepSelfIntersects(ring: Position[]): boolean {
  const n = ring.length - 1;
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
  return crosses(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1]);
}

/** The crossing test on coordinates: the one both forms of a ring (positions, flat arrays) use. */
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
