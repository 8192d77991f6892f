import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/check/types.js';
import { runCli } from '../helpers.js';

const FIX = new URL('../fixtures/check/', import.meta.url).pathname;
const ZONES = join(FIX, 'grid.geojson');
// grid.geojson: North = A+B+C+D (16,000 members), South = E + the island I (11,000)
const RULES = ['--min-members', '10000', '--members-per-seat', '1000', '--min-seats', '6'];

describe('decoupage check', () => {
  it('exit 0 and COMPLIANT when every rule holds (the island linked with --link)', async () => {
    const r = await runCli('check', ZONES, join(FIX, 'plan.csv'), ...RULES, '--link', 'I:E');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔ every section in one piece: all 2 sections are contiguous/);
    expect(r.stdout).toMatch(/✔ +North +4 zones +16,000 members +16 seats/);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('COMPLIANT');
  });

  it('exit 1 when a section is split, naming its pieces and suggesting a link', async () => {
    const r = await runCli('check', ZONES, join(FIX, 'plan.csv'), ...RULES);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✘ every section in one piece: 1 section is split: South');
    expect(r.stdout).toContain('section South is in 2 pieces: {E} + {I}');
    expect(r.stdout).toContain('NOT COMPLIANT: 1 rule broken');
    expect(r.stdout).toContain('I (Île)');
    expect(r.stdout).toContain('--link');
  });

  it('--auto-link joins the island too', async () => {
    expect((await runCli('check', ZONES, join(FIX, 'plan.csv'), ...RULES, '--auto-link')).code).toBe(0);
  });

  it('exit 1 listing unknown, missing, duplicate zones and thresholds, with --json', async () => {
    const r = await runCli('check', ZONES, join(FIX, 'plan-broken.csv'), ...RULES, '--within', 'dep', '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(report.ok).toBe(false);
    const rule = (id: string) => report.rules.find((x) => x.rule === id)!;
    expect(
      rule('assignment')
        .failures.map((f) => `${f.kind}:${f.zone ?? f.zones?.join('+')}`)
        .sort(),
    ).toEqual(['duplicate-zone:B', 'empty-section:I', 'missing-zone:D', 'unknown-zone:X9']);
    expect(rule('min-members').failures.map((f) => f.section)).toEqual(['South']);
    expect(rule('within').failures.map((f) => f.section)).toEqual(['North']);
    expect(report.totals.brokenRules).toBe(3);
  });

  it('--markdown prints tables', async () => {
    const r = await runCli('check', ZONES, join(FIX, 'plan.json'), ...RULES, '--markdown', '--link', 'I:E');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Plan check: COMPLIANT');
    expect(r.stdout).toContain('| ✔ | North |  | A, B, C, D | 16,000 | 16 | yes |  |');
  });

  it('reads GeoJSON and semicolon CSV plans', async () => {
    for (const plan of ['plan.geojson', 'plan-semicolon.csv']) {
      expect((await runCli('check', ZONES, join(FIX, plan), ...RULES, '--link', 'I:E')).code).toBe(0);
    }
  });

  it('a rule file works like the options', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    writeFileSync(join(dir, 'rules.json'), JSON.stringify({ 'min-members': 12000, 'members-per-seat': 1000 }));
    const r = await runCli('check', ZONES, join(FIX, 'plan.csv'), '--rules', join(dir, 'rules.json'), '--link', 'I:E');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('section South has 11,000 members, below 12,000');
  });

  it('exit 2 for unusable input, with a message naming the file and no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    writeFileSync(join(dir, 'bad.csv'), 'zone,name\nA,x\n');
    const cases: [string[], RegExp][] = [
      [[ZONES, join(dir, 'missing.csv')], /missing\.csv: file not found/],
      [[ZONES, join(dir, 'bad.csv')], /bad\.csv: field "section": has no section column/],
      [[join(dir, 'nozones.geojson'), join(FIX, 'plan.csv')], /nozones\.geojson/],
      [[ZONES, join(FIX, 'plan.csv'), '--within', 'region'], /no zone has a property "region"/],
      [[ZONES, join(FIX, 'plan.csv'), '--min-members', 'many'], /--min-members must be a whole number/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli('check', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
