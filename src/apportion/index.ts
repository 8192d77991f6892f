// Public API of src/apportion (re-exported by src/index.ts).
export {};
