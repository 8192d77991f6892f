import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricsOf, planMetrics } from '../../src/audit/metrics.js';
import { checkPlan } from '../../src/check/index.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { buildGraph } from '../../src/graph/index.js';
import { loadZones } from '../../src/load/index.js';
import { pluralismOfPlan, readVotes } from '../../src/pluralism/index.js';
import { runCli } from '../helpers.js';
import { tmpDir } from '../support/files.js';
import { writeAuditGrid } from '../support/audit-grid.js';

const dir = tmpDir('audit-');
const { ZONES, PLAN, VOTES, CHARTER } = writeAuditGrid(dir);

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { chain: number; step: number; metrics: Record<string, number>; plan?: Record<string, string> });

describe('decoupage audit', () => {
  const zones = loadZones(ZONES, { idProp: 'code', membersProp: 'members' });
  const graph = buildGraph(zones);
  const rules = resolveRules({ minMembers: 4000, membersPerSeat: 500, minSeats: 6, respect: 'dep' });
  const votes = readVotes(VOTES, zones);

  it('writes one JSON line per sampled plan; every plan written with --with-plans passes check, and its measures are those of check and pluralism', async () => {
    const out = join(dir, 'ensemble.jsonl');
    const r = await runCli('audit', ZONES, PLAN, ...CHARTER, '--votes', VOTES, '--plans', '300', '--chains', '3', '--out', out, '--with-plans');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const sampled = lines(out);
    expect(sampled).toHaveLength(300);
    expect(new Set(sampled.map((l) => l.chain))).toEqual(new Set([1, 2, 3]));
    const metrics = metricsOf({ zones, rules, votes });
    for (const line of sampled.filter((_, i) => i % 10 === 0)) {
      const plan = new Map(Object.entries(line.plan!));
      const report = checkPlan(zones, graph, plan, rules);
      expect(report.ok).toBe(true);
      expect(report.totals.sections).toBe(6);
      // the same figures as check and pluralism give for that plan
      expect(line.metrics.sections_crossing).toBe(report.totals.crossingSections);
      expect(line.metrics.members_min).toBe(Math.min(...report.sections.map((s) => s.members)));
      expect(line.metrics.seats_max).toBe(Math.max(...report.sections.map((s) => s.seats)));
      const p = pluralismOfPlan(zones, plan, { rules, votes });
      expect(line.metrics.seats_list_A).toBe(p.totals.seatsByList.A);
      expect(line.metrics.multi_list_sections).toBe(p.totals.multiListSections);
      expect(line.metrics.gallagher).toBeCloseTo(p.totals.gallagher, 5);
      expect(Object.values(line.metrics)).toEqual(planMetrics({ zones, rules, votes }, metrics, plan).map((x) => expect.closeTo(x, 5)));
    }
    // the plan follows the départements: ReCom's plans cross them, so the plan is flagged, with words
    expect(r.stdout).toMatch(
      /sections crossing the boundaries of départements: 0 in the plan; \d+ % of valid plans between \d+ and \d+ — unusual: lower than in \d+ % of valid plans/,
    );
    expect(r.stdout).toMatch(/the plan gives list A \d+ seats; \d+ % of valid plans give it \d+ to \d+/);
    expect(r.stdout).toContain('each with 6 sections as the plan has');
  });

  it('gives the same ensemble for the same seed, another for another seed', async () => {
    const run = async (seed: string, name: string) => {
      const out = join(dir, name);
      const r = await runCli('audit', ZONES, PLAN, ...CHARTER, '--plans', '120', '--seed', seed, '--out', out);
      expect(r.code).toBe(0);
      return readFileSync(out, 'utf8');
    };
    const a = await run('7', 'a.jsonl');
    expect(await run('7', 'b.jsonl')).toBe(a);
    expect(await run('8', 'c.jsonl')).not.toBe(a);
  });

  it('gives the same ensemble on one thread and on several (one chain per worker thread)', async () => {
    const run = async (threads: string, name: string) => {
      const out = join(dir, name);
      const r = await runCli(
        'audit',
        ZONES,
        PLAN,
        ...CHARTER,
        '--votes',
        VOTES,
        '--plans',
        '300',
        '--chains',
        '3',
        '--threads',
        threads,
        '--out',
        out,
        '--with-plans',
      );
      expect(r.code).toBe(0);
      return { lines: readFileSync(out, 'utf8'), stdout: r.stdout.replace(/ensemble-\d\.jsonl/g, '') };
    };
    const one = await run('1', 'ensemble-1.jsonl');
    const two = await run('2', 'ensemble-2.jsonl');
    expect(two.lines).toBe(one.lines);
    expect(two.stdout).toBe(one.stdout);
    expect(one.lines.trimEnd().split('\n')).toHaveLength(300);
  });

  it('speaks French', async () => {
    const r = await runCli('audit', ZONES, PLAN, ...CHARTER, '--plans', '100', '--lang', 'fr');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Audit de plan.csv : 100 découpages valides tirés sous la même charte');
    expect(r.stdout).toContain('Où se situe le découpage :');
    expect(r.stdout).toMatch(/sections qui franchissent les limites des départements : 0 dans le découpage ; \d+ % des découpages valides entre/);
  });

  it('refuses a plan that breaks the charter (exit 1) and --with-plans without --out (exit 2), writing nothing', async () => {
    const broken = await runCli('audit', ZONES, PLAN, '--min-members', '7000', '--plans', '10', '--out', join(dir, 'no.jsonl'));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/the plan breaks the charter \(≥ 7,000 members per section/);
    expect(broken.stderr).toContain('decoupage check');
    const plans = await runCli('audit', ZONES, PLAN, ...CHARTER, '--with-plans');
    expect(plans.code).toBe(2);
    expect(plans.stderr).toContain('--with-plans needs --out');
    expect(() => readFileSync(join(dir, 'no.jsonl'))).toThrow();
  });

  it('obeys --within and --max-spread: every sampled plan passes check under them', async () => {
    const attributes = join(dir, 'attributes.csv');
    // a rate rising by one point a row: --max-spread rate:3 keeps a section within 4 rows
    writeFileSync(attributes, 'code,rate\n' + [...zones.zones].map((z) => `${z.id},${Number(z.id[1])}`).join('\n') + '\n');
    const out = join(dir, 'within.jsonl');
    const r = await runCli(
      'audit',
      ZONES,
      PLAN,
      ...CHARTER,
      '--within',
      'dep',
      '--attributes',
      attributes,
      '--max-spread',
      'rate:3',
      '--plans',
      '200',
      '--out',
      out,
      '--with-plans',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const withAttributes = loadZones(ZONES, { idProp: 'code', membersProp: 'members' });
    withAttributes.attributes = {
      file: attributes,
      columns: ['rate'],
      similar: 1,
      weights: [1],
      byId: new Map(zones.zones.map((z) => [z.id, [Number(z.id[1])]])),
      missing: [],
    };
    const strict = resolveRules({ minMembers: 4000, membersPerSeat: 500, minSeats: 6, respect: 'dep', within: 'dep', maxSpread: 'rate:3' });
    const sampled = lines(out);
    expect(sampled).toHaveLength(200);
    const distinct = new Set(sampled.map((l) => JSON.stringify(l.plan)));
    expect(distinct.size).toBeGreaterThan(10);
    for (const line of sampled.filter((_, i) => i % 10 === 0)) {
      const report = checkPlan(withAttributes, graph, new Map(Object.entries(line.plan!)), strict);
      expect(report.rules.filter((v) => !v.ok).map((v) => v.rule)).toEqual([]);
    }
  });

  it('stops at --time-limit and reports what was sampled; the JSON lines are whole', async () => {
    const out = join(dir, 'limited.jsonl');
    const r = await runCli('audit', ZONES, PLAN, ...CHARTER, '--plans', '5000000', '--time-limit', '1', '--out', out);
    expect(r.code).toBe(0);
    const m = /stopped at the time limit \(1 s\): ([\d,]+) plans sampled, kept/.exec(r.stdout);
    expect(m).not.toBeNull();
    const n = Number(m![1]!.replace(/,/g, ''));
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(5_000_000);
    expect(lines(out)).toHaveLength(n);
  });
});
