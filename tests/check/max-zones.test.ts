import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/index.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import type { Plan } from '../../src/core/types.js';
import { DEMO_DATA_DIR } from '../../src/demo/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { loadZones } from '../../src/load/index.js';
import { proposeSections } from '../../src/propose/index.js';
import { runCli } from '../helpers.js';
import { gridZoneSet } from '../support/zoneset.js';
import { rookGraph } from './adjacency.js';

const ROWS = new URL('../fixtures/check/max-deviation/', import.meta.url).pathname;
const ROW = join(ROWS, 'row.geojson');
const RULES_JSON = new URL('../fixtures/check/max-zones/rules.json', import.meta.url).pathname;
const plan = (pairs: Record<string, string>): Plan => new Map(Object.entries(pairs));

/** Zones per section, counted here from the plan (not by the checker). */
function zoneCounts(p: Plan): number[] {
  const out = new Map<string, number>();
  for (const s of p.values()) out.set(s, (out.get(s) ?? 0) + 1);
  return [...out.values()];
}

describe('max-zones rule', () => {
  // one row of 5 zones of 1,000 members
  const zones = gridZoneSet(1, 5, () => 1000);
  const graph = rookGraph(zones);
  const rules = (n?: number) => resolveRules({ minMembers: 1000, membersPerSeat: 500, minSeats: 1, ...(n === undefined ? {} : { maxZones: n }) });
  const p = plan({ r0c0: 'A', r0c1: 'A', r0c2: 'A', r0c3: 'B', r0c4: 'B' });

  it('applies only when set, after max-deviation', () => {
    expect(checkPlan(zones, graph, p, rules()).rules.map((r) => r.rule)).not.toContain('max-zones');
    const r = checkPlan(zones, graph, p, resolveRules({ minMembers: 1000, maxDeviation: 90, maxZones: 3, within: 'code' }));
    expect(r.rules.map((v) => v.rule)).toEqual(['assignment', 'contiguity', 'min-members', 'min-seats', 'max-deviation', 'max-zones', 'within']);
  });

  it('flags the sections of more than N zones, with the figures, in English and French', () => {
    const r = checkPlan(zones, graph, p, rules(2));
    const v = r.rules.find((x) => x.rule === 'max-zones')!;
    expect(v.ok).toBe(false);
    expect(v.failures).toEqual([expect.objectContaining({ kind: 'too-many-zones', section: 'A', value: 3, limit: 2 })]);
    expect(v.label).toBe('≤ 2 zones per section');
    expect(v.message).toBe('1 section holds more than 2 zones: A');
    expect(v.failures[0].message).toBe('section A holds 3 zones, above 2');
    expect(r.sections.find((s) => s.id === 'A')!.problems).toEqual(['3 zones > 2']);
    expect(r.sections.find((s) => s.id === 'B')!.ok).toBe(true);
    expect(r.rulesText).toBe('≥ 1,000 members and ≥ 1 seat per section; ≤ 2 zones per section; 1 seat per 500 members');
    // a section of exactly N zones passes
    const ok = checkPlan(zones, graph, p, rules(3)).rules.find((x) => x.rule === 'max-zones')!;
    expect(ok.ok).toBe(true);
    expect(ok.message).toBe('every section holds ≤ 3 zones (largest: 3)');
  });
});

describe('--max-zones in the CLI and rules.json', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'max-zones-'));

  it('check: rules.json "max-zones" breaks a section of 4 zones (exit 1), in English and French; the option wins over the file', async () => {
    const bad = await runCli('check', ROW, join(ROWS, 'plan-equal.csv'), '--rules', RULES_JSON);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('Rules: ≥ 20,000 members and ≥ 6 seats per section; ≤ 3 zones per section; 1 seat per 1,000 members');
    expect(bad.stdout).toContain('✘ ≤ 3 zones per section: 1 section holds more than 3 zones: West');
    expect(bad.stdout).toContain('- section West holds 4 zones, above 3');
    expect(bad.stdout).toMatch(/West .*← 4 zones > 3/);
    const fr = await runCli('check', ROW, join(ROWS, 'plan-equal.csv'), '--rules', RULES_JSON, '--lang', 'fr');
    expect(fr.code).toBe(1);
    expect(fr.stdout).toContain('✘ ≤ 3 zones par section : 1 section réunit plus de 3 zones : West');
    expect(fr.stdout).toContain('- la section West réunit 4 zones, plus de 3');
    expect(fr.stdout).toMatch(/West .*← 4 zones, plus de 3/);
    expect((await runCli('check', ROW, join(ROWS, 'plan-unequal.csv'), '--rules', RULES_JSON)).code).toBe(0);
    expect((await runCli('check', ROW, join(ROWS, 'plan-equal.csv'), '--rules', RULES_JSON, '--max-zones', '4')).code).toBe(0);
  });

  it('a value that is not a whole number ≥ 1 is unusable input (exit 2), naming the option or the key', async () => {
    for (const v of ['0', 'three', '2.5']) {
      const r = await runCli('check', ROW, join(ROWS, 'plan-equal.csv'), '--min-members', '20000', `--max-zones=${v}`);
      expect(r.code, v).toBe(2);
      expect(r.stderr).toMatch(/--max-zones must be a whole number/);
    }
    const file = join(tmp, 'bad.json');
    writeFileSync(file, '{"max-zones": 0}');
    const r = await runCli('check', ROW, join(ROWS, 'plan-equal.csv'), '--rules', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"max-zones"/);
    const fr = await runCli('check', ROW, join(ROWS, 'plan-equal.csv'), '--max-zones', 'trois', '--lang', 'fr');
    expect(fr.code).toBe(2);
    expect(fr.stderr).toMatch(/--max-zones/);
    expect(fr.stderr).not.toMatch(/must be/);
  });

  it('--help lists it after --max-deviation, in English and French', async () => {
    const en = await runCli('help', 'options');
    expect(en.stdout).toMatch(/--max-deviation <percent>[\s\S]*--max-zones <n>\s+no section holds more than this many zones[\s\S]*--min-seats <n>/);
    expect((await runCli('check', '--help')).stdout).toMatch(/--max-deviation,\s+--max-zones, --min-seats/);
    const fr = await runCli('help', 'options', '--lang', 'fr');
    expect(fr.stdout).toMatch(/--max-zones <n>\s+aucune section ne réunit plus que ce nombre de\s+zones/);
  });

  it('report and export show it as any section rule', async () => {
    const geo = join(tmp, 'sections.geojson');
    expect((await runCli('export', ROW, join(ROWS, 'plan-equal.csv'), '--rules', RULES_JSON, '-o', geo)).code).toBe(0);
    const fc = JSON.parse(readFileSync(geo, 'utf8')) as { features: { properties: Record<string, unknown> }[] };
    expect(fc.features.map((f) => [f.properties.section, f.properties.rule_max_zones])).toEqual([
      ['East', true],
      ['West', false],
    ]);
    const html = join(tmp, 'report.html');
    expect((await runCli('report', ROW, join(ROWS, 'plan-equal.csv'), '--rules', RULES_JSON, '-o', html)).code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('No section holds more than 3 zones.');
    expect(page).toMatch(/<tr data-rule="max-zones"><td>Maximum zones per section<\/td><td><span class="badge (fail|bad)/);
  });
});

describe('propose with max-zones', () => {
  const zones = loadZones(join(DEMO_DATA_DIR, 'zones.geojson'));
  const graph = buildGraph(zones, { autoLink: true });

  it('never builds a section above N zones, and the plan passes the rule', () => {
    const base = resolveRules({});
    const free = proposeSections(zones, graph, base, { seed: 1, iterations: 300, constructions: 10 });
    expect(Math.max(...zoneCounts(free.plan))).toBeGreaterThan(5); // the demo's default plan has a large rural section
    const r = proposeSections(zones, graph, { ...base, maxZones: 5 }, { seed: 1, iterations: 300, constructions: 10 });
    expect(Math.max(...zoneCounts(r.plan))).toBeLessThanOrEqual(5);
    expect(r.plan.size).toBe(zones.zones.length);
    const v = r.check.rules.find((x) => x.rule === 'max-zones')!;
    expect(v.ok).toBe(true);
    expect(r.check.ok).toBe(true);
  });
});

describe('--max-zones that no plan can meet', () => {
  it('propose stops (exit 1) and its hint names the caps the charter sets, in the reader’s language', async () => {
    const zones = join(DEMO_DATA_DIR, 'zones.geojson');
    const out = join(mkdtempSync(join(tmpdir(), 'decoupage-max-zones-')), 'plan.csv');
    const en = await runCli('propose', zones, '--auto-link', '--max-zones', '1', '-o', out);
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/→ raise --max-zones, lower --min-members, or unlock zones/);
    const fr = await runCli('propose', zones, '--auto-link', '--max-zones', '1', '-o', out, '--lang', 'fr');
    expect(fr.code).toBe(1);
    expect(fr.stderr).toMatch(/→ augmentez --max-zones, baissez --min-members ou déverrouillez des zones/);
  });
});
