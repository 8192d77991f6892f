// decoupage/demo: The bundled fictional region and the whole pipeline run on it.

/** Options and result of the demo run. */
export type { DemoOptions, DemoResult } from '../demo/run.js';
/** Run the whole pipeline on the bundled fictional region and write its outputs into a folder. */
export { runDemo } from '../demo/run.js';
/** The folder of the bundled demo data (zones, communes of the metropolis, département plan, votes). */
export { DEMO_DATA_DIR } from '../demo/run.js';
