import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadZones } from '../../src/load/index.js';
import { runCli } from '../helpers.js';
import { COMMUNE_TABLE_2022, INSEE_ZIP, itWithRealData } from '../support/real-data.js';

const REAL_ZIP = INSEE_ZIP;

describe('decoupage import insee-ze', () => {
  itWithRealData([INSEE_ZIP], 'writes a zone file the other commands load (306 zones, 4-character codes, accents)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decoupage-import-'));
    const out = join(dir, 'zones.geojson');
    const r = await runCli('import', 'insee-ze', REAL_ZIP, '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote .*zones\.geojson: 306 zones d'emploi/);
    expect(readdirSync(dir)).toEqual(['zones.geojson']); // no temp file left behind
    const zs = loadZones(out, { membersOptional: true });
    expect(zs.zones).toHaveLength(306);
    expect(zs.zones.every((z) => z.id.length === 4)).toBe(true);
    expect(zs.byId.get('0051')?.name).toBe('Alençon');
    // the file credits its source, and the report says it
    expect(zs.credit).toBe("Insee, zones d'emploi 2020");
    const plan = join(dir, 'plan.csv');
    writeFileSync(plan, `zone,section\n${zs.zones.map((z) => `${z.id},${z.id}`).join('\n')}\n`);
    const report = join(dir, 'report.html');
    const rep = await runCli(
      'report',
      out,
      plan,
      '-o',
      report,
      '--lang',
      'fr',
      '--members',
      'nb_com',
      '--min-members',
      '1',
      '--min-seats',
      '0',
      '--members-per-seat',
      '1',
    );
    expect(rep.code).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain('Source : Insee, zones d&#39;emploi 2020');
    const info = await runCli('info', out);
    expect(info.code).toBe(0);
    expect(info.stdout).toMatch(/306 zones/);
  });

  itWithRealData([INSEE_ZIP, COMMUNE_TABLE_2022], '--commune-table gives every zone its département and région, ready for --respect dep', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decoupage-import-deps-'));
    const out = join(dir, 'zones.geojson');
    const r = await runCli('import', 'insee-ze', REAL_ZIP, '--commune-table', COMMUNE_TABLE_2022, '-o', out);
    expect(r.code).toBe(0);
    const zs = loadZones(out, { membersOptional: true });
    expect(zs.zones.every((z) => typeof z.properties.dep === 'string' && z.properties.dep !== '')).toBe(true);
    expect(zs.byId.get('9312')?.properties).toMatchObject({ dep: '13', reg: '93' });
  });

  it('bad input: exit 2, a clear message, no stack trace, no output file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decoupage-import-bad-'));
    const notZip = join(dir, 'zones.geojson');
    writeFileSync(notZip, '{"type":"FeatureCollection","features":[]}');
    const out = join(dir, 'out.geojson');
    for (const input of [notZip, join(dir, 'missing.zip')]) {
      const r = await runCli('import', 'insee-ze', input, '-o', out);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: .*(zones\.geojson: is not a readable zip file|missing\.zip: file not found)/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('unknown formats and a missing -o are usage errors (exit 2)', async () => {
    expect((await runCli('import', 'shapefile', REAL_ZIP, '-o', 'x.geojson')).code).toBe(2);
    const r = await runCli('import', 'insee-ze', REAL_ZIP);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--output/);
  });

  it('--help tells where to download the INSEE file', async () => {
    const r = await runCli('import', '--help');
    expect(r.stdout).toContain('https://www.insee.fr/fr/information/4652957');
  });
});
