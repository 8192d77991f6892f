import type { Feature, FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import type { ZoneGeometry, ZoneSet } from '../core/types.js';

/** Name of the object holding the zones inside the topology. */
export const ZONES_OBJECT = 'zones';

/**
 * The topology of a zone layer: every border stored once as a shared arc (mapshaper / topojson idea).
 * Adjacency, shared-border lengths and dissolved section outlines are all derived from it. buildGraph
 * makes the same arcs on typed arrays (shared-arcs.ts) and this Topology from them only when it is read;
 * this function (topojson-server itself) remains for the geometries shared-arcs.ts does not take.
 * Not quantized, so that arcs are shared exactly where the input coordinates are identical.
 * Each geometry's `id` is the zone's index in zones.zones.
 */
export function buildTopology(zones: ZoneSet): Topology {
  const fc: FeatureCollection<ZoneGeometry> = {
    type: 'FeatureCollection',
    features: zones.zones.map((z, i): Feature<ZoneGeometry> => ({ type: 'Feature', id: i, properties: { id: z.id }, geometry: z.geometry })),
  };
  return topology({ [ZONES_OBJECT]: fc });
}
