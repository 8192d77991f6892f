import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainDeadline, prepareEnsemble, runChain, runEnsemble } from '../../src/audit/ensemble.js';
import { runAudit } from '../../src/jobs/index.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { buildGraph } from '../../src/graph/index.js';
import { loadZones } from '../../src/load/index.js';
import { runCli } from '../helpers.js';
import { writeAuditGrid } from '../support/audit-grid.js';
import { tmpDir } from '../support/files.js';

const dir = tmpDir('audit-stop-');
const { ZONES, PLAN, CHARTER } = writeAuditGrid(dir);
const zones = loadZones(ZONES, { idProp: 'code', membersProp: 'members' });
const graph = buildGraph(zones);
const rules = resolveRules({ minMembers: 4000, membersPerSeat: 500, minSeats: 6, respect: 'dep' });
// the grid's plan (tests/support/audit-grid.ts): six sections of 2 × 3 zones following the départements
const plan = new Map(zones.zones.map((z) => [z.id, `S${Math.floor(Number(z.id[2]) / 2) + 1}${Number(z.id[1]) < 3 ? 'a' : 'b'}`]));
const input = { zones, graph, rules, plan };

const chainsOf = (file: string) =>
  readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => (JSON.parse(l) as { chain: number }).chain);

describe('the audit stopping', () => {
  it('shares the time left between the rounds of chains still to run', () => {
    expect(chainDeadline(Infinity, 1000, 3, 1)).toBe(Infinity);
    // one thread, two chains left: the first gets half of the time left, the last all of what remains
    expect(chainDeadline(2000, 1000, 2, 1)).toBe(1500);
    expect(chainDeadline(2000, 1500, 1, 1)).toBe(2000);
    // as many threads as chains: every chain runs to the deadline
    expect(chainDeadline(2000, 1000, 2, 2)).toBe(2000);
    // three chains on two threads: two rounds
    expect(chainDeadline(2000, 1000, 3, 2)).toBe(1500);
    // past the deadline: stop at once
    expect(chainDeadline(2000, 2500, 2, 1)).toBe(2500);
  });

  it('a time limit leaves every chain some plans, on one thread (chain after chain) as in the workers', async () => {
    for (const [threads, chains, seconds] of [
      ['1', '2', '0.6'],
      ['2', '3', '2'],
    ] as const) {
      const out = join(dir, `limited-${threads}-${chains}.jsonl`);
      const r = await runCli(
        'audit',
        ZONES,
        PLAN,
        ...CHARTER,
        '--plans',
        '5000000',
        '--time-limit',
        seconds,
        '--threads',
        threads,
        '--chains',
        chains,
        '--out',
        out,
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/stopped at the time limit/);
      const seen = chainsOf(out);
      for (let c = 1; c <= Number(chains); c++) expect(seen.filter((x) => x === c).length).toBeGreaterThanOrEqual(4);
      // split-R̂ is computed (it compares the chains), not a dash
      expect(r.stdout).not.toMatch(/members of the smallest section .*—\s*—\s*$/m);
    }
  });

  it('a stop asked during a long thinning is obeyed within 16 steps, not after the next recorded plan', () => {
    const prep = prepareEnsemble(input, { plans: 10, chains: 1, seed: 3, thin: 5000, burnIn: 100 });
    let calls = 0;
    // true from the third look on: two looks fall in the warm-up (steps 0 and 64), the third 16 steps into the thinning
    const run = runChain(input, prep, 0, { seed: 3, deadline: Infinity, shouldStop: () => ++calls > 2 });
    expect(run.stopped).toBe('interrupted');
    expect(run.values[0]).toHaveLength(0);
    expect(run.steps).toBe(100 + 15);
  });

  it('a chain that stops leaves the ensemble stopped, with what was sampled', () => {
    let calls = 0;
    const r = runEnsemble(input, { plans: 1000, chains: 2, seed: 3, burnIn: 10, shouldStop: () => ++calls > 40 });
    expect(r.stopped).toBe('interrupted');
    expect(r.samples).toBeGreaterThan(0);
    expect(r.samples).toBeLessThan(1000);
  });
});

describe('the audit job stopped before its first steps', () => {
  it('does not call the plan stuck when no step was tried', async () => {
    const notes: string[] = [];
    const out: string[] = [];
    const r = await runAudit({
      ...{ zones, graph, rules, plan, planFile: PLAN, plans: 100, chains: 2, seed: '1', kind: 'recom', withPlans: false, threads: 1 },
      ...{ lang: 'en', voice: { lang: 'en' }, shouldStop: () => true, out: (t) => out.push(t), note: (t) => notes.push(t) },
    });
    expect(r.steps).toBe(0);
    expect(r.stopped).toBe('interrupted');
    expect(out.join('')).toMatch(/interrupted: 0 plans sampled, kept/);
    expect(notes.join('')).not.toMatch(/no step changed the plan/);
    // nothing sampled: dashes, never NaN
    expect(out.join('')).not.toMatch(/NaN/);
    expect(out.join('')).toMatch(/sections crossing the boundaries of départements: 0 in the plan; — % of valid plans between — and —/);
  });
});

describe('fewer plans than chains', () => {
  it('runs only the chains that record a plan', () => {
    const r = runEnsemble(input, { plans: 1, chains: 2, seed: 3, burnIn: 10 });
    expect(r.chains).toBe(1);
    expect(r.samples).toBe(1);
    expect(r.steps).toBe(11);
    expect(r.summaries[0]!.chains).toHaveLength(1);
  });
});
