import type { Plan } from '../core/types.js';
import type { Said } from '../messages/message.js';
import type { Progress } from '../core/progress.js';
import type { CheckReport } from '../check/types.js';
import type { HomogeniseOptions } from './homogenise.js';
import type { ProposeThreads } from './threads.js';

/** Options of proposeSections (the rules themselves come from Rules). */
export interface ProposeOptions {
  /** Seed of every random choice: same seed + same input → same plan (default 1). */
  seed?: number;
  /**
   * Improvement iterations (each one dissolves a few neighbouring sections and rebuilds them).
   * Iteration counts, not wall time, drive the search so that results are reproducible.
   * Default: 20 × the number of zones, at most 20,000, for each of propose's 2 search chains; a chain's search
   * for more sections stops once it has gone iterations / 8 without one more section, or when the upper bound
   * is reached; then at most iterations / 8 more re-cut the sections for compactness.
   */
  iterations?: number;
  /** Randomised constructions tried before improving the best one (default 50). */
  constructions?: number;
  /** Safety cap only (milliseconds): stops the search early, making the result depend on the machine. */
  timeLimitMs?: number;
  /** Zone id → section label that the plan must keep (the zones of one label end up in one section). */
  lock?: Map<string, string>;
  /**
   * Sections to start from (zone ids of each), e.g. an optimal packing of minimal sections (exact.ts):
   * the first construction keeps them and assigns the other zones around them.
   */
  initial?: readonly (readonly string[])[];
  progress?: Progress;
  /** the homogenise stage's effort (steps) and safety cap (attributes: zones.attributes, --attributes) */
  homogenise?: HomogeniseOptions;
  /**
   * Worker threads the work may use (default: the machine's cores; 1 = this thread only). The same plan and the
   * same bound whatever the number: threads only run the same fixed pieces of work side by side.
   */
  threads?: number;
  /** Worker threads already started (startProposeThreads), e.g. before the graph was built; the caller closes them. */
  pool?: ProposeThreads;
  /**
   * The caller's work that does not depend on the plan (e.g. warnings put off when the zones were read), done while
   * worker threads work (the search, then the bound), if they do: `busy` says whether they still do, and the work
   * should stop when they no longer do (it is called again at the next wait, so it goes on from where it stopped).
   * Never called without worker threads: the caller then does it when it likes.
   */
  meanwhile?: (busy: () => boolean) => void;
}

/** A proved upper bound on the number of sections (proposeProved). */
export interface SectionBound {
  /** no plan meeting the rules has more sections than this */
  value: number;
  /**
   * how it was proved: 'count' big zones + pockets of small zones; 'lp' linear relaxation of the packing
   * of minimal sections (HiGHS); 'mip' that packing solved to optimality (packing.ts, else HiGHS)
   */
  method: 'count' | 'lp' | 'mip';
  /** the plan found has this many sections: it is optimal */
  optimal: boolean;
}

/** One section of a proposed plan, as printed in the table. */
export interface SectionSummary {
  /** Stable readable id: "S01", "S02"… ordered by the members of their largest zone (or a lock label). */
  id: string;
  /** The name of its largest zone, e.g. "Marseille". */
  name: string;
  /** Zone ids, in input order. */
  zones: string[];
  members: number;
  seats: number;
  /** Values of the --respect property found in the section when there are several (the boundaries it crosses). */
  crossed: string[];
  /** Polsby–Popper compactness 4πA/P² of the union of its zones (1 = a disc), computed from zone areas,
   * perimeters and the shared border lengths of the graph. */
  compactness: number;
}

export interface ProposeResult {
  plan: Plan;
  sections: SectionSummary[];
  /** Upper bound on the number of sections (big zones + per pocket of small zones, see bound.ts countBound). */
  upperBound: number;
  /** The proved bound, from proposeProved (the packing solved exactly, through HiGHS when needed); absent from proposeSections. */
  bound?: SectionBound;
  /** Effective member threshold per section: max(min-members, min-seats × members-per-seat). */
  threshold: number;
  objective: {
    sections: number;
    /** Zones lying outside the dominant --respect value of their section (0 when --respect is not set). */
    respectCrossings: number;
    /** Sum of the shared border lengths between zones of the same section (km): higher is more compact. */
    internalBorderKm: number;
  };
  /** Notes for the reader (estimates, bound, why a count was capped…), as messages of the catalogue. */
  notes: Said[];
  /** The verdict of checkPlan (the checker of `decoupage check`) on the plan: always ok. */
  check: CheckReport;
  /** Iterations actually run (constructions + improvement iterations). */
  iterations: number;
  /** With attributes: the within-section sum of squares before and after the homogenise stage, and its steps. */
  homogenised?: { before: number; after: number; steps: number; timedOut: boolean };
}
