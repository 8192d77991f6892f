// Public API of src/check (re-exported by src/index.ts).
export {};
