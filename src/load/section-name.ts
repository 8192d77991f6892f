/**
 * Section names as they enter decoupage, whatever the door (plan files, the editor's requests): one normaliser
 * (trimmed, Unicode NFC), the refusal of two spellings of one name, and how a name is shown so that a person can
 * tell them apart. No zod here: reading a plan file needs only these, the schemas of plan-schema.ts use them too.
 */
import type { Lang } from '../core/i18n.js';
import { said, say } from '../messages/message.js';

/** Longest section name (the editor's rename field, plan.csv). */
export const MAX_SECTION_NAME = 100;
/** Longest zone id. */
export const MAX_ZONE_ID = 200;

/** The one normaliser of section names, on every path in: trimmed, Unicode NFC. */
export function normaliseSectionName(name: string): string {
  return name.trim().normalize('NFC');
}

/** Two section names written differently that are one name once normalised: [first spelling, second]. */
export function collidingSpelling(names: Iterable<string>): [string, string] | undefined {
  const first = new Map<string, string>();
  for (const raw of names) {
    const n = normaliseSectionName(raw);
    const seen = first.get(n);
    if (seen === undefined) first.set(n, raw);
    else if (seen !== raw) return [seen, raw];
  }
  return undefined;
}

/** A name as a person can tell two spellings apart: quoted (spaces show), combining marks written \\u0301. */
export function visibleName(name: string): string {
  return JSON.stringify(name).replace(/\p{M}/gu, (m) => `\\u${m.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** The refusal of two spellings (JSON quoting shows the spaces and the combining marks a person would not see). */
export function collisionText(a: string, b: string, lang: Lang = 'en'): string {
  return `${say(said('load.plan.sameName', { a: visibleName(a), b: visibleName(b) }), lang)}: ${say(said('load.plan.sameName.hint'), lang)}`;
}
