import { InputError } from '../core/errors.js';
import { option, said } from '../messages/index.js';
import type { ZoneSet } from '../core/types.js';
import { arcUsage, zonesOfArc, type ArcUsage } from './arcs.js';
import { connectedComponents } from './components.js';
import { lineLengthM } from './geo.js';
import { formatRefusal } from './format.js';
import { autoLinks, DEFAULT_MAX_LINK_KM, outlineVertices, resolveLinks, zoneCodes, zoneDistanceKm } from './links.js';
import { snapContacts } from './snap.js';
import { buildTopology } from './topology.js';
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
  const topology = buildTopology(zones);
  const usage = arcUsage(topology, n);

  const edges = new Map<number, GraphEdge>();
  const key = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const put = (a: number, b: number, kind: GraphEdge['kind'], km: number): GraphEdge => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const e: GraphEdge = { a: x, b: y, sharedBorderKm: km, kind };
    edges.set(key(x, y), e);
    return e;
  };

  // (a) rook: every arc used by two zones is a piece of their common border
  progress?.update(said('output.progress.graphBorders'));
  for (let a = 0; a < usage.arcs.length; a++) {
    if (usage.zoneB[a] === -1) continue;
    const zs = zonesOfArc(usage, a);
    const km = lineLengthM(usage.arcs[a]) / 1000;
    if (!(km > 0)) continue;
    for (let i = 0; i < zs.length; i++) {
      for (let j = i + 1; j < zs.length; j++) {
        const e = edges.get(key(zs[i], zs[j]));
        if (e) e.sharedBorderKm += km;
        else put(zs[i], zs[j], 'border', km);
      }
    }
  }

  // (b) point contacts: zones sharing an arc end point but no border
  const nearMisses: NearMiss[] = [];
  const points = pointContacts(usage, n, (a, b) => edges.has(key(a, b)));
  if (contiguity === 'queen') for (const [a, b] of points) put(a, b, 'point', 0);

  // (c) snapping: outlines within the tolerance, where no exact border exists
  if (snapM > 0) {
    progress?.update(said('output.progress.graphSnap', { m: snapM }));
    const minLen = opts.snapMinLengthM ?? 3 * snapM;
    for (const c of snapContacts(usage, snapM)) {
      const e = edges.get(key(c.a, c.b));
      if (e && e.kind === 'border') continue;
      const longEnough = c.lengthM >= minLen;
      // queen joins any contact; rook needs a stretch of border, not a corner
      const joined = longEnough || contiguity === 'queen';
      if (joined && (!e || longEnough)) put(c.a, c.b, 'snapped', c.lengthM / 1000);
      nearMisses.push({ a: c.a, b: c.b, distanceM: c.distanceM, lengthM: c.lengthM, joined });
    }
  }
  if (contiguity === 'rook') {
    // exact point contacts are near-misses in rook mode (unless snapping joined them)
    const seen = new Set(nearMisses.map((m) => key(m.a, m.b)));
    for (const [a, b] of points) if (!seen.has(key(a, b))) nearMisses.push({ a, b, distanceM: 0, lengthM: 0, joined: false });
  }
  nearMisses.sort((x, y) => x.a - y.a || x.b - y.b);

  // islands: no neighbour before links
  const touched = new Uint8Array(n);
  for (const e of edges.values()) touched[e.a] = touched[e.b] = 1;
  const islands: number[] = [];
  for (let i = 0; i < n; i++) if (!touched[i]) islands.push(i);

  // (d) explicit links, then automatic links between components
  for (const l of explicit) {
    if (edges.has(key(l.a, l.b))) continue; // already adjacent: nothing to add
    const e = put(l.a, l.b, 'link', 0);
    e.distanceKm = round3(zoneDistanceKm(zones.zones[l.a].geometry, zones.zones[l.b].geometry));
    e.source = l.source;
    e.from = l.a;
  }
  let neighbors = adjacency(n, edges.values());
  const linksAdded: GraphEdge[] = [];
  let autoLink: AutoLinkInfo | undefined;
  if (opts.autoLink) {
    progress?.update(said('output.progress.graphLinks'));
    const maxLinkKm = checkMaxLink(opts.maxLinkKm);
    const comps = connectedComponents(neighbors);
    autoLink = { minMembers: opts.minMembers, maxLinkKm, parts: comps.length, separate: [] };
    const below = (c: number[]) => opts.minMembers === undefined || c.reduce((s, z) => s + zones.zones[z].members, 0) < opts.minMembers;
    // nothing to link (every part can be a section): the outlines are not even looked at
    if (comps.length > 1 && comps.some(below)) {
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
        const e = put(l.a, l.b, 'link', 0);
        e.distanceKm = round3(l.distanceKm);
        e.source = '--auto-link';
        e.from = l.a;
        e.tier = l.tier;
        linksAdded.push(e);
      }
      autoLink.separate = res.separate.map((p) => ({ zones: p.zones, members: p.members, nearestKm: p.nearest && round3(p.nearest.distanceKm) }));
      neighbors = adjacency(n, edges.values());
    }
  }

  const edgeList = [...edges.values()].sort((x, y) => x.a - y.a || x.b - y.b);
  const components = connectedComponents(neighbors);
  const componentOf = new Array<number>(n).fill(-1);
  components.forEach((c, ci) => c.forEach((z) => (componentOf[z] = ci)));
  const componentMembers = components.map((c) => c.reduce((s, z) => s + zones.zones[z].members, 0));
  progress?.done();

  return {
    ids,
    index,
    neighbors,
    edges: edgeList,
    contiguity,
    topology,
    components,
    componentMembers,
    componentOf,
    islands,
    linksAdded,
    ...(autoLink ? { autoLink } : {}),
    nearMisses,
    edgeBetween: (a, b) => edges.get(key(a, b)),
    borderKm: (a, b) => {
      const e = edges.get(key(a, b));
      return e && e.kind !== 'link' ? e.sharedBorderKm : 0;
    },
  };
}

/** Pairs of zones (a < b) that share an arc end point but are not already neighbours, sorted. */
function pointContacts(u: ArcUsage, n: number, adjacent: (a: number, b: number) => boolean): [number, number][] {
  // arc end points are exactly the junctions of the topology: a corner contact is always one of them
  const byPoint = new Map<string, number[]>();
  for (let a = 0; a < u.arcs.length; a++) {
    const arc = u.arcs[a];
    const zs = zonesOfArc(u, a);
    for (const p of [arc[0], arc[arc.length - 1]]) {
      const k = `${p[0]},${p[1]}`;
      const list = byPoint.get(k);
      if (!list) byPoint.set(k, [...zs]);
      else for (const z of zs) if (!list.includes(z)) list.push(z);
    }
  }
  const pairs = new Set<number>();
  for (const zs of byPoint.values()) {
    if (zs.length < 2) continue;
    for (let i = 0; i < zs.length; i++) {
      for (let j = i + 1; j < zs.length; j++) {
        const [a, b] = zs[i] < zs[j] ? [zs[i], zs[j]] : [zs[j], zs[i]];
        if (!adjacent(a, b)) pairs.add(a * n + b);
      }
    }
  }
  return [...pairs].sort((x, y) => x - y).map((k) => [Math.floor(k / n), k % n]);
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
