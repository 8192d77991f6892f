import { say } from '../../src/messages/index.js';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/check.js';
import { InputError } from '../../src/core/errors.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import type { ZoneSet } from '../../src/core/types.js';
import { buildGraph } from '../../src/graph/build.js';
import { loadZones } from '../../src/load/zones.js';
import { proposeSections } from '../../src/propose/index.js';
import { compareUnitAdjacency, DEFAULT_SPLIT_SNAP_M, planOnUnits, sectionsOfSplitZones, splitLargeZones } from '../../src/propose/split.js';
import { unitsFeatureCollection } from '../../src/export/units.js';
import { largestRemainder } from '../../src/apportion/index.js';
import { parseCsv } from '../../src/io/csv.js';
import { runCli } from '../helpers.js';
import {
  COMMUNE_TABLE_2023,
  describeWithRealData,
  communePopulationCsv,
  PACA_COMMUNES,
  PACA_ESTIMATE_FILES,
  PACA_ZONES,
  pacaCommunesWithEstimatedMembers,
  pacaZonesWithEstimatedMembers,
} from '../support/real-data.js';
import { fixture } from './support.js';

const ZONES = fixture('split-zones.geojson');
const UNITS = fixture('split-units.geojson');
/** The charter of the issue: T = max(10,000, 6 × 1,500) = 10,000 members. */
const RULES = resolveRules({ minMembers: 10_000, membersPerSeat: 1_500, minSeats: 6 });

const zonesFixture = () => loadZones(ZONES, { membersProp: 'members' });
const unitsFixture = () => loadZones(UNITS, { membersProp: 'members' });

/** A copy of the units layer with some features changed (for the error cases). */
function unitsWith(change: (fc: FeatureCollection) => void): ZoneSet {
  const fc = JSON.parse(readFileSync(UNITS, 'utf8')) as FeatureCollection;
  change(fc);
  const path = join(tmp, `units-${Math.random().toString(36).slice(2)}.geojson`);
  writeFileSync(path, JSON.stringify(fc));
  return loadZones(path, { membersOptional: true });
}

const tmp = mkdtempSync(join(tmpdir(), 'decoupage-split-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('splitLargeZones on the hand-made fixture', () => {
  // Bigtown (B, 40,000 members) is a 2×2 block of squares B-1…B-4 (12,000 / 8,000 / 10,000 / 10,000);
  // East-Low E1 and East-High E2 (2,000 each) lie east of it. See tests/fixtures/propose/split-*.geojson.
  it('replaces the zone above the threshold by its units, in place, with inherited boundaries', () => {
    const layer = splitLargeZones(zonesFixture(), unitsFixture(), { above: 30_000 });
    expect(layer.zones.map((z) => z.id)).toEqual(['B-1', 'B-2', 'B-3', 'B-4', 'E1', 'E2']);
    expect(layer.zones.map((z) => z.members)).toEqual([12_000, 8_000, 10_000, 10_000, 2_000, 2_000]);
    expect(layer.zoneProp).toBe('zone');
    const b1 = layer.byId.get('B-1')!;
    expect(b1.properties).toMatchObject({ dep: 'D1', reg: 'R', parent_zone: 'B', zone: 'B', name: 'Bigtown South-West' });
    // numbers of the zone as a whole are not copied onto its units
    expect(b1.properties.population).toBe(120_000);
    expect(layer.byId.get('E1')!.properties.parent_zone).toBe('E1');
    expect(layer.parentOf.get('B-3')).toBe('B');
    expect(layer.split).toHaveLength(1);
    expect(layer.split[0]).toMatchObject({ id: 'B', units: ['B-1', 'B-2', 'B-3', 'B-4'], membersFrom: 'own' });
    expect(layer.split[0].areaRatio).toBeCloseTo(1, 9);
    // X-1 names a zone that does not exist: ignored and reported; E1-1 belongs to a zone not split: ignored silently
    expect(layer.unknownParents).toEqual({ count: 1, examples: ['X-1'] });
    expect(layer.notes.map((n) => say(n, 'en')).join('\n')).toMatch(/1 finer unit .*names a zone .* was ignored/);
    expect(layer.members.estimated).toBe(false);
  });

  it('finds the known optimum: one section per Bigtown square (4), where the unsplit zones give 1', () => {
    const zones = zonesFixture();
    const unsplit = proposeSections(zones, buildGraph(zones), RULES, { seed: 1 });
    // E1 + E2 = 4,000 < 10,000: they must join Bigtown, so the whole region is one section
    expect(unsplit.sections).toHaveLength(1);

    const layer = splitLargeZones(zones, unitsFixture(), { above: 30_000 });
    const graph = buildGraph(layer);
    const diff = compareUnitAdjacency(buildGraph(zones), layer, graph);
    expect(diff).toEqual({ missing: [], extra: [], disconnected: [] });
    const r = proposeSections(layer, graph, RULES, { seed: 1 });
    // 44,000 members: at most 4 sections of 10,000; B-2 (8,000) needs East-Low or East-High to reach it
    expect(r.upperBound).toBe(4);
    expect(r.sections).toHaveLength(4);
    expect(checkPlan(layer, graph, r.plan, RULES).ok).toBe(true);
    expect(new Set(['B-1', 'B-2', 'B-3', 'B-4'].map((u) => r.plan.get(u))).size).toBe(4);
    expect(sectionsOfSplitZones(layer, r.plan)[0].sections).toHaveLength(4);
  });

  it('shares the zone members in proportion to population when the units have no counts, summing exactly', () => {
    const fine = unitsWith((fc) => {
      const pops = [1, 1, 1, 0];
      fc.features.slice(0, 4).forEach((f, i) => {
        delete f.properties!.members;
        f.properties!.population = pops[i];
      });
      for (const f of fc.features.slice(4)) delete f.properties!.members;
    });
    const layer = splitLargeZones(zonesFixture(), fine, { above: 30_000 });
    const shares = ['B-1', 'B-2', 'B-3', 'B-4'].map((id) => layer.byId.get(id)!.members);
    // 40,000 / 3 = 13,333.33…: largest remainder gives the one extra member to the first unit
    expect(shares).toEqual([13_334, 13_333, 13_333, 0]);
    expect(layer.split[0].membersFrom).toBe('population');
    expect(layer.members.estimated).toBe(true);
    expect(say(layer.members.description, 'en')).toContain('in proportion to their population');
  });

  it('largest-remainder sharing always adds up to the total', () => {
    const cases: [number, number[]][] = [
      [100_866, [858_000, 47_000, 1_200, 3, 0.5]],
      [7, [1, 1, 1]],
      [10, [2, 3, 5]],
      [1, [1, 1, 1, 1]],
    ];
    for (const [total, weights] of cases) {
      const parts = largestRemainder(total, weights);
      expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
      parts.forEach((p, i) => expect(Math.abs(p - (total * weights[i]) / weights.reduce((s, w) => s + w, 0))).toBeLessThan(1));
    }
    expect(largestRemainder(10, [2, 3, 5])).toEqual([2, 3, 5]);
    expect(largestRemainder(7, [1, 1, 1])).toEqual([3, 2, 2]);
  });

  it('refuses a zone above the threshold that has no finer units, naming it', () => {
    // at 1,500 East-High (2,000) must be split too, but no unit says zone E2
    expect(() => splitLargeZones(zonesFixture(), unitsFixture(), { above: 1_500 })).toThrow(InputError);
    try {
      splitLargeZones(zonesFixture(), unitsFixture(), { above: 1_500 });
    } catch (e) {
      expect((e as InputError).details.zone).toBe('E2');
      expect((e as Error).message).toMatch(/no finer unit/);
      expect((e as InputError).exitCode).toBe(2);
    }
  });

  it('refuses a unit whose id is also a zone id', () => {
    const fine = unitsWith((fc) => (fc.features[1].properties!.code = 'E1'));
    expect(() => splitLargeZones(zonesFixture(), fine, { above: 30_000 })).toThrow(/finer unit E1 has the same id as a zone/);
  });

  it('refuses unit member counts that do not add up to the zone, naming the zone and both totals', () => {
    const fine = unitsWith((fc) => (fc.features[0].properties!.members = 12_001));
    let err: InputError | undefined;
    try {
      splitLargeZones(zonesFixture(), fine, { above: 30_000 });
    } catch (e) {
      err = e as InputError;
    }
    expect(err).toBeInstanceOf(InputError);
    expect(err!.details.zone).toBe('B');
    expect(err!.message).toContain('40,000');
    expect(err!.message).toContain('40,001');
  });

  it('accepts a rounding difference when the counts are estimates, and makes the total exact', () => {
    // population × rate rounded unit by unit and zone by zone can differ by up to half a member per unit
    const zones = { ...zonesFixture(), members: { estimated: true, description: 'estimated as population × 0.1' } };
    const fine = unitsWith((fc) => (fc.features[0].properties!.members = 12_001));
    const layer = splitLargeZones(zones, fine, { above: 30_000 });
    const b = ['B-1', 'B-2', 'B-3', 'B-4'].map((id) => layer.byId.get(id)!.members);
    expect(b.reduce((x, y) => x + y, 0)).toBe(40_000);
    expect(say(layer.members.description, 'en')).toContain('adjusted to the zone total for rounding');
  });

  it('splits only zones strictly above the threshold', () => {
    const layer = splitLargeZones(zonesFixture(), unitsFixture(), { above: 40_000 });
    expect(layer.split).toEqual([]);
    expect(layer.zones.map((z) => [z.id, z.properties.parent_zone])).toEqual([
      ['B', 'B'],
      ['E1', 'E1'],
      ['E2', 'E2'],
    ]);
  });

  it('warns (without failing) when the units do not cover the zone', () => {
    // B-4 is missing: the units cover 3/4 of Bigtown; members shared by population so the totals hold
    const fine = unitsWith((fc) => {
      fc.features.splice(3, 1);
      for (const f of fc.features) delete f.properties!.members;
    });
    const layer = splitLargeZones(zonesFixture(), fine, { above: 30_000 });
    expect(layer.split[0].areaRatio).toBeCloseTo(0.75, 3);
    expect(layer.notes.map((n) => say(n, 'en')).find((n) => n.startsWith('warning'))).toMatch(/zone B \(Bigtown\).*-25\.0%/);
  });

  it('refuses a missing --split-zone property and explains how to name it', () => {
    expect(() => splitLargeZones(zonesFixture(), unitsFixture(), { above: 30_000, zoneProp: 'ze' })).toThrow(/no finer unit has a property "ze"/);
  });

  it('carries a plan on the zones onto the units through parent_zone', () => {
    const layer = splitLargeZones(zonesFixture(), unitsFixture(), { above: 30_000 });
    const onUnits = planOnUnits(
      new Map([
        ['B', 'west'],
        ['E1', 'east'],
        ['E2', 'east'],
      ]),
      layer,
    );
    expect([...onUnits]).toEqual([
      ['B-1', 'west'],
      ['B-2', 'west'],
      ['B-3', 'west'],
      ['B-4', 'west'],
      ['E1', 'east'],
      ['E2', 'east'],
    ]);
    const fc = unitsFeatureCollection(layer);
    expect(Object.keys(fc.features[0].properties!).slice(0, 5)).toEqual(['code', 'name', 'members', 'members_estimated', 'parent_zone']);
  });

  it('a units file written from estimates is read back as estimates', async () => {
    const { writeFileSync } = await import('node:fs');
    const { loadZones } = await import('../../src/load/zones.js');
    const layer = splitLargeZones(zonesFixture(), unitsFixture(), { above: 30_000 });
    const estimated = { ...layer, members: { estimated: true, description: 'test estimates' } };
    const file = join(tmp, 'units-estimated.geojson');
    writeFileSync(file, JSON.stringify(unitsFeatureCollection(estimated)));
    const back = loadZones(file, { membersProp: 'members' });
    expect(back.members.estimated).toBe(true);
    expect(say(back.members.description, 'en')).toContain('marked as estimates by "members_estimated"');
    writeFileSync(file, JSON.stringify(unitsFeatureCollection(layer)));
    expect(loadZones(file, { membersProp: 'members' }).members.estimated).toBe(layer.members.estimated);
  });
});

describe('decoupage propose --split-with', () => {
  const plan = join(tmp, 'cli', 'plan.csv');
  const units = join(tmp, 'cli', 'units.geojson');
  let res: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    res = await runCli(
      'propose',
      ZONES,
      '--members',
      'members',
      '--split-with',
      UNITS,
      '--split-above',
      '30000',
      '--split-snap',
      '0',
      '--min-members',
      '10000',
      '--members-per-seat',
      '1500',
      '--min-seats',
      '6',
      '-o',
      plan,
      '--units-out',
      units,
    );
  });

  it('writes one plan row per unit and says which zone was split into how many sections', () => {
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const rows = parseCsv(readFileSync(plan, 'utf8')).rows;
    expect(rows.map((r) => r.zone)).toEqual(['B-1', 'B-2', 'B-3', 'B-4', 'E1', 'E2']);
    expect(new Set(rows.map((r) => r.section)).size).toBe(4);
    expect(res.stdout).toMatch(/zone B \(Bigtown, 40,000 members\) was split into its 4 finer units, now in 4 sections/);
    expect(res.stdout).not.toMatch(/warning/);
  });

  it('writes a units layer that check, export and report read back with the plan', async () => {
    const fc = JSON.parse(readFileSync(units, 'utf8')) as FeatureCollection;
    expect(fc.features.map((f) => [f.properties!.code, f.properties!.members, f.properties!.parent_zone])).toEqual([
      ['B-1', 12_000, 'B'],
      ['B-2', 8_000, 'B'],
      ['B-3', 10_000, 'B'],
      ['B-4', 10_000, 'B'],
      ['E1', 2_000, 'E1'],
      ['E2', 2_000, 'E2'],
    ]);
    const rules = ['--min-members', '10000', '--members-per-seat', '1500', '--min-seats', '6'];
    const check = await runCli('check', units, plan, '--members', 'members', ...rules);
    expect(check.code).toBe(0);
    const sections = join(tmp, 'cli', 'sections.geojson');
    const exp = await runCli('export', units, plan, '--members', 'members', ...rules, '-o', sections);
    expect(exp.code).toBe(0);
    expect((JSON.parse(readFileSync(sections, 'utf8')) as FeatureCollection).features).toHaveLength(4);
    const report = join(tmp, 'cli', 'report.html');
    const rep = await runCli('report', units, plan, '--members', 'members', ...rules, '-o', report);
    expect(rep.code).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain('Bigtown South-West');
  });

  it('asks for --split-above and --split-with together (exit 2, nothing written)', async () => {
    const out = join(tmp, 'cli2', 'plan.csv');
    const a = await runCli('propose', ZONES, '--split-with', UNITS, '-o', out);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--split-above');
    const b = await runCli('propose', ZONES, '--split-above', '30000', '-o', out);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--split-with');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a link naming a split zone', async () => {
    const r = await runCli('propose', ZONES, '--split-with', UNITS, '--split-above', '30000', '--link', 'B:E1', '-o', join(tmp, 'cli3', 'plan.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/zone B, which is split/);
  });
});

describeWithRealData([...PACA_ESTIMATE_FILES, PACA_COMMUNES], 'the real case: Marseille (9312) split into its communes', () => {
  // members = population légale × 0.08 for ZE and communes alike (tests/support/real-data.ts)
  const PACA_RULES = resolveRules({ minMembers: 10_000, membersPerSeat: 1_500, minSeats: 6 });
  let zones: ZoneSet;
  let communes: ZoneSet;
  beforeAll(() => {
    zones = pacaZonesWithEstimatedMembers();
    communes = pacaCommunesWithEstimatedMembers();
  });

  it('9312 Marseille is the only zone above 60,000 members', () => {
    const above = zones.zones.filter((z) => z.members > 60_000).map((z) => z.id);
    expect(above).toEqual(['9312']);
  });

  it('the units touch where the zones touch, at the default --split-snap, with border lengths close to the commune layer', () => {
    const layer = splitLargeZones(zones, communes, { above: 60_000 });
    expect(layer.zoneProp).toBe('ze2020');
    expect(layer.split[0].units).toHaveLength(32);
    // README: 98.6–99.6 % of each ZE's area matches; the totals differ by far less than the 5 % warning
    expect(Math.abs(layer.split[0].areaRatio - 1)).toBeLessThan(0.02);
    expect(layer.notes.map((n) => say(n, 'en')).some((n) => n.startsWith('warning'))).toBe(false);
    // PACA's communes of the 21 other ZE (914 of them) are ignored; none names an unknown ZE
    expect(layer.unknownParents.count).toBe(0);

    // without snapping the two generalisations never share a border: Marseille's communes float alone
    const exact = compareUnitAdjacency(buildGraph(zones), layer, buildGraph(layer));
    expect(exact.missing.map((d) => `${d.a}-${d.b}`)).toEqual(['9301-9312', '9303-9312', '9312-9313', '9312-9318']);

    const graph = buildGraph(layer, { snapM: DEFAULT_SPLIT_SNAP_M });
    expect(compareUnitAdjacency(buildGraph(zones), layer, graph)).toEqual({ missing: [], extra: [], disconnected: [] });
    expect(graph.components).toHaveLength(1);

    // the truth, commune by commune: a Marseille commune touches ZE N when it touches one of N's communes
    const cg = buildGraph(communes);
    const truth = new Map<string, number>();
    for (const e of cg.edges) {
      const [a, b] = [communes.zones[e.a], communes.zones[e.b]];
      for (const [x, y] of [
        [a, b],
        [b, a],
      ]) {
        if (x.properties.ze2020 === '9312' && y.properties.ze2020 !== '9312') {
          const k = `${x.id}-${String(y.properties.ze2020)}`;
          truth.set(k, (truth.get(k) ?? 0) + e.sharedBorderKm);
        }
      }
    }
    const found = new Map<string, number>();
    for (const e of graph.edges) {
      const [a, b] = [layer.zones[e.a], layer.zones[e.b]];
      for (const [x, y] of [
        [a, b],
        [b, a],
      ])
        if (x.properties.parent_zone === '9312' && y.properties.parent_zone !== '9312') found.set(`${x.id}-${y.id}`, e.sharedBorderKm);
    }
    expect([...found.keys()].sort()).toEqual([...truth.keys()].sort());
    // measured: smallest ratio 0.81, median 1.03 at 200 m (a snapped length is an estimate); 0.20 / 0.60 at 50 m
    for (const [k, km] of found) expect(km / truth.get(k)!, k).toBeGreaterThan(0.6);
  });

  it('on the command line: members shared by commune population, plan and units layer that check accepts', async () => {
    const dir = join(tmp, 'paca');
    const [plan, units] = [join(dir, 'plan.csv'), join(dir, 'units.geojson')];
    const rules = ['--min-members', '10000', '--members-per-seat', '1500', '--min-seats', '6'];
    const res = await runCli(
      'propose',
      PACA_ZONES,
      '--estimate-members',
      '0.08',
      '--commune-population',
      communePopulationCsv(),
      '--commune-table',
      COMMUNE_TABLE_2023,
      '--split-with',
      PACA_COMMUNES,
      '--split-above',
      '60000',
      '--split-population',
      communePopulationCsv(),
      ...rules,
      '-o',
      plan,
      '--units-out',
      units,
    );
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).not.toMatch(/warning/);
    const m = /zone 9312 \(Marseille, 100,866 members\) was split into its 32 finer units, now in (\d+) sections/.exec(res.stdout);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(2);
    expect(res.stdout).toContain(`--snap ${DEFAULT_SPLIT_SNAP_M}`);
    expect(parseCsv(readFileSync(plan, 'utf8')).rows).toHaveLength(21 + 32);
    const check = await runCli('check', units, plan, '--members', 'members', '--snap', String(DEFAULT_SPLIT_SNAP_M), ...rules);
    expect(check.code).toBe(0);
  });

  it('proposes a valid plan where Marseille forms at least 2 sections, and no fewer sections than without splitting', () => {
    const unsplit = proposeSections(zones, buildGraph(zones), PACA_RULES, { seed: 1 });
    const layer = splitLargeZones(zones, communes, { above: 60_000 });
    const graph = buildGraph(layer, { snapM: DEFAULT_SPLIT_SNAP_M });
    const r = proposeSections(layer, graph, PACA_RULES, { seed: 1 });
    expect(checkPlan(layer, graph, r.plan, PACA_RULES).ok).toBe(true);
    const [marseille] = sectionsOfSplitZones(layer, r.plan);
    // Marseille alone has 70,883 members, its 31 other communes 29,983: the commune of Marseille is a
    // section of its own, and the rest can make at least one more
    expect(marseille.sections.length).toBeGreaterThanOrEqual(2);
    expect(r.sections.length).toBeGreaterThanOrEqual(unsplit.sections.length);
    // every member is still counted once
    expect(layer.zones.reduce((s, z) => s + z.members, 0)).toBe(zones.zones.reduce((s, z) => s + z.members, 0));
  });
});
