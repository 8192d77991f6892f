import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { InputError } from '../core/errors.js';
import { said } from '../messages/index.js';
import { toCsv, type CsvStyle } from '../io/csv.js';
import type { SectionProperties } from './dissolve.js';
import { flatValue } from '../io/flat.js';

export const EXPORT_FORMATS = ['geojson', 'topojson', 'csv', 'gpkg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type Sections = FeatureCollection<Polygon | MultiPolygon, SectionProperties>;

/** The format named by --format, else guessed from the file name (.csv, .topojson, .gpkg), else GeoJSON. */
export function exportFormatFor(path: string, format?: string): ExportFormat {
  if (format !== undefined) {
    const f = format.toLowerCase();
    if (!(EXPORT_FORMATS as readonly string[]).includes(f)) {
      throw new InputError(said('plan.export.unknownFormat', { format }), {
        field: 'format',
        hint: said('plan.useOneOf', { list: EXPORT_FORMATS.join(', ') }),
      });
    }
    return f as ExportFormat;
  }
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.gpkg')) return 'gpkg';
  if (lower.endsWith('.topojson') || lower.endsWith('.topo.json')) return 'topojson';
  return 'geojson';
}

export { flatValue } from '../io/flat.js';

/** The same features with flat scalar properties (flatValue), for GIS files. */
export function flatProperties(fc: FeatureCollection): FeatureCollection {
  return {
    ...fc,
    features: fc.features.map((f) => ({
      ...f,
      properties: f.properties === null ? null : Object.fromEntries(Object.entries(f.properties).map(([k, v]) => [k, flatValue(v)])),
    })),
  };
}

/** GeoJSON text, one feature per line (diff-friendly, still small), with flat scalar properties (flatProperties). */
export function geojsonText(fc: FeatureCollection): string {
  const lines = flatProperties(fc).features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** A TopoJSON topology with the sections (and optionally the zones) as objects; borders stored once. */
function sectionsTopojsonText(sections: Sections, zones?: FeatureCollection): string {
  const objects: Record<string, FeatureCollection> = { sections };
  if (zones) objects.zones = zones;
  return JSON.stringify(topology(objects)) + '\n';
}

/** One row per section with its figures (lists joined with ";"), for spreadsheets. */
function sectionsCsvText(sections: Sections, style: Partial<CsvStyle> = {}): string {
  const ruleCols = [...new Set(sections.features.flatMap((f) => Object.keys(f.properties).filter((k) => k.startsWith('rule_'))))];
  const cols = [
    'section',
    'name',
    'zone_count',
    'zones',
    'zone_names',
    'members',
    'members_estimated',
    'seats',
    'compliant',
    ...ruleCols,
    'problems',
    'crossed',
    'links',
    'link_km',
    'compactness',
    'area_km2',
  ];
  const rows = sections.features.map((f) => {
    const p = f.properties as unknown as Record<string, unknown>;
    return cols.map((c) => {
      const v = p[c];
      return Array.isArray(v) ? v.join(';') : (v as string | number | boolean | null | undefined);
    });
  });
  return toCsv(cols, rows, style);
}

/** The dissolved sections as text in the chosen format (a GeoPackage is bytes: export/gpkg.ts). */
export function sectionsText(sections: Sections, format: Exclude<ExportFormat, 'gpkg'>, zones?: FeatureCollection, csv: Partial<CsvStyle> = {}): string {
  return format === 'csv' ? sectionsCsvText(sections, csv) : format === 'topojson' ? sectionsTopojsonText(sections, zones) : geojsonText(sections);
}
