import { hasMemberCounts, type ZoneSet } from '../core/types.js';
import type { EdgeKind, ZoneGraphResult } from './types.js';
import { formatCount as fmt } from '../core/i18n.js';
import { formatAutoLinks } from './format.js';

const KINDS: EdgeKind[] = ['border', 'point', 'snapped', 'link'];
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

/** A summary for people: zones, edges by kind, components with members and names, islands, links, near-misses. */
export function formatGraphSummary(zones: ZoneSet, graph: ZoneGraphResult, opts: { snapM?: number; maxListed?: number } = {}): string {
  const max = opts.maxListed ?? 20;
  const z = (i: number) => `${zones.zones[i].id} ${zones.zones[i].name}`;
  const hasMembers = hasMemberCounts(zones.members);
  const out: string[] = [];
  out.push(`${zones.file}: ${fmt(graph.ids.length)} zones`);
  out.push(
    `neighbours: ${graph.contiguity === 'rook' ? 'rook (zones must share a stretch of border)' : 'queen (one shared point is enough)'}` +
      (opts.snapM ? `, borders less than ${opts.snapM} m apart count as shared` : ''),
  );
  const byKind = KINDS.map((k) => [k, graph.edges.filter((e) => e.kind === k).length] as const).filter(([, n]) => n > 0);
  out.push(`edges: ${fmt(graph.edges.length)}${byKind.length ? ` (${byKind.map(([k, n]) => `${fmt(n)} ${k}`).join(', ')})` : ''}`);

  const nc = graph.components.length;
  out.push('', nc === 1 ? 'components: 1 (every zone can be reached from every other)' : `components: ${nc} separate parts`);
  graph.components.slice(0, max).forEach((c, i) => {
    const names = c.slice(0, 5).map((k) => zones.zones[k].name);
    const more = c.length > 5 ? `, … (+${fmt(c.length - 5)} more)` : '';
    const members = hasMembers ? `, ${fmt(graph.componentMembers[i])} members${zones.members.estimated ? ' (estimated)' : ''}` : '';
    out.push(`  ${i + 1}. ${fmt(c.length)} zone${c.length === 1 ? '' : 's'}${members}: ${names.join(', ')}${more}`);
  });
  if (nc > max) out.push(`  … and ${fmt(nc - max)} more parts (see the JSON output)`);

  out.push('', `islands (zones touching no other zone): ${graph.islands.length === 0 ? 'none' : graph.islands.length}`);
  for (const i of graph.islands.slice(0, max)) out.push(`  ${z(i)}`);
  if (graph.islands.length > max) out.push(`  … and ${fmt(graph.islands.length - max)} more`);

  const explicit = graph.edges.filter((e) => e.kind === 'link' && e.source !== '--auto-link');
  if (explicit.length) {
    out.push('', `links you gave: ${explicit.length}`);
    for (const e of explicit.slice(0, max)) out.push(`  ${z(e.a)} ↔ ${z(e.b)}: ${e.distanceKm ?? '?'} km apart (${e.source})`);
  }
  if (graph.autoLink) {
    const rule = graph.autoLink.minMembers === undefined ? 'no member counts, so no threshold' : `only the parts below ${fmt(graph.autoLink.minMembers)} members`;
    out.push('', `links added by --auto-link (${rule}; at most ${graph.autoLink.maxLinkKm} km): ${graph.linksAdded.length}`);
    for (const line of formatAutoLinks(zones, graph, 'en')) out.push(`  ${line}`);
  } else if (nc > 1) {
    out.push('', 'to connect the separate parts, add --auto-link, or --link A:B / --links links.csv for the links you choose');
  }

  if (graph.nearMisses.length) {
    const points = graph.nearMisses.filter((m) => m.distanceM === 0 && m.lengthM === 0).length;
    const joined = graph.nearMisses.filter((m) => m.joined).length;
    const parts: string[] = [];
    if (points) parts.push(`${points} touching at a single point only${graph.contiguity === 'rook' ? ' (not neighbours in rook mode; --contiguity queen would join them)' : ''}`);
    if (joined) parts.push(`${joined} joined only thanks to --snap`);
    const rest = graph.nearMisses.length - points - joined;
    if (rest > 0) parts.push(`${rest} within the tolerance but over too short a stretch of border, not joined`);
    out.push('', `near-misses: ${graph.nearMisses.length} pairs of zones: ${parts.join('; ')}`);
    for (const m of graph.nearMisses.slice(0, max)) {
      const what =
        m.distanceM === 0 && m.lengthM === 0
          ? 'touch at a single point'
          : `${m.distanceM.toFixed(1)} m apart over about ${fmt(Math.round(m.lengthM))} m of border`;
      out.push(`  ${z(m.a)} — ${z(m.b)}: ${what}, ${m.joined ? 'joined' : 'not joined'}`);
    }
    if (graph.nearMisses.length > max) out.push(`  … and ${fmt(graph.nearMisses.length - max)} more (see the JSON output)`);
  }
  return out.join('\n') + '\n';
}
