import type { MultiPolygon, Polygon, Position } from 'geojson';
import { merge, neighbors } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { areaKm2, perimeterKm, polsbyPopper } from '../check/metrics.js';
import type { Plan, ZoneGeometry, ZoneSet } from '../core/types.js';
import { buildTopology, ZONES_OBJECT } from '../graph/topology.js';

/** One section's dissolved outline and the figures drawn from it. */
export interface SectionShape {
  id: string;
  /** zone ids in input order */
  zoneIds: string[];
  /** dissolved outline, wound for d3 (exterior rings clockwise) */
  geometry: MultiPolygon;
  areaKm2: number;
  perimeterKm: number;
  /** Polsby-Popper: 4π·area / perimeter² (1 for a disc) */
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
 * Dissolve the zones of each section by merging their shared arcs (no polygon unions) and find which
 * sections touch. Sections are sorted by id, like sectionsOf().
 */
export function layoutSections(zones: ZoneSet, plan: Plan, topology: Topology = buildTopology(zones)): SectionLayout {
  const collection = topology.objects[ZONES_OBJECT] as GeometryCollection;
  const sectionOfIndex = zones.zones.map((z) => plan.get(z.id));
  const bySection = new Map<string, number[]>();
  collection.geometries.forEach((g, i) => {
    const s = sectionOfIndex[geometryIndex(g, i)];
    if (s === undefined) return;
    let list = bySection.get(s);
    if (!list) bySection.set(s, (list = []));
    list.push(i);
  });

  const sections = new Map<string, SectionShape>();
  for (const id of [...bySection.keys()].sort()) {
    const members = bySection.get(id)!;
    const geoms = members.map((i) => collection.geometries[i]!) as Parameters<typeof merge>[1];
    const merged = merge(topology, geoms);
    // the same measures as the check and the export, so the report's figures match their files
    sections.set(id, {
      id,
      zoneIds: members.map((i) => zones.zones[geometryIndex(collection.geometries[i]!, i)]!.id),
      geometry: rewindForD3(merged),
      areaKm2: areaKm2(merged),
      perimeterKm: perimeterKm(merged),
      polsbyPopper: polsbyPopper(merged),
    });
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
 * "everything but this shape". Wind exteriors clockwise and holes counter-clockwise (planar test on
 * lon/lat, fine for shapes much smaller than a hemisphere).
 */
export function rewindForD3<G extends ZoneGeometry>(geometry: G): G extends Polygon ? Polygon : MultiPolygon;
export function rewindForD3(geometry: ZoneGeometry): ZoneGeometry {
  const polygon = (rings: Position[][]) => rings.map((ring, k) => orient(ring, k === 0 ? 'cw' : 'ccw'));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
}

function orient(ring: Position[], want: 'cw' | 'ccw'): Position[] {
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    twiceArea += (ring[i]![0]! - ring[j]![0]!) * (ring[i]![1]! + ring[j]![1]!);
  }
  // twiceArea > 0 ⇔ clockwise (with y pointing north)
  const isCw = twiceArea > 0;
  return isCw === (want === 'cw') ? ring : [...ring].reverse();
}
