/**
 * The editor's API contract. The request bodies, validated with zod: anything else is refused with 400 and a
 * message naming the field, before the session is touched. And the answers: the server builds them with
 * these types and the page (src/serve/page/) reads them with the same types (`import type` only, so zod stays
 * out of the page's bundle); tests/serve/api.test.ts parses the server's answers with these schemas.
 */
import { z } from 'zod';
import type { Rules } from '../core/rules.js';
import { planEntries, planObject, sectionName, zoneId } from '../load/plan-schema.js';
import type { Lang } from '../core/i18n.js';
import type { PlanVerdict, SectionFigures } from '../session/session.js';

// one schema for every plan that enters (src/load/plan-schema.ts): names trimmed and NFC, no prototype keys
const sectionId = sectionName;

export const moveBody = z.strictObject({ zones: z.array(zoneId).min(1).max(1_000_000), section: sectionId.nullable() });
export const emptyBody = z.strictObject({});
export const sectionBody = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('new'), id: sectionId.optional() }),
  z.strictObject({ op: z.literal('rename'), id: sectionId, to: sectionId }),
  z.strictObject({ op: z.literal('merge'), into: sectionId, from: sectionId }),
  z.strictObject({ op: z.literal('lock'), id: sectionId, locked: z.boolean() }),
  z.strictObject({ op: z.literal('delete'), id: sectionId }),
]);
export const planBody = z.strictObject({ plan: planObject, locked: z.array(sectionId).optional() });

/** The editor's autosave file (plan.csv.autosave.json): its plan read with the same schema as POST /api/plan. */
export const autosaveFile = z.object({
  format: z.literal('decoupage-editor-autosave'),
  zonesFile: z.string().optional(),
  zoneCount: z.number().int().optional(),
  savedAt: z.string().optional(),
  /** edits not yet saved to the plan file */
  dirty: z.boolean().optional(),
  plan: planEntries,
  locked: z.array(sectionId),
});
export type AutosaveFile = z.input<typeof autosaveFile>;
export const proposeBody = z.strictObject({
  mode: z.enum(['propose', 'complete']),
  keepAssignments: z.boolean().optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .optional(),
});

/** POST /api/audit: how many valid plans to sample around the plan being drawn, and the seed. */
export const auditBody = z.strictObject({
  plans: z.number().int().min(100).max(100_000).optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .optional(),
});
export type AuditBody = z.infer<typeof auditBody>;

/** POST /api/compare: another plan file (CSV or JSON, as decoupage reads plans) to compare the current plan with. */
export const compareBody = z.strictObject({ label: z.string().min(1).max(200), text: z.string().min(1).max(50_000_000) });

export type MoveBody = z.infer<typeof moveBody>;
export type CompareBody = z.infer<typeof compareBody>;
export type SectionBody = z.infer<typeof sectionBody>;
export type PlanBody = z.infer<typeof planBody>;
/** a plan as a script gives it: {zone: section} (read as its own entries) */
export type PlanBodyInput = z.input<typeof planBody>;
export type ProposeBody = z.infer<typeof proposeBody>;

// ---------- answers ----------

const sectionFigures = z.custom<SectionFigures>((v) => typeof v === 'object' && v !== null && typeof (v as SectionFigures).id === 'string');
const planVerdict = z.custom<PlanVerdict>((v) => typeof v === 'object' && v !== null && Array.isArray((v as PlanVerdict).rules));
const sectionOrNull = z.string().nullable();

/** What every edit answers (the session's update). */
export const updateAnswer = z.object({
  version: z.number().int(),
  /** zone id → its section now (absent in /api/state: the whole assignment is there) */
  changes: z.record(z.string(), sectionOrNull).optional(),
  sections: z.array(sectionFigures),
  verdict: planVerdict,
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** with --attributes: R² now (each zone once, members-weighted) and the least alike sections */
  homogeneity: z.object({ r2: z.number().nullable(), r2Weighted: z.number().nullable(), least: z.array(z.string()) }).nullable(),
});

/** A zone as the page knows it. */
export const zoneInfo = z.object({
  id: z.string(),
  name: z.string(),
  members: z.number(),
  /** département code, when the zones carry one, and its name */
  dep: z.string().nullable(),
  depName: z.string().nullable(),
  /** a commune's postal codes (empty for other zones) */
  postcodes: z.array(z.string()),
  /** the zone d'emploi of a commune (properties ze2020, ze2020_name), when the zones are communes */
  ze: z.string().nullable(),
  zeName: z.string().nullable(),
  respect: z.string().nullable(),
  within: z.string().nullable(),
  /** the zone d'emploi (or other coarser zone) a commune belongs to, when the units are communes */
  parent: z.string().nullable(),
});

/** GET /api/state: everything the page starts from. */
export const stateAnswer = updateAnswer.extend({
  title: z.string(),
  lang: z.custom<Lang>((v) => v === 'en' || v === 'fr'),
  /** the charter as the editor was given it */
  rules: z.custom<Rules>((v) => typeof v === 'object' && v !== null),
  /** the rules in one line, as `decoupage check` says them */
  rulesText: z.string(),
  membersEstimated: z.boolean(),
  membersNote: z.string().nullable(),
  zones: z.array(zoneInfo),
  /** with --attributes: the --similar-by columns and each zone's raw values (null: none), for the map's choropleth */
  attributes: z.object({ columns: z.array(z.string()), values: z.array(z.array(z.number().nullable())) }).nullable(),
  assignment: z.array(sectionOrNull),
  compare: z.object({ label: z.string(), assignment: z.array(sectionOrNull) }).nullable(),
  votes: z.string().nullable(),
  prefer: z.boolean(),
  files: z.object({ plan: z.string(), autosave: z.string() }),
  restoredFrom: z.string().nullable(),
  /** a damaged autosave set aside at start (renamed to this file), or null */
  autosaveSetAside: z.string().nullable(),
  dirty: z.boolean(),
  job: z.string().nullable(),
});

/** GET /api/jobs/ID and POST /api/propose. */
export const jobAnswer = z.object({
  id: z.string(),
  mode: z.enum(['propose', 'complete']),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  progress: z.string(),
  elapsedMs: z.number(),
  error: z.string().optional(),
  result: z.object({ sections: z.number(), upperBound: z.number(), keptShare: z.number().optional() }).optional(),
});

/** GET /api/compare: pluralism figures of each plan and the zones that changed section. */
export const compareAnswer = z.object({
  scenario: z.string().nullable(),
  plans: z.array(
    z.object({
      label: z.string(),
      sections: z.number(),
      singleListSections: z.number(),
      multiListSections: z.number(),
      listsRepresented: z.number(),
      gallagher: z.number(),
      seats: z.number(),
    }),
  ),
  changes: z.array(
    z.object({
      label: z.string(),
      keptShare: z.number(),
      /** the zones that changed section: their section in the other plan and in this one, by name (ids stay in files) */
      zones: z.array(z.object({ id: z.string(), name: z.string(), from: sectionOrNull, to: sectionOrNull })),
    }),
  ),
});

/** GET /api/autosave: whether the last autosave could be written; when not, why (said in the page's language). */
export const autosaveAnswer = z.object({
  ok: z.boolean(),
  /** the system's reason, e.g. "the disk is full" */
  reason: z.string().nullable(),
  /** the whole sentence for the banner: "not saved: …" / "non enregistré : …" */
  message: z.string().nullable(),
  /** when the last autosave was written (ISO), or null */
  savedAt: z.string().nullable(),
  file: z.string(),
});
export type AutosaveAnswer = z.infer<typeof autosaveAnswer>;

/** POST /api/save. */
export const saveAnswer = z.object({ file: z.string(), version: z.number(), zones: z.number() });

/** GET /api/check: the check as text (and its JSON report). */
export const checkAnswer = z.object({ text: z.string(), report: z.unknown() });

export type UpdateAnswer = z.infer<typeof updateAnswer>;
export type ZoneInfo = z.infer<typeof zoneInfo>;
export type StateAnswer = z.infer<typeof stateAnswer>;
export type JobAnswer = z.infer<typeof jobAnswer>;

/** POST /api/audit and GET /api/audit/ID: the audit's progress, then its verdicts (its report: GET /api/audit/ID/report). */
export const auditAnswer = z.object({
  id: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  done: z.number(),
  total: z.number(),
  heading: z.string().optional(),
  verdicts: z.array(z.object({ text: z.string(), unusual: z.boolean() })).optional(),
  notes: z.array(z.string()).optional(),
  mixing: z.string().optional(),
  mixed: z.boolean().optional(),
  error: z.string().optional(),
});
export type AuditAnswer = z.infer<typeof auditAnswer>;
export type CompareAnswer = z.infer<typeof compareAnswer>;
export type SaveAnswer = z.infer<typeof saveAnswer>;
export type CheckAnswer = z.infer<typeof checkAnswer>;

/** "field zones.0: expected string" — the first problems, for the 400 answer. */
export function describeZodError(e: z.ZodError): string {
  return e.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `field "${i.path.join('.')}": ${i.message}` : i.message))
    .join('; ');
}
