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
import { collidingSpelling, collisionText, MAX_SECTION_NAME, MAX_ZONE_ID, normaliseSectionName } from './section-name.js';

// the names' normaliser and limits (section-name.ts, without zod: plan files are read without loading it)
export { collidingSpelling, collisionText, MAX_SECTION_NAME, MAX_ZONE_ID, normaliseSectionName, visibleName } from './section-name.js';

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
