/**
 * GeoPackage (OGC 12-128r18), written and read through SQLite compiled to WebAssembly (sql.js: no native
 * module, no download at install, nothing to build). The file is made in memory and handed to the output
 * gate as bytes (atomic.ts: a temporary, then a rename), so a .gpkg is complete or absent.
 *
 * Written: the tables the standard requires (gpkg_spatial_ref_sys with its three required rows,
 * gpkg_contents, gpkg_geometry_columns), one feature table per layer (`fid INTEGER PRIMARY KEY
 * AUTOINCREMENT`, `geom MULTIPOLYGON` as StandardGeoPackageBinary: header, envelope, little-endian WKB),
 * fields typed INTEGER, REAL, BOOLEAN or TEXT, and QGIS's `layer_styles` table when a layer has a style.
 *
 * sql.js starts asynchronously (it compiles its WebAssembly): `loadGpkgSupport()` once before a synchronous
 * read (the CLI does it when an argument names a .gpkg); the writer awaits it itself.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { createRequire } from 'node:module';
import type { Database, SqlJsStatic } from 'sql.js';
import type { Geometry as WkxGeometry } from 'wkx';
import type proj4Type from 'proj4';
import { InputError } from '../core/errors.js';
import { said } from '../messages/message.js';
import { flatValue } from './flat.js';
import { readBytes } from './read.js';

const lazyRequire = createRequire(import.meta.url);

type SqlValue = string | number | null | Uint8Array;

let sqlite: SqlJsStatic | undefined;

/** Start SQLite (WebAssembly), once: needed before readGpkgLayer; gpkgBytes calls it itself. */
export async function loadGpkgSupport(): Promise<void> {
  if (sqlite) return;
  const { default: init } = await import('sql.js');
  sqlite = await init();
}

function started(): SqlJsStatic {
  if (!sqlite) throw new Error('GeoPackage support is not started: await loadGpkgSupport() before reading a .gpkg');
  return sqlite;
}

/** Whether a path names a GeoPackage (by its extension). */
export function isGpkgPath(path: string): boolean {
  return path.toLowerCase().endsWith('.gpkg');
}

// ---------------------------------------------------------------------------------------------------------
// coordinate reference systems a GeoPackage is written in

export interface GpkgCrs {
  srsId: number;
  name: string;
  /** proj4's definition, to reproject WGS84 into it */
  proj4: string;
  definition: string;
  description: string;
}

/** The definitions (OGC WKT 1, as GDAL writes them) of the systems decoupage writes: --to-crs. */
export const GPKG_CRS: Record<string, GpkgCrs> = {
  'EPSG:4326': {
    srsId: 4326,
    name: 'WGS 84 geodetic',
    proj4: '+proj=longlat +datum=WGS84 +no_defs',
    description: 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid',
    definition:
      'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
  },
  'EPSG:2154': {
    srsId: 2154,
    name: 'RGF93 v1 / Lambert-93',
    proj4: '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
    description: 'Lambert-93 (metres), the French official projection',
    definition:
      'PROJCS["RGF93 v1 / Lambert-93",GEOGCS["RGF93 v1",DATUM["Reseau_Geodesique_Francais_1993_v1",SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],AUTHORITY["EPSG","6171"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4171"]],PROJECTION["Lambert_Conformal_Conic_2SP"],PARAMETER["latitude_of_origin",46.5],PARAMETER["central_meridian",3],PARAMETER["standard_parallel_1",49],PARAMETER["standard_parallel_2",44],PARAMETER["false_easting",700000],PARAMETER["false_northing",6600000],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","2154"]]',
  },
};

/** The system a --to-crs value names (EPSG:4326 when none); an unknown one is an InputError naming the option. */
export function gpkgCrsOf(name: string | undefined): GpkgCrs {
  const key = (name ?? 'EPSG:4326').trim().toUpperCase();
  const crs = GPKG_CRS[key];
  if (!crs) {
    throw new InputError(said('load.gpkg.unknownCrs', { crs: name ?? '' }), {
      field: 'to-crs',
      hint: said('load.gpkg.unknownCrs.hint', { known: Object.keys(GPKG_CRS).join(', ') }),
    });
  }
  return crs;
}

// ---------------------------------------------------------------------------------------------------------
// writing

export type GpkgFieldType = 'INTEGER' | 'REAL' | 'BOOLEAN' | 'TEXT';

/** QGIS's default style of a layer (a row of layer_styles). */
export interface GpkgStyle {
  name: string;
  qml: string;
  sld?: string;
  description?: string;
}

export interface GpkgLayer {
  /** table name, e.g. "sections" */
  name: string;
  /** polygons with flat properties (lists already joined as text: export/write.ts flatProperties) */
  features: readonly Feature<Polygon | MultiPolygon>[];
  /** field types known in advance (the others are told by their values) */
  types?: Readonly<Record<string, GpkgFieldType>>;
  /** a human description (gpkg_contents.description) */
  description?: string;
  style?: GpkgStyle;
}

export interface GpkgWriteOptions {
  /** "EPSG:4326" (default) or "EPSG:2154": coordinates are reprojected from WGS84 (proj4, loaded then) */
  crs?: string;
}

/** A field's type from its values: all booleans → BOOLEAN, all integers → INTEGER, numbers → REAL, else TEXT. */
export function fieldTypeOf(values: readonly unknown[]): GpkgFieldType {
  const set = values.filter((v) => v !== null && v !== undefined);
  if (set.length === 0) return 'TEXT';
  if (set.every((v) => typeof v === 'boolean')) return 'BOOLEAN';
  if (set.every((v) => typeof v === 'number' && Number.isSafeInteger(v))) return 'INTEGER';
  if (set.every((v) => typeof v === 'number' && Number.isFinite(v))) return 'REAL';
  return 'TEXT';
}

const RESERVED = new Set(['fid', 'geom']);

/** The fields of a layer in the order they first appear, with their types and column names. */
function fieldsOf(layer: GpkgLayer): { key: string; column: string; type: GpkgFieldType }[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const f of layer.features) {
    for (const k of Object.keys(f.properties ?? {})) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  const columns = new Set<string>([...RESERVED]);
  return keys.map((key) => {
    // a property named like the key or geometry column (or twice the same but for case) gets a suffix
    let column = key;
    while (columns.has(column.toLowerCase())) column += '_';
    columns.add(column.toLowerCase());
    const values = layer.features.map((f) => f.properties?.[key]);
    const inferred = fieldTypeOf(values);
    const declared = layer.types?.[key];
    // a declared INTEGER holding a fraction is REAL; any declared type holding text is TEXT
    const type =
      declared === undefined
        ? inferred
        : inferred === 'TEXT' && values.some((v) => typeof v === 'string')
          ? 'TEXT'
          : declared === 'INTEGER' && inferred === 'REAL'
            ? 'REAL'
            : declared;
    return { key, column, type };
  });
}

function sqlValue(v: unknown, type: GpkgFieldType): SqlValue {
  if (v === null || v === undefined) return null;
  // lists and objects as the GeoJSON writer flattens them ("13; 84"), so both files hold the same text
  if (type === 'TEXT') return String(flatValue(v));
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return null;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

type Envelope = [number, number, number, number]; // minX, maxX, minY, maxY (the GeoPackage header order)

function envelopeOf(polys: Position[][][]): Envelope {
  const e: Envelope = [Infinity, -Infinity, Infinity, -Infinity];
  for (const poly of polys) {
    for (const p of poly[0] ?? []) {
      if (p[0] < e[0]) e[0] = p[0];
      if (p[0] > e[1]) e[1] = p[0];
      if (p[1] < e[2]) e[2] = p[1];
      if (p[1] > e[3]) e[3] = p[1];
    }
  }
  return e;
}

/** StandardGeoPackageBinary of a (multi)polygon, always written as a MultiPolygon: header, envelope, WKB. */
export function gpkgGeometry(wkb: Uint8Array, srsId: number, env: Envelope): Uint8Array {
  const out = new Uint8Array(8 + 32 + wkb.length);
  const view = new DataView(out.buffer);
  out[0] = 0x47; // 'G'
  out[1] = 0x50; // 'P'
  out[2] = 0; // version 1
  out[3] = 0b0000_0011; // little-endian, envelope [minx, maxx, miny, maxy]
  view.setInt32(4, srsId, true);
  env.forEach((v, i) => view.setFloat64(8 + i * 8, v, true));
  out.set(wkb, 40);
  return out;
}

/** The WKB (little-endian, 2D) of a MultiPolygon. */
export function multiPolygonWkb(polys: Position[][][]): Uint8Array {
  let size = 9;
  for (const poly of polys) {
    size += 9;
    for (const ring of poly) size += 4 + ring.length * 16;
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  const header = (type: number, n: number) => {
    out[at] = 1;
    view.setUint32(at + 1, type, true);
    view.setUint32(at + 5, n, true);
    at += 9;
  };
  header(6, polys.length);
  for (const poly of polys) {
    header(3, poly.length);
    for (const ring of poly) {
      view.setUint32(at, ring.length, true);
      at += 4;
      for (const p of ring) {
        view.setFloat64(at, p[0], true);
        view.setFloat64(at + 8, p[1], true);
        at += 16;
      }
    }
  }
  return out;
}

const SCHEMA = `
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
`;

/** QGIS's layer_styles table, as QGIS creates it in a GeoPackage. */
const LAYER_STYLES = `
CREATE TABLE layer_styles (
  id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),
  f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT, useAsDefault BOOLEAN,
  description TEXT, owner TEXT(30), ui TEXT(30), update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
`;

/** WGS84 → crs (identity for EPSG:4326). */
function projectorTo(crs: GpkgCrs): (p: Position) => Position {
  if (crs.srsId === 4326) return (p) => p;
  const proj4 = lazyRequire('proj4') as typeof proj4Type;
  const conv = proj4(GPKG_CRS['EPSG:4326'].proj4, crs.proj4);
  return (p) => conv.forward([p[0], p[1]]);
}

function insertSrs(db: Database, crs: GpkgCrs, epsg: number): void {
  db.run('INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)', [crs.name, crs.srsId, 'EPSG', epsg, crs.definition, crs.description]);
}

/**
 * A GeoPackage holding the layers, as bytes (for the output gate). Coordinates are WGS84 longitude/latitude
 * unless `crs` (with `project`) says otherwise.
 */
export async function gpkgBytes(layers: readonly GpkgLayer[], opts: GpkgWriteOptions = {}): Promise<Uint8Array> {
  await loadGpkgSupport();
  const crs = gpkgCrsOf(opts.crs);
  const project = projectorTo(crs);
  const db = new (started().Database)();
  try {
    db.run('PRAGMA application_id = 1196444487'); // 'GPKG'
    db.run('PRAGMA user_version = 10200'); // GeoPackage 1.2
    db.run('BEGIN');
    db.exec(SCHEMA);
    insertSrs(db, GPKG_CRS['EPSG:4326'], 4326);
    insertSrs(db, crs, crs.srsId);
    for (const layer of layers) writeLayer(db, layer, crs, project);
    const styled = layers.filter((l) => l.style);
    if (styled.length > 0) {
      db.exec(LAYER_STYLES);
      db.run("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS styles')");
      for (const l of styled) {
        const s = l.style!;
        db.run(
          'INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          ['', '', l.name, 'geom', s.name, s.qml, s.sld ?? '', 1, s.description ?? '', '', null],
        );
      }
    }
    db.run('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}

function writeLayer(db: Database, layer: GpkgLayer, crs: GpkgCrs, project: (p: Position) => Position): void {
  const fields = fieldsOf(layer);
  const table = quote(layer.name);
  const cols = fields.map((f) => `${quote(f.column)} ${f.type}`);
  db.run(`CREATE TABLE ${table} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON${cols.map((c) => ', ' + c).join('')})`);
  const insert = db.prepare(`INSERT INTO ${table} (geom${fields.map((f) => ', ' + quote(f.column)).join('')}) VALUES (?${fields.map(() => ', ?').join('')})`);
  const extent: Envelope = [Infinity, -Infinity, Infinity, -Infinity];
  try {
    for (const f of layer.features) {
      const g = f.geometry;
      const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((poly) => poly.map((ring) => ring.map((p) => project(p))));
      const env = envelopeOf(polys);
      extent[0] = Math.min(extent[0], env[0]);
      extent[1] = Math.max(extent[1], env[1]);
      extent[2] = Math.min(extent[2], env[2]);
      extent[3] = Math.max(extent[3], env[3]);
      const blob = gpkgGeometry(multiPolygonWkb(polys), crs.srsId, env);
      insert.run([blob, ...fields.map((c) => sqlValue(f.properties?.[c.key], c.type))]);
    }
  } finally {
    insert.free();
  }
  const has = layer.features.length > 0;
  db.run('INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
    layer.name,
    'features',
    layer.name,
    layer.description ?? '',
    has ? extent[0] : null,
    has ? extent[2] : null,
    has ? extent[1] : null,
    has ? extent[3] : null,
    crs.srsId,
  ]);
  db.run('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)', [layer.name, 'geom', 'MULTIPOLYGON', crs.srsId]);
}

// ---------------------------------------------------------------------------------------------------------
// reading

/** What a GeoPackage layer was read as: its features in WGS84 and where they came from. */
export interface GpkgRead {
  collection: FeatureCollection<Geometry>;
  /** the layer read */
  layer: string;
  /** its system, e.g. "EPSG:2154" */
  crs: string;
  /** the system's definition (WKT), to reproject from */
  definition: string;
  /** the layer's description in gpkg_contents (decoupage writes where the zones come from there) */
  description?: string;
}

/** The feature layers of a GeoPackage, in the order of gpkg_contents (an InputError when it is not one). */
export function gpkgLayerNames(file: string): string[] {
  const db = openGpkg(file);
  try {
    const st = db.prepare("SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY rowid");
    const names: string[] = [];
    try {
      while (st.step()) names.push(String(st.get()[0]));
    } finally {
      st.free();
    }
    return names;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(said('load.gpkg.notGpkg'), { file, hint: said('load.gpkg.hint') });
  } finally {
    db.close();
  }
}

function openGpkg(file: string): Database {
  const bytes = readBytes(file, said('load.gpkg.hint'));
  // SQLite reads a file cut short without a word, missing the rows of the lost pages: its header says how
  // many pages the database has (when the count is valid: offset 92 = change counter at 24)
  if (bytes.length >= 100 && bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\0') {
    const raw = bytes.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    const pages = bytes.readUInt32BE(28);
    if (pages > 0 && bytes.readUInt32BE(92) === bytes.readUInt32BE(24) && bytes.length < pageSize * pages) {
      throw new InputError(said('load.gpkg.cut', { size: bytes.length, expected: pageSize * pages }), { file, hint: said('load.gpkg.hint') });
    }
  }
  try {
    return new (started().Database)(bytes);
  } catch {
    throw new InputError(said('load.gpkg.notGpkg'), { file, hint: said('load.gpkg.hint') });
  }
}

/**
 * The features of one layer of a GeoPackage (the first feature layer, or `layer`), as GeoJSON in the layer's
 * own coordinates (the caller reprojects: see load/zones.ts). A file that is not a GeoPackage, a missing layer
 * or a damaged geometry is an InputError naming the file (and the feature).
 */
export function readGpkgLayer(file: string, layer?: string): GpkgRead {
  const db = openGpkg(file);
  try {
    const rows = (sql: string, params: SqlValue[] = []): Record<string, SqlValue>[] => {
      const st = db.prepare(sql);
      try {
        st.bind(params);
        const out: Record<string, SqlValue>[] = [];
        while (st.step()) out.push(st.getAsObject() as Record<string, SqlValue>);
        return out;
      } finally {
        st.free();
      }
    };
    let layers: Record<string, SqlValue>[];
    try {
      layers = rows(
        "SELECT c.table_name AS name, c.description AS description, g.column_name AS geom, g.srs_id AS srs FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.data_type = 'features' ORDER BY c.rowid",
      );
    } catch {
      throw new InputError(said('load.gpkg.notGpkg'), { file, hint: said('load.gpkg.hint') });
    }
    const names = layers.map((l) => String(l.name));
    if (layers.length === 0) throw new InputError(said('load.gpkg.noLayer'), { file, hint: said('load.gpkg.hint') });
    const chosen = layer === undefined ? layers[0] : layers.find((l) => l.name === layer);
    if (!chosen) throw new InputError(said('load.gpkg.unknownLayer', { layer: layer ?? '', layers: names.join(', ') }), { file, field: 'layer' });
    const name = String(chosen.name);
    const geomCol = String(chosen.geom);
    const srs = rows('SELECT organization, organization_coordsys_id AS code, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?', [chosen.srs])[0];
    const pk = rows(`PRAGMA table_info(${quote(name)})`).find((c) => Number(c.pk) === 1)?.name;
    const features: Feature<Geometry>[] = [];
    const st = db.prepare(`SELECT * FROM ${quote(name)}`);
    try {
      let n = 0;
      while (st.step()) {
        n++;
        const row = st.getAsObject() as Record<string, SqlValue>;
        const properties: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(row)) if (k !== geomCol && k !== pk) properties[k] = v instanceof Uint8Array ? null : v;
        const blob = row[geomCol];
        features.push({ type: 'Feature', properties, geometry: blob instanceof Uint8Array ? geometryOf(blob, file, name, n) : (null as unknown as Geometry) });
      }
    } finally {
      st.free();
    }
    const org = srs ? String(srs.organization ?? '').toUpperCase() : '';
    return {
      collection: { type: 'FeatureCollection', features },
      layer: name,
      crs: srs && org !== 'NONE' ? `${org}:${srs.code}` : 'EPSG:4326',
      definition: srs ? String(srs.definition ?? '') : '',
      ...(typeof chosen.description === 'string' && chosen.description.trim() !== '' ? { description: chosen.description } : {}),
    };
  } catch (e) {
    // SQLite reading a truncated or overwritten file fails part-way: say so, never a stack trace
    if (e instanceof InputError) throw e;
    throw new InputError(said('load.gpkg.damaged', { error: e instanceof Error ? e.message : String(e) }), { file, hint: said('load.gpkg.hint') });
  } finally {
    db.close();
  }
}

/** A StandardGeoPackageBinary blob as GeoJSON (WKB parsed by wkx). */
function geometryOf(blob: Uint8Array, file: string, layer: string, n: number): Geometry {
  const damaged = () => new InputError(said('load.gpkg.badGeometry', { layer, n }), { file, field: 'geom', hint: said('load.gpkg.hint') });
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw damaged();
  const flags = blob[3];
  if (flags & 0b1_0000) return null as unknown as Geometry; // empty geometry
  const envelope = [0, 32, 48, 48, 64][(flags >> 1) & 0b111];
  if (envelope === undefined) throw damaged();
  try {
    const wkb = Buffer.from(blob.buffer, blob.byteOffset + 8 + envelope, blob.length - 8 - envelope);
    return wkxGeometry().parse(wkb).toGeoJSON() as Geometry;
  } catch {
    throw damaged();
  }
}

/** wkx, loaded on the first geometry read (it is small and synchronous). */
function wkxGeometry(): typeof WkxGeometry {
  return (lazyRequire('wkx') as { Geometry: typeof WkxGeometry }).Geometry;
}
