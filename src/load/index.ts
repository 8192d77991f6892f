// Public API of src/load (re-exported by src/index.ts).
export {};
