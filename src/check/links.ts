/**
 * The links (kind "link": --link, --links, --auto-link) inside each section: a section holding one is
 * not in one piece on the map (it crosses the sea or a gap), so check, export and report say so.
 */
import type { ZoneSet } from '../core/types.js';
import { linksWithin } from '../graph/format.js';
import type { ZoneGraph } from '../graph/types.js';
import type { SectionLink } from './types.js';

export function sectionLinks(zones: ZoneSet, graph: ZoneGraph, zoneIds: readonly string[]): SectionLink[] {
  return linksWithin(graph, zoneIds).map((e) => {
    const [from, to] = e.from === e.b ? [e.b, e.a] : [e.a, e.b];
    const a = zones.zones[from];
    const b = zones.zones[to];
    return { zoneA: a.id, zoneB: b.id, nameA: a.name, nameB: b.name, distanceKm: e.distanceKm ?? 0, source: e.source ?? '' };
  });
}
