// Public API of src/propose (re-exported by src/index.ts): max-p regionalisation under member and seat thresholds.
export { proposeSections } from './propose.js';
export type { ProposeOptions, ProposeResult, SectionSummary, SectionBound } from './types.js';
export { effectiveThreshold, seatCap } from './problem.js';
export { readLockCsv } from './locks.js';
export {
  splitLargeZones,
  planOnUnits,
  sectionsOfSplitZones,
  compareUnitAdjacency,
  DEFAULT_SPLIT_SNAP_M,
  PARENT_PROP,
  SPLIT_ZONE_CANDIDATES,
  splitIntoLocks,
  splitIntoLabel,
  subGraph,
  type SplitOptions,
  type SplitZone,
  type CompositeLayer,
  type AdjacencyDifference,
} from './split.js';
export { formatSections, formatSplit, PROPOSE_LABELS } from './format.js';
export { rejectLinksToSplitZones } from './links.js';
export { prepareSplit, type PrepareSplitOptions, type PreparedSplit } from './prepare.js';
export { proposeProved, proveBound, type ProveOptions } from './exact.js';
export { countBound, minimalSections } from './bound.js';
export { MIN_UNITS_FOR_THREADS, startProposeThreads, threadsFor, type ProposeThreads } from './threads.js';
export { PREFER_LABELS, withPreference } from './prefer.js';
