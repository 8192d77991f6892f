import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import type { Zone, ZoneGeometry, ZoneSet } from '../../src/core/types.js';

/**
 * Minimal ZoneSet builder for tests of later steps (graph, propose, check…), independent of the loader:
 * ids from `idProp`, members from `membersProp` (0 when absent) or from a function.
 */
export function zoneSetFrom(
  source: string | FeatureCollection,
  opts: { idProp?: string; nameProp?: string; membersProp?: string; members?: (f: Feature) => number } = {},
): ZoneSet {
  const fc: FeatureCollection = typeof source === 'string' ? JSON.parse(readFileSync(source, 'utf8')) : source;
  const idProp = opts.idProp ?? 'code';
  const zones: Zone[] = fc.features.map((f, i) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const id = String(p[idProp] ?? f.id ?? i);
    return {
      id,
      name: String(p[opts.nameProp ?? 'name'] ?? id),
      members: opts.members ? opts.members(f) : Number(p[opts.membersProp ?? 'members'] ?? 0),
      geometry: f.geometry as ZoneGeometry,
      properties: p,
    };
  });
  return {
    file: typeof source === 'string' ? source : '<memory>',
    zones,
    byId: new Map(zones.map((z) => [z.id, z])),
    members: { estimated: false, description: 'test members' },
  };
}

/** A rows×cols grid of unit squares (in degrees near the equator), ids "r{row}c{col}", members from fn. */
export function gridZoneSet(rows: number, cols: number, members: (r: number, c: number) => number, size = 1 / 64): ZoneSet {
  return zoneSetFrom(gridFeatures(rows, cols, members, size));
}

/**
 * gridZoneSet's squares as GeoJSON (property `code` the id, `name`, `members`), e.g. to write a zone file.
 * size is a power of two so that c * size is exact and neighbouring squares share identical corners.
 */
export function gridFeatures(rows: number, cols: number, members: (r: number, c: number) => number, size = 1 / 64): FeatureCollection {
  const features: Feature[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = c * size;
      const y = r * size;
      features.push({
        type: 'Feature',
        properties: { code: `r${r}c${c}`, name: `Zone ${r}-${c}`, members: members(r, c) },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + size, y],
              [x + size, y + size],
              [x, y + size],
              [x, y],
            ],
          ],
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
