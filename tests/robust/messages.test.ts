// Issue 19 rows 19 and 20: a rules.json nested 200,000 deep, and messages that left the user guessing. Every
// message names the option, file, line or feature and the value as the user typed it; hints name the producer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DEMO_DATA_DIR } from '../../src/demo/index.js';
import { encode1252, writeDbf, writeShp, type TestRecord } from '../load/shapefile-writer.js';
import { writeMadeUpRegion } from '../support/admin-express.js';
import { runCli } from '../helpers.js';
import { expectInputError, strip, tempDir, zonesText } from './support.js';

const t = tempDir('messages');
const zones = t.file('zones.geojson', zonesText(strip(4)));
const plan = t.file('plan.csv', 'zone,section\nz1,A\nz2,A\nz3,B\nz4,B\n');
const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

describe('row 19: JSON nested 200,000 deep', () => {
  it('rules.json with a key nested 200,000 deep: exit 2, depth-limited', async () => {
    const rules = t.file('deep-rules.json', `{"min-members":${deep(200_000)}}`);
    await expectInputError(['check', zones, plan, '--rules', rules], /deep-rules\.json: .*nested more than 1,000 levels deep/);
  });
  it('a whole file of nested arrays, as rules, zones and plan', async () => {
    const file = t.file('deep.json', deep(200_000));
    await expectInputError(['check', zones, plan, '--rules', file], /nested more than 1,000 levels deep/);
    await expectInputError(['info', file], /nested more than 1,000 levels deep/);
    await expectInputError(['check', zones, file, '--min-members', '1'], /nested more than 1,000 levels deep/);
  });
  it('serve --rules: exit 2 before the server starts', async () => {
    const rules = t.file('deep-serve.json', `{"respect":${deep(200_000)}}`);
    await expectInputError(['serve', join(DEMO_DATA_DIR, 'zones.geojson'), '--rules', rules, '--no-open', '--port', '0'], /nested more than 1,000 levels deep/);
  });
});

describe('row 20: messages name the option, file, feature and value as typed', () => {
  it('respect: {"a":1} in rules.json is named as written, never "[object Object]"', async () => {
    const rules = t.file('obj-rules.json', '{"min-members": 1000, "respect": {"a":1}}');
    const r = await expectInputError(['check', zones, plan, '--rules', rules], /obj-rules\.json: field "respect": .*\{"a":1\}/);
    expect(r.stderr).not.toContain('[object Object]');
  });

  it('--departements ",,,": the option and the value as typed', async () => {
    const r = await expectInputError(
      [
        'import',
        'insee-ze',
        t.file('x.zip', 'not a zip'),
        '--commune-table',
        t.file('t.csv', 'CODGEO,ZE2020\n'),
        '--departements',
        ',,,',
        '-o',
        join(t.dir, 'o.geojson'),
      ],
      /--departements ",,," names no code/,
    );
    expect(r.stderr).not.toMatch(/département\s*$/m);
  });

  it('an empty --region: the option named, no "région  "', async () => {
    const r = await expectInputError(
      [
        'import',
        'insee-ze',
        t.file('y.zip', 'not a zip'),
        '--commune-table',
        t.file('t2.csv', 'CODGEO,ZE2020\n'),
        '--region',
        '',
        '-o',
        join(t.dir, 'o2.geojson'),
      ],
      /--region "" names no code/,
    );
    expect(r.stderr).not.toMatch(/région {2}/);
  });

  it('an ADMIN EXPRESS feature without its commune code is named by its number and layer', async () => {
    const dir = join(t.dir, 'ae-nocode');
    mkdirSync(dir);
    const region = writeMadeUpRegion(dir);
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
        fields: { INSEE_COM: '', NOM: 'Sans code', POPULATION: '10', INSEE_DEP: 'D1', INSEE_REG: '99' },
      },
    ];
    writeFileSync(join(region.layerDir, 'COMMUNE.shp'), writeShp(rec));
    writeFileSync(
      join(region.layerDir, 'COMMUNE.dbf'),
      writeDbf(rec, (s) => new TextEncoder().encode(s)),
    );
    const r = await expectInputError(
      ['import', 'admin-express', region.adminExpress, '--commune-table', region.communeTable, '-o', join(dir, 'u.geojson')],
      /feature #1 of .*COMMUNE\.shp has no code \(field INSEE_COM empty\)/,
    );
    expect(r.stderr).not.toMatch(/commune {2}/);
  });

  it('a degrees layer read with --from-crs EPSG:2154: names the option and the point, not "empty outline"', async () => {
    const rec: TestRecord[] = [
      {
        rings: [
          [
            [5, 45],
            [5, 45.1],
            [5.1, 45.1],
            [5.1, 45],
            [5, 45],
          ],
        ],
        fields: { ze2020: '0010', libze2020: 'Zone', nb_com: '3' },
      },
    ];
    const zip = new JSZip();
    zip.file('ze2020_2030.shp', writeShp(rec));
    zip.file('ze2020_2030.dbf', writeDbf(rec, encode1252));
    const file = t.file('degrees.zip', await zip.generateAsync({ type: 'uint8array' }));
    const r = await expectInputError(
      ['import', 'insee-ze', file, '--from-crs', 'EPSG:2154', '-o', join(t.dir, 'deg.geojson')],
      /zone 0010, field "geometry": lies outside France/,
      /look like longitude\/latitude degrees \(5, 45\): leave out --from-crs EPSG:2154/,
    );
    expect(r.stderr).not.toContain('empty outline');
  });

  it('an IGN file’s hint names IGN, never insee.fr', async () => {
    const dir = join(t.dir, 'ae-hint');
    mkdirSync(dir);
    const region = writeMadeUpRegion(dir);
    writeFileSync(join(region.layerDir, 'COMMUNE.shp'), 'not a shapefile');
    const r = await expectInputError(
      ['import', 'admin-express', region.adminExpress, '--commune-table', region.communeTable, '-o', join(dir, 'u.geojson')],
      /IGN/,
    );
    expect(r.stderr).not.toContain('insee.fr');
  });

  it('two outputs of one file are named by their options, never "an output and an output"', async () => {
    const reg = t.file('reg.csv', 'code postal;ville\n06000;NICE\n');
    const out = join(t.dir, 'same.csv');
    const r = await expectInputError(['members', reg, '-o', out, '--unmatched', out], /-o and --unmatched are the same file/);
    expect(r.stderr).not.toContain('an output and an output');
  });
});

describe('what report prints once the report is written', () => {
  it('one section is "1 section" (FR "1 section"), several are "sections"', async () => {
    const one = t.file('one-section.csv', 'zone,section\nz1,A\nz2,A\nz3,A\nz4,A\n');
    const r1 = await runCli('report', zones, one, '--min-members', '1000', '--members-per-seat', '1000', '-o', join(t.dir, 'one.html'));
    expect(r1.code).toBe(0);
    expect(r1.stdout).toMatch(/one\.html: 1 section, the plan meets every rule\./);
    const fr = await runCli('report', zones, one, '--min-members', '1000', '--members-per-seat', '1000', '-o', join(t.dir, 'un.html'), '--lang', 'fr');
    expect(fr.stdout).toMatch(/un\.html : 1 section, /);
    const r2 = await runCli('report', zones, plan, '--min-members', '1000', '--members-per-seat', '1000', '-o', join(t.dir, 'two.html'));
    expect(r2.stdout).toMatch(/two\.html: 2 sections, /);
  });
});

describe('names holding terminal controls are printed harmless', () => {
  it('ESC sequences, C1 and a right-to-left override in a zone name or id: shown as U+FFFD on stdout and stderr', async () => {
    const name = 'Bad\x1b[2J\x1b]0;title\x07\u009b31m\u202eevil';
    const named = t.file('controls.geojson', zonesText([{ code: 'z1', props: { name } }, { code: 'z2' }]));
    const r = await runCli('info', named, '--top', '5');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Bad\ufffd[2J\ufffd]0;title\ufffd\ufffd31m\ufffdevil');
    const id = t.file('controls-id.geojson', zonesText([{ code: 'z\x1b[31m1' }, { code: 'z\x1b[31m1' }]));
    const e = await expectInputError(['info', id], /two features have the same id/);
    for (const out of [r.stdout + r.stderr, e.stdout + e.stderr]) expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
  });
});
