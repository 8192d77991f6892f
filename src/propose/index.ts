// Public API of src/propose (re-exported by src/index.ts): max-p regionalisation under member and seat thresholds.
export { proposeSections } from './propose.js';
export type { ProposeOptions, ProposeResult, SectionSummary } from './types.js';
export { effectiveThreshold, seatCap } from './problem.js';
export { readLockCsv } from './locks.js';
