import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv.js';
import { runCli } from '../helpers.js';

const FIX = new URL('../fixtures/seats/', import.meta.url).pathname;
const ZONES = FIX + 'row6.geojson';
const PLAN = FIX + 'row6-plan.csv';

describe('decoupage seats', () => {
  it('prints the table with the rule used, and writes section,members,seats', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'seats-')), 'seats.csv');
    const r = await runCli('seats', ZONES, PLAN, '--seats', '30', '--method', 'dhondt', '--min-seats', '6', '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/every section first gets 6 seats/);
    expect(r.stdout).toMatch(/Loosemore-Hanby/);
    const t = parseCsv(readFileSync(out, 'utf8'));
    expect(t.columns).toEqual(['section', 'section_name', 'members', 'seats']);
    expect(t.rows).toHaveLength(3);
    // members come straight from the zones: north = Z1 + Z2 = 12,000 + 3,500
    expect(t.rows.find((x) => x.section === 'north')!.members).toBe('15500');
    expect(t.rows.reduce((s, x) => s + Number(x.seats), 0)).toBe(30);
    expect(t.rows.every((x) => Number(x.seats) >= 6)).toBe(true);
  });
  it('members-per-seat form, --json', async () => {
    const r = await runCli('seats', ZONES, PLAN, '--members-per-seat', '1500', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    // floor(15,500 / 1,500) = 10, floor(14,400 / 1,500) = 9, floor(24,100 / 1,500) = 16
    expect(Object.fromEntries(j.sections.map((s: { section: string; seats: number }) => [s.section, s.seats]))).toEqual({ middle: 9, north: 10, south: 16 });
    expect(j.rule).toMatch(/rounded down/);
  });
  it('more minimum seats than seats: clear error, exit 1', async () => {
    const r = await runCli('seats', ZONES, PLAN, '--seats', '12', '--min-seats', '6');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/more minimum seats than total seats/);
    expect(r.stderr).not.toMatch(/at .*\.ts:/); // no stack trace
  });
  it('a tied last seat stops with a question, and --tie-break settles it', async () => {
    // tie-plan: sections a and b have 12,000 members each, c 30,000; the 12th D'Hondt seat is a tie (12,000/3 = 4,000).
    const r = await runCli('seats', ZONES, FIX + 'tie-plan.csv', '--seats', '12', '--min-seats', '0');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/tied between a, b/);
    expect(r.stderr).toMatch(/--tie-break/);
    const ok = await runCli('seats', ZONES, FIX + 'tie-plan.csv', '--seats', '12', '--min-seats', '0', '--tie-break', 'first', '--json');
    expect(ok.code).toBe(0);
    const j = JSON.parse(ok.stdout);
    expect(j.ties[0].resolvedBy).toBe('first');
    expect(j.sections.find((s: { section: string }) => s.section === 'a').seats).toBe(3);
  });
});

describe('decoupage pluralism', () => {
  it('without --votes says it uses the default scenario', async () => {
    const r = await runCli('pluralism', ZONES, PLAN);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/default scenario/);
    expect(r.stdout).toMatch(/not a forecast/);
    expect(r.stdout).toMatch(/Gallagher/);
  });
  it('--votes per zone, --compare, -o', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'plur-')), 'pluralism.csv');
    const r = await runCli('pluralism', ZONES, PLAN, '--votes', FIX + 'votes-zones-wide.csv', '--compare', FIX + 'row6-plan-zones.csv', '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Pluralism compared/);
    expect(r.stdout).toMatch(/sections electing more than one list/);
    const t = parseCsv(readFileSync(out, 'utf8'));
    expect(t.columns.slice(0, 7)).toEqual(['plan', 'section', 'section_name', 'members', 'seats', 'seats_Rouge', 'seats_Vert']);
    expect(t.rows).toHaveLength(3 + 6);
  });
  it('--simulate is seeded', async () => {
    const a = await runCli('pluralism', ZONES, PLAN, '--simulate', '50', '--seed', '4', '--json');
    const b = await runCli('pluralism', ZONES, PLAN, '--simulate', '50', '--seed', '4', '--json');
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout).plans[0].report.simulation).toEqual(JSON.parse(b.stdout).plans[0].report.simulation);
  });
  it('a bad votes file names the zone and exits 2', async () => {
    const r = await runCli('pluralism', ZONES, PLAN, '--votes', FIX + 'votes-unknown-zone.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Z9/);
  });
});

describe('seats and pluralism share their seat options', () => {
  // --seed used to be taken as any text ("abc") by both commands
  it.each(['seats', 'pluralism'])('%s refuses a --seed that is not a whole number (exit 2)', async (command) => {
    const r = await runCli(command, ZONES, PLAN, '--seed', 'abc');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--seed must be a whole number ≥ 0, got "abc"/);
  });
  it.each(['seats', 'pluralism'])('%s reads the seat rules from --rules, options winning over the file', async (command) => {
    const rules = join(mkdtempSync(join(tmpdir(), 'seat-rules-')), 'rules.json');
    writeFileSync(rules, JSON.stringify({ seats: 30, method: 'dhondt', 'min-seats': 6 }));
    const fromFile = await runCli(command, ZONES, PLAN, '--rules', rules, '--json');
    expect(fromFile.code).toBe(0);
    const seatsOf = (stdout: string): number[] => {
      const j = JSON.parse(stdout);
      return command === 'seats' ? j.sections.map((s: { seats: number }) => s.seats) : j.plans[0].report.sections.map((s: { seats: number }) => s.seats);
    };
    expect(seatsOf(fromFile.stdout).reduce((a, b) => a + b, 0)).toBe(30);
    const perSeat = await runCli(command, ZONES, PLAN, '--rules', rules, '--members-per-seat', '1500', '--json');
    // floor(15,500 / 1,500) + floor(14,400 / 1,500) + floor(24,100 / 1,500) = 10 + 9 + 16
    expect(seatsOf(perSeat.stdout).reduce((a, b) => a + b, 0)).toBe(35);
  });
  it('pluralism stops on a tied last seat with the same message as seats (exit 1)', async () => {
    const r = await runCli('pluralism', ZONES, FIX + 'tie-plan.csv', '--seats', '12', '--min-seats', '0');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the last seat tied between a, b/);
    expect(r.stderr).toMatch(/--tie-break largest/);
  });
  it('pluralism: --simulate and --concentration are checked', async () => {
    expect((await runCli('pluralism', ZONES, PLAN, '--simulate', '-2')).stderr).toMatch(/--simulate must be a whole number from 1 to 100,000/);
    const c = await runCli('pluralism', ZONES, PLAN, '--simulate', '10', '--concentration', '0');
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/--concentration must be a number > 0 and at most 1,000,000, got "0"/);
  });
});
