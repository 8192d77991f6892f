// decoupage library API: everything the CLI does, as typed functions.
export * from './core/errors.js';
export * from './core/rng.js';
export * from './core/types.js';
export * from './core/rules.js';
export * from './core/progress.js';
export type { ZoneGraph, GraphEdge, EdgeKind } from './graph/types.js';
export * from './load/index.js';
export * from './graph/index.js';
export * from './propose/index.js';
export * from './apportion/index.js';
export * from './check/index.js';
export * from './pluralism/index.js';
export * from './export/index.js';
export * from './report/index.js';
export * from './demo/index.js';
export * from './session/index.js';
export * from './serve/index.js';
