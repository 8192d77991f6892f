import type { Rules } from '../core/rules.js';
import type { ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import { count, option, said, type Said } from '../messages/index.js';
import { countBound, minimalSections, packingModel } from './bound.js';
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

/** Without exact, enumerate minimal sections only when sections average at most this many small zones. */
const MAX_ZONES_PER_SECTION = 4;

type Highs = {
  solve(problem: string, options?: Record<string, unknown>): { Status: string; ObjectiveValue: number; Columns: Record<string, { Primal: number }> };
};
let highsPromise: Promise<Highs> | undefined;
/**
 * HiGHS (WebAssembly), loaded on first use only: commands that never need it do not pay for it.
 *
 * Compiled with V8's baseline compiler only (Liftoff): by default V8 also recompiles the hot functions of
 * this 3.5 MB module with its optimising compiler (TurboFan) in background threads, which on France's bound
 * cost ~2 s of CPU for solves of ~0.1 s, and kept the main thread waiting (idle) for ~1–2 s after the solve
 * before the next event-loop turn. Measured on the France packing (LP + MIP): 0.26 s from import to the next
 * turn with Liftoff only, 2.4 s with tiering. The flag is read when the module is compiled, so it is set for
 * that compilation only and put back (sql.js and any other WebAssembly keep V8's defaults). Same arithmetic,
 * same results: only the machine code differs.
 */
async function loadHighs(): Promise<Highs> {
  highsPromise ??= (async () => {
    const m = (await import('highs')) as unknown as { default: () => Promise<Highs> };
    const v8 = await import('node:v8');
    v8.setFlagsFromString('--liftoff-only');
    try {
      return await m.default();
    } finally {
      v8.setFlagsFromString('--no-liftoff-only');
    }
  })();
  return highsPromise;
}

/**
 * How many sections can a plan have at most? From the cheapest argument that settles it:
 *  1. countBound (big zones + pockets of small zones), when the plan found already reaches it;
 *  2. else the LP relaxation of the packing of minimal sections (HiGHS), when they can be enumerated;
 *  3. else that packing as a MIP (HiGHS, node-limited unless exact): its optimum when proved.
 * `packing` is the optimal packing when the MIP proved one (zone indices of each minimal section).
 */
export async function proveBound(
  p: Problem,
  rules: Rules,
  found: number,
  opts: ProveOptions & { timeLimitMs?: number } = {},
): Promise<{ bound: SectionBound; packing?: number[][]; note?: Said }> {
  const cap = seatCap(rules);
  let value = Math.min(countBound(p), cap);
  let method: SectionBound['method'] = 'count';
  const done = () => ({ bound: { value, method, optimal: found >= value } });
  if (found >= value) return done();
  // minimal sections of many zones are too many to enumerate (a lattice, communes): keep countBound
  let small = 0;
  let big = 0;
  for (let i = 0; i < p.n; i++) p.members[i] < p.T ? small++ : big++;
  if (!opts.exact && small > MAX_ZONES_PER_SECTION * Math.max(1, value - big)) return done();
  const { sets, complete } = minimalSections(p, opts.maxSets ?? (opts.exact ? 300_000 : 100_000));
  if (!complete) {
    const note = opts.exact ? said('plan.propose.note.exactTooMany', { option: option('exact'), n: count(sets.length) }) : undefined;
    return { ...done(), note };
  }
  if (sets.length === 0) return done();
  const highs = await loadHighs();
  const lp = highs.solve(packingModel(p.n, sets, false), { output_flag: false, random_seed: 1 });
  if (lp.Status === 'Optimal' && Math.floor(lp.ObjectiveValue + 1e-6) < value) {
    value = Math.floor(lp.ObjectiveValue + 1e-6);
    method = 'lp';
  }
  if (found >= value) return done();
  const mip = highs.solve(packingModel(p.n, sets, true), {
    output_flag: false,
    random_seed: 1,
    mip_rel_gap: 0,
    ...(opts.exact ? {} : { mip_max_nodes: opts.maxNodes ?? 2_000 }),
    ...(opts.timeLimitMs !== undefined ? { time_limit: opts.timeLimitMs / 1000 } : {}),
  });
  if (mip.Status !== 'Optimal') return done();
  const best = Math.round(mip.ObjectiveValue);
  const packing = sets.filter((_, k) => (mip.Columns[`x${k}`]?.Primal ?? 0) > 0.5);
  if (best <= value) {
    value = Math.min(best, cap);
    method = 'mip';
  }
  return { ...done(), packing };
}

/**
 * proposeSections, then a proof of how far the plan can be from the best one (ProposeResult.bound).
 * With `exact`, when the packing optimum has more sections than the plan found (and no --max-members nor
 * lock stands in the way of turning it into a plan), the search starts again from that packing, so the
 * plan reaches the optimum and says so.
 */
export async function proposeProved(zones: ZoneSet, graph: ZoneGraph, rules: Rules, opts: ProposeOptions & ProveOptions = {}): Promise<ProposeResult> {
  let result = proposeSections(zones, graph, rules, opts);
  if (rules.sections !== undefined) return result; // the count is given: nothing to prove
  const p = buildProblem(zones, graph, rules, opts.lock);
  const { bound, packing, note } = await proveBound(p, rules, result.sections.length, opts);
  if (note) result = { ...result, notes: [...result.notes, note] };
  if (
    opts.exact &&
    packing &&
    packing.length > result.sections.length &&
    packing.length <= seatCap(rules) &&
    !Number.isFinite(p.max) &&
    !Number.isFinite(p.maxZones) &&
    !opts.lock?.size
  ) {
    const again = proposeSections(zones, graph, rules, { ...opts, initial: packing.map((s) => s.map((z) => p.ids[z])) });
    if (again.sections.length > result.sections.length) result = again;
  }
  return { ...result, bound: { ...bound, optimal: result.sections.length >= bound.value } };
}
