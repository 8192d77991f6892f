// Issue 19 rows 13–18: `import admin-express` (IGN) and `import insee-ze` (INSEE) read shapefiles and zips
// through one reader (src/load/shapefile.ts): the same unzip budget, damage message, projection detection and
// --from-crs, encoding detection, coordinate checks. Row 13b builds a 2 MB zip that inflates to 2 GiB with a
// streaming writer, in the test (never committed), and measures the importer's peak memory in its own process.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadZones } from '../../src/load/zones.js';
import { writeMadeUpRegion } from '../support/admin-express.js';
import { encode1252, writeDbf, writeShp, type TestRecord } from '../load/shapefile-writer.js';
import { runCli } from '../helpers.js';
import { expectInputError, tempDir } from './support.js';

const t = tempDir('shapefile');
const BIN = new URL('../../bin/decoupage.js', import.meta.url).pathname;
let k = 0;
/** A fresh made-up ADMIN EXPRESS folder (Lambert-93, with .prj and .cpg UTF-8) and its commune table. */
function region(): ReturnType<typeof writeMadeUpRegion> & { dir: string } {
  const dir = join(t.dir, `r${++k}`);
  mkdirSync(dir);
  return { ...writeMadeUpRegion(dir), dir };
}
const ae = (r: { adminExpress: string; communeTable: string; dir: string }, ...more: string[]) => [
  'import',
  'admin-express',
  r.adminExpress,
  '--commune-table',
  r.communeTable,
  '-o',
  join(r.dir, 'units.geojson'),
  ...more,
];

async function zipFolder(dir: string, out: string): Promise<string> {
  const zip = new JSZip();
  const walk = (d: string, base: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, name.name);
      if (name.isDirectory()) walk(p, `${base}${name.name}/`);
      else zip.file(`${base}${name.name}`, readFileSync(p));
    }
  };
  walk(dir, '');
  writeFileSync(out, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return out;
}

describe('row 13: the unzip budget for admin-express', () => {
  it('--max-unzipped is applied to an ADMIN EXPRESS zip (declared sizes)', async () => {
    const r = region();
    // a COMMUNE.shp of 40 MB of zeros behind the real one's name: 40 KB zipped
    const zip = new JSZip();
    zip.file('ADECOG/COMMUNE.shp', new Uint8Array(40 * 1024 * 1024));
    zip.file('ADECOG/COMMUNE.dbf', readFileSync(join(r.layerDir, 'COMMUNE.dbf')));
    const file = join(r.dir, 'ae.zip');
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const out = join(r.dir, 'units.geojson');
    await expectInputError(
      ['import', 'admin-express', file, '--commune-table', r.communeTable, '-o', out, '--max-unzipped', '10'],
      /COMMUNE\.shp inflates to more than 10 MB/,
      /--max-unzipped/,
    );
    expect(existsSync(out)).toBe(false);
  });
});

/**
 * A zip written as a streaming writer does (local headers, deflated data, data descriptors, central
 * directory): a small .dbf, then a .shp of `size` bytes of zeros deflated chunk by chunk, never held in
 * memory. `declare` is the size the central directory states for the .shp (a lying zip states less).
 */
function streamingZipBomb(path: string, size: number, declare = size): void {
  const fd = openSync(path, 'w');
  let at = 0;
  const put = (b: Buffer) => {
    writeSync(fd, b);
    at += b.length;
  };
  const central: Buffer[] = [];
  const entry = (fileName: string, write: () => { crc: number; compressed: number; size: number }, declared?: number) => {
    const name = Buffer.from(fileName);
    const offset = at;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0008, 6); // sizes in the data descriptor
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(name.length, 26);
    put(local);
    put(name);
    const { crc, compressed, size: real } = write();
    const desc = Buffer.alloc(16);
    desc.writeUInt32LE(0x08074b50, 0);
    desc.writeUInt32LE(crc >>> 0, 4);
    desc.writeUInt32LE(compressed, 8);
    desc.writeUInt32LE(real >>> 0, 12);
    put(desc);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0008, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(compressed, 20);
    cd.writeUInt32LE((declared ?? real) >>> 0, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
  };
  const dbf = Buffer.from(writeDbf([{ rings: [], fields: { ze2020: '0010', libze2020: 'Z', nb_com: '1' } }], encode1252));
  entry('ze2020_2030.dbf', () => {
    const c = deflateRawSync(dbf);
    put(c);
    return { crc: crc32(dbf), compressed: c.length, size: dbf.length };
  });
  entry(
    'ze2020_2030.shp',
    () => {
      // 2 GiB of zeros as copies of one deflated MiB, each ended by a full flush (byte-aligned, no history
      // needed): a valid deflate stream of ~2 MB, written chunk by chunk
      const MiB = 1024 * 1024;
      const zeros = Buffer.alloc(MiB);
      const chunk = deflateRawSync(zeros, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
      const start = at;
      let crc = 0;
      for (let done = 0; done < size; done += MiB) {
        put(chunk);
        crc = crc32(zeros, crc);
      }
      put(deflateRawSync(Buffer.alloc(0))); // the final block
      return { crc, compressed: at - start, size };
    },
    declare,
  );
  const cdAt = at;
  for (const b of central) put(b);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(2, 8);
  end.writeUInt16LE(2, 10);
  end.writeUInt32LE(at - cdAt, 12);
  end.writeUInt32LE(cdAt, 16);
  put(end);
  closeSync(fd);
}

/** Run the built CLI in its own process; its peak memory (KB) from GNU time, or from the process itself. */
function runMeasured(args: string[]): { code: number; stderr: string; peakMb: number } {
  const r = spawnSync('/usr/bin/time', ['-f', 'PEAK %M', process.execPath, BIN, ...args], { encoding: 'utf8' });
  const peak = /PEAK (\d+)/.exec(r.stderr);
  return { code: r.status ?? -1, stderr: r.stderr.replace(/PEAK \d+\s*$/, ''), peakMb: peak ? Number(peak[1]) / 1024 : NaN };
}

describe.skipIf(!existsSync('/usr/bin/time'))('row 13b: a 2 MB zip whose .shp inflates to 2 GiB', () => {
  it('refused from the sizes the zip declares: exit 2, peak memory under 300 MB', () => {
    const bomb = join(t.dir, 'bomb.zip');
    streamingZipBomb(bomb, 2 * 1024 * 1024 * 1024);
    expect(statSync(bomb).size).toBeLessThan(3 * 1024 * 1024);
    const r = runMeasured(['import', 'insee-ze', bomb, '-o', join(t.dir, 'bomb.geojson')]);
    expect(r.stderr).toMatch(/ze2020_2030\.shp inflates to more than 1,000 MB/);
    expect(r.code).toBe(2);
    expect(r.peakMb).toBeLessThan(300);
    rmSync(bomb);
  }, 120_000);

  it('a zip that declares 1 KB: the running count stops it at its lie; peak memory under 300 MB', () => {
    const liar = join(t.dir, 'liar.zip');
    streamingZipBomb(liar, 2 * 1024 * 1024 * 1024, 1024);
    const r = runMeasured(['import', 'insee-ze', liar, '-o', join(t.dir, 'liar.geojson')]);
    expect(r.stderr).toMatch(/the zip is damaged/);
    expect(r.code).toBe(2);
    expect(r.peakMb).toBeLessThan(300);
    rmSync(liar);
  }, 120_000);
});

describe('row 14: an ADMIN EXPRESS zip whose declared size differs from the real size', () => {
  it('exit 2 "the zip is damaged", as insee-ze says', async () => {
    const r = region();
    const file = await zipFolder(r.layerDir, join(r.dir, 'ae.zip'));
    const bytes = readFileSync(file);
    // the uncompressed size of every entry in the central directory (0x02014b50, offset 24), one byte more
    for (let i = 0; i + 46 <= bytes.length; i++) if (bytes.readUInt32LE(i) === 0x02014b50) bytes.writeUInt32LE(bytes.readUInt32LE(i + 24) + 1, i + 24);
    writeFileSync(file, bytes);
    const e = await expectInputError(
      ['import', 'admin-express', file, '--commune-table', r.communeTable, '-o', join(r.dir, 'u.geojson')],
      /the zip is damaged/,
    );
    expect(e.stderr).toMatch(/IGN|geoservices\.ign\.fr/);
    expect(e.stderr).not.toMatch(/insee\.fr/);
  });
});

describe('row 15: projection detection and --from-crs for admin-express', () => {
  it('Lambert-93 without .prj: exit 2 with the --from-crs EPSG:2154 hint, nothing written', async () => {
    const r = region();
    rmSync(join(r.layerDir, 'COMMUNE.prj'));
    rmSync(join(r.layerDir, 'ARRONDISSEMENT_MUNICIPAL.prj'));
    const out = join(r.dir, 'units.geojson');
    await expectInputError(ae(r), /has no \.prj file and its coordinates are not longitude\/latitude degrees/, /--from-crs EPSG:2154/);
    expect(existsSync(out)).toBe(false);
    // with --from-crs, it is read and said
    const ok = await runCli(...ae(r, '--from-crs', 'EPSG:2154'));
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/projection: EPSG:2154 \(--from-crs\) → WGS84/);
    const units = loadZones(out, { membersOptional: true });
    const [lon, lat] = (units.byId.get('ZZ031')!.geometry as { type: 'Polygon'; coordinates: number[][][] }).coordinates[0][0];
    expect(lon).toBeGreaterThan(5);
    expect(lon).toBeLessThan(7);
    expect(lat).toBeGreaterThan(43);
    expect(lat).toBeLessThan(45);
  });

  it('--from-crs with a .prj there: refused, as for insee-ze', async () => {
    const r = region();
    await expectInputError(ae(r, '--from-crs', 'EPSG:2154'), /--from-crs is for a layer without \.prj, and COMMUNE\.shp has one/);
  });
});

describe('row 16: coordinates checked after projection', () => {
  function badRegion(x: number, y: number): ReturnType<typeof region> {
    const r = region();
    const sq: [number, number][] = [
      [x, y],
      [x, y + 1000],
      [x + 1000, y + 1000],
      [x + 1000, y],
      [x, y],
    ];
    const rec: TestRecord[] = [
      {
        rings: [sq],
        fields: { INSEE_COM: 'ZZ777', NOM: 'Loin', POPULATION: '10', INSEE_DEP: 'D1', INSEE_REG: '99' },
      },
    ];
    const enc = (s: string) => new TextEncoder().encode(s);
    writeFileSync(join(r.layerDir, 'COMMUNE.shp'), writeShp(rec));
    writeFileSync(join(r.layerDir, 'COMMUNE.dbf'), writeDbf(rec, enc));
    rmSync(join(r.layerDir, 'ARRONDISSEMENT_MUNICIPAL.shp'));
    return r;
  }
  it('1e300 m: exit 2 naming the feature, nothing written', async () => {
    const r = badRegion(1e300, 1e300);
    await expectInputError(ae(r), /zone ZZ777, field "geometry": lies outside France/);
    expect(existsSync(join(r.dir, 'units.geojson'))).toBe(false);
  });
  it('NaN: exit 2 naming the feature (no TypeError)', async () => {
    const r = badRegion(NaN, NaN);
    await expectInputError(ae(r), /zone ZZ777, field "geometry": has a coordinate that is not a number/);
  });
  it('a point in Lambert-93 far off the coast (the Atlantic): outside France and its overseas', async () => {
    const r = badRegion(-2_000_000, 6_600_000);
    await expectInputError(ae(r), /zone ZZ777, field "geometry": lies outside France/);
  });
});

describe('row 17: admin-express .dbf in windows-1252', () => {
  function region1252(cpg: string | undefined): ReturnType<typeof region> {
    const r = region();
    // the same layer, its names in windows-1252
    const names: TestRecord[] = [
      {
        rings: [
          [
            [840_000, 6_260_000],
            [840_000, 6_265_000],
            [845_000, 6_265_000],
            [845_000, 6_260_000],
            [840_000, 6_260_000],
          ],
        ],
        fields: { INSEE_COM: 'ZZ100', NOM: 'Saint-Étienne-de-Tinée', POPULATION: '1600', INSEE_DEP: 'D1', INSEE_REG: '99' },
      },
    ];
    writeFileSync(join(r.layerDir, 'COMMUNE.shp'), writeShp(names));
    writeFileSync(join(r.layerDir, 'COMMUNE.dbf'), writeDbf(names, encode1252));
    rmSync(join(r.layerDir, 'ARRONDISSEMENT_MUNICIPAL.shp'));
    if (cpg === undefined) rmSync(join(r.layerDir, 'COMMUNE.cpg'));
    else writeFileSync(join(r.layerDir, 'COMMUNE.cpg'), cpg);
    return r;
  }
  it.each([
    ['without .cpg', undefined],
    ['with a .cpg saying UTF-8', 'UTF-8'],
  ])('%s: read as windows-1252, said, never U+FFFD', async (_what, cpg) => {
    const r = region1252(cpg);
    const res = await runCli(...ae(r));
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/COMMUNE\.dbf.*windows-1252/);
    const text = readFileSync(join(r.dir, 'units.geojson'), 'utf8');
    expect(text).not.toContain('\uFFFD');
    expect(text).toContain('Saint-Étienne-de-Tinée');
  });
});

describe('row 18: admin-express --members and POPULATION', () => {
  it('a commune twice in --members: exit 2 naming it', async () => {
    const r = region();
    const members = t.file(`m${k}.csv`, 'code,members\nZZ031,10\nZZ031,20\n');
    await expectInputError(ae(r, '--members', members), /ZZ031/, /twice|two lines|again/);
  });
  it('an empty POPULATION is missing, not 0: said how many', async () => {
    const r = region();
    const rec: TestRecord[] = [
      {
        rings: [
          [
            [840_000, 6_260_000],
            [840_000, 6_265_000],
            [845_000, 6_265_000],
            [845_000, 6_260_000],
            [840_000, 6_260_000],
          ],
        ],
        fields: { INSEE_COM: 'ZZ100', NOM: 'Vide', POPULATION: '', INSEE_DEP: 'D1', INSEE_REG: '99' },
      },
    ];
    writeFileSync(join(r.layerDir, 'COMMUNE.shp'), writeShp(rec));
    writeFileSync(
      join(r.layerDir, 'COMMUNE.dbf'),
      writeDbf(rec, (s) => new TextEncoder().encode(s)),
    );
    rmSync(join(r.layerDir, 'ARRONDISSEMENT_MUNICIPAL.shp'));
    const res = await runCli(...ae(r));
    expect(res.code).toBe(0);
    expect(res.stdout + res.stderr).toMatch(/1 unit has no population \(POPULATION empty\)/);
    const units = JSON.parse(readFileSync(join(r.dir, 'units.geojson'), 'utf8'));
    expect(units.features[0].properties.population).toBeNull();
  });
});
