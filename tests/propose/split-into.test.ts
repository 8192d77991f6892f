/**
 * --split-into end to end on a made-up city split into arrondissements (tests/support/admin-express.ts):
 * ADMIN EXPRESS import → units → propose --split-with --split-into → check and report on the written plan.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { InputError } from '../../src/core/errors.js';
import { readCsv } from '../../src/io/csv.js';
import { parseSplitInto } from '../../src/check/rules/resolve.js';
import { runCli } from '../helpers.js';
import { CITY, writeMadeUpRegion, type MadeUpRegion } from '../support/admin-express.js';

let dir: string;
let region: MadeUpRegion;
let units: string;
const RULES = ['--min-members', '10000', '--members-per-seat', '1500', '--min-seats', '6'];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'decoupage-split-into-'));
  region = writeMadeUpRegion(dir);
  units = join(dir, 'units.geojson');
  const r = await runCli('import', 'admin-express', region.adminExpress, '--commune-table', region.communeTable, '-o', units);
  expect(r.code).toBe(0);
});

/** zone → the sections its units are in, from a written plan and the units layer's parent_zone. */
function sectionsOfCity(plan: string): string[] {
  const rows = readCsv(plan).rows;
  const cityUnits = new Set(['ZZ201', 'ZZ202', 'ZZ203', 'ZZ204', 'ZZ205', 'ZZ206', 'ZZ010', 'ZZ011', 'ZZ012']);
  const col = Object.keys(rows[0]).find((c) => c !== 'section')!;
  return [...new Set(rows.filter((r) => cityUnits.has(r[col])).map((r) => r.section))].sort();
}

describe('propose --split-into on a made-up city split into arrondissements', () => {
  const propose = (out: string, ...extra: string[]) =>
    runCli(
      'propose',
      region.zones,
      '--members',
      'members',
      ...RULES,
      '--split-with',
      units,
      '--split-above',
      '30000',
      '--split-snap',
      '0',
      '-o',
      out,
      ...extra,
    );

  it('without it, the city zone (60,000 members) forms as many sections as it can', async () => {
    const out = join(dir, 'plan-max.csv');
    const r = await propose(out);
    expect(r.code).toBe(0);
    expect(sectionsOfCity(out).length).toBeGreaterThan(2);
  });

  it('--split-into 9901:2 gives exactly 2 sections from its units; check and report accept the plan', async () => {
    const out = join(dir, 'plan-2.csv');
    const unitsOut = join(dir, 'units-plan.geojson');
    const report = join(dir, 'report.html');
    const r = await propose(out, '--split-into', `${CITY.zone}:2`, '--units-out', unitsOut, '--report', report);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(sectionsOfCity(out)).toEqual(['9901-1', '9901-2']);
    expect(r.stdout).toMatch(/zone 9901 \(Massalia, 60,000 members\) was split into its 9 finer units, now in 2 sections/);
    const check = await runCli('check', unitsOut, out, '--members', 'members', ...RULES, '--snap', '0');
    expect(check.stdout).toMatch(/compliant/i);
    expect(check.code).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain('9901-2');
    // the README's last step: the report again, in French, from the written files
    const rapport = join(dir, 'rapport.html');
    const again = await runCli('report', unitsOut, out, '--members', 'members', ...RULES, '--snap', '0', '--lang', 'fr', '-o', rapport);
    expect(again.code).toBe(0);
    const html = readFileSync(rapport, 'utf8');
    expect(html).toContain('lang="fr"');
    expect(html).toContain('9901-1');
    expect(html).toContain('Massalia 1er Arrondissement');
  });

  it('the same from rules.json ("split-into": {"9901": 3}); the command line wins per zone', async () => {
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ 'min-members': 10000, 'members-per-seat': 1500, 'min-seats': 6, 'split-into': { '9901': 3 } }));
    const out = join(dir, 'plan-3.csv');
    const r = await runCli(
      'propose',
      region.zones,
      '--members',
      'members',
      '--rules',
      rules,
      '--split-with',
      units,
      '--split-above',
      '30000',
      '--split-snap',
      '0',
      '-o',
      out,
    );
    expect(r.code).toBe(0);
    expect(sectionsOfCity(out)).toEqual(['9901-1', '9901-2', '9901-3']);
    const out2 = join(dir, 'plan-3b.csv');
    const r2 = await runCli(
      'propose',
      region.zones,
      '--members',
      'members',
      '--rules',
      rules,
      '--split-into',
      '9901:4',
      '--split-with',
      units,
      '--split-above',
      '30000',
      '--split-snap',
      '0',
      '-o',
      out2,
    );
    expect(r2.code).toBe(0);
    expect(sectionsOfCity(out2)).toHaveLength(4);
  });

  it('infeasible: exit 1 with the usual explanation, nothing written', async () => {
    const out = join(dir, 'plan-bad.csv');
    const r = await propose(out, '--split-into', '9901:7');
    expect(r.code).toBe(1);
    // 60,000 members would allow 6 sections, but no unit reaches 10,000 (arrondissements 8,000, suburbs 4,000):
    // a section takes two units at least, so 9 units form at most 4 (the zone-count bound of propose/bound.ts)
    expect(r.stderr).toMatch(/zone 9901 can form at most 4 sections of 10,000 members from its units, not 7/);
    expect(r.stderr).toMatch(/ask for --split-into 9901:4/);
    const big = await runCli(
      'propose',
      region.zones,
      '--members',
      'members',
      '--min-members',
      '40000',
      '--members-per-seat',
      '1500',
      '--min-seats',
      '6',
      '--split-with',
      units,
      '--split-above',
      '30000',
      '--split-snap',
      '0',
      '-o',
      out,
      '--split-into',
      '9901:2',
    );
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/zone 9901 can form at most 1 section of 40,000 members from its units, not 2/);
    expect(existsSync(out)).toBe(false);
  });

  it('usage errors: a zone that is not split, no --split-with, a bad value (exit 2)', async () => {
    const out = join(dir, 'plan-usage.csv');
    const notSplit = await propose(out, '--split-into', '9902:2');
    expect(notSplit.code).toBe(2);
    expect(notSplit.stderr).toMatch(/zone 9902 is not split into finer units/);
    const noUnits = await runCli('propose', region.zones, '--members', 'members', ...RULES, '-o', out, '--split-into', '9901:2');
    expect(noUnits.code).toBe(2);
    expect(noUnits.stderr).toMatch(/--split-into needs --split-with/);
    const bad = await propose(out, '--split-into', '9901');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--split-into must be ZONE:K, e\.g\. 9312:2/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('split-into values', () => {
  it('"9312:2", lists, and rules.json objects; conflicting counts are an error', () => {
    expect(parseSplitInto('9312:2')).toEqual([{ zone: '9312', sections: 2 }]);
    expect(parseSplitInto(['9312:2', '0052:1'])).toEqual([
      { zone: '9312', sections: 2 },
      { zone: '0052', sections: 1 },
    ]);
    expect(parseSplitInto({ '9312': 2 })).toEqual([{ zone: '9312', sections: 2 }]);
    expect(() => parseSplitInto(['9312:2', '9312:3'])).toThrow(InputError);
    expect(() => parseSplitInto('9312:0')).toThrow(/ZONE:K/);
    expect(resolveRules({ splitInto: ['9312:2'] }).splitInto).toEqual([{ zone: '9312', sections: 2 }]);
  });
});
