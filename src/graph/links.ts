import { InputError } from '../core/errors.js';
import type { ZoneGeometry } from '../core/types.js';
import { isFreeArc, zonesOfArc, type ArcUsage } from './arcs.js';
import { UnionFind } from './components.js';
import { chordToM, toXYZ } from './geo.js';
import { KdTree3 } from './kdtree.js';
import type { LinkSpec } from './types.js';

export interface ResolvedLink {
  a: number;
  b: number;
  source: string;
}

/** Check explicit links against the zone ids; unknown ids are InputErrors naming the id and where it was given. */
export function resolveLinks(specs: readonly LinkSpec[] | undefined, index: Map<string, number>, zonesFile: string): ResolvedLink[] {
  const out: ResolvedLink[] = [];
  const examples = [...index.keys()].slice(0, 3).map((id) => `"${id}"`).join(', ');
  for (const spec of specs ?? []) {
    for (const id of [spec.a, spec.b]) {
      if (!index.has(id)) {
        throw new InputError(`the link ${spec.a}:${spec.b} (${spec.source}) names zone "${id}", which is not in ${zonesFile}`, {
          file: spec.file,
          zone: id,
          hint: `use zone ids as they appear in the zone layer (for example ${examples})`,
        });
      }
    }
    if (spec.a === spec.b) {
      throw new InputError(`the link ${spec.a}:${spec.b} (${spec.source}) joins a zone to itself`, {
        file: spec.file,
        zone: spec.a,
        hint: 'a link joins two different zones, e.g. an island and the zone of its ferry port',
      });
    }
    out.push({ a: index.get(spec.a)!, b: index.get(spec.b)!, source: spec.source });
  }
  return out;
}

/** Points (unit-sphere xyz) with the zone each came from, its bounding box, and a lazily built k-d tree. */
export class PointSet {
  readonly xyz: Float64Array;
  readonly zone: Int32Array;
  readonly min = [Infinity, Infinity, Infinity];
  readonly max = [-Infinity, -Infinity, -Infinity];
  private tree?: KdTree3;

  constructor(xyz: Float64Array, zone: Int32Array) {
    this.xyz = xyz;
    this.zone = zone;
    for (let i = 0; i < xyz.length; i += 3) {
      for (let k = 0; k < 3; k++) {
        if (xyz[i + k] < this.min[k]) this.min[k] = xyz[i + k];
        if (xyz[i + k] > this.max[k]) this.max[k] = xyz[i + k];
      }
    }
  }
  get size(): number {
    return this.zone.length;
  }
  kd(): KdTree3 {
    return (this.tree ??= new KdTree3(this.xyz));
  }

  static ofZones(zones: readonly number[], zoneXyz: readonly Float64Array[]): PointSet {
    let total = 0;
    for (const z of zones) total += zoneXyz[z].length;
    const xyz = new Float64Array(total);
    const zone = new Int32Array(total / 3);
    let o = 0;
    for (const z of zones) {
      xyz.set(zoneXyz[z], o);
      zone.fill(z, o / 3, (o + zoneXyz[z].length) / 3);
      o += zoneXyz[z].length;
    }
    return new PointSet(xyz, zone);
  }
}

/** Squared distance between the bounding boxes of two point sets: a lower bound of any point pair. */
function boxGap2(p: PointSet, q: PointSet): number {
  let s = 0;
  for (let k = 0; k < 3; k++) {
    const d = Math.max(0, p.min[k] - q.max[k], q.min[k] - p.max[k]);
    s += d * d;
  }
  return s;
}

export interface NearestPair {
  /** squared chord distance on the unit sphere */
  d2: number;
  /** zone of p, zone of q */
  za: number;
  zb: number;
}

/** Nearest vertex pair between two point sets (queries the smaller set against the larger one's tree). */
export function nearestPair(p: PointSet, q: PointSet): NearestPair {
  const swap = p.size > q.size;
  const small = swap ? q : p;
  const large = swap ? p : q;
  const tree = large.kd();
  // query the points nearest to the other set's box first, so the best distance drops early and the
  // remaining points (farther from the box than that distance) are skipped
  const xyz = small.xyz;
  const gap = new Float64Array(small.size);
  for (let i = 0; i < small.size; i++) gap[i] = tree.boxDistance2(xyz[i * 3], xyz[i * 3 + 1], xyz[i * 3 + 2]);
  const order = Array.from({ length: small.size }, (_, i) => i).sort((i, j) => gap[i] - gap[j] || i - j);
  let best = { d2: Infinity, s: -1, l: -1 };
  for (const i of order) {
    if (gap[i] >= best.d2) break;
    const r = tree.nearest(xyz[i * 3], xyz[i * 3 + 1], xyz[i * 3 + 2], best.d2);
    if (r.i >= 0 && r.d2 < best.d2) best = { d2: r.d2, s: i, l: r.i };
    if (best.d2 === 0) break;
  }
  if (best.s < 0) return { d2: Infinity, za: -1, zb: -1 };
  const zs = small.zone[best.s];
  const zl = large.zone[best.l];
  return { d2: best.d2, za: swap ? zl : zs, zb: swap ? zs : zl };
}

/**
 * Per zone, the vertices that can face another component: every vertex of free arcs (outer boundary,
 * coast) and the end points of all arcs (where point contacts happen). Shared borders are inside a
 * component, so their inner vertices never matter for distances between components.
 */
export function outlineVertices(u: ArcUsage, zoneCount: number): Float64Array[] {
  const lists: number[][] = Array.from({ length: zoneCount }, () => []);
  for (let a = 0; a < u.arcs.length; a++) {
    const arc = u.arcs[a];
    const zs = zonesOfArc(u, a);
    if (zs.length === 0) continue;
    const free = isFreeArc(u, a);
    for (const z of zs) {
      const list = lists[z];
      const n = arc.length;
      for (let i = 0; i < n; i++) {
        // free arcs: all points but the repeated closing point; others: end points only
        if (!free && i !== 0 && i !== n - 1) continue;
        if (free && i === n - 1 && n > 1 && arc[0][0] === arc[n - 1][0] && arc[0][1] === arc[n - 1][1]) continue;
        const [x, y, zz] = toXYZ(arc[i][0], arc[i][1]);
        list.push(x, y, zz);
      }
    }
  }
  return lists.map((l) => Float64Array.from(l));
}

/** Every vertex of a zone geometry as unit-sphere xyz. */
export function geometryVertices(g: ZoneGeometry): Float64Array {
  const out: number[] = [];
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys) for (const ring of poly) for (const p of ring) out.push(...toXYZ(p[0], p[1]));
  return Float64Array.from(out);
}

/** Distance in km between two zone outlines (nearest vertices). */
export function zoneDistanceKm(ga: ZoneGeometry, gb: ZoneGeometry): number {
  const pa = geometryVertices(ga);
  const pb = geometryVertices(gb);
  const r = nearestPair(new PointSet(pa, new Int32Array(pa.length / 3)), new PointSet(pb, new Int32Array(pb.length / 3)));
  return chordToM(Math.sqrt(r.d2)) / 1000;
}

export interface AutoLink {
  a: number;
  b: number;
  distanceKm: number;
}

/**
 * Join components until the graph is connected (Borůvka): in each round every group of components is
 * linked to its nearest other group, by the nearest pair of outline vertices. Deterministic: candidates
 * are visited in a fixed order and ties keep the first pair found.
 */
export function autoLinks(components: readonly number[][], zoneXyz: readonly Float64Array[]): AutoLink[] {
  const k = components.length;
  if (k <= 1) return [];
  const sets = components.map((c) => PointSet.ofZones(c, zoneXyz));
  // candidate order per component: by bounding-box lower bound
  const order: { j: number; lb: number }[][] = sets.map((p, i) =>
    sets
      .map((q, j) => ({ j, lb: boxGap2(p, q) }))
      .filter((c) => c.j !== i && sets[c.j].size > 0)
      .sort((x, y) => x.lb - y.lb || x.j - y.j),
  );
  const memo = new Map<number, NearestPair>();
  const dist = (i: number, j: number): NearestPair => {
    const key = i < j ? i * k + j : j * k + i;
    let r = memo.get(key);
    if (!r) {
      r = i < j ? nearestPair(sets[i], sets[j]) : swapPair(nearestPair(sets[j], sets[i]));
      memo.set(key, i < j ? r : swapPair(r));
    }
    return i < j ? r : swapPair(r);
  };
  const uf = new UnionFind(k);
  const links: AutoLink[] = [];
  let groups = k;
  while (groups > 1) {
    const best = new Map<number, { d2: number; za: number; zb: number; i: number; j: number }>();
    for (let i = 0; i < k; i++) {
      if (sets[i].size === 0) continue;
      const g = uf.find(i);
      let cur = best.get(g);
      for (const { j, lb } of order[i]) {
        if (cur && lb > cur.d2) break;
        if (uf.find(j) === g) continue;
        const r = dist(i, j);
        if (!cur || r.d2 < cur.d2) {
          cur = { ...r, i, j };
          best.set(g, cur);
        }
      }
    }
    if (best.size === 0) break; // only zones without vertices are left
    const roots = [...best.keys()].sort((x, y) => x - y);
    for (const g of roots) {
      const e = best.get(g)!;
      if (!uf.union(e.i, e.j)) continue;
      groups--;
      const [a, b] = e.za < e.zb ? [e.za, e.zb] : [e.zb, e.za];
      links.push({ a, b, distanceKm: chordToM(Math.sqrt(e.d2)) / 1000 });
    }
  }
  return links;
}

function swapPair(r: NearestPair): NearestPair {
  return { d2: r.d2, za: r.zb, zb: r.za };
}
