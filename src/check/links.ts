/**
 * The links (kind "link": --link, --links, --auto-link) inside each section: a section holding one is
 * not in one piece on the map (it crosses the sea or a gap), so check, export and report say so.
 */
import type { ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import type { SectionLink } from './types.js';

/**
 * The links inside each section, by section id, in the graph's order of edges: one pass over the edges for the
 * whole plan (a pass per section made check quadratic: a plan of 160,000 sections took minutes).
 */
export function linksBySection(
  zones: ZoneSet,
  graph: Pick<ZoneGraph, 'edges' | 'index'>,
  sections: readonly { id: string; zones: readonly string[] }[],
): Map<string, SectionLink[]> {
  const out = new Map<string, SectionLink[]>();
  const sectionOf = new Int32Array(zones.zones.length).fill(-1);
  sections.forEach((s, k) => {
    for (const id of s.zones) {
      const i = graph.index.get(id);
      if (i !== undefined) sectionOf[i] = k;
    }
  });
  for (const e of graph.edges) {
    if (e.kind !== 'link' || sectionOf[e.a] < 0 || sectionOf[e.a] !== sectionOf[e.b]) continue;
    const [from, to] = e.from === e.b ? [e.b, e.a] : [e.a, e.b];
    const a = zones.zones[from];
    const b = zones.zones[to];
    const id = sections[sectionOf[e.a]].id;
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    // (the distance is read when shown: an explicit link's is measured then, see buildGraph)
    list.push({
      zoneA: a.id,
      zoneB: b.id,
      nameA: a.name,
      nameB: b.name,
      get distanceKm() {
        return e.distanceKm ?? 0;
      },
      source: e.source ?? '',
    });
  }
  return out;
}
