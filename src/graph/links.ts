import { InputError } from '../core/errors.js';
import { option, said, shown } from '../messages/index.js';
import { flatRingsOf, type FlatRings } from '../core/flat-rings.js';
import type { ZoneGeometry } from '../core/types.js';
import { isFreeArc, zonesOfArc, type ArcUsage } from './arcs.js';
import { UnionFind } from './components.js';
import { chordToM, EARTH_RADIUS_M } from './geo.js';
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
  const examples = [...index.keys()]
    .slice(0, 3)
    .map((id) => `"${id}"`)
    .join(', ');
  // from plain JS, links may come in any shape: said here, naming the option, before any is used
  if (specs !== undefined && !Array.isArray(specs)) {
    throw new InputError(said('plan.links.notList', { option: option('links'), value: shown(specs) }), { field: 'links', hint: said('plan.links.shape.hint') });
  }
  for (const [i, spec] of (specs ?? []).entries()) {
    const s = spec as Partial<LinkSpec> | null;
    if (typeof s !== 'object' || s === null || typeof s.a !== 'string' || typeof s.b !== 'string') {
      throw new InputError(said('plan.links.notLink', { option: option('links'), n: i + 1, value: shown(spec) }), {
        field: 'links',
        hint: said('plan.links.shape.hint'),
      });
    }
    const source = typeof s.source === 'string' ? s.source : `links[${i}]`;
    for (const id of [spec.a, spec.b]) {
      if (!index.has(id)) {
        throw new InputError(said('plan.links.unknownZone', { a: spec.a, b: spec.b, source, zone: id, file: zonesFile }), {
          file: spec.file,
          zone: id,
          hint: said('plan.links.unknownZone.hint', { examples }),
        });
      }
    }
    if (spec.a === spec.b) {
      throw new InputError(said('plan.links.self', { a: spec.a, b: spec.b, source }), {
        file: spec.file,
        zone: spec.a,
        hint: said('plan.links.self.hint'),
      });
    }
    out.push({ a: index.get(spec.a)!, b: index.get(spec.b)!, source });
  }
  return out;
}

/**
 * Per zone, the vertices that can face another component: every vertex of free arcs (outer boundary,
 * coast) and the end points of all arcs (where point contacts happen). Shared borders are inside a
 * component, so their inner vertices never matter for distances between components.
 */
export function outlineVertices(u: ArcUsage, zoneCount: number): Float64Array[] {
  // which points of an arc count: free arcs all but the repeated closing point; others their end points
  const kept = (a: number): [number, number, boolean] => {
    const s = u.arcStart[a];
    const e = u.arcEnd[a];
    if (!isFreeArc(u, a)) return [s, e, e > s];
    const closed = e > s && u.x[s] === u.x[e] && u.y[s] === u.y[e];
    return [s, closed ? e - 1 : e, false];
  };
  // two passes (count, then fill) so that no per-vertex array is made: coasts hold most of the vertices
  const count = new Int32Array(zoneCount);
  for (let a = 0; a < u.arcCount; a++) {
    const zs = zonesOfArc(u, a);
    if (zs.length === 0) continue;
    const [from, to, endsOnly] = kept(a);
    const m = endsOnly ? 2 : to - from + 1;
    for (const z of zs) count[z] += m;
  }
  const out = Array.from({ length: zoneCount }, (_, z) => new Float64Array(count[z] * 3));
  const fill = new Int32Array(zoneCount);
  const RAD = Math.PI / 180;
  const put = (z: number, k: number) => {
    const lon = u.x[k];
    const lat = u.y[k];
    const cl = Math.cos(lat * RAD);
    const o = fill[z];
    const f = out[z];
    f[o] = cl * Math.cos(lon * RAD);
    f[o + 1] = cl * Math.sin(lon * RAD);
    f[o + 2] = Math.sin(lat * RAD);
    fill[z] = o + 3;
  };
  for (let a = 0; a < u.arcCount; a++) {
    const zs = zonesOfArc(u, a);
    if (zs.length === 0) continue;
    const [from, to, endsOnly] = kept(a);
    for (const z of zs) {
      if (endsOnly) {
        put(z, u.arcStart[a]);
        put(z, u.arcEnd[a]);
      } else for (let k = from; k <= to; k++) put(z, k);
    }
  }
  return out;
}

/** Every vertex of a zone geometry as unit-sphere xyz (the same figures as toXYZ), read from its flat arrays. */
export function geometryVertices(g: ZoneGeometry): Float64Array {
  const { xs, ys } = flatRingsOf(g);
  const out = new Float64Array(3 * xs.length);
  putXyz(xs, ys, 0, xs.length, out);
  return out;
}

const RAD = Math.PI / 180;

/** The unit-sphere xyz of points [from, to) of the lon/lat arrays into out (toXYZ's figures). */
function putXyz(xs: Float64Array, ys: Float64Array, from: number, to: number, out: Float64Array): void {
  for (let i = from, o = from * 3; i < to; i++, o += 3) {
    const lon = xs[i] * RAD;
    const lat = ys[i] * RAD;
    const cl = Math.cos(lat);
    out[o] = cl * Math.cos(lon);
    out[o + 1] = cl * Math.sin(lon);
    out[o + 2] = Math.sin(lat);
  }
}

/**
 * Distance in km between two zone outlines (nearest vertices): the exact minimum over all pairs of vertices, as
 * nearestVertexD2 finds it on their xyz, but each run of LEAF points is put on the sphere only when the search
 * reaches it (a link's two outlines can hold tens of thousands of points, and this runs once per link, before V8
 * optimises it).
 */
export function zoneDistanceKm(ga: ZoneGeometry, gb: ZoneGeometry): number {
  return chordToM(Math.sqrt(nearestD2(lazyOutline(flatRingsOf(ga)), lazyOutline(flatRingsOf(gb))))) / 1000;
}

/**
 * The smallest squared chord between a point of p and a point of q, p and q packed unit-sphere xyz (Infinity
 * when one is empty): the exact minimum over all pairs.
 */
export function nearestVertexD2(p: Float64Array, q: Float64Array): number {
  return nearestD2(xyzOutline(p), xyzOutline(q));
}

/** Points per leaf of the range boxes: consecutive vertices of an outline, close to one another. */
const LEAF = 16;

/**
 * An outline for the nearest-vertex search: its points' xyz (for a lazy outline, a leaf's points are put on the
 * sphere when `made` says they are not yet) and its range boxes (min x, y, z, max x, y, z): level 0 holds the box
 * of each run of LEAF points, level k + 1 the union of pairs of level k, up to one box for all. Outlines are
 * walked in order, so a range is a piece of outline and its box is small: the boxes prune like a tree's, built in
 * linear time.
 */
interface Outline {
  n: number;
  xyz: Float64Array;
  levels: Float64Array[];
  /** per leaf, whether its xyz are made (undefined: all are) */
  made?: Uint8Array;
  xs?: Float64Array;
  ys?: Float64Array;
}

/** An outline over points already on the sphere: level 0 boxes from the xyz. */
function xyzOutline(xyz: Float64Array): Outline {
  const n = xyz.length / 3;
  const count = Math.ceil(n / LEAF);
  const b = new Float64Array(count * 6);
  for (let c = 0; c < count; c++) xyzBox(xyz, c * LEAF, Math.min(n, (c + 1) * LEAF), b, c * 6);
  return { n, xyz, levels: upperLevels(b, count) };
}

/**
 * An outline over lon/lat points, none on the sphere yet: level 0 boxes from each leaf's lon/lat box (sphereBox:
 * a box sure to hold the xyz its points will have), so that the search puts on the sphere only the leaves it
 * compares point by point.
 */
function lazyOutline(f: FlatRings): Outline {
  const { xs, ys } = f;
  const n = xs.length;
  const count = Math.ceil(n / LEAF);
  const b = new Float64Array(count * 6);
  const xyz = new Float64Array(3 * n);
  const made = new Uint8Array(count);
  for (let c = 0; c < count; c++) {
    const from = c * LEAF;
    const to = Math.min(n, from + LEAF);
    let lo0 = Infinity;
    let lo1 = -Infinity;
    let la0 = Infinity;
    let la1 = -Infinity;
    for (let i = from; i < to; i++) {
      const x = xs[i];
      const y = ys[i];
      if (x < lo0) lo0 = x;
      if (x > lo1) lo1 = x;
      if (y < la0) la0 = y;
      if (y > la1) la1 = y;
    }
    if (lo0 >= -180 && lo1 <= 180 && la0 >= -90 && la1 <= 90 && lo0 <= lo1 && la0 <= la1) sphereBox(lo0, lo1, la0, la1, b, c * 6);
    else {
      // (points outside the usual ranges, or not numbers: on the sphere now, their box from their xyz)
      putXyz(xs, ys, from, to, xyz);
      xyzBox(xyz, from, to, b, c * 6);
      made[c] = 1;
    }
  }
  return { n, xyz, levels: upperLevels(b, count), made, xs, ys };
}

/** The box of the xyz of points [from, to) into b at o. */
function xyzBox(xyz: Float64Array, from: number, to: number, b: Float64Array, o: number): void {
  let x0 = Infinity;
  let y0 = Infinity;
  let z0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let z1 = -Infinity;
  for (let i = from * 3; i < to * 3; i += 3) {
    const x = xyz[i];
    const y = xyz[i + 1];
    const z = xyz[i + 2];
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
    if (z < z0) z0 = z;
    if (z > z1) z1 = z;
  }
  b[o] = x0;
  b[o + 1] = y0;
  b[o + 2] = z0;
  b[o + 3] = x1;
  b[o + 4] = y1;
  b[o + 5] = z1;
}

/**
 * Widening of the boxes made from lon/lat boxes: far more than the rounding of the sines and cosines (a few units
 * of 1e-16) and far less than the chord of a millimetre (1.6e-10).
 */
const SPHERE_BOX_MARGIN = 1e-12;

/**
 * A box holding the unit-sphere xyz of every point of the lon/lat box [lo0, lo1] × [la0, la1] (degrees, within
 * ±180 and ±90), into b at o. z = sin(lat) grows with lat; x = cos(lat)·cos(lon) and y = cos(lat)·sin(lon) are
 * products of cos(lat) ≥ 0, whose range is that of |lat|, with the range of cos or sin over the longitudes (their
 * extremes are at the ends, or at 0° for cos and ±90° for sin when the range holds them).
 */
function sphereBox(lo0: number, lo1: number, la0: number, la1: number, b: Float64Array, o: number): void {
  const a0 = Math.abs(la0);
  const a1 = Math.abs(la1);
  const cMax = la0 <= 0 && la1 >= 0 ? 1 : Math.cos(Math.min(a0, a1) * RAD);
  const cMin = Math.cos(Math.max(a0, a1) * RAD);
  const cos0 = Math.cos(lo0 * RAD);
  const cos1 = Math.cos(lo1 * RAD);
  const uMax = lo0 <= 0 && lo1 >= 0 ? 1 : Math.max(cos0, cos1);
  const uMin = Math.min(cos0, cos1);
  const sin0 = Math.sin(lo0 * RAD);
  const sin1 = Math.sin(lo1 * RAD);
  const vMax = lo0 <= 90 && lo1 >= 90 ? 1 : Math.max(sin0, sin1);
  const vMin = lo0 <= -90 && lo1 >= -90 ? -1 : Math.min(sin0, sin1);
  const m = SPHERE_BOX_MARGIN;
  b[o] = (uMin >= 0 ? cMin * uMin : cMax * uMin) - m;
  b[o + 1] = (vMin >= 0 ? cMin * vMin : cMax * vMin) - m;
  b[o + 2] = Math.sin(la0 * RAD) - m;
  b[o + 3] = (uMax >= 0 ? cMax * uMax : cMin * uMax) + m;
  b[o + 4] = (vMax >= 0 ? cMax * vMax : cMin * vMax) + m;
  b[o + 5] = Math.sin(la1 * RAD) + m;
}

/** The levels above level 0 (count boxes in b): each the union of pairs of the one below, up to one box. */
function upperLevels(b: Float64Array, count: number): Float64Array[] {
  const levels = [b];
  while (count > 1) {
    const up = Math.ceil(count / 2);
    const u = new Float64Array(up * 6);
    for (let c = 0; c < up; c++) {
      const l = 2 * c * 6;
      const r = 2 * c + 1 < count ? l + 6 : l;
      const o = c * 6;
      u[o] = Math.min(b[l], b[r]);
      u[o + 1] = Math.min(b[l + 1], b[r + 1]);
      u[o + 2] = Math.min(b[l + 2], b[r + 2]);
      u[o + 3] = Math.max(b[l + 3], b[r + 3]);
      u[o + 4] = Math.max(b[l + 4], b[r + 4]);
      u[o + 5] = Math.max(b[l + 5], b[r + 5]);
    }
    levels.push(u);
    b = u;
    count = up;
  }
  return levels;
}

/** Put leaf c of a lazy outline on the sphere, if not yet. */
function makeLeaf(o: Outline, c: number): void {
  if (o.made === undefined || o.made[c] === 1) return;
  putXyz(o.xs!, o.ys!, c * LEAF, Math.min(o.n, (c + 1) * LEAF), o.xyz);
  o.made[c] = 1;
}

/** Squared gap between the box at offset oa of a and the box at ob of b (min x,y,z, max x,y,z); 0 when they meet. */
function boxGap2(a: Float64Array, oa: number, b: Float64Array, ob: number): number {
  const dx = Math.max(0, a[oa] - b[ob + 3], b[ob] - a[oa + 3]);
  const dy = Math.max(0, a[oa + 1] - b[ob + 4], b[ob + 1] - a[oa + 4]);
  const dz = Math.max(0, a[oa + 2] - b[ob + 5], b[ob + 2] - a[oa + 5]);
  return dx * dx + dy * dy + dz * dz;
}

/**
 * The smallest squared chord between a point of P and a point of Q (Infinity when one is empty): the exact minimum
 * over all pairs. Pairs of ranges are walked together depth first (a stack, no recursion), the nearer pair of
 * halves first, and a pair whose boxes are no nearer than the best pair found is skipped whole (every point lies
 * in its boxes, so no pair skipped is nearer); runs of LEAF points are compared point by point.
 */
function nearestD2(P: Outline, Q: Outline): number {
  if (P.n === 0 || Q.n === 0) return Infinity;
  const bp = P.levels;
  const bq = Q.levels;
  const p = P.xyz;
  const q = Q.xyz;
  // the stack of pairs to visit: levels and nodes, and the gap of their boxes (checked when taken)
  const size = 2 * (bp.length + bq.length) + 2;
  const sLa = new Int32Array(size);
  const sA = new Int32Array(size);
  const sLb = new Int32Array(size);
  const sB = new Int32Array(size);
  const sGap = new Float64Array(size);
  sLa[0] = bp.length - 1;
  sLb[0] = bq.length - 1;
  let top = 1;
  let best = Infinity;
  while (top > 0) {
    top--;
    if (!(sGap[top] < best)) continue;
    const la = sLa[top];
    const a = sA[top];
    const lb = sLb[top];
    const b = sB[top];
    if (la === 0 && lb === 0) {
      makeLeaf(P, a);
      makeLeaf(Q, b);
      const sEnd = Math.min(P.n, (a + 1) * LEAF);
      const tEnd = Math.min(Q.n, (b + 1) * LEAF);
      // q's leaf box: a point of p no nearer to it than the best pair is not compared with its points
      const qb = bq[0];
      const o = b * 6;
      for (let s = a * LEAF; s < sEnd; s++) {
        const x = p[s * 3];
        const y = p[s * 3 + 1];
        const z = p[s * 3 + 2];
        const gx = Math.max(0, qb[o] - x, x - qb[o + 3]);
        const gy = Math.max(0, qb[o + 1] - y, y - qb[o + 4]);
        const gz = Math.max(0, qb[o + 2] - z, z - qb[o + 5]);
        if (!(gx * gx + gy * gy + gz * gz < best)) continue;
        for (let t = b * LEAF; t < tEnd; t++) {
          const dx = q[t * 3] - x;
          const dy = q[t * 3 + 1] - y;
          const dz = q[t * 3 + 2] - z;
          const d2 = dx * dx + dy * dy + dz * dz;
          if (d2 < best) best = d2;
        }
      }
      continue;
    }
    // split the higher node into its (one or two) halves; the nearer half goes on the stack last (taken first)
    let la0 = la;
    let a0 = a;
    let lb0 = lb;
    let b0 = b;
    let la1 = la;
    let a1 = a;
    let lb1 = lb;
    let b1 = b;
    let g0: number;
    let g1: number;
    if (la >= lb) {
      la0 = la1 = la - 1;
      a0 = 2 * a;
      a1 = 2 * a + 1 < bp[la - 1].length / 6 ? 2 * a + 1 : -1;
      g0 = boxGap2(bp[la - 1], a0 * 6, bq[lb], b * 6);
      g1 = a1 < 0 ? Infinity : boxGap2(bp[la - 1], a1 * 6, bq[lb], b * 6);
    } else {
      lb0 = lb1 = lb - 1;
      b0 = 2 * b;
      b1 = 2 * b + 1 < bq[lb - 1].length / 6 ? 2 * b + 1 : -1;
      g0 = boxGap2(bp[la], a * 6, bq[lb - 1], b0 * 6);
      g1 = b1 < 0 ? Infinity : boxGap2(bp[la], a * 6, bq[lb - 1], b1 * 6);
    }
    const near0 = g0 <= g1;
    if (g1 < Infinity) {
      // the farther half first (it is taken after the nearer one's whole walk)
      const far = top++;
      sLa[far] = near0 ? la1 : la0;
      sA[far] = near0 ? a1 : a0;
      sLb[far] = near0 ? lb1 : lb0;
      sB[far] = near0 ? b1 : b0;
      sGap[far] = near0 ? g1 : g0;
    }
    const near = top++;
    sLa[near] = near0 ? la0 : la1;
    sA[near] = near0 ? a0 : a1;
    sLb[near] = near0 ? lb0 : lb1;
    sB[near] = near0 ? b0 : b1;
    sGap[near] = near0 ? g0 : g1;
  }
  return best;
}

/** Default of --max-link-km: the longest link --auto-link adds on its own. */
export const DEFAULT_MAX_LINK_KM = 50;

/** Which preference chose a link's target: a zone of the same département, of the same région, or the nearest. */
export type LinkTier = 'dep' | 'reg' | 'nearest';

export interface AutoLink {
  /** the zone of the part that needed the link, and the zone it is linked to */
  a: number;
  b: number;
  distanceKm: number;
  tier: LinkTier;
}

/** A separate part --auto-link could not link: no other part within the longest link allowed. */
export interface UnlinkedPart {
  /** zone indices, ascending */
  zones: number[];
  members: number;
  /** its nearest zone in another part (from, to, km), when there is one at any distance */
  nearest?: { a: number; b: number; distanceKm: number };
}

export interface AutoLinkInput {
  /** connected components (zone indices) before automatic links */
  components: readonly (readonly number[])[];
  /** per zone, the outline vertices as unit-sphere xyz (see outlineVertices) */
  zoneXyz: readonly Float64Array[];
  /** per zone, its members */
  members: readonly number[];
  /**
   * parts with fewer members than this cannot form a section alone: only they are linked, and one that
   * finds no part within maxLinkKm is "refused". Undefined (no member counts): every part is linked to
   * its nearest part within maxLinkKm, and the parts with none that close are left separate.
   */
  minMembers?: number;
  maxLinkKm: number;
  /** per zone, its région and département codes (empty when the layer has none) */
  regions?: readonly (readonly string[])[];
  departements?: readonly (readonly string[])[];
}

export interface AutoLinkResult {
  links: AutoLink[];
  /** with minMembers: the parts still below it that have no part within maxLinkKm */
  refused: UnlinkedPart[];
  /** without minMembers: the parts left separate (no other part within maxLinkKm) */
  separate: UnlinkedPart[];
}

/** Squared chord on the unit sphere for a great-circle distance in km. */
function chord2OfKm(km: number): number {
  if (!Number.isFinite(km)) return Infinity;
  const c = 2 * Math.sin(Math.min(Math.PI / 2, (km * 1000) / (2 * EARTH_RADIUS_M)));
  return c * c;
}

/**
 * Link the separate parts that need it, each to its nearest other part, preferring a zone of the same
 * département, then of the same région, within maxLinkKm (see AutoLinkInput.minMembers for which parts).
 *
 * Borůvka rounds over one k-d tree of every outline vertex: in a round, every part that needs a link
 * finds its nearest foreign vertex (subtrees wholly inside the part are skipped, so a query costs about
 * log n), then the links are applied shortest first, skipping those whose part no longer needs one. A
 * linked part still below the threshold looks again in the next round; each round at least halves the
 * parts that can still be linked, so the whole costs O(n log n · log k) time and O(n) memory for n
 * vertices and k parts. Deterministic: parts are visited in a fixed order, ties keep the first found.
 */
export function autoLinks(input: AutoLinkInput): AutoLinkResult {
  if (input.components.length <= 1) return { links: [], refused: [], separate: [] };
  const search = new LinkSearch(input);
  const links: AutoLink[] = [];
  for (;;) {
    const proposals = search.round();
    if (proposals.length === 0) break;
    for (const pr of proposals) {
      const link = search.apply(pr);
      if (link) links.push(link);
    }
  }
  const unlinked = search.unlinked();
  if (input.minMembers !== undefined) return { links, refused: unlinked, separate: [] };
  // without a threshold the largest part (most zones) is the main one, not "left separate"
  let main = 0;
  for (let i = 1; i < unlinked.length; i++) if (unlinked[i].zones.length > unlinked[main].zones.length) main = i;
  return { links, refused: [], separate: unlinked.filter((_, i) => i !== main) };
}

/** A candidate link of a round: group g's vertex s to the foreign vertex t, at squared chord d2. */
interface Proposal {
  g: number;
  d2: number;
  s: number;
  t: number;
  tier: LinkTier;
}

/** a part with at most this many vertices is searched in one walk of the tree (nearestForeignOfSet) */
const SMALL_PART = 64;

/**
 * The state of autoLinks' Borůvka rounds: every outline vertex in one k-d tree (the points of a part are a few
 * contiguous ranges), the groups of parts joined so far (union–find), their members, and what earlier rounds
 * learnt of each vertex's nearest foreign vertex.
 */
class LinkSearch {
  private readonly k: number;
  private readonly total: number;
  private readonly xyz: Float64Array;
  private readonly pointZone: Int32Array;
  private readonly pointComp: Int32Array;
  private readonly start: Int32Array;
  private readonly tree: KdTree3;
  /** per vertex, the group of its part (refreshed each round) */
  private readonly label: Int32Array;
  private readonly uf: UnionFind;
  private readonly groupMembers: number[];
  private readonly groupComps: number[][];
  private readonly maxD2: number;
  /** groups that found no target and have not changed since */
  private readonly stuck = new Set<number>();
  /**
   * Per vertex, what earlier rounds learnt of its nearest foreign vertex (any tier): cacheT ≥ 0 is that
   * vertex, at squared distance cacheD2; -3: none closer than cacheD2; -2: none within maxD2; -1: not
   * asked yet. Parts only merge, so the foreign vertices of a vertex only become fewer and those facts stay
   * true (a cached nearest that joined the part becomes a lower bound). A round then queries only the
   * vertices that could still beat the part's best candidate.
   */
  private readonly cacheT: Int32Array;
  private readonly cacheD2: Float64Array;
  // buffers of nearestOfSmall
  private readonly q = new Float64Array(SMALL_PART * 3);
  private readonly qIdx = new Int32Array(SMALL_PART);
  private readonly qbox = new Float64Array(6);

  constructor(private readonly input: AutoLinkInput) {
    const { components, zoneXyz, members } = input;
    this.k = components.length;
    let total = 0;
    for (const c of components) for (const z of c) total += zoneXyz[z].length / 3;
    this.total = total;
    this.xyz = new Float64Array(total * 3);
    this.pointZone = new Int32Array(total);
    this.pointComp = new Int32Array(total);
    this.start = new Int32Array(this.k + 1);
    let o = 0;
    components.forEach((c, ci) => {
      this.start[ci] = o;
      for (const z of c) {
        this.xyz.set(zoneXyz[z], o * 3);
        const m = zoneXyz[z].length / 3;
        this.pointZone.fill(z, o, o + m);
        this.pointComp.fill(ci, o, o + m);
        o += m;
      }
    });
    this.start[this.k] = o;
    this.tree = new KdTree3(this.xyz);
    this.label = new Int32Array(total);
    this.uf = new UnionFind(this.k);
    this.groupMembers = components.map((c) => c.reduce((s, z) => s + members[z], 0));
    this.groupComps = components.map((_, i) => [i]);
    this.maxD2 = chord2OfKm(input.maxLinkKm);
    this.cacheT = new Int32Array(total).fill(-1);
    this.cacheD2 = new Float64Array(total);
  }

  private needs(g: number): boolean {
    return this.input.minMembers === undefined || this.groupMembers[g] < this.input.minMembers;
  }

  /** Label every vertex with its group, in the tree too. */
  private relabel(): void {
    for (let p = 0; p < this.total; p++) this.label[p] = this.uf.find(this.pointComp[p]);
    this.tree.labelNodes(this.label);
  }

  /** One round: for every group that needs a link, its best candidate (same département, same région, nearest). */
  round(): Proposal[] {
    this.relabel();
    const proposals: Proposal[] = [];
    for (let g = 0; g < this.k; g++) {
      if (this.uf.find(g) !== g || !this.needs(g) || this.stuck.has(g)) continue;
      const found = this.candidate(g);
      if (found) proposals.push(found);
      else this.stuck.add(g);
    }
    return proposals.sort((x, y) => x.d2 - y.d2 || x.g - y.g);
  }

  private candidate(g: number): Proposal | undefined {
    const tiers: [LinkTier, ((i: number) => boolean) | undefined][] = [];
    const deps = this.codes(this.input.departements, g);
    const regs = this.codes(this.input.regions, g);
    if (deps.size) tiers.push(['dep', this.sharing(this.input.departements!, deps)]);
    if (regs.size) tiers.push(['reg', this.sharing(this.input.regions!, regs)]);
    tiers.push(['nearest', undefined]);
    for (const [tier, accept] of tiers) {
      const b = this.groupSize(g) <= SMALL_PART ? this.nearestOfSmall(g, accept) : accept ? this.nearestFrom(g, this.maxD2, accept) : this.nearestAny(g);
      if (b.s >= 0) return { g, d2: b.d2, s: b.s, t: b.t, tier };
    }
    return undefined;
  }

  /** Apply a proposal, shortest first; none when an earlier link of the round brought the part over the threshold or joined the two. */
  apply(pr: Proposal): AutoLink | undefined {
    const { uf } = this;
    const ga = uf.find(pr.g);
    const gb = uf.find(this.pointComp[pr.t]);
    if (ga === gb || !this.needs(ga)) return undefined;
    uf.union(ga, gb);
    const root = uf.find(ga);
    const other = root === ga ? gb : ga;
    this.groupMembers[root] += this.groupMembers[other];
    // keep the longer list and append the shorter one: every component moves O(log k) times in all
    let [keep, add] = [this.groupComps[root], this.groupComps[other]];
    if (add.length > keep.length) [keep, add] = [add, keep];
    for (const c of add) keep.push(c);
    this.groupComps[root] = keep;
    this.groupComps[other] = [];
    this.stuck.delete(ga);
    this.stuck.delete(gb);
    return { a: this.pointZone[pr.s], b: this.pointZone[pr.t], distanceKm: chordToM(Math.sqrt(pr.d2)) / 1000, tier: pr.tier };
  }

  /** What is left unlinked among the groups that still need a link, each with its nearest zone at any distance. */
  unlinked(): UnlinkedPart[] {
    this.relabel();
    const out: UnlinkedPart[] = [];
    const roots = new Set<number>();
    for (let g = 0; g < this.k; g++) roots.add(this.uf.find(g));
    if (roots.size <= 1) return out;
    for (const g of [...roots].sort((x, y) => x - y)) {
      if (!this.needs(g)) continue;
      const zones = this.groupComps[g].flatMap((c) => this.input.components[c]).sort((x, y) => x - y);
      const b = this.nearestFrom(g, Infinity);
      const part: UnlinkedPart = { zones, members: this.groupMembers[g] };
      if (b.s >= 0) part.nearest = { a: this.pointZone[b.s], b: this.pointZone[b.t], distanceKm: chordToM(Math.sqrt(b.d2)) / 1000 };
      out.push(part);
    }
    return out;
  }

  private codes(per: readonly (readonly string[])[] | undefined, g: number): Set<string> {
    const out = new Set<string>();
    if (per) for (const c of this.groupComps[g]) for (const z of this.input.components[c]) for (const v of per[z]) out.add(v);
    return out;
  }

  private sharing(per: readonly (readonly string[])[], set: Set<string>): (i: number) => boolean {
    return (i) => {
      for (const v of per[this.pointZone[i]]) if (set.has(v)) return true;
      return false;
    };
  }

  private groupSize(g: number): number {
    let m = 0;
    for (const c of this.groupComps[g]) m += this.start[c + 1] - this.start[c];
    return m;
  }

  /** The nearest foreign vertex of group g under `accept`, closer than limit2. */
  private nearestFrom(g: number, limit2: number, accept?: (i: number) => boolean) {
    const { xyz, start, tree, label } = this;
    const best = { d2: limit2, s: -1, t: -1 };
    for (const c of this.groupComps[g]) {
      for (let p = start[c]; p < start[c + 1]; p++) {
        // the result object is reused by the tree: read it at once
        const r = tree.nearestForeign(xyz[p * 3], xyz[p * 3 + 1], xyz[p * 3 + 2], best.d2, g, label, accept);
        if (r.i >= 0 && r.d2 < best.d2) {
          best.d2 = r.d2;
          best.s = p;
          best.t = r.i;
        }
        if (best.d2 === 0) return best;
      }
    }
    return best;
  }

  /** The nearest foreign vertex of group g (any tier), within maxD2, using and filling the per-vertex cache. */
  private nearestAny(g: number) {
    const { xyz, start, tree, label, cacheT, cacheD2 } = this;
    const best = { d2: this.maxD2, s: -1, t: -1 };
    for (const c of this.groupComps[g]) {
      for (let p = start[c]; p < start[c + 1]; p++) {
        const t = cacheT[p];
        if (t >= 0 && label[t] !== g && cacheD2[p] < best.d2) {
          best.d2 = cacheD2[p];
          best.s = p;
          best.t = t;
        }
      }
    }
    for (const c of this.groupComps[g]) {
      for (let p = start[c]; p < start[c + 1]; p++) {
        const t = cacheT[p];
        if (t === -2 || (t >= 0 && label[t] !== g)) continue; // nothing there, or already counted
        if (t !== -1 && cacheD2[p] >= best.d2) continue; // its nearest is at least that far
        const r = tree.nearestForeign(xyz[p * 3], xyz[p * 3 + 1], xyz[p * 3 + 2], best.d2, g, label);
        if (r.i >= 0) {
          cacheT[p] = r.i;
          cacheD2[p] = r.d2;
          best.d2 = r.d2;
          best.s = p;
          best.t = r.i;
        } else if (best.d2 >= this.maxD2) cacheT[p] = -2;
        else {
          cacheT[p] = -3;
          cacheD2[p] = best.d2;
        }
      }
    }
    return best;
  }

  /** The nearest foreign vertex of a small group, in one walk of the tree. */
  private nearestOfSmall(g: number, accept?: (i: number) => boolean) {
    const { xyz, start, q, qIdx, qbox } = this;
    let m = 0;
    qbox.fill(Infinity, 0, 3);
    qbox.fill(-Infinity, 3, 6);
    for (const c of this.groupComps[g]) {
      for (let p = start[c]; p < start[c + 1]; p++, m++) {
        qIdx[m] = p;
        for (let k = 0; k < 3; k++) {
          const v = (q[m * 3 + k] = xyz[p * 3 + k]);
          if (v < qbox[k]) qbox[k] = v;
          if (v > qbox[3 + k]) qbox[3 + k] = v;
        }
      }
    }
    const r = this.tree.nearestForeignOfSet(q, m, qbox, this.maxD2, g, this.label, accept);
    return { d2: r.d2, s: r.i >= 0 ? qIdx[r.s] : -1, t: r.i };
  }
}

/** A zone's codes in a property holding one ("93") or several ("76;93") values; [] when absent. */
export function zoneCodes(props: Record<string, unknown>, single: string, multi: string): string[] {
  const raw = props[multi] ?? props[single];
  if (raw === undefined || raw === null) return [];
  return String(raw)
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
