// Public API of src/propose (re-exported by src/index.ts).
export {};
