// Public API of src/graph (re-exported by src/index.ts).
export {};
export * from './topology.js';
