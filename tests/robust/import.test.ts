// Issue 12, import insee-ze: rows 3 (zip bomb), 13 (Lambert-93 without .prj) and 17 (a .dbf shorter than the .shp).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { encode1252, writeDbf, writeShp, type TestRecord } from '../load/shapefile-writer.js';
import { runCli } from '../helpers.js';
import { expectInputError, tempDir } from './support.js';

const t = tempDir('import');

function sq(x: number, y: number, s: number): [number, number][] {
  return [
    [x, y],
    [x, y + s],
    [x + s, y + s],
    [x + s, y],
    [x, y],
  ]; // clockwise, as shapefiles want
}
const LAMBERT: TestRecord[] = [
  { rings: [sq(700000, 6600000, 20000)], fields: { ze2020: '0052', libze2020: 'Sète', nb_com: '12' } },
  { rings: [sq(720000, 6600000, 20000)], fields: { ze2020: '1105', libze2020: 'Créteil', nb_com: '3' } },
];

async function zipOf(files: Record<string, Uint8Array | string>, compression: 'STORE' | 'DEFLATE' = 'DEFLATE'): Promise<string> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression, compressionOptions: { level: 9 } });
  return t.file(`z${Math.random().toString(36).slice(2)}.zip`, bytes);
}

describe('row 3: a zip bomb', () => {
  it('a .shp declared larger than the cap is refused before inflating, nothing written', async () => {
    // 64 MB of zeros deflate to ~64 KB; with a 16 MB cap it must be refused from the declared size
    const zip = await zipOf({ 'ze2020_2030.shp': new Uint8Array(64 * 1024 * 1024), 'ze2020_2030.dbf': writeDbf(LAMBERT, encode1252) });
    expect(readFileSync(zip).length).toBeLessThan(1024 * 1024);
    const out = join(t.dir, 'bomb.geojson');
    await expectInputError(
      ['import', 'insee-ze', zip, '-o', out, '--max-unzipped', '16'],
      /ze2020_2030\.shp inflates to more than 16 MB \(a damaged zip, or a "zip bomb"\)/,
      /--max-unzipped/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('a zip that lies about its sizes is stopped by the running count', async () => {
    const path = await zipOf({ 'ze2020_2030.shp': new Uint8Array(32 * 1024 * 1024), 'ze2020_2030.dbf': writeDbf(LAMBERT, encode1252) });
    const bytes = readFileSync(path);
    // rewrite the uncompressed size of every entry in the central directory (signature 0x02014b50, offset 24) to 1 KB
    for (let i = 0; i + 46 <= bytes.length; i++) if (bytes.readUInt32LE(i) === 0x02014b50) bytes.writeUInt32LE(1024, i + 24);
    const liar = t.file('liar.zip', bytes);
    // issue 19 row 13b: stopped as soon as it inflates past the size it declares (the zip is damaged), not at the budget
    await expectInputError(
      ['import', 'insee-ze', liar, '-o', join(t.dir, 'liar.geojson'), '--max-unzipped', '8'],
      /the zip is damaged: ze2020_2030\.shp inflates to more than the 1,024 bytes the zip declares for it/,
    );
  });

  it('INSEE-sized layers pass the default cap', async () => {
    const zip = await zipOf({ 'ze2020_2030.shp': writeShp(LAMBERT), 'ze2020_2030.dbf': writeDbf(LAMBERT, encode1252), 'ze2020_2030.cpg': '1252' });
    const r = await runCli('import', 'insee-ze', zip, '-o', join(t.dir, 'ok.geojson'), '--from-crs', 'EPSG:2154');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('row 13: a Lambert-93 shapefile without its .prj', () => {
  it('exit 2 with the --from-crs EPSG:2154 hint, no metre coordinates written', async () => {
    const zip = await zipOf({ 'ze2020_2030.shp': writeShp(LAMBERT), 'ze2020_2030.dbf': writeDbf(LAMBERT, encode1252), 'ze2020_2030.cpg': '1252' });
    const out = join(t.dir, 'l93.geojson');
    await expectInputError(
      ['import', 'insee-ze', zip, '-o', out],
      /zone 0052, field "\.prj": the layer has no \.prj file and its coordinates are not longitude\/latitude degrees \(700000, 6600000\)/,
      /--from-crs EPSG:2154/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('--from-crs EPSG:2154 converts it, and says so', async () => {
    const zip = await zipOf({ 'ze2020_2030.shp': writeShp(LAMBERT), 'ze2020_2030.dbf': writeDbf(LAMBERT, encode1252), 'ze2020_2030.cpg': '1252' });
    const out = join(t.dir, 'l93-ok.geojson');
    const r = await runCli('import', 'insee-ze', zip, '-o', out, '--from-crs', 'EPSG:2154');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('projection: EPSG:2154 (--from-crs) → WGS84');
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    expect(fc.features[0].geometry.coordinates[0][0]).toEqual([3, 46.5]); // the Lambert-93 origin
    const info = await runCli('info', out, '--members', 'nb_com');
    expect(info.code).toBe(0);
  });

  it('an unknown --from-crs is named', async () => {
    const zip = await zipOf({ 'ze2020_2030.shp': writeShp(LAMBERT), 'ze2020_2030.dbf': writeDbf(LAMBERT, encode1252) });
    await expectInputError(
      ['import', 'insee-ze', zip, '-o', join(t.dir, 'x.geojson'), '--from-crs', 'EPSG:9999'],
      /--from-crs EPSG:9999 is not a projection decoupage knows/,
    );
  });
});

describe('row 17: a .dbf with fewer records than the .shp', () => {
  it('says so, naming the shape, instead of "has no field ze2020 (fields: )"', async () => {
    const zip = await zipOf({ 'ze2020_2030.shp': writeShp(LAMBERT), 'ze2020_2030.dbf': writeDbf(LAMBERT.slice(0, 1), encode1252), 'ze2020_2030.cpg': '1252' });
    const r = await expectInputError(
      ['import', 'insee-ze', zip, '-o', join(t.dir, 'short.geojson'), '--from-crs', 'EPSG:2154'],
      /zone #2, field "\.dbf": the table ze2020_2030\.dbf has fewer records than the shapes of ze2020_2030\.shp/,
    );
    expect(r.stderr).not.toContain('(fields: )');
  });
});
