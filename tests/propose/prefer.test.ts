import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/index.js';
import { DEMO_DATA_DIR, DEMO_RULES } from '../../src/demo/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { loadZones } from '../../src/load/index.js';
import { planFromInput, readPlan } from '../../src/load/plan.js';
import { proposeSections } from '../../src/propose/index.js';
import { matchPlans, preferOldPlan, withPreference } from '../../src/propose/prefer.js';
import { runCli } from '../helpers.js';
import { gridZoneSet } from '../support/zoneset.js';
import { smallRules } from './support.js';

const zones = loadZones(join(DEMO_DATA_DIR, 'zones.geojson'));
const graph = buildGraph(zones, { autoLink: true });
const depPlan = planFromInput(readPlan(join(DEMO_DATA_DIR, 'plan-departements.csv'), zones), zones);

describe('matchPlans', () => {
  it('matches each section with the old one it shares most members with, one to one', () => {
    const same = matchPlans(zones, depPlan, depPlan);
    expect(same.keptShare).toBe(1);
    expect(same.changedZones).toEqual([]);
    expect([...same.matched].every(([a, b]) => a === b)).toBe(true);
    // renamed sections are still matched
    const renamed = new Map([...depPlan].map(([z, s]) => [z, `new ${s}`]));
    expect(matchPlans(zones, renamed, depPlan).keptShare).toBe(1);
    // one section for everything: only the largest old section's members stay
    const one = new Map([...depPlan.keys()].map((z) => [z, 'All']));
    const m = matchPlans(zones, one, depPlan);
    const bySection = new Map<string, number>();
    for (const z of zones.zones) bySection.set(depPlan.get(z.id)!, (bySection.get(depPlan.get(z.id)!) ?? 0) + z.members);
    const total = zones.zones.reduce((a, z) => a + z.members, 0);
    expect(m.keptMembers).toBe(Math.max(...bySection.values()));
    expect(m.keptShare).toBeCloseTo(Math.max(...bySection.values()) / total, 12);
    expect(m.changedZones.length).toBe(zones.zones.filter((z) => depPlan.get(z.id) !== m.matched.get('All')).length);
  });
});

describe('preferOldPlan', () => {
  const proposed = proposeSections(zones, graph, DEMO_RULES, { seed: 1 });

  it('keeps at least as many members in their old section, stays compliant and keeps the number of sections', () => {
    for (const old of [depPlan, proposeSections(zones, graph, DEMO_RULES, { seed: 9 }).plan]) {
      const r = preferOldPlan(zones, graph, DEMO_RULES, proposed.plan, old);
      expect(r.match.keptShare).toBeGreaterThanOrEqual(r.keptShareBefore);
      const check = checkPlan(zones, graph, r.plan, DEMO_RULES);
      expect(check.ok).toBe(true);
      expect(check.totals.sections).toBe(proposed.sections.length);
      // matched sections carry the old names
      for (const [section, oldName] of r.match.matched) expect(section).toBe(oldName);
    }
  });

  it('obeys every rule of the charter while it moves zones back, --max-zones included', () => {
    // a row of 8 zones (members 10 1 10 1 1 10 1 10), sections of ≥ 10 members and at most 3 zones
    const members = [10, 1, 10, 1, 1, 10, 1, 10];
    const row = gridZoneSet(1, 8, (_, c) => members[c]!);
    const rowGraph = buildGraph(row);
    const ids = row.zones.map((z) => z.id);
    const planOf = (sections: string[]) => new Map(ids.map((id, i) => [id, sections[i]!]));
    const proposedRow = planOf(['S1', 'S1', 'S2', 'S2', 'S2', 'S3', 'S3', 'S4']);
    // the old plan had the second zone with the middle three, and the seventh with the last
    const oldRow = planOf(['A', 'B', 'B', 'B', 'B', 'C', 'D', 'D']);
    const rules = smallRules(10, { maxZones: 3 });
    expect(checkPlan(row, rowGraph, proposedRow, rules).ok).toBe(true);
    const r = preferOldPlan(row, rowGraph, rules, proposedRow, oldRow);
    // the seventh zone goes back (its sections keep ≥ 10 members and ≤ 3 zones); the second would make 4 zones
    expect(r.moved).toBe(1);
    expect(r.plan.get(ids[6]!)).toBe(r.plan.get(ids[7]!));
    expect(r.plan.get(ids[1]!)).toBe(r.plan.get(ids[0]!));
    expect(checkPlan(row, rowGraph, r.plan, rules).ok).toBe(true);
  });

  it('gives back the old plan when the old plan is itself a compliant proposal', () => {
    const r = preferOldPlan(zones, graph, DEMO_RULES, proposed.plan, proposed.plan);
    expect(r.plan).toEqual(proposed.plan);
    expect(r.moved).toBe(0);
    expect(r.match.keptShare).toBe(1);
  });

  it('withPreference rebuilds the sections table and the check of the preferred plan', () => {
    const { result, prefer } = withPreference(zones, graph, DEMO_RULES, proposed, depPlan);
    expect(result.plan).toEqual(prefer.plan);
    expect(result.check.ok).toBe(true);
    expect(result.sections.map((s) => s.id).sort()).toEqual([...new Set(prefer.plan.values())].sort());
    expect(result.sections.reduce((a, s) => a + s.members, 0)).toBe(zones.zones.reduce((a, z) => a + z.members, 0));
    for (const s of result.sections) expect(s.compactness).toBeGreaterThan(0);
  });

  it('propose --prefer prints the share of members who stay (English and French)', async () => {
    const tmp = await import('node:fs').then((fs) => fs.mkdtempSync(join(process.env.TMPDIR ?? '/tmp', 'decoupage-prefer-')));
    const args = [
      'propose',
      join(DEMO_DATA_DIR, 'zones.geojson'),
      '--auto-link',
      '--respect',
      'dep',
      '-o',
      join(tmp, 'plan.csv'),
      '--prefer',
      join(DEMO_DATA_DIR, 'plan-departements.csv'),
    ];
    const en = await runCli(...args);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/Kept from .*plan-departements\.csv: \d+\.\d% of the members stay in their section/);
    const fr = await runCli(...args, '--lang', 'fr');
    expect(fr.stdout).toMatch(/des adhérents restent dans leur section/);
    const saved = planFromInput(readPlan(join(tmp, 'plan.csv'), zones), zones);
    expect(checkPlan(zones, graph, saved, DEMO_RULES).ok).toBe(true);
  });
});
