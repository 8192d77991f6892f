import type { Rules } from '../core/rules.js';
import { requireCharter } from '../check/index.js';
import type { ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import { count, option, said, type Said } from '../messages/index.js';
import { boundFacts, countBound, mayEnumerate, type BoundFacts, type BoundSettings } from './bound.js';
import { MIN_UNITS_FOR_THREADS, threadsFor } from './threads.js';
import { buildProblem, seatCap, type Problem } from './problem.js';
import { proposeSections } from './propose.js';
import type { ProposeOptions, ProposeResult, SectionBound } from './types.js';

export interface ProveOptions {
  /**
   * Solve the set packing of minimal sections to optimality (no node limit; `timeLimitMs` is a safety
   * cap) and, when it has more sections than the heuristic plan, start again from it. For small layers
   * (a few hundred zones, sections of a few zones).
   */
  exact?: boolean;
  /** Minimal sections enumerated at most (default 100,000; 300,000 with exact). */
  maxSets?: number;
  /** Branch-and-bound nodes of the MIP without exact (default 2,000): a count, so results are reproducible. */
  maxNodes?: number;
}

/**
 * How many sections can a plan have at most? From the cheapest argument that settles it (the facts of bound.ts):
 *  1. countBound (big zones + pockets of small zones), when the plan found already reaches it;
 *  2. else the packing of minimal sections, when they can be enumerated: solved exactly (packing.ts), else through
 *     HiGHS, its LP relaxation, then as a MIP (node-limited unless exact): its optimum when proved.
 * `packing` is an optimal packing when one was proved (zone indices of each minimal section).
 */
export async function proveBound(
  p: Problem,
  rules: Rules,
  found: number,
  opts: ProveOptions & { timeLimitMs?: number } = {},
): Promise<{ bound: SectionBound; packing?: number[][]; note?: Said }> {
  return boundOf(await boundFacts(p, boundSettings(rules, opts), found), found, opts.exact);
}

function boundSettings(rules: Rules, opts: ProveOptions & { timeLimitMs?: number }): BoundSettings {
  return { cap: seatCap(rules), exact: opts.exact, maxSets: opts.maxSets, maxNodes: opts.maxNodes, timeLimitMs: opts.timeLimitMs };
}

/** The bound the facts prove for a plan of `found` sections (the same whether they were computed to the end or not). */
function boundOf(f: BoundFacts, found: number, exact?: boolean): { bound: SectionBound; packing?: number[][]; note?: Said } {
  let value = f.count;
  let method: SectionBound['method'] = 'count';
  const done = () => ({ bound: { value, method, optimal: found >= value } });
  if (found >= value || !f.enumerated) return done();
  if (!f.complete) return { ...done(), note: exact ? said('plan.propose.note.exactTooMany', { option: option('exact'), n: count(f.sets) }) : undefined };
  if (f.sets === 0) return done();
  if (f.lp !== undefined && f.lp < value) {
    value = f.lp;
    method = 'lp';
  }
  if (found >= value || !f.mip) return done();
  if (f.mip.value <= value) {
    value = f.mip.value;
    method = 'mip';
  }
  return { ...done(), packing: f.mip.packing };
}

/**
 * proposeSections, then a proof of how far the plan can be from the best one (ProposeResult.bound).
 * With `exact`, when the packing optimum has more sections than the plan found (and no --max-members nor
 * lock stands in the way of turning it into a plan), the search starts again from that packing, so the
 * plan reaches the optimum and says so.
 */
export async function proposeProved(zones: ZoneSet, graph: ZoneGraph, rules: Rules, opts: ProposeOptions & ProveOptions = {}): Promise<ProposeResult> {
  requireCharter(rules);
  if (rules.sections !== undefined) return proposeSections(zones, graph, rules, opts); // the count is given: nothing to prove
  const settings = boundSettings(rules, opts);
  // the bound's facts on a worker thread while the search runs here
  let p: Problem | undefined;
  let early: Promise<BoundFacts> | undefined;
  let threads: ReturnType<typeof threadsFor> = { pool: undefined, release() {} };
  try {
    p = buildProblem(zones, graph, rules, opts.lock);
    const enumerate = mayEnumerate(p, settings);
    threads = threadsFor(opts, p.n);
    // a small layer's bound stays here (threadsFor gives it no worker of its own, nor should a caller's pool take it)
    if (threads.pool && enumerate && p.n >= MIN_UNITS_FOR_THREADS) {
      early = threads.pool.boundFacts(p, settings);
      early.catch(() => undefined); // on failure the bound is computed on this thread below
    }
  } catch {
    p = undefined; // proposeSections says what is wrong with the input
  }
  const { pool } = threads;
  try {
    let result = proposeSections(zones, graph, rules, { ...opts, pool });
    pool?.flush();
    p ??= buildProblem(zones, graph, rules, opts.lock);
    const found = result.sections.length;
    const q = p;
    // the worker's facts are awaited only when the count does not settle the bound already: the caller's meanwhile
    // work goes on while the worker computes them
    const awaited = early !== undefined && found < Math.min(countBound(q), settings.cap);
    if (awaited) opts.meanwhile?.(() => true);
    const facts = awaited ? await early!.catch(() => boundFacts(q, settings, found)) : await boundFacts(q, settings, found);
    const { bound, packing, note } = boundOf(facts, found, opts.exact);
    if (note) result = { ...result, notes: [...result.notes, note] };
    if (
      opts.exact &&
      packing &&
      packing.length > result.sections.length &&
      packing.length <= seatCap(rules) &&
      !Number.isFinite(q.max) &&
      !Number.isFinite(q.maxZones) &&
      !opts.lock?.size
    ) {
      const again = proposeSections(zones, graph, rules, { ...opts, pool, initial: packing.map((s) => s.map((z) => q.ids[z])) });
      if (again.sections.length > result.sections.length) result = again;
    }
    return { ...result, bound: { ...bound, optimal: result.sections.length >= bound.value } };
  } finally {
    threads.release();
  }
}
