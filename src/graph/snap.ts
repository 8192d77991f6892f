import { isFreeArc, type ArcUsage } from './arcs.js';
import { haversineM, M_PER_DEG } from './geo.js';

/** Two zones whose outlines come within the tolerance of each other without sharing an exact border. */
export interface SnapContact {
  a: number;
  b: number;
  /** estimated length of border within the tolerance (the longer of the two sides), metres */
  lengthM: number;
  /** smallest distance found between the two outlines, metres */
  distanceM: number;
}

/**
 * Find zones whose outlines are within `tolM` metres of each other where the topology has no shared
 * border (gaps and overlaps between layers generalised differently).
 *
 * Only free arcs (used by one zone) are examined: an exactly shared border needs no snapping, and a
 * border shared with a third zone means that zone lies in between. Free segments go into a hashed grid
 * (cells at least `tolM` wide, walked along each segment so long segments stay cheap); each segment then
 * measures, against every nearby segment of another zone, the part of itself lying within the
 * tolerance (a segment/capsule intersection, exact in a local plane). The covered parts are merged per
 * zone pair and summed into a length.
 */
export function snapContacts(u: ArcUsage, tolM: number): SnapContact[] {
  const segs = freeSegments(u);
  if (segs.count === 0) return [];
  const grid = segmentGrid(segs, tolM);
  const { directed, closest } = coveredLengths(segs, grid, tolM);
  const out: SnapContact[] = [];
  for (const [pk, distanceM] of closest) {
    const [a, b] = pk.split(',').map(Number);
    const lengthM = Math.max(directed.get(`${a},${b}`) ?? 0, directed.get(`${b},${a}`) ?? 0);
    out.push({ a, b, lengthM, distanceM });
  }
  return out.sort((p, q) => p.a - q.a || p.b - q.b);
}

/** The free segments (lon/lat, 4 numbers each) with their zone and length in metres. */
interface FreeSegments {
  count: number;
  seg: Float64Array;
  zone: Int32Array;
  segLen: Float64Array;
  maxAbsLat: number;
}

function freeSegments(u: ArcUsage): FreeSegments {
  const xs: number[] = [];
  const zs: number[] = [];
  let maxAbsLat = 0;
  for (let a = 0; a < u.arcCount; a++) {
    if (!isFreeArc(u, a)) continue;
    const z = u.zoneA[a];
    for (let k = u.arcStart[a] + 1; k <= u.arcEnd[a]; k++) {
      const x0 = u.x[k - 1];
      const y0 = u.y[k - 1];
      const x1 = u.x[k];
      const y1 = u.y[k];
      if (x0 === x1 && y0 === y1) continue;
      xs.push(x0, y0, x1, y1);
      zs.push(z);
      maxAbsLat = Math.max(maxAbsLat, Math.abs(y0), Math.abs(y1));
    }
  }
  const count = zs.length;
  const seg = Float64Array.from(xs);
  const segLen = new Float64Array(count);
  for (let s = 0; s < count; s++) segLen[s] = haversineM(seg[s * 4], seg[s * 4 + 1], seg[s * 4 + 2], seg[s * 4 + 3]);
  return { count, seg, zone: Int32Array.from(zs), segLen, maxAbsLat };
}

/**
 * The hashed grid of the segments: cells at least max(tolerance, 8 × median segment length) metres wide in both
 * directions; each cell keeps its segments (linked list) and its zone (-1 when several zones meet there), so
 * that a segment skips the cells holding only its own zone, which is nearly every cell along a coast.
 */
interface SegmentGrid {
  gx(lon: number): number;
  gy(lat: number): number;
  /** the tolerance in grid units (≤ 1) */
  margin: number;
  cells: CellHash;
  cellZone: number[];
  cellHead: number[];
  entrySeg: number[];
  entryNext: number[];
}

function segmentGrid({ count, seg, zone, segLen, maxAbsLat }: FreeSegments, tolM: number): SegmentGrid {
  const sorted = Float64Array.from(segLen).sort();
  const cellM = Math.max(tolM, 8 * sorted[count >> 1], 1);
  const cosRef = Math.max(Math.cos((Math.min(maxAbsLat, 85) * Math.PI) / 180), 0.05);
  const kx = (M_PER_DEG * cosRef) / cellM;
  const ky = M_PER_DEG / cellM;
  const g: SegmentGrid = {
    gx: (lon) => (lon + 180) * kx,
    gy: (lat) => (lat + 90) * ky,
    margin: tolM / cellM,
    cells: new CellHash(),
    cellZone: [],
    cellHead: [],
    entrySeg: [],
    entryNext: [],
  };
  const buf = new CellBuffer();
  for (let s = 0; s < count; s++) {
    const z = zone[s];
    const n = rasterize(g.gx(seg[s * 4]), g.gy(seg[s * 4 + 1]), g.gx(seg[s * 4 + 2]), g.gy(seg[s * 4 + 3]), 0, buf);
    for (let k = 0; k < n; k++) {
      const c = g.cells.findOrAdd(buf.xy[2 * k], buf.xy[2 * k + 1]);
      if (c === g.cellHead.length) {
        g.cellHead.push(-1);
        g.cellZone.push(z);
      } else if (g.cellZone[c] !== z) g.cellZone[c] = -1;
      g.entrySeg.push(s);
      g.entryNext.push(g.cellHead[c]);
      g.cellHead[c] = g.entrySeg.length - 1;
    }
  }
  return g;
}

/**
 * Each segment against the nearby segments of other zones: per ordered zone pair "a,b", the metres of a's outline
 * within the tolerance of b; per unordered pair "min,max", the smallest distance between the two outlines.
 */
function coveredLengths(
  { count, seg, zone, segLen }: FreeSegments,
  g: SegmentGrid,
  tolM: number,
): { directed: Map<string, number>; closest: Map<string, number> } {
  const buf = new CellBuffer();
  const stamp = new Int32Array(count).fill(-1);
  const directed = new Map<string, number>();
  const closest = new Map<string, number>();
  const hits: { z: number; lo: number; hi: number }[] = [];
  for (let s = 0; s < count; s++) {
    const za = zone[s];
    const lon0 = seg[s * 4];
    const lat0 = seg[s * 4 + 1];
    const mx = M_PER_DEG * Math.cos((lat0 * Math.PI) / 180);
    const dx = (seg[s * 4 + 2] - lon0) * mx;
    const dy = (seg[s * 4 + 3] - lat0) * M_PER_DEG;
    hits.length = 0;
    const n = rasterize(g.gx(lon0), g.gy(lat0), g.gx(seg[s * 4 + 2]), g.gy(seg[s * 4 + 3]), g.margin, buf);
    for (let k = 0; k < n; k++) {
      const c = g.cells.find(buf.xy[2 * k], buf.xy[2 * k + 1]);
      if (c < 0 || g.cellZone[c] === za) continue;
      for (let e = g.cellHead[c]; e >= 0; e = g.entryNext[e]) {
        const t = g.entrySeg[e];
        if (stamp[t] === s || zone[t] === za) continue;
        stamp[t] = s;
        const ux = (seg[t * 4] - lon0) * mx;
        const uy = (seg[t * 4 + 1] - lat0) * M_PER_DEG;
        const vx = (seg[t * 4 + 2] - lon0) * mx;
        const vy = (seg[t * 4 + 3] - lat0) * M_PER_DEG;
        const iv = capsuleInterval(dx, dy, ux, uy, vx, vy, tolM);
        if (!iv) continue;
        hits.push({ z: zone[t], lo: iv[0], hi: iv[1] });
        const d = segmentDistance(0, 0, dx, dy, ux, uy, vx, vy);
        const pk = za < zone[t] ? `${za},${zone[t]}` : `${zone[t]},${za}`;
        const prev = closest.get(pk);
        if (prev === undefined || d < prev) closest.set(pk, d);
      }
    }
    if (hits.length) addCovered(directed, za, hits, segLen[s]);
  }
  return { directed, closest };
}

/** Merge the covered parts of one segment (fractions of it), per other zone, and add their length to "za,z". */
function addCovered(directed: Map<string, number>, za: number, hits: { z: number; lo: number; hi: number }[], segLenM: number): void {
  hits.sort((p, q) => p.z - q.z || p.lo - q.lo);
  let i = 0;
  while (i < hits.length) {
    const z = hits[i].z;
    let covered = 0;
    let lo = hits[i].lo;
    let hi = hits[i].hi;
    i++;
    while (i < hits.length && hits[i].z === z) {
      if (hits[i].lo > hi) {
        covered += hi - lo;
        lo = hits[i].lo;
      }
      hi = Math.max(hi, hits[i].hi);
      i++;
    }
    covered += hi - lo;
    const dk = `${za},${z}`;
    directed.set(dk, (directed.get(dk) ?? 0) + covered * segLenM);
  }
}

/** A growable list of (cx, cy) cell coordinates, reused between segments. */
class CellBuffer {
  xy = new Int32Array(256);
  push(n: number, cx: number, cy: number): void {
    if (2 * n + 2 > this.xy.length) {
      const bigger = new Int32Array(this.xy.length * 2);
      bigger.set(this.xy);
      this.xy = bigger;
    }
    this.xy[2 * n] = cx;
    this.xy[2 * n + 1] = cy;
  }
}

/**
 * Put into `out` every grid cell within `m` grid units of the segment (x0,y0)-(x1,y1), column by column,
 * so a long segment costs the cells along it, not the cells of its bounding box. Returns the count.
 */
function rasterize(x0: number, y0: number, x1: number, y1: number, m: number, out: CellBuffer): number {
  const minX = Math.min(x0, x1);
  const maxX = Math.max(x0, x1);
  const slope = x1 !== x0 ? (y1 - y0) / (x1 - x0) : 0;
  let n = 0;
  for (let cx = Math.floor(minX - m); cx <= Math.floor(maxX + m); cx++) {
    let ya: number;
    let yb: number;
    if (x1 === x0) {
      ya = Math.min(y0, y1);
      yb = Math.max(y0, y1);
    } else {
      const lo = Math.min(Math.max(cx - m, minX), maxX);
      const hi = Math.max(Math.min(cx + 1 + m, maxX), minX);
      const yl = y0 + (lo - x0) * slope;
      const yh = y0 + (hi - x0) * slope;
      ya = Math.min(yl, yh);
      yb = Math.max(yl, yh);
    }
    for (let cy = Math.floor(ya - m); cy <= Math.floor(yb + m); cy++) out.push(n++, cx, cy);
  }
  return n;
}

/**
 * Open-addressing hash of integer cell coordinates → dense cell numbers (0, 1, 2… in order of
 * insertion). Faster than a Map keyed by large numbers, which are not small integers for V8.
 */
class CellHash {
  private keysX = new Int32Array(1024);
  private keysY = new Int32Array(1024);
  private vals = new Int32Array(1024).fill(-1);
  private size = 0;

  private slot(cx: number, cy: number): number {
    const mask = this.vals.length - 1;
    let h = (Math.imul(cx, 0x9e3779b1) ^ Math.imul(cy, 0x85ebca77)) & mask;
    while (this.vals[h] !== -1 && (this.keysX[h] !== cx || this.keysY[h] !== cy)) h = (h + 1) & mask;
    return h;
  }
  find(cx: number, cy: number): number {
    return this.vals[this.slot(cx, cy)];
  }
  findOrAdd(cx: number, cy: number): number {
    let h = this.slot(cx, cy);
    if (this.vals[h] !== -1) return this.vals[h];
    if ((this.size + 1) * 2 > this.vals.length) {
      this.grow();
      h = this.slot(cx, cy);
    }
    this.keysX[h] = cx;
    this.keysY[h] = cy;
    this.vals[h] = this.size;
    return this.size++;
  }
  private grow(): void {
    const { keysX, keysY, vals } = this;
    this.keysX = new Int32Array(vals.length * 2);
    this.keysY = new Int32Array(vals.length * 2);
    this.vals = new Int32Array(vals.length * 2).fill(-1);
    for (let i = 0; i < vals.length; i++) {
      if (vals[i] === -1) continue;
      const h = this.slot(keysX[i], keysY[i]);
      this.keysX[h] = keysX[i];
      this.keysY[h] = keysY[i];
      this.vals[h] = vals[i];
    }
  }
}

/**
 * The part [lo, hi] ⊂ [0, 1] of the segment λ·(dx,dy) (starting at the origin) lying within distance t
 * of the segment U-V: the intersection of a line with a capsule (a rectangle and two discs), which is a
 * single interval because the capsule is convex.
 */
function capsuleInterval(dx: number, dy: number, ux: number, uy: number, vx: number, vy: number, t: number): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  const dd = dx * dx + dy * dy;
  for (const [cx, cy] of [
    [ux, uy],
    [vx, vy],
  ]) {
    // |λd - c|² ≤ t²
    const b = -2 * (cx * dx + cy * dy);
    const c = cx * cx + cy * cy - t * t;
    const disc = b * b - 4 * dd * c;
    if (disc < 0) continue;
    const r = Math.sqrt(disc);
    const l1 = Math.max(0, (-b - r) / (2 * dd));
    const l2 = Math.min(1, (-b + r) / (2 * dd));
    if (l1 <= l2) {
      lo = Math.min(lo, l1);
      hi = Math.max(hi, l2);
    }
  }
  const ex = vx - ux;
  const ey = vy - uy;
  const len = Math.hypot(ex, ey);
  if (len > 0) {
    const nx = ex / len;
    const ny = ey / len;
    let a = 0;
    let b = 1;
    // along the axis: 0 ≤ (λd - u)·e ≤ len ; across: |(λd - u) × e| ≤ t
    const clip = (v0: number, vd: number, min: number, max: number) => {
      if (Math.abs(vd) < 1e-12) {
        if (v0 < min || v0 > max) b = -1;
        return;
      }
      const r1 = (min - v0) / vd;
      const r2 = (max - v0) / vd;
      a = Math.max(a, Math.min(r1, r2));
      b = Math.min(b, Math.max(r1, r2));
    };
    clip(-ux * nx - uy * ny, dx * nx + dy * ny, 0, len);
    clip(-ux * ny + uy * nx, dx * ny - dy * nx, -t, t);
    if (a <= b) {
      lo = Math.min(lo, a);
      hi = Math.max(hi, b);
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Distance between segments P-Q and U-V in the plane. */
function segmentDistance(px: number, py: number, qx: number, qy: number, ux: number, uy: number, vx: number, vy: number): number {
  const o1 = orient(px, py, qx, qy, ux, uy);
  const o2 = orient(px, py, qx, qy, vx, vy);
  const o3 = orient(ux, uy, vx, vy, px, py);
  const o4 = orient(ux, uy, vx, vy, qx, qy);
  if (o1 * o2 < 0 && o3 * o4 < 0) return 0;
  return Math.min(
    pointSegment(px, py, ux, uy, vx, vy),
    pointSegment(qx, qy, ux, uy, vx, vy),
    pointSegment(ux, uy, px, py, qx, qy),
    pointSegment(vx, vy, px, py, qx, qy),
  );
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

function pointSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy;
  let t = l2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / l2 : 0;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
