/**
 * The request bodies of the editor's API, validated with zod: anything else is refused with 400 and a
 * message naming the field, before the session is touched.
 */
import { z } from 'zod';

const zoneId = z.string().min(1).max(200);
const sectionId = z.string().min(1).max(100);

export const moveBody = z.strictObject({ zones: z.array(zoneId).min(1).max(1_000_000), section: sectionId.nullable() });
export const emptyBody = z.strictObject({});
export const sectionBody = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('new'), id: sectionId.optional() }),
  z.strictObject({ op: z.literal('rename'), id: sectionId, to: sectionId }),
  z.strictObject({ op: z.literal('merge'), into: sectionId, from: sectionId }),
  z.strictObject({ op: z.literal('lock'), id: sectionId, locked: z.boolean() }),
  z.strictObject({ op: z.literal('delete'), id: sectionId }),
]);
export const planBody = z.strictObject({ plan: z.record(zoneId, sectionId), locked: z.array(sectionId).optional() });
export const proposeBody = z.strictObject({
  mode: z.enum(['propose', 'complete']),
  keepAssignments: z.boolean().optional(),
  seed: z.number().int().min(0).max(2 ** 31).optional(),
});

export type MoveBody = z.infer<typeof moveBody>;
export type SectionBody = z.infer<typeof sectionBody>;
export type PlanBody = z.infer<typeof planBody>;
export type ProposeBody = z.infer<typeof proposeBody>;

/** "field zones.0: expected string" — the first problems, for the 400 answer. */
export function describeZodError(e: z.ZodError): string {
  return e.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `field "${i.path.join('.')}": ${i.message}` : i.message))
    .join('; ');
}
