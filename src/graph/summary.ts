import { hasMemberCounts, type ZoneSet } from '../core/types.js';
import type { EdgeKind, ZoneGraphResult } from './types.js';
import { numberFormat, type Lang } from '../core/i18n.js';
import { count, say, said, type Said } from '../messages/index.js';
import { formatAutoLinks } from './format.js';

const KINDS: EdgeKind[] = ['border', 'point', 'snapped', 'link'];
const KIND_MESSAGES = {
  border: 'output.graph.kind.border',
  point: 'output.graph.kind.point',
  snapped: 'output.graph.kind.snapped',
  link: 'output.graph.kind.link',
} as const satisfies Record<EdgeKind, string>;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** One row per edge, as written to edges.csv: zone ids, shared border in km (0.001), kind. */
export function edgeRows(graph: ZoneGraphResult): [string, string, number, EdgeKind][] {
  return graph.edges.map((e) => [graph.ids[e.a], graph.ids[e.b], round3(e.sharedBorderKm), e.kind]);
}

export const EDGE_COLUMNS = ['zone_a', 'zone_b', 'shared_border_km', 'kind'];

/** edges.csv as `decoupage graph -o` writes it: names next to the codes (zone_a,zone_a_name,zone_b,zone_b_name,…). */
export const NAMED_EDGE_COLUMNS = ['zone_a', 'zone_a_name', 'zone_b', 'zone_b_name', 'shared_border_km', 'kind'];

export function namedEdgeRows(zones: ZoneSet, graph: ZoneGraphResult): [string, string, string, string, number, EdgeKind][] {
  const name = (i: number) => zones.byId.get(graph.ids[i])?.name ?? '';
  return graph.edges.map((e) => [graph.ids[e.a], name(e.a), graph.ids[e.b], name(e.b), round3(e.sharedBorderKm), e.kind]);
}

/** The graph as a JSON value for scripts: edges plus components, islands, links and near-misses by zone id. */
export function graphToJson(zones: ZoneSet, graph: ZoneGraphResult): unknown {
  const id = (i: number) => graph.ids[i];
  return {
    zones: graph.ids.length,
    contiguity: graph.contiguity,
    edges: graph.edges.map((e) => ({
      zone_a: id(e.a),
      zone_b: id(e.b),
      shared_border_km: round3(e.sharedBorderKm),
      kind: e.kind,
      ...(e.kind === 'link' ? { distance_km: e.distanceKm ?? null, source: e.source ?? null } : {}),
    })),
    components: graph.components.map((c, i) => ({ zones: c.map(id), members: graph.componentMembers[i] })),
    islands: graph.islands.map((i) => ({ zone: id(i), name: zones.zones[i].name })),
    links_added: graph.linksAdded.map((e) => ({
      zone_a: id(e.a),
      zone_b: id(e.b),
      distance_km: e.distanceKm ?? null,
      ...(e.from !== undefined ? { from: id(e.from) } : {}),
      ...(e.tier ? { preference: e.tier } : {}),
    })),
    ...(graph.autoLink
      ? {
          auto_link: {
            min_members: graph.autoLink.minMembers ?? null,
            max_link_km: graph.autoLink.maxLinkKm,
            left_separate: graph.autoLink.separate.map((p) => ({ zones: p.zones.map(id), members: p.members, nearest_km: p.nearestKm ?? null })),
          },
        }
      : {}),
    near_misses: graph.nearMisses.map((m) => ({
      zone_a: id(m.a),
      zone_b: id(m.b),
      distance_m: Math.round(m.distanceM * 100) / 100,
      length_m: Math.round(m.lengthM * 10) / 10,
      joined: m.joined,
    })),
  };
}

/** A number as given (a tolerance, a distance typed in an option), with the language's decimal mark. */
function asGiven(x: number, lang: Lang): string {
  return lang === 'fr' ? String(x).replace('.', ',') : String(x);
}

/** A summary for people: zones, edges by kind, components with members and names, islands, links, near-misses. */
export function formatGraphSummary(zones: ZoneSet, graph: ZoneGraphResult, opts: { snapM?: number; maxListed?: number; lang?: Lang } = {}): string {
  const max = opts.maxListed ?? 20;
  const lang = opts.lang ?? 'en';
  const t = (m: Said) => say(m, lang);
  const sep = t(said('output.listSep'));
  const nf = numberFormat(lang);
  const z = (i: number) => `${zones.zones[i].id} ${zones.zones[i].name}`;
  const hasMembers = hasMemberCounts(zones.members);
  const out: string[] = [];
  out.push(t(said('output.fileZones', { file: zones.file, n: count(graph.ids.length) })));
  const snap = opts.snapM ? t(said('output.graph.snap', { m: asGiven(opts.snapM, lang) })) : '';
  out.push(t(said(graph.contiguity === 'rook' ? 'output.graph.rook' : 'output.graph.queen', { snap })));
  const byKind = KINDS.map((k) => [k, graph.edges.filter((e) => e.kind === k).length] as const).filter(([, n]) => n > 0);
  const kinds = byKind.map(([k, n]) => t(said(KIND_MESSAGES[k], { n: count(n) }))).join(', ');
  out.push(
    t(byKind.length ? said('output.graph.edgesByKind', { n: count(graph.edges.length), kinds }) : said('output.graph.edges', { n: count(graph.edges.length) })),
  );

  const nc = graph.components.length;
  out.push('', t(nc === 1 ? said('output.graph.oneComponent') : said('output.graph.components', { n: nc })));
  graph.components.slice(0, max).forEach((c, i) => {
    const names = c.slice(0, 5).map((k) => zones.zones[k].name);
    const more = c.length > 5 ? t(said('output.graph.partMore', { n: count(c.length - 5) })) : '';
    const n = count(graph.componentMembers[i]);
    const figures = hasMembers ? t(zones.members.estimated ? said('output.graph.partMembersEstimated', { n }) : said('output.graph.partMembers', { n })) : '';
    const part = { i: i + 1, n: count(c.length), figures, names: names.join(', '), more };
    out.push(`  ${t(said('output.graph.part', part))}`);
  });
  if (nc > max) out.push(`  ${t(said('output.graph.moreParts', { n: count(nc - max) }))}`);

  out.push('', t(graph.islands.length === 0 ? said('output.graph.islandsNone') : said('output.graph.islands', { n: graph.islands.length })));
  for (const i of graph.islands.slice(0, max)) out.push(`  ${z(i)}`);
  if (graph.islands.length > max) out.push(`  ${t(said('output.graph.andMore', { n: count(graph.islands.length - max) }))}`);

  const explicit = graph.edges.filter((e) => e.kind === 'link' && e.source !== '--auto-link');
  if (explicit.length) {
    out.push('', t(said('output.graph.linksGiven', { n: explicit.length })));
    for (const e of explicit.slice(0, max)) {
      const km = e.distanceKm === undefined ? '?' : asGiven(e.distanceKm, lang);
      out.push(`  ${t(said('output.graph.linkGiven', { a: z(e.a), b: z(e.b), km, source: String(e.source) }))}`);
    }
  }
  if (graph.autoLink) {
    const min = graph.autoLink.minMembers;
    const rule = min === undefined ? said('output.graph.autoNoThreshold') : said('output.graph.autoBelow', { min: count(min) });
    out.push('', t(said('output.graph.autoLinks', { rule, max: asGiven(graph.autoLink.maxLinkKm, lang), n: graph.linksAdded.length })));
    for (const line of formatAutoLinks(zones, graph, lang)) out.push(`  ${line}`);
  } else if (nc > 1) {
    out.push('', t(said('output.graph.connectHint')));
  }

  if (graph.nearMisses.length) {
    const points = graph.nearMisses.filter((m) => m.distanceM === 0 && m.lengthM === 0).length;
    const joined = graph.nearMisses.filter((m) => m.joined).length;
    const parts: string[] = [];
    if (points) parts.push(t(said(graph.contiguity === 'rook' ? 'output.graph.nearPointsRook' : 'output.graph.nearPoints', { n: points })));
    if (joined) parts.push(t(said('output.graph.nearJoined', { n: joined })));
    const rest = graph.nearMisses.length - points - joined;
    if (rest > 0) parts.push(t(said('output.graph.nearRest', { n: rest })));
    out.push('', t(said('output.graph.nearMisses', { n: graph.nearMisses.length, parts: parts.join(sep) })));
    for (const m of graph.nearMisses.slice(0, max)) {
      const what =
        m.distanceM === 0 && m.lengthM === 0
          ? said('output.graph.touchPoint')
          : said('output.graph.apart', { d: nf.dec(m.distanceM, 1), len: count(Math.round(m.lengthM)) });
      out.push(
        `  ${t(said('output.graph.nearMiss', { a: z(m.a), b: z(m.b), what, state: said(m.joined ? 'output.graph.joined' : 'output.graph.notJoined') }))}`,
      );
    }
    if (graph.nearMisses.length > max) out.push(`  ${t(said('output.graph.andMoreJson', { n: count(graph.nearMisses.length - max) }))}`);
  }
  return out.join('\n') + '\n';
}
