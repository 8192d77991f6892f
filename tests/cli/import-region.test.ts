import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { toCsv } from '../../src/io/csv.js';
import { runCli } from '../helpers.js';
import { COMMUNE_TABLE_2022, etalabCommunes, INSEE_ZIP, itWithRealData } from '../support/real-data.js';

// Issue 13, point 5: import insee-ze --region 93 / --departements keeps the zones of a région, straddling ones included.
const tmp = mkdtempSync(join(tmpdir(), 'decoupage-import-region-'));
const codes = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: { code: string } }[] }).features.map((f) => f.properties.code).sort();
// data README: PACA has 22 ZE, 9301–9318 and four that cross into other régions
const PACA = ['0052', '0053', '0055', '0064', ...Array.from({ length: 18 }, (_, i) => `93${String(i + 1).padStart(2, '0')}`)].sort();

describe('import insee-ze --region / --departements', () => {
  itWithRealData([INSEE_ZIP, COMMUNE_TABLE_2022], '--region 93 keeps the 22 zones of PACA and names the 4 that straddle its border', async () => {
    const out = join(tmp, 'paca.geojson');
    const r = await runCli('import', 'insee-ze', INSEE_ZIP, '--commune-table', COMMUNE_TABLE_2022, '--region', '93', '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(codes(out)).toEqual(PACA);
    expect(r.stdout).toContain('kept the 22 zones of région 93 (284 others left out)');
    expect(r.stdout).toMatch(
      /4 of them straddle its border \(their members count in full\): 0052 Arles \(also région 76\); 0053 Avignon \(also région 76\); 0055 Bollène-Pierrelatte \(also région 84\); 0064 Valréas \(also région 84\)/,
    );
  });

  itWithRealData([INSEE_ZIP, COMMUNE_TABLE_2022], '--departements 04,05,06,13,83,84 keeps the same zones', async () => {
    const out = join(tmp, 'paca-deps.geojson');
    const r = await runCli('import', 'insee-ze', INSEE_ZIP, '--commune-table', COMMUNE_TABLE_2022, '--departements', '04,05,06,13,83,84', '-o', out);
    expect(r.code).toBe(0);
    expect(codes(out)).toEqual(PACA);
    expect(r.stdout).toMatch(/0053 Avignon \(also département 30\)/);
  });

  itWithRealData([INSEE_ZIP, COMMUNE_TABLE_2022], 'a population file missing communes of a kept zone is reported, naming the zone', async () => {
    // population légale of the PACA communes (npm @etalab/decoupage-administratif), without Marseille's 13055
    const pop = join(tmp, 'population.csv');
    const rows = etalabCommunes()
      .filter((c) => c.region === '93' && c.code !== '13055')
      .map((c): [string, number] => [c.code, c.population!]);
    writeFileSync(pop, toCsv(['code', 'population'], rows));
    const r = await runCli(
      'import',
      'insee-ze',
      INSEE_ZIP,
      '--commune-table',
      COMMUNE_TABLE_2022,
      '--commune-population',
      pop,
      '--region',
      '93',
      '-o',
      join(tmp, 'p.geojson'),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/warning: .*population\.csv has no population for \d+ communes of \d+ kept zones: /);
    expect(r.stdout).toMatch(/9312 Marseille \(1: 13055\)/);
    // the straddling zones' communes outside PACA are missing too, and named
    expect(r.stdout).toMatch(/0053 Avignon \(\d+: 30/);
  });

  itWithRealData([INSEE_ZIP, COMMUNE_TABLE_2022], 'a région with no zone, or --region without the table, is exit 2', async () => {
    const none = await runCli('import', 'insee-ze', INSEE_ZIP, '--commune-table', COMMUNE_TABLE_2022, '--region', '99', '-o', join(tmp, 'x.geojson'));
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no zone lies in région 99\n  → the codes of the table are: 01, 02, 03, 04, 06, 11/);
    const noTable = await runCli('import', 'insee-ze', INSEE_ZIP, '--region', '93', '-o', join(tmp, 'y.geojson'));
    expect(noTable.code).toBe(2);
    expect(noTable.stderr).toMatch(/--region needs --commune-table/);
  });
});
