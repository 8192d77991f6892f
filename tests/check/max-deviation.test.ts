import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan, checkSections, failureText, sectionProblem } from '../../src/check/index.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { readCsv } from '../../src/io/csv.js';
import type { Plan } from '../../src/core/types.js';
import { proposeSections } from '../../src/propose/index.js';
import { runCli } from '../helpers.js';
import { gridZoneSet, zoneSetFrom } from '../support/zoneset.js';
import { rookGraph } from './adjacency.js';

const FIX = new URL('../fixtures/check/max-deviation/', import.meta.url).pathname;
const ROW = join(FIX, 'row.geojson');
const RULES_JSON = join(FIX, 'rules.json');
const plan = (pairs: Record<string, string>): Plan => new Map(Object.entries(pairs));

/** Members of each section of a plan, computed here from the zones (not by the checker). */
function sectionMembers(members: Map<string, number>, p: Plan): Map<string, number> {
  const out = new Map<string, number>();
  for (const [z, s] of p) out.set(s, (out.get(s) ?? 0) + members.get(z)!);
  return out;
}

describe('max-deviation rule', () => {
  // one row of 4 zones: 4,000 / 4,000 / 4,000 / 8,000 members
  const zones = gridZoneSet(1, 4, (_r, c) => (c === 3 ? 8000 : 4000));
  const graph = rookGraph(zones);
  const rules = (p: number) => resolveRules({ minMembers: 1000, membersPerSeat: 500, minSeats: 1, maxDeviation: p });

  it('applies only when set, after max-members', () => {
    expect(checkPlan(zones, graph, plan({ r0c0: 'A', r0c1: 'A', r0c2: 'B', r0c3: 'B' }), resolveRules({})).rules.map((r) => r.rule)).not.toContain(
      'max-deviation',
    );
    const r = checkPlan(
      zones,
      graph,
      plan({ r0c0: 'A', r0c1: 'A', r0c2: 'B', r0c3: 'B' }),
      resolveRules({ maxMembers: 20000, maxDeviation: 10, minMembers: 1000 }),
    );
    expect(r.rules.map((v) => v.rule)).toEqual(['assignment', 'contiguity', 'min-members', 'min-seats', 'max-members', 'max-deviation']);
  });

  it('flags the sections outside ±P % of the mean, with the figures', () => {
    // A = 4,000, B = 4,000 + 4,000 + 8,000 = 16,000: mean 10,000, ±20 % = 8,000–12,000
    const r = checkPlan(zones, graph, plan({ r0c0: 'A', r0c1: 'B', r0c2: 'B', r0c3: 'B' }), rules(20));
    const v = r.rules.find((x) => x.rule === 'max-deviation')!;
    expect(v.ok).toBe(false);
    expect(v.failures).toEqual([
      expect.objectContaining({ kind: 'outside-deviation', section: 'A', value: 4000, mean: 10000, low: 8000, high: 12000, limit: 20, deviation: -60 }),
      expect.objectContaining({ kind: 'outside-deviation', section: 'B', value: 16000, mean: 10000, deviation: 60 }),
    ]);
    expect(v.label).toBe('members within ±20 % of the mean (8,000–12,000)');
    expect(v.message).toBe('2 sections outside 8,000–12,000 members (±20 % of 10,000): A, B');
    expect(v.failures[0].message).toBe('section A has 4,000 members, −60.0 % from the mean of 10,000 (allowed: 8,000–12,000)');
    expect(r.sections.find((s) => s.id === 'B')!.problems).toEqual(['16,000 members, +60.0 % from the mean']);
    expect(failureText(v.failures[1], 'fr')).toBe(
      'la section B compte 16\u202f000 adhérents, à +60,0 % de la moyenne de 10\u202f000 (admis : 8\u202f000 à 12\u202f000)',
    );
    expect(sectionProblem(v.failures[0], 'fr')).toBe('4\u202f000 adhérents, à −60,0 % de la moyenne');
  });

  it('a section exactly at the limit passes (mean 10,000, ±20 %: 8,000 and 12,000)', () => {
    const z = gridZoneSet(1, 2, (_r, c) => (c === 0 ? 8000 : 12000));
    const r = checkPlan(z, rookGraph(z), plan({ r0c0: 'A', r0c1: 'B' }), rules(20));
    const v = r.rules.find((x) => x.rule === 'max-deviation')!;
    expect(v.ok).toBe(true);
    expect(v.message).toBe('every section is within ±20 % of the mean of 10,000 members (largest gap: −20.0 %)');
    expect(checkPlan(z, rookGraph(z), plan({ r0c0: 'A', r0c1: 'B' }), rules(19.9)).ok).toBe(false);
  });

  it('can be judged on the sections a move touches only, as the full check judges them', () => {
    // move r0c1 from A to B: A = 4,000, B = 8,000, C = 8,000 (mean 6,666.7, ±20 % = 5,334–8,000)
    const after = plan({ r0c0: 'A', r0c1: 'B', r0c2: 'B', r0c3: 'C' });
    const part = checkSections(zones, graph, after, rules(20), ['A', 'B']);
    expect(part.incremental).toBe(true);
    const full = checkPlan(zones, graph, after, rules(20));
    for (const { rule, failures } of part.rules) {
      const expected = full.rules.find((v) => v.rule === rule)!.failures.filter((f) => f.section === 'A' || f.section === 'B');
      expect(failures, rule).toEqual(expected);
    }
    expect(part.rules.find((r) => r.rule === 'max-deviation')!.failures.map((f) => f.section)).toEqual(['A']);
    // seats shared from a fixed total depend on every section: not incremental
    const fixed = resolveRules({ minMembers: 1000, seats: 30, minSeats: 1, maxDeviation: 20 });
    expect(checkSections(zones, graph, after, fixed, ['A', 'B']).incremental).toBe(false);
  });
});

describe('propose with max-deviation', () => {
  const zones = zoneSetFrom(ROW);
  const graph = rookGraph(zones);
  const members = new Map(zones.zones.map((z) => [z.id, z.members]));

  it('without it, max-p gives unequal sections; with ±10 %, fewer but equal ones', () => {
    const base = resolveRules({ minMembers: 20000, membersPerSeat: 1000, minSeats: 6 });
    const free = proposeSections(zones, graph, base, { seed: 3, iterations: 200, constructions: 10 });
    const sizes = [...sectionMembers(members, free.plan).values()];
    expect(sizes.length).toBe(3);
    expect(Math.max(...sizes) / Math.min(...sizes)).toBeGreaterThan(1.2);

    const rules = { ...base, maxDeviation: 10 };
    const r = proposeSections(zones, graph, rules, { seed: 3, iterations: 200, constructions: 10 });
    const bySection = sectionMembers(members, r.plan);
    const mean = 80000 / bySection.size;
    for (const m of bySection.values()) expect(Math.abs(m - mean) / mean).toBeLessThanOrEqual(0.1);
    expect([...bySection.values()]).toEqual([40000, 40000]);
    expect(r.check.ok).toBe(true);
    expect(r.check.rules.map((v) => v.rule)).not.toContain('section-count'); // checked with the rules as given
  });

  it('says so when no count can meet it, with exit code 1', () => {
    // 4,000 / 4,000 / 4,000 / 8,000 in a row: no cut into 2 sections gives 9,900–10,100 members each
    const line = gridZoneSet(1, 4, (_r, c) => (c === 3 ? 8000 : 4000));
    const rules = resolveRules({ minMembers: 1000, membersPerSeat: 500, minSeats: 1, maxDeviation: 1, sections: 2 });
    expect(() => proposeSections(line, rookGraph(line), rules, { seed: 1, iterations: 50, constructions: 3 })).toThrow(
      expect.objectContaining({ exitCode: 1, message: expect.stringMatching(/no plan found where every section is within ±1 % of the mean section size/) }),
    );
  });
});

describe('--max-deviation in the CLI and rules.json', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'max-deviation-'));

  it('check: rules.json "max-deviation" breaks the unequal plan (exit 1) and passes the equal one (exit 0)', async () => {
    const bad = await runCli('check', ROW, join(FIX, 'plan-unequal.csv'), '--rules', RULES_JSON);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(
      '✘ members within ±10 % of the mean (24,000–29,333): 3 sections outside 24,000–29,333 members (±10 % of 26,667): East, Middle, West',
    );
    const good = await runCli('check', ROW, join(FIX, 'plan-equal.csv'), '--rules', RULES_JSON);
    expect(good.code).toBe(0);
    const fr = await runCli('check', ROW, join(FIX, 'plan-unequal.csv'), '--rules', RULES_JSON, '--lang', 'fr');
    expect(fr.stdout).toContain('effectifs à ±10 % de la moyenne (24\u202f000 à 29\u202f333)');
    // the option wins over the file
    expect((await runCli('check', ROW, join(FIX, 'plan-unequal.csv'), '--rules', RULES_JSON, '--max-deviation', '60')).code).toBe(0);
  });

  it('propose --max-deviation writes the equal plan; report and export show the rule', async () => {
    const out = join(tmp, 'plan.csv');
    const html = join(tmp, 'report.html');
    const r = await runCli('propose', ROW, '--rules', RULES_JSON, '-o', out, '--report', html, '--iterations', '200', '--constructions', '10');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // the plan carries a BOM and names next to codes (zone,zone_name,section,section_name): read it as CSV, by column
    const sectionOf = new Map(readCsv(out).rows.map((row) => [row.zone, row.section]));
    expect(new Set(['Z1', 'Z2', 'Z3', 'Z4'].map((z) => sectionOf.get(z))).size).toBe(1);
    expect(sectionOf.get('Z5')).toBe(sectionOf.get('Z6'));
    expect(sectionOf.get('Z1')).not.toBe(sectionOf.get('Z6'));
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('Every section has between 36,000 and 44,000 members: within ±10 % of the mean section size (40,000).');
    expect(page).toMatch(/<tr data-rule="max-deviation"><td>Deviation from the mean size<\/td><td><span class="badge ok">/);

    const geo = join(tmp, 'sections.geojson');
    expect((await runCli('export', ROW, join(FIX, 'plan-unequal.csv'), '--rules', RULES_JSON, '-o', geo)).code).toBe(0);
    const fc = JSON.parse(readFileSync(geo, 'utf8')) as { features: { properties: Record<string, unknown> }[] };
    expect(fc.features.map((f) => [f.properties.section, f.properties.rule_max_deviation])).toEqual([
      ['East', false],
      ['Middle', false],
      ['West', false],
    ]);
  });

  it('a value that is not a percentage is unusable input (exit 2), naming the field', async () => {
    for (const v of ['0', '100', 'ten', '-5']) {
      const r = await runCli('check', ROW, join(FIX, 'plan-equal.csv'), '--min-members', '20000', `--max-deviation=${v}`);
      expect(r.code, v).toBe(2);
      expect(r.stderr).toMatch(/--max-deviation must be a percentage between 0 and 100/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await runCli('check', ROW, join(FIX, 'plan-equal.csv'), '--min-members', '20000', '--max-deviation', '10%')).code).toBe(0);
  });
});
