import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { readCsv } from '../../src/io/csv.js';
import { CHOMAGE_XLSX, UNEMPLOYMENT_CSV, itWithRealData } from '../support/real-data.js';
import { runCli } from '../helpers.js';

itWithRealData([CHOMAGE_XLSX, UNEMPLOYMENT_CSV], 'import insee-chomage of the published workbook gives the values of ze2020-unemployment.csv', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'decoupage-chomage-')), 'chomage.csv');
  const r = await runCli('import', 'insee-chomage', CHOMAGE_XLSX, '--quarters', '2023-T3,2018-T3,2013-T3', '-o', out);
  expect(r.code).toBe(0);
  const mine = readCsv(out);
  const theirs = readCsv(UNEMPLOYMENT_CSV);
  expect(mine.columns).toEqual(theirs.columns);
  expect(mine.rows.map((row) => row.code).sort()).toEqual(theirs.rows.map((row) => row.code).sort());
  const byCode = new Map(mine.rows.map((row) => [row.code, row]));
  for (const row of theirs.rows) {
    const m = byCode.get(row.code)!;
    expect(m.name, row.code).toBe(row.name);
    for (const c of theirs.columns.slice(2)) {
      // an empty cell stays empty (never 0); numbers equal as numbers ("10" and "10.0")
      if (row[c] === '') expect(m[c], `${row.code} ${c}`).toBe('');
      else expect(Number(m[c]), `${row.code} ${c}`).toBe(Number(row[c]));
    }
  }
  // the zones without a 2013 rate are named in the warning
  const empty = theirs.rows.filter((row) => row.unemployment_2013t3 === '').map((row) => row.code);
  expect(empty.length).toBeGreaterThan(0);
  for (const code of empty) expect(r.stdout).toContain(code);
});

itWithRealData([CHOMAGE_XLSX], 'import insee-chomage names the quarters a workbook has when one is not there (exit 2)', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'decoupage-chomage-')), 'chomage.csv');
  const r = await runCli('import', 'insee-chomage', CHOMAGE_XLSX, '--quarters', '2030-T1', '-o', out);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('2003-T1');
  expect(r.stderr).toContain('2023-T3');
});
