import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { InputError } from '../core/errors.js';
import { toCsv } from '../io/csv.js';
import type { SectionProperties } from './dissolve.js';

export const EXPORT_FORMATS = ['geojson', 'topojson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type Sections = FeatureCollection<Polygon | MultiPolygon, SectionProperties>;

/** The format named by --format, else guessed from the file name (.csv, .topojson), else GeoJSON. */
export function exportFormatFor(path: string, format?: string): ExportFormat {
  if (format !== undefined) {
    const f = format.toLowerCase();
    if (!(EXPORT_FORMATS as readonly string[]).includes(f)) {
      throw new InputError(`unknown export format "${format}"`, { field: 'format', hint: `use one of: ${EXPORT_FORMATS.join(', ')}` });
    }
    return f as ExportFormat;
  }
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.topojson') || lower.endsWith('.topo.json')) return 'topojson';
  return 'geojson';
}

/** GeoJSON text, one feature per line (diff-friendly, still small). */
export function geojsonText(fc: FeatureCollection): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** A TopoJSON topology with the sections (and optionally the zones) as objects; borders stored once. */
function sectionsTopojsonText(sections: Sections, zones?: FeatureCollection): string {
  const objects: Record<string, FeatureCollection> = { sections };
  if (zones) objects.zones = zones;
  return JSON.stringify(topology(objects)) + '\n';
}

/** One row per section with its figures (lists joined with ";"), for spreadsheets. */
function sectionsCsvText(sections: Sections): string {
  const ruleCols = [...new Set(sections.features.flatMap((f) => Object.keys(f.properties).filter((k) => k.startsWith('rule_'))))];
  const cols = ['section', 'name', 'zone_count', 'zones', 'zone_names', 'members', 'members_estimated', 'seats', 'compliant', ...ruleCols, 'problems', 'crossed', 'links', 'link_km', 'compactness', 'area_km2'];
  const rows = sections.features.map((f) => {
    const p = f.properties as unknown as Record<string, unknown>;
    return cols.map((c) => {
      const v = p[c];
      return Array.isArray(v) ? v.join(';') : (v as string | number | boolean | null | undefined);
    });
  });
  return toCsv(cols, rows);
}

/** The dissolved sections as text in the chosen format. */
export function sectionsText(sections: Sections, format: ExportFormat, zones?: FeatureCollection): string {
  return format === 'csv' ? sectionsCsvText(sections) : format === 'topojson' ? sectionsTopojsonText(sections, zones) : geojsonText(sections);
}
