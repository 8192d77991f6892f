/**
 * Sections and zones as a GeoPackage (io/gpkg.ts writes the file), each layer with QGIS's default style in
 * `layer_styles`: the sections filled with the map colouring of the report and the editor (colourSections:
 * neighbouring sections differ) through a categorized renderer on their `colour` field, labelled with their
 * name; the zones as thin outlines. Fields are the flat properties of the GeoJSON (flatProperties), typed.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Lang } from '../core/i18n.js';
import type { Plan, ZoneSet } from '../core/types.js';
import { gpkgBytes, isGpkgPath, type GpkgFieldType, type GpkgLayer } from '../io/gpkg.js';
import { sectionsStyle, zonesStyle, ZONE_FIELD_TYPES } from '../io/gpkg-style.js';
import { colourSections } from './colour.js';
import { layoutSections } from './layout.js';
import type { CheckReport } from '../check/types.js';
import { dissolveSections, zonesWithSections, type SectionProperties } from './dissolve.js';
import { flatProperties } from './write.js';

type Polygons = FeatureCollection<Polygon | MultiPolygon>;

/** The types of the sections' fields that their values alone could get wrong (a null link_km, 12.0 km²). */
export const SECTION_FIELD_TYPES: Readonly<Record<string, GpkgFieldType>> = {
  section: 'TEXT',
  name: 'TEXT',
  zone_count: 'INTEGER',
  zones: 'TEXT',
  zone_names: 'TEXT',
  members: 'INTEGER',
  members_estimated: 'BOOLEAN',
  seats: 'INTEGER',
  compliant: 'BOOLEAN',
  problems: 'TEXT',
  crossed: 'TEXT',
  links: 'TEXT',
  link_km: 'REAL',
  compactness: 'REAL',
  area_km2: 'REAL',
  colour: 'TEXT',
};

export interface GpkgExportOptions {
  /** "EPSG:4326" (default) or "EPSG:2154" */
  crs?: string;
  /** the language of the style names and descriptions */
  lang?: Lang;
}

/** The map colour of each section (colourSections on the sections that share a border, as in the report). */
export function sectionColours(zones: ZoneSet, plan: Plan, topology?: Topology): Map<string, string> {
  const layout = layoutSections(zones, plan, topology);
  return colourSections([...layout.sections.keys()], layout.adjacency);
}

/** The sections layer, with its `colour` field and style. */
export function sectionsLayer(
  sections: FeatureCollection<Polygon | MultiPolygon, SectionProperties>,
  colours: ReadonlyMap<string, string>,
  lang: Lang = 'en',
): GpkgLayer {
  const flat = flatProperties(sections) as Polygons;
  const features = flat.features.map((f): Feature<Polygon | MultiPolygon> => ({
    ...f,
    properties: { ...f.properties, colour: colours.get(String(f.properties?.section)) ?? null },
  }));
  const used = features.map((f) => f.properties?.colour).filter((c): c is string => typeof c === 'string');
  return { name: 'sections', features, types: SECTION_FIELD_TYPES, style: sectionsStyle(used, lang) };
}

/** A layer of zones (zones with their section, units, imported zones): thin outlines. */
export function zonesLayer(zones: Polygons, lang: Lang = 'en', name = 'zones'): GpkgLayer {
  return { name, features: (flatProperties(zones) as Polygons).features, types: ZONE_FIELD_TYPES, style: zonesStyle(lang) };
}

/** A GeoPackage of these layers, reprojected to `crs` (EPSG:4326 by default). */
export async function layersGpkg(layers: readonly GpkgLayer[], opts: GpkgExportOptions = {}): Promise<Uint8Array> {
  return gpkgBytes(layers, { crs: opts.crs });
}

/**
 * A plan as the GeoPackage `decoupage export … -o plan.gpkg --zones-out plan.gpkg` writes: layer `sections`
 * (dissolveSections, coloured and labelled for QGIS) and, unless `zones: false`, layer `zones` (each zone with
 * its section). Bytes, to write where the caller wants.
 */
export async function planGpkg(
  zones: ZoneSet,
  plan: Plan,
  opts: { report?: CheckReport; topology?: Topology; zones?: boolean; crs?: string; lang?: Lang } = {},
): Promise<Uint8Array> {
  const lang = opts.lang ?? 'en';
  const sections = dissolveSections(zones, plan, { report: opts.report, topology: opts.topology });
  const layers = [sectionsLayer(sections, sectionColours(zones, plan, opts.topology), lang)];
  if (opts.zones !== false) layers.push(zonesLayer(zonesWithSections(zones, plan, opts.report), lang));
  return layersGpkg(layers, { crs: opts.crs, lang });
}

/**
 * A map layer output by its file name: a GeoPackage with one styled layer (sections coloured from `plan`, or
 * zones) when it ends in .gpkg, else the GeoJSON text `geojson()` gives.
 */
export async function layerFileData(
  path: string,
  kind: 'sections' | 'zones',
  collection: Polygons,
  geojson: () => string,
  o: { toCrs?: string; lang: Lang; plan?: { zones: ZoneSet; plan: Plan; topology?: Topology } },
): Promise<string | Uint8Array> {
  if (!isGpkgPath(path)) return geojson();
  const colours = o.plan ? sectionColours(o.plan.zones, o.plan.plan, o.plan.topology) : new Map<string, string>();
  const layer =
    kind === 'sections'
      ? sectionsLayer(collection as FeatureCollection<Polygon | MultiPolygon, SectionProperties>, colours, o.lang)
      : zonesLayer(collection, o.lang);
  return layersGpkg([layer], { crs: o.toCrs, lang: o.lang });
}
