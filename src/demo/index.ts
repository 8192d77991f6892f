// Public API of src/demo (re-exported by src/index.ts): the bundled fictional region and the demo run.
export { generateDemo, DEMO_SEED, DEMO_FILES, DEMO_GEOMETRY, type DemoData, type DemoFileName } from './generate.js';
export {
  runDemo,
  DEMO_DATA_DIR,
  DEMO_RULES,
  DEMO_SPLIT_ABOVE,
  DEPARTEMENT_PLAN_LABEL,
  PROPOSED_PLAN_LABEL,
  type DemoOptions,
  type DemoOutput,
  type DemoOutputFile,
  type DemoResult,
} from './run.js';
export { formatDemoSummary } from './summary.js';
export { DEMO_LABELS } from './summary.js';
