import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { carryOverLine, carryOverToUnits, splitZonesOf } from '../../src/core/units.js';
import { loadZones } from '../../src/load/zones.js';
import { readPlan } from '../../src/load/plan.js';
import { readVotes } from '../../src/pluralism/votes.js';
import { parseCsv } from '../../src/io/csv.js';
import { runCli } from '../helpers.js';

// Issue 13, point 3: after --split-with, zone-level inputs (old plan, votes, locks) carry over to the units.
const FIX = new URL('../fixtures/propose/', import.meta.url).pathname;
const f = (name: string) => join(FIX, name);
const RULES = ['--min-members', '10000', '--members-per-seat', '1500', '--min-seats', '6'];
const tmp = mkdtempSync(join(tmpdir(), 'decoupage-carry-'));
const dir = join(tmp, 'run');
const PLAN = join(dir, 'plan.csv');
const UNITS = join(dir, 'units.geojson');

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  // Bigtown's counted 40,000 members shared among its quarters by population: only those are estimates
  const r = await runCli(
    'propose',
    f('split-zones.geojson'),
    '--members',
    'members',
    '--split-with',
    f('split-units.geojson'),
    '--split-above',
    '30000',
    '--split-population',
    f('split-population.csv'),
    '--split-snap',
    '0',
    ...RULES,
    '-o',
    PLAN,
    '--units-out',
    UNITS,
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
});

describe('carryOverToUnits (the one library function for zone-level inputs)', () => {
  it("gives each unit of a split zone its zone's value; a unit's own entry wins; other ids are kept", () => {
    const units = loadZones(UNITS, { membersProp: 'members' });
    expect([...splitZonesOf(units)]).toEqual([['B', ['B-1', 'B-2', 'B-3', 'B-4']]]);
    const { values, carried } = carryOverToUnits(
      new Map([
        ['B', 'Ouest'],
        ['B-2', 'Sud'],
        ['E1', 'Est'],
        ['ZZ', '?'],
      ]),
      units,
    );
    expect([...values].sort()).toEqual([
      ['B-1', 'Ouest'],
      ['B-2', 'Sud'],
      ['B-3', 'Ouest'],
      ['B-4', 'Ouest'],
      ['E1', 'Est'],
      ['ZZ', '?'],
    ]);
    expect(carried).toEqual([{ zone: 'B', units: 3 }]);
    expect(carryOverLine(carried, 'old-plan.csv', 'section')).toBe('old-plan.csv: zone B was split; its 3 units take its section.');
    expect(carryOverLine(carried, 'votes.csv', 'votes', 'fr')).toBe('votes.csv : la zone B a été découpée ; ses 3 unités reprennent ses parts de voix.');
    expect(carryOverLine([], 'x.csv', 'lock')).toBeUndefined();
  });

  it('an ordinary zone layer has no split zones: nothing is carried', () => {
    const zones = loadZones(f('split-zones.geojson'), { membersProp: 'members' });
    expect(carryOverToUnits(new Map([['B', 'Ouest']]), zones).carried).toEqual([]);
  });

  it('the old plan and the votes of the zones read on the units layer', () => {
    const units = loadZones(UNITS, { membersProp: 'members' });
    const old = readPlan(f('split-old-plan.csv'), units);
    expect(old.carried).toEqual([{ zone: 'B', units: 4 }]);
    expect(old.rows.map((r) => `${r.zone}=${r.section}`).sort()).toEqual(['B-1=Ouest', 'B-2=Ouest', 'B-3=Ouest', 'B-4=Ouest', 'E1=Est', 'E2=Est']);
    const votes = readVotes(f('split-votes.csv'), units);
    expect(votes.carried).toEqual([{ zone: 'B', units: 4 }]);
    expect(votes.byZone!.get('B-3')).toEqual([0.6, 0.4]);
    expect(votes.byZone!.has('B')).toBe(false);
  });
});

describe('on the command line, after propose --split-with', () => {
  it("units.geojson marks only the split zone's units as estimates, and reading it back keeps that", () => {
    const fc = JSON.parse(readFileSync(UNITS, 'utf8')) as FeatureCollection;
    expect(fc.features.map((x) => [x.properties!.code, x.properties!.members_estimated])).toEqual([
      ['B-1', true],
      ['B-2', true],
      ['B-3', true],
      ['B-4', true],
      ['E1', false],
      ['E2', false],
    ]);
    const units = loadZones(UNITS, { membersProp: 'members' });
    expect(units.members.estimated).toBe(true);
    expect(units.members.estimatedIds).toEqual(['B-1', 'B-2', 'B-3', 'B-4']);
  });

  it("pluralism takes the zones' votes and old plan, said in one line each, and compares both plans", async () => {
    const r = await runCli('pluralism', UNITS, PLAN, '--members', 'members', '--votes', f('split-votes.csv'), '--compare', f('split-old-plan.csv'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('split-votes.csv: zone B was split; its 4 units take its vote shares.');
    expect(r.stdout).toContain('split-old-plan.csv: zone B was split; its 4 units take its section.');
    expect(r.stdout).toMatch(/== split-old-plan\.csv ==/);
    expect(r.stdout.split('\n').filter((l) => /zone B was split/.test(l))).toHaveLength(2);
    expect(r.stdout).toContain('Only the member figures of the 4 units of split zone B are ESTIMATES');
  });

  it('report (French) compares with the old plan and says exactly which figures are estimates', async () => {
    const out = join(dir, 'rapport.html');
    const r = await runCli(
      'report',
      UNITS,
      PLAN,
      '--members',
      'members',
      ...RULES,
      '--votes',
      f('split-votes.csv'),
      '--compare',
      f('split-old-plan.csv'),
      '--lang',
      'fr',
      '-o',
      out,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('split-old-plan.csv : la zone B a été découpée ; ses 4 unités reprennent sa section.');
    const html = readFileSync(out, 'utf8');
    const plan = parseCsv(readFileSync(PLAN, 'utf8')).rows;
    const named = new Map(plan.map((p) => [p.section, `${p.section} ${p.section_name}`]));
    const sectionsOfB = [...new Set(plan.filter((p) => p.zone.startsWith('B-')).map((p) => p.section))].sort().map((s) => named.get(s));
    expect(html).toContain('Une partie des nombres d’adhérents sont des estimations');
    expect(html).toContain(`Seuls les nombres d’adhérents des 4 unités de la zone découpée B sont des estimations`);
    expect(html).toContain(`ceux des sections qui les contiennent : ${sectionsOfB.join(', ')}.`);
    expect(html).toContain('Tous les autres nombres sont des décomptes');
    expect(html).not.toContain('Les nombres d’adhérents de ce rapport sont des estimations');
  });

  it('check and seats take an old plan of the zones too', async () => {
    const check = await runCli('check', UNITS, f('split-old-plan.csv'), '--members', 'members', ...RULES, '--json');
    expect(check.stderr).toContain('split-old-plan.csv: zone B was split; its 4 units take its section.');
    expect(
      JSON.parse(check.stdout)
        .sections.map((s: { id: string }) => s.id)
        .sort(),
    ).toEqual(['Est', 'Ouest']);
    const seats = await runCli('seats', UNITS, f('split-old-plan.csv'), '--members', 'members');
    expect(seats.code).toBe(0);
    expect(seats.stdout).toMatch(/Ouest +4 +40,000/);
    // only Bigtown's quarters are estimates, and the printed table says exactly that
    expect(seats.stdout).toContain('Only the member figures of the 4 units of split zone B are ESTIMATES');
    expect(seats.stdout).not.toMatch(/Member figures are ESTIMATES/);
  });

  it('propose --lock on a split zone keeps all its units in the locked section', async () => {
    const plan = join(dir, 'plan-locked.csv');
    const r = await runCli(
      'propose',
      f('split-zones.geojson'),
      '--members',
      'members',
      '--split-with',
      f('split-units.geojson'),
      '--split-above',
      '30000',
      '--split-snap',
      '0',
      '--lock',
      f('split-lock.csv'),
      '--min-members',
      '1000',
      '--members-per-seat',
      '100',
      '-o',
      plan,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('split-lock.csv: zone B was split; its 4 units take its lock.');
    const rows = parseCsv(readFileSync(plan, 'utf8')).rows;
    expect(rows.filter((p) => p.zone.startsWith('B-')).every((p) => p.section === 'Métropole')).toBe(true);
  });
});
