/**
 * Import INSEE's "fonds de carte des zones d'emploi" (a zipped shapefile, fields ze2020, libze2020, nb_com)
 * into clean RFC 7946 GeoJSON: properties code (4-character string), name, nb_com; WGS84 lon/lat rounded
 * to 1e-6°; exterior rings counter-clockwise, holes clockwise. Handles the nested zips of later vintages
 * (fonds_ze2020_2026.zip holds ze2020_2026.zip and com_ze2020_2026.zip) and Lambert-93 layers (.prj).
 */
import { readBytes } from '../io/read.js';
import { addBoundaries, boundariesFromCommuneTable, communesMissingFromPopulation, selectZones, type SelectedZones, type ZoneSelection } from './boundaries.js';
import { readCommuneTable } from './members.js';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { createRequire } from 'node:module';
import type JSZip from 'jszip';
import type proj4Type from 'proj4';
import type * as shapefileType from 'shapefile';
import { rewind } from '@turf/rewind';
import { InputError } from '../core/errors.js';
import { option, said } from '../messages/message.js';
import { writeOutputs } from '../io/atomic.js';
import { zonesFileData } from '../io/gpkg-style.js';
import type { Lang } from '../core/i18n.js';
import { inflate, inflateText, unzipBudget, type UnzipBudget } from '../io/unzip.js';

// zip, shapefile and projection libraries are loaded when an import runs, not when any command starts
const lazyRequire = createRequire(import.meta.url);
const loadJSZip = (): typeof JSZip => lazyRequire('jszip') as typeof JSZip;
const proj4 = ((...args: Parameters<typeof proj4Type>) => (lazyRequire('proj4') as typeof proj4Type)(...args)) as unknown as typeof proj4Type;
const loadShapefile = (): typeof shapefileType => lazyRequire('shapefile') as typeof shapefileType;

/** The bytes of one shapefile layer found in a zip. */
export interface ShapefileLayer {
  /** path of the .shp inside the zip(s), e.g. "ze2020_2026.zip/ze2020_2026.shp" */
  name: string;
  shp: Uint8Array;
  dbf: Uint8Array;
  prj?: string;
  cpg?: string;
}

const ext = (name: string) => (/\.([^./]+)$/.exec(name)?.[1] ?? '').toLowerCase();
const stem = (name: string) => name.replace(/\.[^./]+$/, '');
const base = (name: string) => name.split('/').pop() ?? name;

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
  let zip: JSZip;
  try {
    zip = await loadJSZip().loadAsync(zipBytes);
  } catch {
    throw new InputError(path ? said('load.insee.badInnerZip', { path }) : said('load.insee.badZip'), { file, hint: said('load.insee.badZip.hint') });
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  const shps = entries.filter((f) => ext(f.name) === 'shp').map((f) => f.name);
  const chosen = pickZoneLayer(shps);
  if (chosen !== undefined) {
    const get = (e: string) => entries.find((f) => stem(f.name) === stem(chosen) && ext(f.name) === e);
    const dbf = get('dbf');
    if (!dbf) {
      throw new InputError(said('load.insee.noDbf', { layer: base(chosen) }), { file, hint: said('load.insee.incomplete.hint') });
    }
    const prj = get('prj');
    const cpg = get('cpg');
    return {
      name: path + chosen,
      shp: await inflate(zip.files[chosen], budget),
      dbf: await inflate(dbf, budget),
      prj: prj ? await inflateText(prj, budget) : undefined,
      cpg: cpg ? (await inflateText(cpg, budget)).trim() : undefined,
    };
  }
  const inner = pickZoneLayer(entries.filter((f) => ext(f.name) === 'zip').map((f) => f.name));
  if (inner !== undefined) return findZoneLayer(await inflate(zip.files[inner], budget), file, `${path}${inner}/`, budget);
  throw new InputError(path ? said('load.insee.noShpIn', { path }) : said('load.insee.noShp'), {
    file,
    hint: said('load.insee.noShp.hint', {
      entries:
        entries
          .map((f) => f.name)
          .slice(0, 10)
          .join(', ') || said('load.nothing'),
    }),
  });
}

/** TextDecoder label for the dbf from the .cpg ("UTF-8", "1252", "ANSI 1252"…); UTF-8 when unknown. */
export function dbfEncoding(cpg: string | undefined): string {
  const c = (cpg ?? '').trim().toUpperCase();
  if (/1252/.test(c) || c === 'ANSI' || c === 'LATIN1' || c === 'ISO-8859-1' || c === 'ISO88591') return 'windows-1252';
  return 'utf-8';
}

/**
 * A function projecting the layer's coordinates to WGS84 lon/lat, from the .prj (ESRI WKT).
 * Geographic WGS84 layers (and layers without .prj whose coordinates look like degrees) are left as they are.
 */
export function reprojectorFromPrj(prj: string | undefined, file = '<prj>'): ((p: Position) => Position) | null {
  if (prj === undefined || prj.trim() === '') return null;
  const wkt = prj.trim();
  if (/^GEOGCS\[/i.test(wkt) && /WGS[_ ]?(19)?84/i.test(wkt)) return null;
  let conv: proj4.Converter;
  try {
    conv = proj4(wkt, 'EPSG:4326');
  } catch (e) {
    throw new InputError(said('load.insee.badPrj', { error: (e as Error).message }), { file, field: '.prj', hint: said('load.insee.badPrj.hint') });
  }
  return (p) => conv.forward([p[0], p[1]]);
}

export interface InseeImportResult {
  collection: FeatureCollection<Polygon | MultiPolygon>;
  /** the layer read, e.g. "ze2020_2022.shp" or "ze2020_2026.zip/ze2020_2026.shp" */
  layer: string;
  /** "WGS84 (no change)" or the projection name read from the .prj */
  projection: string;
  encoding: string;
}

/** Projections a layer without .prj may be in (--from-crs), as proj4 definitions. */
export const KNOWN_CRS: Record<string, string> = {
  'EPSG:4326': '+proj=longlat +datum=WGS84 +no_defs',
  'EPSG:2154': '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:3857': '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs',
  'EPSG:5490': '+proj=utm +zone=20 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:2972': '+proj=utm +zone=22 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:2975': '+proj=utm +zone=40 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:4471': '+proj=utm +zone=38 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
};

/** A reprojector from a --from-crs name (EPSG:2154…) for a layer whose .prj is missing. */
export function reprojectorFromCrs(crs: string): (p: Position) => Position {
  const def = KNOWN_CRS[crs.trim().toUpperCase()];
  if (def === undefined) {
    throw new InputError(said('load.insee.unknownCrs', { option: option('fromCrs'), crs }), {
      field: 'from-crs',
      hint: said('load.insee.unknownCrs.hint', { known: Object.keys(KNOWN_CRS).join(', ') }),
    });
  }
  const conv = proj4(def, 'EPSG:4326');
  return (p) => conv.forward([p[0], p[1]]);
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
  let bytes: Uint8Array;
  if (typeof zip === 'string') {
    bytes = readBytes(zip, said('load.insee.read.hint'));
  } else bytes = zip;

  const layer = await findZoneLayer(bytes, file, '', unzipBudget(file, opts.maxUnzippedMb));
  if (opts.fromCrs !== undefined && layer.prj !== undefined && layer.prj.trim() !== '') {
    throw new InputError(said('load.insee.crsWithPrj', { option: option('fromCrs'), layer: base(layer.name) }), {
      file,
      field: 'from-crs',
      hint: said('load.insee.crsWithPrj.hint', { option: option('fromCrs') }),
    });
  }
  const project = opts.fromCrs !== undefined ? reprojectorFromCrs(opts.fromCrs) : reprojectorFromPrj(layer.prj, file);
  let encoding = dbfEncoding(layer.cpg);
  let raw = await readShapefile(layer, encoding, file);
  // no .cpg and garbled text: older files are windows-1252
  if (layer.cpg === undefined && raw.some((f) => Object.values(f.properties ?? {}).some((v) => typeof v === 'string' && v.includes('\uFFFD')))) {
    encoding = 'windows-1252';
    raw = await readShapefile(layer, encoding, file);
  }

  const features: Feature<Polygon | MultiPolygon>[] = [];
  const seen = new Set<string>();
  raw.forEach((f, i) => {
    const p = lowerKeys(f.properties ?? {});
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
      throw new InputError(said('load.layer.noField', { layer: base(layer.name), field, fields: Object.keys(f.properties ?? {}).join(', ') }), {
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
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      throw new InputError(said('load.layer.notPolygon', { type: g ? g.type : said('load.layer.missingGeometry') }), { file, zone: code, field: 'geometry' });
    }
    if (!project && (layer.prj === undefined || layer.prj.trim() === '')) {
      const outside = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2).find((pt) => Math.abs(pt[0]) > 180 || Math.abs(pt[1]) > 90);
      if (outside) {
        throw new InputError(said('load.insee.noPrjDegrees', { point: outside.slice(0, 2).join(', ') }), {
          file,
          zone: code,
          field: '.prj',
          hint: said('load.insee.noPrjDegrees.hint', { option: option('fromCrs') }),
        });
      }
    }
    const geometry = cleanGeometry(g, project);
    if (!geometry) throw new InputError(said('load.layer.emptyOutline'), { file, zone: code, field: 'geometry' });
    features.push({
      type: 'Feature',
      properties: { code, name: String(p.libze2020 ?? '').trim(), nb_com: Number(p.nb_com) },
      geometry,
    });
  });
  features.sort((a, b) => (a.properties!.code < b.properties!.code ? -1 : 1));
  return {
    collection: { type: 'FeatureCollection', features },
    layer: layer.name,
    projection:
      opts.fromCrs !== undefined
        ? `${opts.fromCrs.toUpperCase()} (--from-crs) → WGS84`
        : project
          ? (/^\s*PROJCS\["([^"]+)"/i.exec(layer.prj ?? '')?.[1] ?? 'from .prj') + ' → WGS84'
          : 'WGS84 (no change)',
    encoding,
  };
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

export async function readShapefile(layer: ShapefileLayer, encoding: string, file: string): Promise<Feature[]> {
  try {
    const source = await loadShapefile().open(layer.shp, layer.dbf, { encoding });
    const out: Feature[] = [];
    for (let r = await source.read(); !r.done; r = await source.read()) out.push(r.value);
    return out;
  } catch (e) {
    throw new InputError(said('load.insee.badShapefile', { layer: base(layer.name), error: (e as Error).message }), {
      file,
      hint: said('load.insee.damaged.hint'),
    });
  }
}

function lowerKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Reproject, round to 1e-6°, drop repeated points and degenerate rings, then apply the right-hand rule. */
export function cleanGeometry(g: Polygon | MultiPolygon, project: ((p: Position) => Position) | null): Polygon | MultiPolygon | null {
  const ring = (r: Position[]): Position[] | null => {
    const out: Position[] = [];
    for (const p of r) {
      const q = project ? project(p) : p;
      const pt = [round6(q[0]), round6(q[1])];
      const last = out[out.length - 1];
      if (!last || last[0] !== pt[0] || last[1] !== pt[1]) out.push(pt);
    }
    if (out.length && (out[0][0] !== out[out.length - 1][0] || out[0][1] !== out[out.length - 1][1])) out.push([...out[0]]);
    return out.length >= 4 ? out : null;
  };
  const polygon = (rings: Position[][]): Position[][] | null => {
    const outer = ring(rings[0]);
    if (!outer) return null;
    return [
      outer,
      ...rings
        .slice(1)
        .map(ring)
        .filter((r): r is Position[] => r !== null),
    ];
  };
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map(polygon).filter((p): p is Position[][] => p !== null);
  if (polys.length === 0) return null;
  const cleaned: Polygon | MultiPolygon = polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
  // RFC 7946: exterior rings counter-clockwise, holes clockwise
  return rewind(cleaned, { reverse: false, mutate: true }) as Polygon | MultiPolygon;
}
