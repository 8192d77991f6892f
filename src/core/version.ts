import { createRequire } from 'node:module';

/** decoupage's version, as package.json says (the same two folders up from src/core and from dist/core). */
export const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
