import { describe, expect, it, vi } from 'vitest';
import { checkPlan } from '../../src/check/check.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { Rng } from '../../src/core/rng.js';
import { buildGraph } from '../../src/graph/build.js';
import { brickTessellation } from '../../src/graph/tessellation.js';
import { proposeProved, proposeSections } from '../../src/propose/index.js';
import { runSearchChain, type ChainWork } from '../../src/propose/chain.js';
import { MIN_UNITS_FOR_THREADS, shortChains, startProposeThreads } from '../../src/propose/threads.js';
import { lockSeeds } from '../../src/propose/locks.js';
import { buildProblem, upperBound } from '../../src/propose/problem.js';
import { COMMUNE_TABLE_2023, FRANCE_ZONES, franceZonesWithEstimatedMembers, itWithRealData } from '../support/real-data.js';

/**
 * Propose on two cores gives what it gives on one: its search chains and its bound depend only on their input,
 * never on where they ran (worker threads need `npm run build`: the workers run the compiled dist/).
 */
describe('propose on several threads', () => {
  const zones = brickTessellation({ rows: 20, cols: 30, seed: 5 });
  const rng = new Rng('threads');
  for (const z of zones.zones) z.members = 100 + rng.int(900);
  const graph = buildGraph(zones);
  const rules = resolveRules({ minMembers: 5_000, minSeats: 1, membersPerSeat: 100 });

  it('a chain run in a worker thread has the outcome of the same chain run here; short chains all run in started workers', async () => {
    const p = buildProblem(zones, graph, rules);
    expect(p.n).toBeGreaterThanOrEqual(MIN_UNITS_FOR_THREADS);
    // iterations: the budget that sizes a chain (a chain of 50 fruitless steps stops early, whatever its budget)
    const work = (seed: number, iterations: number): ChainWork => ({
      seed,
      constructions: 4,
      iterations,
      patience: 50,
      seeds: lockSeeds(p),
      initial: [],
      ub: upperBound(p, rules),
    });
    const cases = [
      // short chains, workers still starting: chain 0 here
      { iterations: 400, short: true, ready: false, ranOn: ['here', 'worker'] },
      // short chains, workers started: both there
      { iterations: 400, short: true, ready: true, ranOn: ['worker', 'worker'] },
      // long chains: chain 0 here, started or not
      { iterations: 20_000, short: false, ready: true, ranOn: ['here', 'worker'] },
    ];
    for (const c of cases) {
      const works = [work(11, c.iterations), work(12, c.iterations)];
      expect(shortChains(p, works)).toBe(c.short);
      const pool = startProposeThreads(2)!;
      expect(pool.size).toBe(1);
      if (c.ready) await vi.waitFor(() => expect(pool.ready).toBe(true), { timeout: 20_000, interval: 20 });
      else expect(pool.ready).toBe(false);
      const threaded = pool.runChains(p, works);
      void pool.close();
      expect(threaded.map((o) => o.ranOn ?? 'here')).toEqual(c.ranOn);
      const alone = works.map((w) => runSearchChain(p, w));
      threaded.forEach((o, k) => {
        const { ranOn: _, ...rest } = o;
        expect(rest).toEqual(alone[k]);
      });
      // the two chains searched differently (their own seeds), and each found a plan covering every zone
      expect([...threaded[0].assignment!]).not.toEqual([...threaded[1].assignment!]);
      for (const o of threaded) expect(o.assignment!.every((s) => s >= 0)).toBe(true);
    }
  });

  it("the plan-independent work is done while the worker's chain runs, once, and changes no outcome", () => {
    const p = buildProblem(zones, graph, rules);
    const works = [31, 32].map((seed): ChainWork => ({
      seed,
      constructions: 3,
      iterations: 300,
      patience: 50,
      seeds: lockSeeds(p),
      initial: [],
      ub: upperBound(p, rules),
    }));
    const alone = works.map((w) => runSearchChain(p, w));
    const pool = startProposeThreads(2)!;
    let calls = 0;
    // chain 0 here takes no time (no constructions to make): the worker's chain is surely still running after it
    const threaded = pool.runChains(p, [{ ...works[0], constructions: 0 }, works[1]], {}, () => calls++);
    void pool.close();
    expect(calls).toBe(1);
    const { ranOn: _, ...rest } = threaded[1];
    expect(rest).toEqual(alone[1]);
  });

  it("the caller's meanwhile work is done once while a worker searches, and not at all without one", () => {
    let calls = 0;
    let busy: (() => boolean) | undefined;
    const two = proposeSections(zones, graph, rules, {
      seed: 4,
      threads: 2,
      meanwhile: (b) => {
        calls++;
        busy = b;
      },
    });
    expect(calls).toBe(1);
    // what it was told: whether the worker's chain still ran (no longer, once the plan is made)
    expect(busy?.()).toBe(false);
    const one = proposeSections(zones, graph, rules, { seed: 4, threads: 1, meanwhile: () => calls++ });
    expect(calls).toBe(1);
    expect([...two.plan]).toEqual([...one.plan]);
  });

  it('a worker that stops or falls silent: its chain is run here, with the same outcome', async () => {
    const p = buildProblem(zones, graph, rules);
    const works = [11, 12].map((seed): ChainWork => ({
      seed,
      constructions: 3,
      iterations: 200,
      patience: 50,
      seeds: lockSeeds(p),
      initial: [],
      ub: upperBound(p, rules),
    }));
    const alone = works.map((w) => runSearchChain(p, w));
    // stopped before the chains are sent (its exit seen): the chain never goes to it
    const stopped = startProposeThreads(2)!;
    await stopped.close();
    expect(stopped.runChains(p, works).map((o) => o.ranOn ?? 'here')).toEqual(['here', 'here']);
    // stopped while the chains are sent (its exit not seen yet): no sign of life, given up after the silence
    const silent = startProposeThreads(2, { silenceMs: 300 })!;
    void silent.close();
    const outcomes = silent.runChains(p, works);
    expect(outcomes.map((o) => o.ranOn ?? 'here')).toEqual(['here', 'here']);
    expect(outcomes).toEqual(alone);
    // the bound's facts are then refused (computed on this thread by proposeProved)
    await expect(silent.boundFacts(p, { cap: Infinity })).rejects.toThrow();
  });

  it('the same plan on one thread and on two, for several seeds', () => {
    for (const seed of [1, 2]) {
      const one = proposeSections(zones, graph, rules, { seed, threads: 1 });
      const two = proposeSections(zones, graph, rules, { seed, threads: 2 });
      expect([...two.plan]).toEqual([...one.plan]);
      expect(two.sections).toEqual(one.sections);
      expect(two.iterations).toBe(one.iterations);
      expect(checkPlan(zones, graph, two.plan, rules).ok).toBe(true);
    }
  });

  itWithRealData([FRANCE_ZONES, COMMUNE_TABLE_2023], 'France: the same plan and the same proved bound with the bound on its own thread', async () => {
    const france = franceZonesWithEstimatedMembers(0.08);
    const g = buildGraph(france, { links: [{ a: '0103', b: '0104', source: '--link' }] });
    const r = resolveRules({ minMembers: 10_000, membersPerSeat: 1_500, minSeats: 6 });
    const one = await proposeProved(france, g, r, { seed: 3, threads: 1 });
    const two = await proposeProved(france, g, r, { seed: 3, threads: 2 });
    expect([...two.plan]).toEqual([...one.plan]);
    expect(two.bound).toEqual(one.bound);
    expect(two.bound).toEqual({ value: 216, method: 'mip', optimal: true });
  });
});
