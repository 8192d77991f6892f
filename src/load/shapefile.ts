/**
 * The one reader of shapefiles and their zips, for every importer (INSEE's zones d'emploi, IGN's ADMIN EXPRESS,
 * and any new one): a new importer gets all of this by construction.
 *
 * - zips through the input gate's unzip budget (io/unzip.ts: `--max-unzipped`, declared sizes first, then a
 *   running count while inflating in a stream), nested zips included; a zip that cannot be read or inflated
 *   as it says is "the zip is damaged" (exit 2), with the producer's own hint (insee.fr or IGN);
 * - the projection from the layer's .prj, or `--from-crs` for a layer without one; a layer without .prj whose
 *   coordinates are not degrees is refused with the --from-crs hint;
 * - the .dbf's encoding: the .cpg's, else UTF-8; text that is not valid UTF-8 is read as windows-1252 and said
 *   (a .cpg saying UTF-8 included); a U+FFFD is never written;
 * - every coordinate checked after projection: a number (NaN is refused), within France and its overseas
 *   départements (a wrong projection, 1e300 m), the feature named.
 */
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type JSZip from 'jszip';
import type proj4Type from 'proj4';
import type * as shapefileType from 'shapefile';
import { rewind } from '@turf/rewind';
import { InputError } from '../core/errors.js';
import { notice } from '../core/notices.js';
import { option, said, type Said } from '../messages/message.js';
import { decodeWindows1252 } from '../io/encoding.js';
import { readBytes } from '../io/read.js';
import { damagedZip, downloadAgain, inflate, inflateText, unzipBudget, type UnzipBudget, type ZipProducer } from '../io/unzip.js';

// zip, shapefile and projection libraries are loaded when an import runs, not when any command starts
const lazyRequire = createRequire(import.meta.url);
const loadJSZip = (): typeof JSZip => lazyRequire('jszip') as typeof JSZip;
const proj4 = ((...args: Parameters<typeof proj4Type>) => (lazyRequire('proj4') as typeof proj4Type)(...args)) as unknown as typeof proj4Type;
const loadShapefile = (): typeof shapefileType => lazyRequire('shapefile') as typeof shapefileType;

export type { ZipProducer };

/** The bytes of one shapefile layer found in a zip or a folder. */
export interface ShapefileLayer {
  /** path of the .shp inside the zip(s) or the folder, e.g. "ze2020_2026.zip/ze2020_2026.shp" */
  name: string;
  shp: Uint8Array;
  dbf: Uint8Array;
  prj?: string;
  cpg?: string;
}

/** A layer found, read on demand (a France-wide delivery has dozens). */
export interface FoundLayer {
  name: string;
  read(): Promise<ShapefileLayer>;
}

export const ext = (name: string): string => (/\.([^./]+)$/.exec(name)?.[1] ?? '').toLowerCase();
export const stem = (name: string): string => name.replace(/\.[^./]+$/, '');
export const base = (name: string): string => name.split(/[\\/]/).pop() ?? name;

// ---------------------------------------------------------------------------------------------------------
// zips and folders

/** An opened zip: its file entries, the budget they inflate within, the path of an inner zip. */
export interface OpenedZip {
  entries: JSZip.JSZipObject[];
  budget: UnzipBudget;
  /** "" for the zip given, "inner.zip/" for a zip inside it */
  path: string;
}

/** Open a zip (or a zip inside it); one that cannot be read is "the zip is damaged". */
export async function openZip(bytes: Uint8Array, budget: UnzipBudget, path = ''): Promise<OpenedZip> {
  let zip: JSZip;
  try {
    zip = await loadJSZip().loadAsync(bytes);
  } catch {
    // an inner zip that cannot be read: the zip given is damaged; the zip given itself: not a zip at all, perhaps
    if (path) throw damagedZip(budget, said('load.zip.innerNotZip', { path: path.replace(/\/$/, '') }));
    throw new InputError(budget.producer === 'ign' ? said('load.ae.notZip') : said('load.insee.badZip'), {
      file: budget.file,
      hint: budget.producer === 'ign' ? said('load.ae.notZip.hint') : said('load.insee.badZip.hint'),
    });
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir && !f.name.startsWith('__MACOSX/') && !base(f.name).startsWith('._'));
  return { entries, budget, path };
}

/** Open an inner zip of a zip (INSEE's later vintages nest theirs), within the same budget. */
export async function openInnerZip(outer: OpenedZip, entry: JSZip.JSZipObject): Promise<OpenedZip> {
  return openZip(await inflate(entry, outer.budget), outer.budget, `${outer.path}${entry.name}/`);
}

/** The .shp layers of an opened zip, each read (inflated within the budget) on demand. */
export function zipLayers(z: OpenedZip): FoundLayer[] {
  return z.entries
    .filter((f) => ext(f.name) === 'shp')
    .map((shp) => {
      const sibling = (e: string) => z.entries.find((f) => stem(f.name) === stem(shp.name) && ext(f.name) === e);
      return {
        name: z.path + shp.name,
        read: async () => {
          const dbf = sibling('dbf');
          if (!dbf) throw missingDbf(z.path + shp.name, z.budget);
          const prj = sibling('prj');
          const cpg = sibling('cpg');
          return {
            name: z.path + shp.name,
            shp: await inflate(shp, z.budget),
            dbf: await inflate(dbf, z.budget),
            prj: prj ? await inflateText(prj, z.budget) : undefined,
            cpg: cpg ? (await inflateText(cpg, z.budget)).trim() : undefined,
          };
        },
      };
    });
}

function missingDbf(layer: string, where: { file: string; producer: ZipProducer }): InputError {
  return new InputError(said('load.layer.noDbf', { layer: base(layer) }), { file: where.file, hint: downloadAgain(where.producer) });
}

/**
 * Every .shp layer of a zip file or of a folder (an extracted .7z), read on demand. `maxUnzippedMb` is the zip's
 * budget; a folder's files go through the input gate's size limit.
 */
export async function shapefileLayers(input: string, o: { producer: ZipProducer; maxUnzippedMb?: number; readHint: Said }): Promise<FoundLayer[]> {
  let isDir = false;
  try {
    isDir = statSync(input).isDirectory();
  } catch {
    readBytes(input, o.readHint); // throws "file not found", in the input gate's words
  }
  if (!isDir) return zipLayers(await openZip(readBytes(input, o.readHint), unzipBudget(input, o.maxUnzippedMb, o.producer)));
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(input);
  return files
    .filter((f) => ext(f) === 'shp')
    .map((shp) => {
      const sibling = (e: string) => files.find((f) => stem(f) === stem(shp) && ext(f) === e);
      const name = relative(input, shp);
      return {
        name,
        read: async () => {
          const dbf = sibling('dbf');
          if (!dbf) throw missingDbf(name, { file: input, producer: o.producer });
          const prj = sibling('prj');
          const cpg = sibling('cpg');
          return {
            name,
            shp: readBytes(shp),
            dbf: readBytes(dbf),
            prj: prj ? readBytes(prj).toString('utf8') : undefined,
            cpg: cpg ? readBytes(cpg).toString('utf8').trim() : undefined,
          };
        },
      };
    });
}

// ---------------------------------------------------------------------------------------------------------
// projections

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

type Projector = (p: Position) => Position;

/**
 * A function projecting the layer's coordinates to WGS84 lon/lat, from the .prj (ESRI WKT).
 * Geographic WGS84 layers (and layers without .prj whose coordinates look like degrees) are left as they are.
 */
export function reprojectorFromPrj(prj: string | undefined, file = '<prj>'): Projector | null {
  if (prj === undefined || prj.trim() === '') return null;
  const wkt = prj.trim();
  if (/^GEOGCS\[/i.test(wkt) && /WGS[_ ]?(19)?84/i.test(wkt)) return null;
  let conv: proj4Type.Converter;
  try {
    conv = proj4(wkt, 'EPSG:4326');
  } catch (e) {
    throw new InputError(said('load.insee.badPrj', { error: (e as Error).message }), { file, field: '.prj', hint: said('load.insee.badPrj.hint') });
  }
  return (p) => conv.forward([p[0], p[1]]);
}

/** A reprojector from a --from-crs name (EPSG:2154…) for a layer whose .prj is missing. */
export function reprojectorFromCrs(crs: string): Projector {
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

/**
 * France and its overseas départements and collectivities in longitude/latitude, with a margin: mainland and
 * Corsica, the Antilles (Guadeloupe, Martinique, Saint-Martin, Saint-Barthélemy), Guyane, La Réunion, Mayotte,
 * Saint-Pierre-et-Miquelon. A point outside every box comes from a wrong projection or a damaged file.
 */
export const FRANCE_EXTENT: readonly (readonly [number, number, number, number])[] = [
  [-6.5, 40.5, 10.5, 51.8],
  [-63.6, 13.8, -60.4, 18.6],
  [-55.2, 1.6, -50.8, 6.4],
  [54.8, -21.8, 56.2, -20.5],
  [44.5, -13.5, 45.8, -12.3],
  [-56.9, 46.5, -55.9, 47.4],
];
const inFrance = (p: Position) => FRANCE_EXTENT.some(([w, s, e, n]) => p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n);

/**
 * Every coordinate of an imported outline, once in WGS84: a number, and in France or its overseas départements
 * (a wrong projection puts Lambert-93 metres at latitude −90). The feature is named; the hint says --from-crs
 * unless the caller gives its own (a layer whose .prj is there: the file is damaged).
 */
export function checkInFrance(g: Polygon | MultiPolygon, at: { file: string; zone: string; layer: string; hint?: Said }): void {
  const points = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2);
  const off = points.find((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || !inFrance(p));
  if (!off) return;
  const finite = Number.isFinite(off[0]) && Number.isFinite(off[1]);
  throw new InputError(
    finite
      ? said('load.layer.outsideFrance', { point: off.slice(0, 2).join(', '), layer: at.layer })
      : said('load.layer.notANumber', { point: off.slice(0, 2).join(', ') }),
    { file: at.file, zone: at.zone, field: 'geometry', hint: at.hint ?? said('load.layer.outsideFrance.hint', { option: option('fromCrs') }) },
  );
}

// ---------------------------------------------------------------------------------------------------------
// reading a layer

export interface LayerReadOptions {
  /** the file as the user named it, for messages */
  file: string;
  producer: ZipProducer;
  /** projection of a layer without .prj (--from-crs) */
  fromCrs?: string;
  /**
   * The feature's id for messages, from its properties (keys as in the .dbf); may throw the importer's own
   * error for a feature it cannot use (a missing field). Called before the geometry is read.
   */
  idOf(properties: Record<string, unknown>, index: number): string;
}

export interface ReadLayer {
  /** polygons in WGS84 (rounded to 1e-6°, right-hand rule), the .dbf's properties decoded */
  features: Feature<Polygon | MultiPolygon>[];
  /** "WGS84 (no change)", "EPSG:2154 (--from-crs) → WGS84", "RGF_1993_Lambert_93 → WGS84" */
  projection: string;
  /** how the .dbf was decoded: "utf-8", "windows-1252" */
  encoding: string;
}

/** Read one layer: projection, encoding and every coordinate as the module's header says. */
export async function readLayer(layer: ShapefileLayer, o: LayerReadOptions): Promise<ReadLayer> {
  const hasPrj = layer.prj !== undefined && layer.prj.trim() !== '';
  if (o.fromCrs !== undefined && hasPrj) {
    throw new InputError(said('load.insee.crsWithPrj', { option: option('fromCrs'), layer: base(layer.name) }), {
      file: o.file,
      field: 'from-crs',
      hint: said('load.insee.crsWithPrj.hint', { option: option('fromCrs') }),
    });
  }
  const project = o.fromCrs !== undefined ? reprojectorFromCrs(o.fromCrs) : reprojectorFromPrj(layer.prj, o.file);
  const { features: raw, encoding } = await readDecoded(layer, o);
  const features: Feature<Polygon | MultiPolygon>[] = [];
  raw.forEach((f, i) => {
    const properties = f.properties ?? {};
    const id = o.idOf(properties, i);
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      throw new InputError(said('load.layer.notPolygon', { type: g ? g.type : said('load.layer.missingGeometry') }), {
        file: o.file,
        zone: id,
        field: 'geometry',
      });
    }
    const points = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2);
    const nan = points.find((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]));
    if (nan) throw new InputError(said('load.layer.notANumber', { point: nan.slice(0, 2).join(', ') }), { file: o.file, zone: id, field: 'geometry' });
    if (!project && !hasPrj) {
      const outside = points.find((pt) => Math.abs(pt[0]) > 180 || Math.abs(pt[1]) > 90);
      if (outside) {
        throw new InputError(said('load.insee.noPrjDegrees', { point: outside.slice(0, 2).join(', ') }), {
          file: o.file,
          zone: id,
          field: '.prj',
          hint: said('load.insee.noPrjDegrees.hint', { option: option('fromCrs') }),
        });
      }
    }
    // every point once projected, before rings are cleaned (1e300 m would collapse into an "empty outline")
    // degrees read as metres (--from-crs EPSG:2154 on a longitude/latitude layer): say so, with the point as written
    const degrees = o.fromCrs !== undefined && points.every((pt) => Math.abs(pt[0]) <= 180 && Math.abs(pt[1]) <= 90);
    const hint = hasPrj
      ? downloadAgain(o.producer)
      : degrees
        ? said('load.layer.degrees.hint', { point: points[0].slice(0, 2).join(', '), option: option('fromCrs'), crs: o.fromCrs! })
        : undefined;
    const where = { file: o.file, zone: id, layer: base(layer.name), hint };
    checkInFrance({ type: 'MultiPolygon', coordinates: [[project ? points.map(project) : points]] }, where);
    const geometry = cleanGeometry(g, project);
    if (!geometry) throw new InputError(said('load.layer.emptyOutline'), { file: o.file, zone: id, field: 'geometry' });
    checkInFrance(geometry, where);
    features.push({ type: 'Feature', properties, geometry });
  });
  const projection =
    o.fromCrs !== undefined
      ? `${o.fromCrs.trim().toUpperCase()} (--from-crs) → WGS84`
      : project
        ? (/^\s*PROJCS\["([^"]+)"/i.exec(layer.prj ?? '')?.[1] ?? 'from .prj') + ' → WGS84'
        : 'WGS84 (no change)';
  return { features, projection, encoding };
}

/** TextDecoder label for the dbf from the .cpg ("UTF-8", "1252", "ANSI 1252"…); UTF-8 when unknown. */
export function dbfEncoding(cpg: string | undefined): string {
  const c = (cpg ?? '').trim().toUpperCase();
  if (/1252/.test(c) || c === 'ANSI' || c === 'LATIN1' || c === 'ISO-8859-1' || c === 'ISO88591') return 'windows-1252';
  return 'utf-8';
}

/**
 * The layer's records with their text decoded: read byte for byte, then as the .cpg says; UTF-8 text
 * that is not valid UTF-8 is windows-1252 (older files, and .cpg files that say UTF-8 wrongly), and said. A text
 * that still holds U+FFFD is a damaged file: refused, never written.
 */
async function readDecoded(layer: ShapefileLayer, o: LayerReadOptions): Promise<{ features: Feature[]; encoding: string }> {
  // "x-user-defined" (WHATWG) keeps every byte: ASCII as it is, bytes 0x80–0xFF as U+F780–U+F7FF
  const features = await readShapefile(layer, 'x-user-defined', o.file, o.producer);
  const declared = dbfEncoding(layer.cpg);
  const bytesOf = (s: string) =>
    Uint8Array.from(s, (c) => {
      const code = c.charCodeAt(0);
      return code >= 0xf780 ? code - 0xf700 : code;
    });
  const texts = function* () {
    for (const f of features) for (const v of Object.values(f.properties ?? {})) if (typeof v === 'string') yield v;
  };
  let encoding = declared;
  if (declared === 'utf-8') {
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    for (const v of texts()) {
      try {
        utf8.decode(bytesOf(v));
      } catch {
        encoding = 'windows-1252';
        const dbf = base(layer.name).replace(/\.shp$/i, '.dbf');
        notice(layer.cpg === undefined ? said('load.layer.dbf1252', { dbf }) : said('load.layer.dbf1252Cpg', { dbf, cpg: layer.cpg.slice(0, 40) }));
        break;
      }
    }
  }
  const decode = encoding === 'utf-8' ? (s: string) => new TextDecoder('utf-8').decode(bytesOf(s)) : (s: string) => decodeWindows1252(bytesOf(s));
  for (const [i, f] of features.entries()) {
    const p = f.properties ?? {};
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(p)) {
      const key = decode(k);
      const value = typeof v === 'string' ? decode(v) : v;
      if (typeof value === 'string' && value.includes('\uFFFD')) {
        throw new InputError(said('load.layer.replacementChar', { dbf: base(layer.name).replace(/\.shp$/i, '.dbf'), n: i + 1, field: key }), {
          file: o.file,
          field: key,
          hint: downloadAgain(o.producer),
        });
      }
      out[key] = value;
    }
    f.properties = out;
  }
  return { features, encoding };
}

export async function readShapefile(layer: ShapefileLayer, encoding: string, file: string, producer: ZipProducer = 'insee'): Promise<Feature[]> {
  try {
    const source = await loadShapefile().open(layer.shp, layer.dbf, { encoding });
    const out: Feature[] = [];
    for (let r = await source.read(); !r.done; r = await source.read()) out.push(r.value);
    return out;
  } catch (e) {
    throw new InputError(said('load.insee.badShapefile', { layer: base(layer.name), error: (e as Error).message }), {
      file,
      hint: downloadAgain(producer),
    });
  }
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Reproject, round to 1e-6°, drop repeated points and degenerate rings, then apply the right-hand rule. */
export function cleanGeometry(g: Polygon | MultiPolygon, project: Projector | null): Polygon | MultiPolygon | null {
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
