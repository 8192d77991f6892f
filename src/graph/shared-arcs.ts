import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { flatRingsOf, isFlat } from '../core/flat-rings.js';
import type { ZoneSet } from '../core/types.js';
import { ZONES_OBJECT } from './topology.js';

/**
 * The shared arcs of a zone layer, on typed arrays: the same arcs, in the same order and direction, as
 * topojson-server's `topology()` (extract, join, cut, dedup), without its object per ring piece and its
 * hash of point arrays. Points are numbered once (the first occurrence of each exact (x, y) is its id), so
 * the join, the cut and the dedup compare integers.
 *
 * Positions are the layer's coordinates in reading order (zone, polygon, ring, point), as topojson-server
 * extracts them; the cut rotates a ring's positions so that it starts at a junction, and an arc is a range
 * of positions. `toTopology` turns the result into topojson-server's Topology (same JSON), for the
 * consumers that want one (dissolves, the report's map, the editor): only then are the arcs made arrays.
 */
export interface SharedArcs {
  /** number of arcs */
  arcCount: number;
  /** first and last position of each arc (inclusive) */
  arcStart: Int32Array;
  arcEnd: Int32Array;
  /** per position (after the cut's rotations): lon, lat, and the point id (equal ids = identical points) */
  x: Float64Array;
  y: Float64Array;
  point: Int32Array;
  /** per position: the coordinate it holds (index in reading order), for toTopology */
  coordinate: Int32Array;
  /** rings in reading order: the zone of each, and its pieces ringPieces[r] … ringPieces[r + 1] - 1 */
  ringZone: Int32Array;
  ringPieces: Int32Array;
  /** per piece: the arc reference as topojson writes it (arc index, or ~index when walked backwards) */
  pieceRef: Int32Array;
}

/**
 * The shared arcs of the zones, or undefined when a geometry is one this builder does not take (not a
 * Polygon or MultiPolygon, or a ring of fewer than 4 positions): the caller then uses topojson-server.
 */
export function sharedArcs(zones: ZoneSet): SharedArcs | undefined {
  // (one function per pass: each is compiled on its own, and this runs once per command)
  const layer = extract(zones);
  if (!layer) return undefined;
  const { cx, cy, ringStart, ringEnd, ringZone } = layer;
  // join: number the points, then find the junctions (points whose neighbours differ between passes)
  const id = pointIds(cx, cy);
  const junction = junctions(id, ringStart, ringEnd);
  const { perm, pieceStart, pieceEnd, ringPieces } = cut(id, junction, ringStart, ringEnd);
  const { x, y, point } = positions(perm, cx, cy, id);
  const d = dedup(point, x, y, pieceStart, pieceEnd, ringPieces);
  return {
    arcCount: d.arcCount,
    arcStart: d.arcStart,
    arcEnd: d.arcEnd,
    x,
    y,
    point,
    coordinate: perm,
    ringZone,
    ringPieces,
    pieceRef: d.pieceRef,
  };
}

/**
 * Extract: the coordinates in reading order, and the rings as [start, end] (end = the closing position). A zone
 * of flat arrays (flatGeometry, as the reader makes zones) is read there, its nested coordinates neither made nor
 * walked; a zone of nested arrays (a program's, a test's) is read as it is, without a flat copy.
 */
function extract(zones: ZoneSet) {
  // (indexed loops: this runs once per command, mostly before V8 optimises it, and for…of is slow until then)
  const zs = zones.zones;
  let total = 0;
  let ringCount = 0;
  for (let zi = 0; zi < zs.length; zi++) {
    const g = zs[zi].geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return undefined;
    if (isFlat(g)) {
      const rs = flatRingsOf(g).ringStart;
      const rings = rs.length - 1;
      for (let r = 0; r < rings; r++) if (rs[r + 1] - rs[r] < 4) return undefined;
      total += rs[rings] - rs[0];
      ringCount += rings;
      continue;
    }
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
    for (let pi = 0; pi < polys.length; pi++) {
      const poly = polys[pi];
      for (let ri = 0; ri < poly.length; ri++) {
        if (poly[ri].length < 4) return undefined;
        total += poly[ri].length;
        ringCount++;
      }
    }
  }
  const cx = new Float64Array(total);
  const cy = new Float64Array(total);
  const ringStart = new Int32Array(ringCount);
  const ringEnd = new Int32Array(ringCount);
  const ringZone = new Int32Array(ringCount);
  // (the points are copied as they are: a -0 is made 0 by pointIds, which reads every point anyway)
  let o = 0;
  let r = 0;
  for (let zi = 0; zi < zs.length; zi++) {
    const g = zs[zi].geometry;
    if (isFlat(g)) {
      const { xs, ys, ringStart: rs } = flatRingsOf(g);
      const rings = rs.length - 1;
      const from = rs[0];
      const to = rs[rings];
      cx.set(from === 0 && to === xs.length ? xs : xs.subarray(from, to), o);
      cy.set(from === 0 && to === ys.length ? ys : ys.subarray(from, to), o);
      for (let k = 0; k < rings; k++) {
        ringStart[r] = o + rs[k] - from;
        ringEnd[r] = o + rs[k + 1] - from - 1;
        ringZone[r++] = zi;
      }
      o += to - from;
      continue;
    }
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
    for (let pi = 0; pi < polys.length; pi++) {
      const poly = polys[pi];
      for (let ri = 0; ri < poly.length; ri++) {
        const ring = poly[ri];
        ringStart[r] = o;
        for (let k = 0; k < ring.length; k++) {
          cx[o] = ring[k][0];
          cy[o] = ring[k][1];
          o++;
        }
        ringEnd[r] = o - 1;
        ringZone[r++] = zi;
      }
    }
  }
  return { cx, cy, ringStart, ringEnd, ringZone };
}

/** Cut: rotate each ring to start at its first junction (if it has one), then cut it at every other one. */
function cut(id: Int32Array, junction: Uint8Array, ringStart: Int32Array, ringEnd: Int32Array) {
  const total = id.length;
  const ringCount = ringStart.length;
  const perm = new Int32Array(total);
  for (let i = 0; i < total; i++) perm[i] = i;
  const pieceStart: number[] = [];
  const pieceEnd: number[] = [];
  const ringPieces = new Int32Array(ringCount + 1);
  for (let i = 0; i < ringCount; i++) {
    ringPieces[i] = pieceStart.length;
    const start = ringStart[i];
    const end = ringEnd[i];
    let pieceFrom = start;
    let fixed = junction[id[perm[start]]] === 1;
    for (let mid = start + 1; mid < end; mid++) {
      if (junction[id[perm[mid]]] !== 1) continue;
      if (fixed) {
        pieceStart.push(pieceFrom);
        pieceEnd.push(mid);
        pieceFrom = mid;
      } else {
        // the first junction: rotate rather than cut, and look again from the start
        rotate(perm, start, end, end - mid);
        perm[end] = perm[start];
        fixed = true;
        mid = start;
      }
    }
    pieceStart.push(pieceFrom);
    pieceEnd.push(end);
  }
  ringPieces[ringCount] = pieceStart.length;
  return { perm, pieceStart, pieceEnd, ringPieces };
}

/** The coordinates and point ids by position, after the cut's rotations. */
function positions(perm: Int32Array, cx: Float64Array, cy: Float64Array, id: Int32Array) {
  const total = perm.length;
  const x = new Float64Array(total);
  const y = new Float64Array(total);
  const point = new Int32Array(total);
  for (let k = 0; k < total; k++) {
    const c = perm[k];
    x[k] = cx[c];
    y[k] = cy[c];
    point[k] = id[c];
  }
  return { x, y, point };
}

/**
 * Per coordinate, the index of the first coordinate with the same (x, y): an open-addressing hash on the bits. A
 * coordinate -0 is made 0 in place first (-0 is the point 0: topojson-server compares with ===).
 */
export function pointIds(cx: Float64Array, cy: Float64Array): Int32Array {
  const n = cx.length;
  const id = new Int32Array(n);
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  const bx = new Uint32Array(cx.buffer, cx.byteOffset, 2 * n);
  const by = new Uint32Array(cy.buffer, cy.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const x = cx[i];
    const y = cy[i];
    if (x === 0) cx[i] = 0;
    if (y === 0) cy[i] = 0;
    let h = Math.imul(bx[2 * i] ^ Math.imul(bx[2 * i + 1], 0x27d4eb2d), 0x9e3779b1);
    h = Math.imul(h ^ by[2 * i] ^ (h >>> 15), 0x85ebca77) ^ Math.imul(by[2 * i + 1], 0xc2b2ae3d);
    h = (h ^ (h >>> 13)) & mask;
    for (;;) {
      const j = table[h];
      if (j === -1) {
        table[h] = i;
        id[i] = i;
        break;
      }
      if (cx[j] === x && cy[j] === y) {
        id[i] = j;
        break;
      }
      h = (h + 1) & mask;
    }
  }
  return id;
}

/**
 * topojson-server's join: a point is a junction when two passes through it (by different rings, or by one ring
 * at different places of the layer) do not have the same pair of neighbours.
 */
function junctions(id: Int32Array, ringStart: Int32Array, ringEnd: Int32Array): Uint8Array {
  const n = id.length;
  const visited = new Int32Array(n).fill(-1);
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  const junction = new Uint8Array(n);
  for (let i = 0; i < ringStart.length; i++) {
    const end = ringEnd[i];
    let previous = id[end - 1];
    let current = id[ringStart[i]];
    // current runs over the ring's points but the closing one, with its previous and next point
    for (let k = ringStart[i] + 1; k <= end; k++) {
      const next = id[k];
      if (visited[current] !== i) {
        // (a point met again by the same ring is a self-intersection: ignored)
        visited[current] = i;
        const l = left[current];
        if (l >= 0) {
          const rt = right[current];
          if ((l !== previous || rt !== next) && (l !== next || rt !== previous)) junction[current] = 1;
        } else {
          left[current] = previous;
          right[current] = next;
        }
      }
      previous = current;
      current = next;
    }
  }
  return junction;
}

/** topojson-server's rotateArray: rotate a[start, end) by offset. */
function rotate(a: Int32Array, start: number, end: number, offset: number): void {
  reverse(a, start, end);
  reverse(a, start, start + offset);
  reverse(a, start + offset, end);
}

function reverse(a: Int32Array, start: number, end: number): void {
  for (let mid = start + ((end-- - start) >> 1); start < mid; ++start, --end) {
    const t = a[start];
    a[start] = a[end];
    a[end] = t;
  }
}

/**
 * topojson-server's dedup: a piece equal to an arc already kept (in order, or reversed; a ring also when rotated)
 * is that arc; otherwise it is a new arc. Arcs are found by their end points (lists per point id, in the order
 * topojson-server's lists have).
 */
function dedup(
  point: Int32Array,
  x: Float64Array,
  y: Float64Array,
  pieceStart: number[],
  pieceEnd: number[],
  ringPieces: Int32Array,
): { arcCount: number; arcStart: Int32Array; arcEnd: Int32Array; pieceRef: Int32Array } {
  const pieces = pieceStart.length;
  const pieceRef = new Int32Array(pieces);
  const arcStart = new Int32Array(pieces);
  const arcEnd = new Int32Array(pieces);
  let arcCount = 0;
  // lists of arcs by end point: head/tail per point id, entries linked in order of addition
  const head = new Int32Array(point.length).fill(-1);
  const tail = new Int32Array(point.length).fill(-1);
  const entryArc = new Int32Array(2 * pieces);
  const entryNext = new Int32Array(2 * pieces);
  let entries = 0;
  const append = (p: number, arc: number) => {
    const e = entries++;
    entryArc[e] = arc;
    entryNext[e] = -1;
    if (head[p] === -1) head[p] = e;
    else entryNext[tail[p]] = e;
    tail[p] = e;
  };
  const replace = (p: number, arc: number) => {
    const e = entries++;
    entryArc[e] = arc;
    entryNext[e] = -1;
    head[p] = tail[p] = e;
  };
  const minimumOffset = (start: number, end: number) => {
    let minimum = start;
    let mx = x[start];
    let my = y[start];
    for (let mid = start + 1; mid < end; mid++) {
      const px = x[mid];
      if (px < mx || (px === mx && y[mid] < my)) {
        minimum = mid;
        mx = px;
        my = y[mid];
      }
    }
    return minimum - start;
  };
  const equalLine = (ia: number, ja: number, ib: number, jb: number) => {
    if (ia - ja !== ib - jb) return false;
    for (; ia <= ja; ++ia, ++ib) if (point[ia] !== point[ib]) return false;
    return true;
  };
  const reverseEqualLine = (ia: number, ja: number, ib: number, jb: number) => {
    if (ia - ja !== ib - jb) return false;
    for (; ia <= ja; ++ia, --jb) if (point[ia] !== point[jb]) return false;
    return true;
  };
  const equalRing = (ia: number, ja: number, ib: number, jb: number) => {
    const n = ja - ia;
    if (n !== jb - ib) return false;
    const ka = minimumOffset(ia, ja);
    const kb = minimumOffset(ib, jb);
    for (let i = 0; i < n; ++i) if (point[ia + ((i + ka) % n)] !== point[ib + ((i + kb) % n)]) return false;
    return true;
  };
  const reverseEqualRing = (ia: number, ja: number, ib: number, jb: number) => {
    const n = ja - ia;
    if (n !== jb - ib) return false;
    const ka = minimumOffset(ia, ja);
    const kb = n - minimumOffset(ib, jb);
    for (let i = 0; i < n; ++i) if (point[ia + ((i + ka) % n)] !== point[jb - ((i + kb) % n)]) return false;
    return true;
  };
  const keep = (s: number, e: number) => {
    arcStart[arcCount] = s;
    arcEnd[arcCount] = e;
    return arcCount++;
  };

  const dedupLine = (piece: number) => {
    const s = pieceStart[piece];
    const e = pieceEnd[piece];
    const sp = point[s];
    const ep = point[e];
    const startHad = head[sp] !== -1;
    for (let en = head[sp]; en !== -1; en = entryNext[en]) {
      const a = entryArc[en];
      if (equalLine(arcStart[a], arcEnd[a], s, e)) return (pieceRef[piece] = a);
    }
    const endHad = head[ep] !== -1;
    for (let en = head[ep]; en !== -1; en = entryNext[en]) {
      const a = entryArc[en];
      if (reverseEqualLine(arcStart[a], arcEnd[a], s, e)) return (pieceRef[piece] = ~a);
    }
    const a = keep(s, e);
    if (startHad) append(sp, a);
    else replace(sp, a);
    if (endHad) append(ep, a);
    else replace(ep, a);
    return (pieceRef[piece] = a);
  };

  const dedupRing = (piece: number) => {
    const s = pieceStart[piece];
    const e = pieceEnd[piece];
    for (const p of [point[s], point[s + minimumOffset(s, e)]]) {
      for (let en = head[p]; en !== -1; en = entryNext[en]) {
        const a = entryArc[en];
        if (equalRing(arcStart[a], arcEnd[a], s, e)) return (pieceRef[piece] = a);
        if (reverseEqualRing(arcStart[a], arcEnd[a], s, e)) return (pieceRef[piece] = ~a);
      }
    }
    const mp = point[s + minimumOffset(s, e)];
    const a = keep(s, e);
    if (head[mp] !== -1) append(mp, a);
    else replace(mp, a);
    return (pieceRef[piece] = a);
  };

  for (let r = 0; r + 1 < ringPieces.length; r++) {
    const from = ringPieces[r];
    const to = ringPieces[r + 1];
    if (to - from > 1) for (let p = from; p < to; p++) dedupLine(p);
    else dedupRing(from);
  }
  return { arcCount, arcStart: arcStart.slice(0, arcCount), arcEnd: arcEnd.slice(0, arcCount), pieceRef };
}

/**
 * The Topology topojson-server's `topology({ zones })` makes of the layer (same arcs, objects, ids and bbox). When
 * every zone holds flat arrays (flatGeometry), the arcs' points are made from them and the zones' nested
 * coordinates are not made; otherwise the arcs hold the input's position arrays, as topojson-server's do.
 */
export function toTopology(zones: ZoneSet, s: SharedArcs): Topology {
  const zs = zones.zones;
  const flat = zs.every((z) => isFlat(z.geometry));
  const { arcs, bbox } = flat ? flatArcs(zs, s) : nestedArcs(zs, s);
  let r = 0;
  const ringRefs = () => Array.from(s.pieceRef.subarray(s.ringPieces[r], s.ringPieces[++r]));
  const geometries = zs.map((z, i) => {
    const g = z.geometry;
    const out: Record<string, unknown> = { type: g.type };
    if (flat) {
      // the rings of each polygon, as the nested coordinates would have them
      const { polyStart } = flatRingsOf(g);
      const polygon = (p: number) => Array.from({ length: polyStart[p + 1] - polyStart[p] }, () => ringRefs());
      out.arcs = g.type === 'Polygon' ? polygon(0) : Array.from({ length: polyStart.length - 1 }, (_, p) => polygon(p));
    } else out.arcs = g.type === 'Polygon' ? g.coordinates.map(() => ringRefs()) : g.coordinates.map((poly) => poly.map(() => ringRefs()));
    if (g.bbox != null) out.bbox = g.bbox;
    out.id = i;
    out.properties = { id: z.id };
    return out;
  });
  return {
    type: 'Topology',
    objects: { [ZONES_OBJECT]: { type: 'GeometryCollection', geometries } },
    arcs,
    bbox,
  } as unknown as Topology;
}

type Box = [number, number, number, number] | undefined;

/** The arcs as arrays of the input's positions (the layer's positions in reading order), and the layer's box. */
function nestedArcs(zs: ZoneSet['zones'], s: SharedArcs): { arcs: Position[][]; bbox: Box } {
  const coords: Position[] = new Array(s.coordinate.length);
  let o = 0;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const z of zs) {
    const g = z.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const poly of polys)
      for (const ring of poly)
        for (const p of ring) {
          coords[o++] = p;
          const px = p[0];
          const py = p[1];
          if (px < x0) x0 = px;
          if (px > x1) x1 = px;
          if (py < y0) y0 = py;
          if (py > y1) y1 = py;
        }
  }
  const arcs: Position[][] = new Array(s.arcCount);
  for (let a = 0; a < s.arcCount; a++) {
    const arc: Position[] = new Array(s.arcEnd[a] - s.arcStart[a] + 1);
    for (let k = s.arcStart[a], i = 0; k <= s.arcEnd[a]; k++, i++) arc[i] = coords[s.coordinate[k]];
    arcs[a] = arc;
  }
  return { arcs, bbox: x1 >= x0 && y1 >= y0 ? [x0, y0, x1, y1] : undefined };
}

/** The arcs made from the zones' flat arrays (the same numbers, -0 kept), and the layer's box. */
function flatArcs(zs: ZoneSet['zones'], s: SharedArcs): { arcs: Position[][]; bbox: Box } {
  const cx = new Float64Array(s.coordinate.length);
  const cy = new Float64Array(s.coordinate.length);
  let o = 0;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let zi = 0; zi < zs.length; zi++) {
    const { xs, ys } = flatRingsOf(zs[zi].geometry);
    cx.set(xs, o);
    cy.set(ys, o);
    o += xs.length;
    for (let i = 0; i < xs.length; i++) {
      const px = xs[i];
      const py = ys[i];
      if (px < x0) x0 = px;
      if (px > x1) x1 = px;
      if (py < y0) y0 = py;
      if (py > y1) y1 = py;
    }
  }
  const arcs: Position[][] = new Array(s.arcCount);
  for (let a = 0; a < s.arcCount; a++) {
    const arc: Position[] = new Array(s.arcEnd[a] - s.arcStart[a] + 1);
    for (let k = s.arcStart[a], i = 0; k <= s.arcEnd[a]; k++, i++) {
      const c = s.coordinate[k];
      arc[i] = [cx[c], cy[c]];
    }
    arcs[a] = arc;
  }
  return { arcs, bbox: x1 >= x0 && y1 >= y0 ? [x0, y0, x1, y1] : undefined };
}
