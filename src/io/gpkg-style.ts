/**
 * QGIS's default styles of the layers decoupage writes to a GeoPackage (the `styleQML` of `layer_styles`):
 * sections filled by a categorized renderer on their `colour` field and labelled with their name, zones as
 * thin outlines. Plain text builders: the colours come from the caller (export/colour.ts colourSections).
 */
import type { Lang } from '../core/i18n.js';
import { say, said } from '../messages/message.js';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { gpkgBytes, isGpkgPath, type GpkgFieldType, type GpkgStyle } from './gpkg.js';

/** The types of the zone layers' usual fields (the others are told by their values). */
export const ZONE_FIELD_TYPES: Readonly<Record<string, GpkgFieldType>> = {
  zone: 'TEXT',
  zone_name: 'TEXT',
  code: 'TEXT',
  name: 'TEXT',
  members: 'INTEGER',
  members_estimated: 'BOOLEAN',
  section: 'TEXT',
  section_name: 'TEXT',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "#a6cee3" → "166,206,227,255" (QGIS's colour notation). */
function qgisColour(hex: string): string {
  const h = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)).join(',') + ',255';
}

function fillSymbol(name: string, fill: string | null, outline: string, width: number): string {
  const opts: [string, string][] = [
    ['color', fill === null ? '0,0,0,0' : qgisColour(fill)],
    ['style', fill === null ? 'no' : 'solid'],
    ['outline_color', outline],
    ['outline_style', 'solid'],
    ['outline_width', String(width)],
    ['outline_width_unit', 'MM'],
    ['joinstyle', 'round'],
  ];
  return (
    `<symbol type="fill" name="${name}" alpha="1" clip_to_extent="1" force_rhr="0">` +
    `<layer class="SimpleFill" enabled="1" locked="0" pass="0"><Option type="Map">` +
    opts.map(([k, v]) => `<Option name="${k}" type="QString" value="${v}"/>`).join('') +
    `</Option>` +
    opts.map(([k, v]) => `<prop k="${k}" v="${v}"/>`).join('') +
    `</layer></symbol>`
  );
}

const QML_HEAD = `<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version="3.28.0" styleCategories="Symbology|Labeling"`;

/** The sections' style: one category per map colour, dark outlines, labels with the section name. */
export function sectionsQml(colours: readonly string[]): string {
  const used = [...new Set(colours)].sort();
  const categories = used.map((c, i) => `<category symbol="${i}" value="${esc(c)}" label="${esc(c)}" render="true"/>`).join('');
  const symbols = used.map((c, i) => fillSymbol(String(i), c, '60,60,60,255', 0.6)).join('');
  return (
    `${QML_HEAD} labelsEnabled="1">\n` +
    `<renderer-v2 type="categorizedSymbol" attr="colour" symbollevels="0" enableorderby="0" forceraster="0">` +
    `<categories>${categories}</categories><symbols>${symbols}</symbols>` +
    `<source-symbol>${fillSymbol('0', '#eeeeee', '60,60,60,255', 0.6)}</source-symbol>` +
    `</renderer-v2>\n` +
    `<labeling type="simple"><settings calloutType="simple">` +
    `<text-style fieldName="name" isExpression="0" fontSize="9" fontSizeUnit="Point" fontWeight="75" textColor="30,30,30,255" textOpacity="1" namedStyle="Bold">` +
    `<text-buffer bufferDraw="1" bufferSize="1" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="0.8"/>` +
    `</text-style>` +
    `<text-format wrapChar="" multilineAlign="1"/>` +
    `<placement placement="1" centroidInside="1" centroidWhole="0" fitInPolygonOnly="0"/>` +
    `<rendering obstacle="1" displayAll="0" drawLabels="1"/>` +
    `</settings></labeling>\n` +
    `<layerGeometryType>2</layerGeometryType>\n</qgis>\n`
  );
}

/** The zones' style: thin grey outlines, no fill. */
export function zonesQml(): string {
  return (
    `${QML_HEAD} labelsEnabled="0">\n` +
    `<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0">` +
    `<symbols>${fillSymbol('0', null, '110,110,110,255', 0.15)}</symbols>` +
    `</renderer-v2>\n<layerGeometryType>2</layerGeometryType>\n</qgis>\n`
  );
}

/** The sections' default style (its name and description in the run's language). */
export function sectionsStyle(colours: readonly string[], lang: Lang): GpkgStyle {
  return {
    name: say(said('output.gpkg.styleSections'), lang),
    description: say(said('output.gpkg.styleSections.description'), lang),
    qml: sectionsQml(colours),
  };
}

/** The zones' default style. */
export function zonesStyle(lang: Lang): GpkgStyle {
  return { name: say(said('output.gpkg.styleZones'), lang), description: say(said('output.gpkg.styleZones.description'), lang), qml: zonesQml() };
}

/**
 * An imported zone layer as its output file wants it: a GeoPackage (layer "zones", styled; `source` in its
 * description) when the name ends in .gpkg, else the GeoJSON text `geojson()` gives.
 */
export async function zonesFileData(
  out: string,
  collection: FeatureCollection<Polygon | MultiPolygon>,
  geojson: () => string,
  o: { source?: string; lang?: Lang; crs?: string } = {},
): Promise<string | Uint8Array> {
  if (!isGpkgPath(out)) return geojson();
  const lang = o.lang ?? 'en';
  return gpkgBytes([{ name: 'zones', features: collection.features, types: ZONE_FIELD_TYPES, description: o.source, style: zonesStyle(lang) }], { crs: o.crs });
}
