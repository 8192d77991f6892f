/**
 * A GeoPackage as an input layer: the features of its first feature layer (or the one named), reprojected to
 * WGS84 longitude/latitude when the layer is in another system (ADMIN EXPRESS's GeoPackage is in Lambert-93),
 * as the FeatureCollection the GeoJSON path reads (zones.ts). SQLite must be started first
 * (`await loadGpkgSupport()`: the CLI does it when an argument names a .gpkg).
 */
import { createRequire } from 'node:module';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type proj4Type from 'proj4';
import { InputError } from '../core/errors.js';
import { GPKG_CRS, readGpkgLayer } from '../io/gpkg.js';
import { said } from '../messages/message.js';
import { KNOWN_CRS } from './shapefile.js';

const lazyRequire = createRequire(import.meta.url);

/** A layer of a GeoPackage as a GeoJSON FeatureCollection in WGS84; `source` is the layer's description, if any. */
export function gpkgFeatureCollection(file: string, layer?: string): FeatureCollection & { source?: string } {
  return gpkgLayerWgs84(file, layer).collection;
}

/** The same, with the system the layer was in ("EPSG:2154"). */
export function gpkgLayerWgs84(file: string, layer?: string): { collection: FeatureCollection & { source?: string }; crs: string } {
  const read = readGpkgLayer(file, layer);
  return { collection: toWgs84(read, file), crs: read.crs };
}

function toWgs84(read: ReturnType<typeof readGpkgLayer>, file: string): FeatureCollection & { source?: string } {
  const wgs84 = read.crs === 'EPSG:4326' || read.crs === 'NONE:0';
  if (wgs84) return { ...read.collection, ...(read.description ? { source: read.description } : {}) };
  const known = GPKG_CRS[read.crs]?.proj4 ?? KNOWN_CRS[read.crs];
  const proj4 = lazyRequire('proj4') as typeof proj4Type;
  let conv: proj4Type.Converter;
  try {
    conv = proj4(known ?? read.definition, GPKG_CRS['EPSG:4326'].proj4);
  } catch (e) {
    throw new InputError(said('load.gpkg.badCrs', { layer: read.layer, crs: read.crs, error: (e as Error).message }), {
      file,
      field: 'srs_id',
      hint: said('load.gpkg.badCrs.hint'),
    });
  }
  const project = (c: unknown): unknown =>
    Array.isArray(c) && typeof c[0] === 'number' ? conv.forward([c[0], c[1]] as Position) : Array.isArray(c) ? c.map(project) : c;
  return {
    type: 'FeatureCollection',
    ...(read.description ? { source: read.description } : {}),
    features: read.collection.features.map((f) => ({
      ...f,
      geometry: f.geometry && 'coordinates' in f.geometry ? ({ ...f.geometry, coordinates: project(f.geometry.coordinates) } as Geometry) : f.geometry,
    })),
  };
}
