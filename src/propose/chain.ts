import { Rng } from '../core/rng.js';
import type { Partition } from '../partition/partition.js';
import { drawParams, grow, GrowScratch, type GrowResult } from './grow.js';
import { betterPlan, lnsStep, objectiveOf, type Acceptance } from './improve.js';
import type { Problem } from './problem.js';
import { searchPartition, type Terms } from './search.js';

/**
 * One search chain of propose (steps 2 and 3 of propose.ts): randomised constructions, the best of which a
 * large-neighbourhood search improves, all from the chain's own seed. Propose runs a fixed number of chains and
 * keeps the best plan, so the chains can run side by side on several cores (chain-thread.ts) and give the same
 * plans as one after the other: the plan never depends on the number of threads.
 */
export interface ChainWork {
  /** the chain's own seed (drawn from propose's generator) */
  seed: number;
  /** randomised constructions; the best one is improved */
  constructions: number;
  /** improvement steps at most, for more sections (stopping at `ub`) */
  iterations: number;
  /** the search for more sections stops after this many steps without one more; then at most as many re-cut the sections for compactness */
  patience: number;
  /** the zones each lock label's section starts with (lockSeeds) */
  seeds: number[][];
  /** sections the first construction keeps, the other zones growing around them (zone indices) */
  initial: number[][];
  /** the count bound: the search for more sections stops once it is reached */
  ub: number;
  /** Date.now() after which the chain stops (the --time-limit safety cap), or none */
  deadline?: number;
}

export interface ChainOutcome {
  /** the chain's best plan, zone → section numbered by first zone (0, 1…), or null when no construction succeeded */
  assignment: Int32Array | null;
  objective: { sections: number } & Terms;
  constructions: number;
  steps: number;
  timedOut: boolean;
  /** why the last failed construction failed (for the message when none succeeded) */
  failure?: GrowResult['failure'];
  /** where it ran: this thread, or a worker thread (for tests and benchmarks; the outcome is the same) */
  ranOn?: 'here' | 'worker';
}

export interface ChainEvents {
  progress?(phase: 'construction' | 'iteration', k: number, n: number, best: number): void;
  /** called every few steps: a chain on another thread shows it is alive */
  beat?(): void;
}

export function runSearchChain(p: Problem, w: ChainWork, events: ChainEvents = {}): ChainOutcome {
  const rng = new Rng(w.seed);
  const timeUp = () => w.deadline !== undefined && Date.now() > w.deadline;
  const scratch = new GrowScratch(p);
  let timedOut = false;
  const seeded = new Set(w.seeds.flat());
  const free: number[] = [];
  for (let i = 0; i < p.n; i++) if (!seeded.has(i)) free.push(i);

  // --- constructions ---
  let best: Partition | null = null;
  let bestObj = { sections: -1, respect: 0, internal: 0 };
  let failure: GrowResult['failure'];
  let done = 0;
  for (let c = 0; c < w.constructions; c++) {
    if (c > 0 && timeUp()) {
      timedOut = true;
      break;
    }
    done++;
    const part = searchPartition(p);
    // one section per lock label (section index = label index), holding its locked zones
    const pending: number[] = w.seeds.map((zs) => {
      const r = part.newSection();
      part.moveMany(zs, r);
      return r;
    });
    let area = free;
    if (c === 0 && w.initial.length) {
      for (const zs of w.initial) part.moveMany(zs, part.newSection());
      area = free.filter((z) => part.assignment[z] < 0);
    }
    const res = grow(
      p,
      part,
      area,
      rng.fork(),
      drawParams(rng),
      scratch,
      pending.filter((r) => part.members(r) < p.T),
    );
    events.beat?.();
    if (!res.ok) {
      failure = res.failure;
      continue;
    }
    const obj = objectiveOf(p, part);
    if (betterPlan(obj, bestObj)) ((best = part), (bestObj = obj));
    events.progress?.('construction', c + 1, w.constructions, best!.count);
  }
  if (!best) return { assignment: null, objective: bestObj, constructions: done, steps: 0, timedOut, failure };

  // --- large-neighbourhood search: gather the surplus (more sections), then re-cut for compactness ---
  const patience = w.patience;
  const maxK = neighbourhoodSize(p, best.count);
  let it = 0;
  const phases: [Acceptance, number][] = [
    ['gather', w.iterations],
    ['compact', Math.min(w.iterations, patience)],
  ];
  for (const [accept, budget] of phases) {
    let since = 0;
    for (let k = 0; k < budget && since < patience; k++, it++) {
      if (accept === 'gather' && best.count >= w.ub) break;
      if (timeUp()) {
        timedOut = true;
        break;
      }
      const r = lnsStep(p, best, rng, scratch, accept === 'gather' ? maxK : 4, accept);
      since = r > 0 ? 0 : since + 1;
      if ((it & 63) === 0) {
        events.beat?.();
        events.progress?.('iteration', it, w.iterations, best.count);
      }
    }
    if (timedOut) break;
  }
  return { assignment: compactLabels(best.assignment), objective: objectiveOf(p, best), constructions: done, steps: it, timedOut, failure };
}

/** The sections numbered 0, 1… in the order of their first zone (the same plan, whatever indices the search used). */
function compactLabels(assignment: Int32Array): Int32Array {
  const out = new Int32Array(assignment.length);
  const to = new Map<number, number>();
  for (let z = 0; z < assignment.length; z++) {
    const s = assignment[z];
    let t = to.get(s);
    if (t === undefined) to.set(s, (t = to.size));
    out[z] = t;
  }
  return out;
}

/** The search partition holding a chain's plan: sections in label order, zones in index order. */
export function partitionOf(p: Problem, assignment: Int32Array): Partition {
  const part = searchPartition(p);
  const lists: number[][] = [];
  for (let z = 0; z < p.n; z++) (lists[assignment[z]] ??= []).push(z);
  for (const zs of lists) part.moveMany(zs, part.newSection());
  return part;
}

/**
 * Sections re-cut together by one search step: 4, or up to 8 when sections are large (≥ 20 zones each),
 * since a new section needs T spare members and each large section holds only a few hundred.
 */
function neighbourhoodSize(p: Problem, sections: number): number {
  const zonesPerSection = p.n / Math.max(1, sections);
  return Math.max(4, Math.min(8, Math.round(zonesPerSection / 4)));
}
