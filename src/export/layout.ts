import type { MultiPolygon, Polygon } from 'geojson';
import { neighbors } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { rewindRings } from '../core/geometry.js';
import type { Plan, ZoneSet } from '../core/types.js';
import { sectionOutlines } from './dissolve.js';
import { buildTopology, ZONES_OBJECT } from '../graph/topology.js';

/** One section's dissolved outline, ready for d3, and its compactness. */
export interface SectionShape {
  id: string;
  /** zone ids in input order */
  zoneIds: string[];
  /** dissolved outline, wound for d3 (exterior rings clockwise) */
  geometry: MultiPolygon;
  /** Polsby-Popper: 4π·area / perimeter² (1 for a disc), the figure the export writes */
  polsbyPopper: number;
}

/** The plan's sections as shapes, built from the shared-arc topology of the zones. */
export interface SectionLayout {
  topology: Topology;
  /** the zones' geometry collection inside the topology (geometry id = zone index) */
  collection: GeometryCollection;
  /** section of each zone index (undefined when the plan leaves the zone out) */
  sectionOfIndex: (string | undefined)[];
  sections: Map<string, SectionShape>;
  /** sections sharing a border */
  adjacency: Map<string, Set<string>>;
}

/**
 * The sections dissolved and measured as the export does it (sectionOutlines), wound for d3, plus which
 * sections touch. Pass the topology already built for these zones (graph.topology) to avoid building it
 * again. Sections are sorted by id, like sectionsOf().
 */
export function layoutSections(zones: ZoneSet, plan: Plan, topology: Topology = buildTopology(zones)): SectionLayout {
  const collection = topology.objects[ZONES_OBJECT] as GeometryCollection;
  const sectionOfIndex = zones.zones.map((z) => plan.get(z.id));

  const sections = new Map<string, SectionShape>();
  for (const [id, outline] of sectionOutlines(zones, plan, topology)) {
    sections.set(id, { id, zoneIds: outline.zoneIds, geometry: rewindForD3(outline.geometry), polsbyPopper: outline.polsbyPopper });
  }

  const adjacency = new Map<string, Set<string>>([...sections.keys()].map((s) => [s, new Set<string>()]));
  neighbors(collection.geometries as GeometryObject[]).forEach((list, i) => {
    const a = sectionOfIndex[geometryIndex(collection.geometries[i]!, i)];
    if (a === undefined) return;
    for (const j of list) {
      const b = sectionOfIndex[geometryIndex(collection.geometries[j]!, j)];
      if (b !== undefined && b !== a) adjacency.get(a)!.add(b);
    }
  });
  return { topology, collection, sectionOfIndex, sections, adjacency };
}

/** buildTopology stores each zone's index as the geometry id; fall back to the position. */
export function geometryIndex(g: GeometryObject, position: number): number {
  return typeof g.id === 'number' ? g.id : position;
}

/**
 * d3-geo reads polygons on the sphere: a counter-clockwise exterior (the RFC 7946 order) would mean
 * "everything but this shape", so exteriors are wound clockwise. Always a MultiPolygon (labels walk its parts).
 */
function rewindForD3(geometry: Polygon | MultiPolygon): MultiPolygon {
  const cw = rewindRings(geometry, 'cw');
  return cw.type === 'MultiPolygon' ? cw : { type: 'MultiPolygon', coordinates: [cw.coordinates] };
}
