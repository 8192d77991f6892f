/**
 * Import INSEE's "fonds de carte des zones d'emploi" (a zipped shapefile, fields ze2020, libze2020, nb_com)
 * into clean RFC 7946 GeoJSON: properties code (4-character string), name, nb_com; WGS84 lon/lat rounded
 * to 1e-6°; exterior rings counter-clockwise, holes clockwise. Handles the nested zips of later vintages
 * (fonds_ze2020_2026.zip holds ze2020_2026.zip and com_ze2020_2026.zip) and Lambert-93 layers (.prj).
 */
import { readBytes } from '../io/read.js';
import { addBoundaries, boundariesFromCommuneTable, communesMissingFromPopulation, selectZones, type SelectedZones, type ZoneSelection } from './boundaries.js';
import { readCommuneTable } from './members.js';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { InputError } from '../core/errors.js';
import { said } from '../messages/message.js';
import { writeOutputs } from '../io/atomic.js';
import { zonesFileData } from '../io/gpkg-style.js';
import type { Lang } from '../core/i18n.js';
import { unzipBudget, type UnzipBudget } from '../io/unzip.js';
import { base, ext, openInnerZip, openZip, readLayer, zipLayers, type ShapefileLayer } from './shapefile.js';

// the one shapefile reader (shapefile.ts): these names stay here for the callers that import them from insee.ts
export { cleanGeometry, dbfEncoding, KNOWN_CRS, readShapefile, reprojectorFromCrs, reprojectorFromPrj, type ShapefileLayer } from './shapefile.js';

/**
 * Among the layers (or inner zips) of an INSEE zip, the zone layer: not the commune one ("com_…"),
 * preferably one whose name starts with "ze". Undefined when there is nothing to choose.
 */
export function pickZoneLayer(names: readonly string[]): string | undefined {
  const candidates = names.filter((n) => !/^com[_-]/i.test(base(n)) && !base(n).startsWith('.') && !n.startsWith('__MACOSX/'));
  const sorted = [...candidates].sort();
  return sorted.find((n) => /^ze/i.test(base(n))) ?? sorted[0];
}

/** Find the zone layer in a zip, opening inner zips when the outer one holds no shapefile. */
export async function findZoneLayer(zipBytes: Uint8Array, file: string, path = '', budget: UnzipBudget = unzipBudget(file)): Promise<ShapefileLayer> {
  return findZoneLayerIn(await openZip(zipBytes, budget, path), file);
}

async function findZoneLayerIn(zip: Awaited<ReturnType<typeof openZip>>, file: string): Promise<ShapefileLayer> {
  const layers = zipLayers(zip);
  const chosen = pickZoneLayer(layers.map((l) => l.name.slice(zip.path.length)));
  if (chosen !== undefined) return layers.find((l) => l.name === zip.path + chosen)!.read();
  const inner = pickZoneLayer(zip.entries.filter((f) => ext(f.name) === 'zip').map((f) => f.name));
  if (inner !== undefined)
    return findZoneLayerIn(
      await openInnerZip(
        zip,
        zip.entries.find((f) => f.name === inner)!,
      ),
      file,
    );
  throw noShapefile(
    zip.path,
    zip.entries.map((f) => f.name),
    file,
  );
}

function noShapefile(path: string, names: string[], file: string): InputError {
  return new InputError(path ? said('load.insee.noShpIn', { path }) : said('load.insee.noShp'), {
    file,
    hint: said('load.insee.noShp.hint', { entries: names.slice(0, 10).join(', ') || said('load.nothing') }),
  });
}

export interface InseeImportResult {
  collection: FeatureCollection<Polygon | MultiPolygon>;
  /** the layer read, e.g. "ze2020_2022.shp" or "ze2020_2026.zip/ze2020_2026.shp" */
  layer: string;
  /** "WGS84 (no change)" or the projection name read from the .prj */
  projection: string;
  encoding: string;
}

export interface InseeReadOptions {
  /** projection of a layer without .prj, e.g. "EPSG:2154" (Lambert-93) */
  fromCrs?: string;
  /** at most this many MB inflated from the zip (default DEFAULT_MAX_UNZIPPED_MB) */
  maxUnzippedMb?: number;
  /** a .gpkg output: its coordinate system (EPSG:4326 by default) and the language of its style's name */
  toCrs?: string;
  lang?: Lang;
}

/** Read an INSEE ZE zip (path or bytes) and return the cleaned zones. */
export async function readInseeZones(
  zip: string | Uint8Array,
  file = typeof zip === 'string' ? zip : '<zip>',
  opts: InseeReadOptions = {},
): Promise<InseeImportResult> {
  const bytes = typeof zip === 'string' ? readBytes(zip, said('load.insee.read.hint')) : zip;
  const layer = await findZoneLayer(bytes, file, '', unzipBudget(file, opts.maxUnzippedMb, 'insee'));
  const seen = new Set<string>();
  const read = await readLayer(layer, {
    file,
    producer: 'insee',
    fromCrs: opts.fromCrs,
    idOf: (properties, i) => {
      const p = lowerKeys(properties);
      if (Object.keys(p).length === 0 && i > 0) {
        throw new InputError(said('load.insee.fewerRecords', { dbf: base(layer.name).replace(/\.shp$/i, '.dbf'), layer: base(layer.name), n: i + 1 }), {
          file,
          zone: `#${i + 1}`,
          field: '.dbf',
          hint: said('load.insee.fewerRecords.hint'),
        });
      }
      const field = ['ze2020', 'libze2020', 'nb_com'].find((k) => !(k in p));
      if (field) {
        throw new InputError(said('load.layer.noField', { layer: base(layer.name), field, fields: Object.keys(properties).join(', ') }), {
          file,
          field,
          hint: said('load.insee.notZe.hint'),
        });
      }
      const code = String(p.ze2020 ?? '')
        .trim()
        .padStart(4, '0');
      if (code === '0000' || seen.has(code)) {
        throw new InputError(code === '0000' ? said('load.insee.noCode', { n: i + 1 }) : said('load.layer.twice'), {
          file,
          zone: code === '0000' ? `#${i + 1}` : code,
          field: 'ze2020',
        });
      }
      seen.add(code);
      return code;
    },
  });
  const features: Feature<Polygon | MultiPolygon>[] = read.features.map((f) => {
    const p = lowerKeys(f.properties ?? {});
    const code = String(p.ze2020 ?? '')
      .trim()
      .padStart(4, '0');
    return { type: 'Feature', properties: { code, name: String(p.libze2020 ?? '').trim(), nb_com: Number(p.nb_com) }, geometry: f.geometry };
  });
  features.sort((a, b) => (a.properties!.code < b.properties!.code ? -1 : 1));
  return { collection: { type: 'FeatureCollection', features }, layer: layer.name, projection: read.projection, encoding: read.encoding };
}

/** Import and write the GeoJSON atomically (one feature per line, so diffs and text editors stay usable). */
export async function importInseeZones(
  zip: string,
  out: string,
  communeTable?: string,
  communePopulation?: Map<string, number>,
  selection?: ZoneSelection,
  opts: InseeReadOptions = {},
): Promise<InseeImportResult & { selected?: SelectedZones; populationGaps?: ReturnType<typeof communesMissingFromPopulation> }> {
  const result = await readInseeZones(zip, zip, opts);
  if (communeTable !== undefined) addBoundaries(result.collection, boundariesFromCommuneTable(communeTable, communePopulation), communeTable);
  let selected: SelectedZones | undefined;
  if (selection && communeTable !== undefined) selected = selectZones(result.collection, selection, communeTable);
  // a population file that misses communes of a kept zone gives it too few people: say which
  const populationGaps =
    communePopulation && communeTable !== undefined
      ? communesMissingFromPopulation(
          readCommuneTable(communeTable),
          new Set(result.collection.features.map((f) => String(f.properties?.code))),
          communePopulation,
        )
      : undefined;
  // the file says where it comes from: the report credits it ("Source : Insee, zones d'emploi 2020")
  const source = inseeCredit(result.layer);
  const data = await zonesFileData(out, result.collection, () => featureCollectionText(result.collection, { source }), {
    source,
    lang: opts.lang,
    crs: opts.toCrs,
  });
  await writeOutputs([{ path: out, data, option: '-o' }]);
  return { ...result, selected, populationGaps };
}

/** "ze2020_2022.shp" → "Insee, zones d'emploi 2020". */
export function inseeCredit(layer: string): string {
  const vintage = /ze(\d{4})/i.exec(layer.split('/').pop() ?? '')?.[1];
  return `Insee, zones d'emploi${vintage ? ` ${vintage}` : ''}`;
}

/** One feature per line; `source` is written as a top-level foreign member (RFC 7946 §6.1). */
export function featureCollectionText(fc: FeatureCollection, meta: { source?: string } = {}): string {
  const source = meta.source ? `"source":${JSON.stringify(meta.source)},` : '';
  return `{"type":"FeatureCollection",${source}"features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

function lowerKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));
}
