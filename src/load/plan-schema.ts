/**
 * The one schema of a plan that enters decoupage, whatever the door: the editor's `POST /api/plan`, its
 * autosave file, the section names of its other requests, and the plan files (CSV, JSON) every command reads.
 *
 * - one normaliser of section names (`normaliseSectionName`: trimmed, Unicode NFC): " TRIM" is "TRIM", and
 *   "Hérault" typed with a combining accent is the "Hérault" of the file;
 * - two spellings of one name in the same plan are refused, naming both (they would show as one section);
 * - a plan is a `Map` built from the object's own entries, never an object indexed by zone: `__proto__`,
 *   `constructor` or `toString` are zone ids like any other (unknown ones, refused by the session).
 */
import { z } from 'zod';
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

export const zoneId = z.string().min(1).max(MAX_ZONE_ID);

/** A section name as it enters: normalised, then 1–100 characters without control characters. */
export const sectionName = z
  .string()
  .transform(normaliseSectionName)
  .pipe(
    z
      .string()
      .min(1, 'a section name cannot be empty')
      .max(MAX_SECTION_NAME)
      .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'a section name cannot hold control characters'),
  );

/** zone → section pairs, as a Map; a zone listed twice or two spellings of one section name are refused. */
export const planEntries = z
  .array(z.tuple([zoneId, z.string()]))
  .superRefine((pairs, ctx) => {
    const clash = collidingSpelling(pairs.map(([, s]) => s));
    if (clash) ctx.addIssue({ code: 'custom', message: collisionText(clash[0], clash[1]) });
    const zones = new Set<string>();
    for (const [i, [zone]] of pairs.entries()) {
      if (zones.has(zone)) ctx.addIssue({ code: 'custom', path: [i, 0], message: `zone ${JSON.stringify(zone)} is listed twice` });
      zones.add(zone);
    }
  })
  .pipe(z.array(z.tuple([zoneId, sectionName])))
  .transform((pairs) => new Map<string, string>(pairs));

/** A JSON object {zone: section}, read by its own entries (never indexed: no prototype keys), as a Map. */
export const planObject = z
  .custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'expected an object {"zone": "section", …}')
  .superRefine((o, ctx) => {
    // each problem at its zone ("field plan.Z01: expected string"), as the answer names it
    for (const [zone, section] of Object.entries(o)) {
      const r = sectionName.safeParse(section);
      if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', path: [zone], message: issue.message });
    }
  })
  .transform((o) => Object.entries(o))
  .pipe(planEntries);
