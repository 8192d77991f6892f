/** The "plan" messages of the catalogue (see catalogue.ts for what belongs here). */
import type { Table } from './message.js';

export const PLAN_MESSAGES = {
} as const satisfies Table;
