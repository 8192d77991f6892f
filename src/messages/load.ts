/** The "load" messages of the catalogue (see catalogue.ts for what belongs here). */
import type { Table } from './message.js';

export const LOAD_MESSAGES = {
} as const satisfies Table;
