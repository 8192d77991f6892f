import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { PARENT_PROP, type CompositeLayer } from '../propose/split.js';
import { ESTIMATED_PROP } from '../load/zones.js';
import { cleanGeometry } from './dissolve.js';

/**
 * The units layer of a split (splitLargeZones) as RFC 7946 GeoJSON: one feature per unit with `code`,
 * `name`, `members` and `parent_zone` first, then its other properties. `decoupage check/export/report
 * units.geojson plan.csv --members members` read it back.
 */
export function unitsFeatureCollection(layer: CompositeLayer): FeatureCollection<Polygon | MultiPolygon> {
  // built here, not at module level: propose/split.js re-exports this module, and PARENT_PROP may not
  // be initialised yet while that import cycle loads
  const first = ['code', 'name', 'members', ESTIMATED_PROP, PARENT_PROP];
  // only the units of a zone split by population are estimates: say it unit by unit
  const estimatedIds = layer.members.estimatedIds ? new Set(layer.members.estimatedIds) : undefined;
  return {
    type: 'FeatureCollection',
    features: layer.zones.map((u): Feature<Polygon | MultiPolygon> => {
      const rest = Object.fromEntries(Object.entries(u.properties).filter(([k]) => !first.includes(k)));
      return {
        type: 'Feature',
        // members_estimated travels with the figures: reading the file back keeps them marked as estimates
        properties: {
          code: u.id,
          name: u.name,
          members: u.members,
          [ESTIMATED_PROP]: estimatedIds ? estimatedIds.has(u.id) : layer.members.estimated,
          [PARENT_PROP]: layer.parentOf.get(u.id) ?? u.id,
          ...rest,
        },
        geometry: cleanGeometry(u.geometry),
      };
    }),
  };
}
