import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/index.js';
import { checkPlan } from '../../src/check/index.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { homogeneityOf, parseSimilarBy, planHomogeneity, readAttributes } from '../../src/homogeneity/index.js';
import { proposeSections } from '../../src/propose/index.js';
import { isInputError } from '../../src/core/errors.js';
import { runCli } from '../helpers.js';
import { gridZoneSet } from '../support/zoneset.js';
import { describeWithRealData, PACA_ESTIMATE_FILES, pacaZonesWithEstimatedMembers, SHARED_DATA } from '../support/real-data.js';

const dir = mkdtempSync(join(tmpdir(), 'attributes-'));

describe('--similar-by', () => {
  it('reads columns, differences and weights', () => {
    expect(parseSimilarBy('unemployment_2023t3, trend=unemployment_2023t3-unemployment_2018t3:2')).toEqual([
      { name: 'unemployment_2023t3', from: 'unemployment_2023t3', weight: 1 },
      { name: 'trend', from: 'unemployment_2023t3', minus: 'unemployment_2018t3', weight: 2 },
    ]);
  });

  it('refuses a difference without a name, naming the item', () => {
    try {
      parseSimilarBy('a-b');
      expect.unreachable();
    } catch (e) {
      expect(isInputError(e)).toBe(true);
      expect((e as Error).message).toContain('a-b');
    }
  });
});

describe('readAttributes', () => {
  // a 2 × 3 grid of zones; the CSV is French Excel's (";" and decimal commas), one zone without a value
  const zones = gridZoneSet(2, 3, () => 1000);
  const ids = zones.zones.map((z) => z.id);
  const file = join(dir, 'attributes.csv');
  writeFileSync(file, ['code;taux_2023;taux_2018', ...ids.map((id, i) => (i === 5 ? `${id};;7,0` : `${id};${5 + i},5;${6 + i / 2}`))].join('\n'));

  it('takes each zone its row, the difference of two columns, and names the zones without a value', () => {
    const { attributes, missing, warning } = readAttributes(file, zones, 'taux_2023,trend=taux_2023-taux_2018');
    expect(attributes.columns).toEqual(['taux_2023', 'trend']);
    expect(attributes.raw[0]).toBe(5.5);
    expect(attributes.raw[1]).toBeCloseTo(5.5 - 6, 12);
    expect(Number.isNaN(attributes.raw[5 * 2])).toBe(true);
    expect(missing).toEqual([ids[5]]);
    expect(warning).toBeDefined();
  });

  it('refuses a column the file does not have, naming the file and its columns', () => {
    expect(() => readAttributes(file, zones, 'chomage')).toThrow(/attributes\.csv has no column chomage .*code, taux_2023, taux_2018/);
  });

  it('check --attributes --similar-by prints R² both ways and gives it in --json', async () => {
    const zonesFile = join(dir, 'zones.geojson');
    writeFileSync(
      zonesFile,
      JSON.stringify({
        type: 'FeatureCollection',
        features: zones.zones.map((z) => ({ type: 'Feature', properties: { code: z.id, name: z.name, members: 1000 }, geometry: z.geometry })),
      }),
    );
    const planFile = join(dir, 'plan.csv');
    writeFileSync(planFile, ['zone,section', ...ids.map((id, i) => `${id},${i < 3 ? 'A' : 'B'}`)].join('\n'));
    const args = [zonesFile, planFile, '--members', 'members', '--min-members', '1000', '--min-seats', '0', '--attributes', file, '--similar-by', 'taux_2023'];
    const text = await runCli('check', ...args);
    expect(text.stdout).toMatch(/Homogeneity \(taux_2023\): R² \d\.\d{3} \(each zone counts once\)/);
    expect(text.stdout).toContain('1 zones have no value'); // the warning names the zone left out
    const json = await runCli('check', ...args, '--json');
    const h = JSON.parse(json.stdout).homogeneity;
    expect(h.columns).toEqual(['taux_2023']);
    // rows A (5.5, 6.5, 7.5) and B (8.5, 9.5; the sixth zone has no value): 1 − (2 + 0.5) / 10
    expect(h.r2).toBeCloseTo(0.75, 12);
    expect(h.missing).toBe(1);
    const both = await runCli('check', zonesFile, planFile, '--members', 'members', '--attributes', file);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--similar-by');
  });
});

describeWithRealData([...PACA_ESTIMATE_FILES, join(SHARED_DATA, 'ze2020-unemployment.csv')], 'PACA zones d’emploi and INSEE’s unemployment per zone', () => {
  it('the proposed plan’s R² is the homogeneity of its sections, computed from the definition', () => {
    const zones = pacaZonesWithEstimatedMembers();
    const graph = buildGraph(zones, { autoLink: true, minMembers: 10_000 });
    const rules = resolveRules({ minMembers: 10_000, minSeats: 6, membersPerSeat: 1_500 });
    const { plan } = proposeSections(zones, graph, rules, { seed: 1 });
    const report = checkPlan(zones, graph, plan, rules);
    const { attributes, missing } = readAttributes(join(SHARED_DATA, 'ze2020-unemployment.csv'), zones, 'unemployment_2023t3');
    expect(missing).toEqual([]);
    const h = planHomogeneity(zones, report, attributes);
    // by definition: 1 − Σ (x − section mean)² / Σ (x − overall mean)², each zone once
    const x = zones.zones.map((_, i) => attributes.raw[i]!);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const all = mean(x);
    const total = x.reduce((a, v) => a + (v - all) ** 2, 0);
    let within = 0;
    for (const s of report.sections) {
      const v = s.zones.map((z) => x[zones.zones.findIndex((q) => q.id === z)]!);
      const m = mean(v);
      within += v.reduce((a, y) => a + (y - m) ** 2, 0);
    }
    expect(h.r2).toBeCloseTo(1 - within / total, 9);
    expect(h.sections).toHaveLength(report.sections.length);
    expect(homogeneityOf(attributes, new Int32Array(zones.zones.length).fill(0)).r2).toBeCloseTo(0, 12);
  });
});
