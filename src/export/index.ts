// Public API of src/export (re-exported by src/index.ts).
export * from './dissolve.js';
export * from './units.js';
export * from './write.js';
