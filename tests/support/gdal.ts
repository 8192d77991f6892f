/**
 * GDAL as the judge of what decoupage writes: `ogrinfo` (Debian's gdal-bin, installed by .ci/run) reads the
 * files back, and the tests compare its counts, fields, types and extents with what decoupage says it wrote.
 * Without ogrinfo the tests skip visibly; with DECOUPAGE_REQUIRE_DATA=1 or CI=true they fail instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';
import { REQUIRE_DATA_VARIABLE } from './real-data-files.js';

/** Whether ogrinfo runs here. */
export const HAS_OGRINFO = spawnSync('ogrinfo', ['--version'], { encoding: 'utf8' }).status === 0;

/** GDAL's GeoPackage validator (python3-gdal, a dependency of gdal-bin), when present. */
export const VALIDATE_GPKG = [
  '/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py',
  '/usr/share/doc/python3-gdal/examples/validate_gpkg.py',
].find((p) => existsSync(p));

/** A describe block that needs ogrinfo: one skipped test saying so without it (a failure in CI). */
export function describeWithGdal(title: string, body: () => void): void {
  if (HAS_OGRINFO) {
    describe(title, body);
    return;
  }
  const line = 'ogrinfo (GDAL) missing: apt-get install gdal-bin (as .ci/run does)';
  describe(title, () => {
    if (process.env[REQUIRE_DATA_VARIABLE] === '1' || process.env.CI === 'true') {
      it(line, () => {
        throw new Error(`${line}; ${REQUIRE_DATA_VARIABLE}=1 or CI=true requires it`);
      });
    } else {
      it.skip(line, () => {});
    }
  });
}

export interface OgrLayer {
  name: string;
  geometry: string;
  count: number;
  /** minX, minY, maxX, maxY */
  extent?: [number, number, number, number];
  /** field name → GDAL type, e.g. "Integer64", "Real", "String", "Integer(Boolean)" */
  fields: Record<string, string>;
  /** the EPSG code of the layer's system, when it has one */
  epsg?: number;
}

export interface OgrRun {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Run ogrinfo with these arguments (read-only, never an update). */
export function ogrinfo(...args: string[]): OgrRun {
  const r = spawnSync('ogrinfo', ['-ro', ...args], { encoding: 'utf8', env: { ...process.env, CPL_DEBUG: 'OFF' } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** `ogrinfo -al -so FILE`, parsed: every layer with its geometry, count, extent, fields and EPSG code. */
export function ogrSummary(file: string, ...open: string[]): { layers: OgrLayer[]; stderr: string } {
  const r = ogrinfo('-al', '-so', ...open, file);
  if (r.status !== 0) throw new Error(`ogrinfo failed on ${file}: ${r.stderr}`);
  const layers: OgrLayer[] = [];
  let cur: OgrLayer | undefined;
  let inSrs = false;
  for (const line of r.stdout.split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = /^Layer name: (.*)$/.exec(line))) {
      cur = { name: m[1].trim(), geometry: '', count: -1, fields: {} };
      layers.push(cur);
      inSrs = false;
    } else if (!cur) continue;
    else if ((m = /^Geometry: (.*)$/.exec(line))) cur.geometry = m[1].trim();
    else if ((m = /^Feature Count: (\d+)/.exec(line))) cur.count = Number(m[1]);
    else if ((m = /^Extent: \(([-\d.e+]+), ([-\d.e+]+)\) - \(([-\d.e+]+), ([-\d.e+]+)\)/.exec(line)))
      cur.extent = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    else if (line.startsWith('Layer SRS WKT:')) inSrs = true;
    else if (inSrs && (m = /^ {4}ID\["EPSG",(\d+)\]\]$/.exec(line))) cur.epsg = Number(m[1]);
    else if (/^(Data axis|FID Column|Geometry Column)/.test(line)) inSrs = false;
    else if ((m = /^([^\s:][^:]*): ([A-Za-z0-9()]+) \(\d+\.\d+\)$/.exec(line))) {
      cur.fields[m[1]] = m[2];
      inSrs = false;
    }
  }
  return { layers, stderr: r.stderr };
}

/** The rows of an SQL query run by GDAL (`-dialect SQLite`), as objects of text values. */
export function ogrSql(file: string, sql: string): { rows: Record<string, string>[]; stderr: string } {
  const r = ogrinfo(file, '-sql', sql, '-dialect', 'SQLite', '-q');
  if (r.status !== 0) throw new Error(`ogrinfo -sql failed on ${file}: ${r.stderr}`);
  const rows: Record<string, string>[] = [];
  let row: Record<string, string> | undefined;
  const lines = r.stdout.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^OGRFeature\(/.test(line)) rows.push((row = {}));
    const m = /^ {2}(\S+) \([^)]*(?:\([^)]*\))?\) = (.*)$/.exec(line);
    if (m && row) {
      // a value spread over several lines (a QML text) runs until the next field or feature
      let value = m[2];
      while (i + 1 < lines.length && !/^ {2}\S+ \(.*\) = |^OGRFeature\(|^$/.test(lines[i + 1])) value += '\n' + lines[++i];
      row[m[1]] = value;
    }
  }
  return { rows, stderr: r.stderr };
}
