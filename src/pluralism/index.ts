// Public API of src/pluralism (re-exported by src/index.ts).
export {};
