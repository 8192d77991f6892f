// Public API of src/check (re-exported by src/index.ts).
export * from './types.js';
export { checkPlan, EMPTY_VALUE } from './check.js';
export { piecesOf, isContiguous } from './contiguity.js';
export { polsbyPopper, perimeterKm, areaKm2 } from './metrics.js';
export { formatCheckText, formatCheckMarkdown, verdictLine } from './format.js';
