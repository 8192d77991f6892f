import { InputError } from '../core/errors.js';
import { option, said } from '../messages/index.js';
import type { ZoneSet } from '../core/types.js';
import { arcLengthM, layerArcs, zonesOfArc, type ArcUsage } from './arcs.js';
import { connectedComponents } from './components.js';
import { formatRefusal } from './format.js';
import { autoLinks, DEFAULT_MAX_LINK_KM, outlineVertices, resolveLinks, zoneCodes, zoneDistanceKm } from './links.js';
import { snapContacts } from './snap.js';
import type { AutoLinkInfo, Contiguity, GraphEdge, GraphOptions, NearMiss, ZoneGraphResult } from './types.js';

/**
 * Build the contiguity graph of a zone layer from its shared-arc topology.
 *
 * - rook (default): two zones are neighbours when they share a border of positive length; the length
 *   (km, geodesic) is the sum of the arcs they share. Each arc is walked once, so this is linear in the
 *   number of vertices.
 * - queen: a shared point is enough (kind "point"); point contacts are the arc end points two zones share.
 * - snapM: borders closer than this many metres also count (kind "snapped"), see snap.ts.
 * - links / autoLink: explicit or automatic links (kind "link") join islands and separate parts.
 */
export function buildGraph(zones: ZoneSet, opts: GraphOptions = {}): ZoneGraphResult {
  const n = zones.zones.length;
  const ids = zones.zones.map((z) => z.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const contiguity = checkContiguity(opts.contiguity);
  const snapM = checkSnap(opts.snapM);
  // check the cheap things first, so a typo in a link fails before the geometry work
  const explicit = resolveLinks(opts.links, index, zones.file);
  const progress = opts.progress;

  progress?.update(said('output.progress.graphTopology'));
  // the shared arcs on typed arrays; the topojson Topology is made from them only when a consumer reads it
  const { usage, topology } = layerArcs(zones);
  const edges = new EdgeSet(n);

  progress?.update(said('output.progress.graphBorders'));
  addSharedBorders(edges, usage);
  // point contacts: zones sharing an arc end point but no border
  const points = pointContacts(usage, n, (a, b) => edges.has(a, b));
  if (contiguity === 'queen') for (const [a, b] of points) edges.put(a, b, 'point', 0);
  const nearMisses = snapAndNearMisses(edges, usage, points, { contiguity, snapM, minLengthM: opts.snapMinLengthM, progress });
  const islands = islandsOf(edges);

  addExplicitLinks(edges, zones, explicit);
  const auto = opts.autoLink ? addAutoLinks(edges, zones, usage, opts) : undefined;
  const neighbors = adjacency(n, edges.values());
  const components = connectedComponents(neighbors);
  const componentOf = new Array<number>(n).fill(-1);
  components.forEach((c, ci) => c.forEach((z) => (componentOf[z] = ci)));
  const componentMembers = components.map((c) => c.reduce((s, z) => s + zones.zones[z].members, 0));
  progress?.done();

  return {
    ids,
    index,
    neighbors,
    edges: [...edges.values()].sort((x, y) => x.a - y.a || x.b - y.b),
    contiguity,
    get topology() {
      return topology();
    },
    components,
    componentMembers,
    componentOf,
    islands,
    linksAdded: auto?.linksAdded ?? [],
    ...(auto ? { autoLink: auto.info } : {}),
    nearMisses,
    edgeBetween: (a, b) => edges.get(a, b),
    borderKm: (a, b) => {
      const e = edges.get(a, b);
      return e && e.kind !== 'link' ? e.sharedBorderKm : 0;
    },
  };
}

/** The edges of the graph being built, one per pair of zones (a < b). */
class EdgeSet {
  private readonly byKey = new Map<number, GraphEdge>();
  constructor(readonly size: number) {}
  private key(a: number, b: number): number {
    return a < b ? a * this.size + b : b * this.size + a;
  }
  get(a: number, b: number): GraphEdge | undefined {
    return this.byKey.get(this.key(a, b));
  }
  has(a: number, b: number): boolean {
    return this.byKey.has(this.key(a, b));
  }
  /** Set the edge between a and b (replacing any). */
  put(a: number, b: number, kind: GraphEdge['kind'], km: number): GraphEdge {
    const [x, y] = a < b ? [a, b] : [b, a];
    const e: GraphEdge = { a: x, b: y, sharedBorderKm: km, kind };
    this.byKey.set(this.key(x, y), e);
    return e;
  }
  values(): IterableIterator<GraphEdge> {
    return this.byKey.values();
  }
}

/** Rook adjacency: every arc used by two zones is a piece of their common border (its length is added). */
function addSharedBorders(edges: EdgeSet, usage: ArcUsage): void {
  for (let a = 0; a < usage.arcCount; a++) {
    if (usage.zoneB[a] === -1) continue;
    const zs = zonesOfArc(usage, a);
    const km = arcLengthM(usage, a) / 1000;
    if (!(km > 0)) continue;
    for (let i = 0; i < zs.length; i++) {
      for (let j = i + 1; j < zs.length; j++) {
        const e = edges.get(zs[i], zs[j]);
        if (e) e.sharedBorderKm += km;
        else edges.put(zs[i], zs[j], 'border', km);
      }
    }
  }
}

/**
 * Snapping (outlines within the tolerance, where no exact border exists, join as "snapped"), and the near-misses
 * a person should look at: the contacts snapping saw, and in rook mode the exact point contacts.
 */
function snapAndNearMisses(
  edges: EdgeSet,
  usage: ArcUsage,
  points: readonly [number, number][],
  o: { contiguity: Contiguity; snapM: number; minLengthM?: number; progress?: GraphOptions['progress'] },
): NearMiss[] {
  const nearMisses: NearMiss[] = [];
  if (o.snapM > 0) {
    o.progress?.update(said('output.progress.graphSnap', { m: o.snapM }));
    const minLen = o.minLengthM ?? 3 * o.snapM;
    for (const c of snapContacts(usage, o.snapM)) {
      const e = edges.get(c.a, c.b);
      if (e && e.kind === 'border') continue;
      const longEnough = c.lengthM >= minLen;
      // queen joins any contact; rook needs a stretch of border, not a corner
      const joined = longEnough || o.contiguity === 'queen';
      if (joined && (!e || longEnough)) edges.put(c.a, c.b, 'snapped', c.lengthM / 1000);
      nearMisses.push({ a: c.a, b: c.b, distanceM: c.distanceM, lengthM: c.lengthM, joined });
    }
  }
  if (o.contiguity === 'rook') {
    // exact point contacts are near-misses in rook mode (unless snapping joined them)
    const pair = (a: number, b: number) => (a < b ? `${a},${b}` : `${b},${a}`);
    const seen = new Set(nearMisses.map((m) => pair(m.a, m.b)));
    for (const [a, b] of points) if (!seen.has(pair(a, b))) nearMisses.push({ a, b, distanceM: 0, lengthM: 0, joined: false });
  }
  return nearMisses.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** Zones with no neighbour (before links). */
function islandsOf(edges: EdgeSet): number[] {
  const touched = new Uint8Array(edges.size);
  for (const e of edges.values()) touched[e.a] = touched[e.b] = 1;
  const islands: number[] = [];
  for (let i = 0; i < touched.length; i++) if (!touched[i]) islands.push(i);
  return islands;
}

/** --link and links files: a link between zones that are not already adjacent. */
function addExplicitLinks(edges: EdgeSet, zones: ZoneSet, explicit: ReturnType<typeof resolveLinks>): void {
  for (const l of explicit) {
    if (edges.has(l.a, l.b)) continue; // already adjacent: nothing to add
    const e = edges.put(l.a, l.b, 'link', 0);
    // the distance is a nearest-point search over both outlines (France's Marie-Galante and Pointe-à-Pitre: ~20 ms,
    // a tenth of the graph): measured the first time it is read (the graph's, check's and the report's figures of
    // the link), never for a plan alone
    const [ga, gb] = [zones.zones[l.a].geometry, zones.zones[l.b].geometry];
    let km: number | undefined;
    Object.defineProperty(e, 'distanceKm', {
      get: () => (km ??= round3(zoneDistanceKm(ga, gb))),
      set: (v: number) => (km = v),
      enumerable: true,
      configurable: true,
    });
    e.source = l.source;
    e.from = l.a;
  }
}

/**
 * --auto-link: link the separate parts below the member threshold (or every part, without one) to their nearest
 * part; refused (exit 1) when a part below the threshold has no part within the longest link allowed.
 */
function addAutoLinks(edges: EdgeSet, zones: ZoneSet, usage: ArcUsage, opts: GraphOptions): { info: AutoLinkInfo; linksAdded: GraphEdge[] } {
  const n = zones.zones.length;
  opts.progress?.update(said('output.progress.graphLinks'));
  const maxLinkKm = checkMaxLink(opts.maxLinkKm);
  const comps = connectedComponents(adjacency(n, edges.values()));
  const info: AutoLinkInfo = { minMembers: opts.minMembers, maxLinkKm, parts: comps.length, separate: [] };
  const linksAdded: GraphEdge[] = [];
  const below = (c: number[]) => opts.minMembers === undefined || c.reduce((s, z) => s + zones.zones[z].members, 0) < opts.minMembers;
  // nothing to link (every part can be a section): the outlines are not even looked at
  if (comps.length <= 1 || !comps.some(below)) return { info, linksAdded };
  const res = autoLinks({
    components: comps,
    zoneXyz: outlineVertices(usage, n),
    members: zones.zones.map((z) => z.members),
    minMembers: opts.minMembers,
    maxLinkKm,
    regions: zones.zones.map((z) => zoneCodes(z.properties, 'reg', 'regs')),
    departements: zones.zones.map((z) => zoneCodes(z.properties, 'dep', 'deps')),
  });
  if (res.refused.length) {
    const { problem, hint } = formatRefusal(zones, res.refused, { minMembers: opts.minMembers!, maxLinkKm }, opts.lang ?? 'en');
    throw new InputError(problem, { file: zones.file, zone: zones.zones[res.refused[0].zones[0]].id, hint }, 1);
  }
  for (const l of res.links) {
    const e = edges.put(l.a, l.b, 'link', 0);
    e.distanceKm = round3(l.distanceKm);
    e.source = '--auto-link';
    e.from = l.a;
    e.tier = l.tier;
    linksAdded.push(e);
  }
  info.separate = res.separate.map((p) => ({ zones: p.zones, members: p.members, nearestKm: p.nearest && round3(p.nearest.distanceKm) }));
  return { info, linksAdded };
}

/** Pairs of zones (a < b) that share an arc end point but are not already neighbours, sorted. */
function pointContacts(u: ArcUsage, n: number, adjacent: (a: number, b: number) => boolean): [number, number][] {
  // arc end points are exactly the junctions of the topology: a corner contact is always one of them
  // (indexed loops and no array per arc end: this runs once per command, mostly before V8 optimises it)
  const byPoint = new Map<number, number[]>();
  const add = (k: number, zs: number[]) => {
    const list = byPoint.get(k);
    if (!list) byPoint.set(k, zs.slice());
    else for (let i = 0; i < zs.length; i++) if (!list.includes(zs[i])) list.push(zs[i]);
  };
  for (let a = 0; a < u.arcCount; a++) {
    const zs = zonesOfArc(u, a);
    add(u.point[u.arcStart[a]], zs);
    add(u.point[u.arcEnd[a]], zs);
  }
  const pairs: number[] = [];
  for (const zs of byPoint.values()) {
    if (zs.length < 2) continue;
    for (let i = 0; i < zs.length; i++) {
      for (let j = i + 1; j < zs.length; j++) {
        const a = Math.min(zs[i], zs[j]);
        const b = Math.max(zs[i], zs[j]);
        if (!adjacent(a, b)) pairs.push(a * n + b);
      }
    }
  }
  const sorted = Float64Array.from(pairs).sort();
  const out: [number, number][] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push([Math.floor(sorted[i] / n), sorted[i] % n]);
  return out;
}

function adjacency(n: number, edges: Iterable<GraphEdge>): number[][] {
  const nb: number[][] = Array.from({ length: n }, () => []);
  for (const e of edges) {
    nb[e.a].push(e.b);
    nb[e.b].push(e.a);
  }
  for (const l of nb) l.sort((x, y) => x - y);
  return nb;
}

function checkContiguity(c: unknown): Contiguity {
  if (c === undefined || c === 'rook' || c === 'queen') return (c ?? 'rook') as Contiguity;
  throw new InputError(said('plan.graph.unknownContiguity', { value: String(c) }), {
    field: 'contiguity',
    hint: said('plan.graph.unknownContiguity.hint', { option: option('contiguity') }),
  });
}

function checkSnap(s: unknown): number {
  if (s === undefined) return 0;
  if (typeof s === 'number' && Number.isFinite(s) && s >= 0) return s;
  throw new InputError(said('plan.graph.badSnap', { value: String(s) }), {
    field: 'snap',
    hint: said('plan.graph.badSnap.hint', { option: option('snapM') }),
  });
}

function checkMaxLink(km: unknown): number {
  if (km === undefined) return DEFAULT_MAX_LINK_KM;
  if (typeof km === 'number' && km > 0) return km;
  throw new InputError(said('plan.graph.badMaxLink', { value: String(km) }), {
    field: 'max-link-km',
    hint: said('plan.graph.badMaxLink.hint', { option: option('maxLinkKm'), default: DEFAULT_MAX_LINK_KM }),
  });
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
