/**
 * Propose's homogenise stage (src/propose/homogenise.ts), after the charter: on grids with attributes, the plan
 * keeps its number of sections, holds every rule, crosses --respect no more, and its R² is never lower than the
 * search's plan without the stage; the same seed gives the same plan; --max-spread is held by propose (the rule's
 * zonesTest) and said clearly when it cannot be.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/index.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { Rng } from '../../src/core/rng.js';
import type { Plan, ZoneSet } from '../../src/core/types.js';
import { buildGraph } from '../../src/graph/index.js';
import { homogeneityOf } from '../../src/homogeneity/measure.js';
import { attributesOf } from '../../src/homogeneity/table.js';
import { proposeSections } from '../../src/propose/index.js';
import { runCli } from '../helpers.js';
import { writeAuditGrid } from '../support/audit-grid.js';
import { tmpDir } from '../support/files.js';
import { gridZoneSet } from '../support/zoneset.js';

/** A w × h grid with random members, a "rate" that drifts west to east with noise, and dep by column thirds. */
function grid(w: number, h: number, seed: number): ZoneSet {
  const rng = new Rng(seed);
  const zones = gridZoneSet(h, w, () => 2000 + rng.int(4000));
  zones.zones.forEach((z, i) => {
    const c = i % w;
    z.properties.dep = `D${Math.floor((3 * c) / w) + 1}`;
    z.properties.rate = 5 + (10 * c) / w + 3 * rng.next();
  });
  const columns = ['rate'];
  zones.attributes = {
    file: 'attributes.csv',
    columns,
    similar: 1,
    weights: [1],
    byId: new Map(zones.zones.map((z) => [z.id, [Number(z.properties.rate)]])),
    missing: [],
  };
  return zones;
}

const index = (plan: Plan, zones: ZoneSet) => {
  const ids = [...new Set(plan.values())];
  return zones.zones.map((z) => ids.indexOf(plan.get(z.id)!));
};

describe('the homogenise stage', () => {
  for (const seed of [1, 2, 3]) {
    it(`keeps the sections, every rule and the crossings, and raises R² (grid 8 × 6, seed ${seed})`, () => {
      const zones = grid(8, 6, seed);
      const graph = buildGraph(zones);
      const rules = resolveRules({ minMembers: 12000, minSeats: 0, respect: 'dep' });
      const attrs = attributesOf(zones)!;
      const without = { ...zones, attributes: undefined } as ZoneSet;
      const plain = proposeSections(without, graph, rules, { seed });
      const homog = proposeSections(zones, graph, rules, { seed });
      expect(homog.sections.length).toBe(plain.sections.length);
      expect(checkPlan(zones, graph, homog.plan, rules).ok).toBe(true);
      expect(homog.objective.respectCrossings).toBeLessThanOrEqual(plain.objective.respectCrossings);
      const r2 = (plan: Plan) => homogeneityOf(attrs, index(plan, zones)).r2;
      expect(r2(homog.plan)).toBeGreaterThanOrEqual(r2(plain.plan) - 1e-12);
      expect(homog.homogenised!.after).toBeLessThanOrEqual(homog.homogenised!.before + 1e-9);
      // the same seed, the same plan
      expect([...proposeSections(zones, graph, rules, { seed }).plan]).toEqual([...homog.plan]);
    });
  }

  it('holds --max-spread: every section of the plan within the limit, as check judges it', () => {
    const zones = grid(8, 6, 4);
    const graph = buildGraph(zones);
    const rules = resolveRules({ minMembers: 12000, minSeats: 0, maxSpread: 'rate:4' });
    const plan = proposeSections(zones, graph, rules, { seed: 1 }).plan;
    const report = checkPlan(zones, graph, plan, rules);
    expect(report.rules.find((r) => r.rule === 'max-spread')?.ok).toBe(true);
    expect(report.ok).toBe(true);
  });

  it('holds --max-spread on a zone property without --attributes (nothing to make alike: the stage only repairs)', () => {
    const zones = { ...grid(8, 6, 4), attributes: undefined } as ZoneSet;
    const graph = buildGraph(zones);
    const rules = resolveRules({ minMembers: 12000, minSeats: 0, maxSpread: 'rate:4' });
    // the search's plan alone breaks the limit: the stage has something to repair
    expect(checkPlan(zones, graph, proposeSections(zones, graph, resolveRules({ minMembers: 12000, minSeats: 0 }), { seed: 1 }).plan, rules).ok).toBe(false);
    const result = proposeSections(zones, graph, rules, { seed: 1 });
    expect(result.homogenised).toBeUndefined();
    const report = checkPlan(zones, graph, result.plan, rules);
    expect(report.rules.find((r) => r.rule === 'max-spread')?.ok).toBe(true);
    expect(report.ok).toBe(true);
    expect([...proposeSections(zones, graph, rules, { seed: 1 }).plan]).toEqual([...result.plan]);
  });

  it('says when no plan of that many sections holds --max-spread (exit 1, a hint), writing nothing', async () => {
    const dir = tmpDir('maxspread-');
    const { ZONES, CHARTER } = writeAuditGrid(dir);
    // the audit grid's zones: a rate rising by 5 points a column; a section spans ≥ 2 columns
    const attributes = join(dir, 'attributes.csv');
    const geo = JSON.parse(readFileSync(ZONES, 'utf8')) as { features: { properties: { code: string } }[] };
    writeFileSync(attributes, 'code,rate\n' + geo.features.map((f) => `${f.properties.code},${5 * Number(f.properties.code[2])}`).join('\n') + '\n');
    const out = join(dir, 'proposed.csv');
    const r = await runCli('propose', ZONES, ...CHARTER, '--attributes', attributes, '--max-spread', 'rate:1', '-o', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no plan of \d+ sections was found in which every section holds --max-spread/);
    expect(r.stderr).toContain('--sections');
    expect(() => readFileSync(out)).toThrow();
    // a limit the columns allow: propose holds it, and check agrees
    const ok = await runCli('propose', ZONES, ...CHARTER, '--attributes', attributes, '--similar-by', 'rate', '--max-spread', 'rate:5', '-o', out);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Homogeneity \(rate\): R² /);
    const check = await runCli('check', ZONES, out, ...CHARTER, '--attributes', attributes, '--max-spread', 'rate:5');
    expect(check.code).toBe(0);
  });
});
