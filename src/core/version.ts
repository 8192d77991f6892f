import { readFileSync } from 'node:fs';

/** decoupage's version, as package.json says (the same two folders up from src/core and from dist/core). */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
