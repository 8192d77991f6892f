// The report's labels live in src/core/dictionary.ts: check, seats and pluralism share them.
export * from '../core/dictionary.js';
