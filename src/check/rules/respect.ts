import { valuesOf } from './within.js';
import type { ZoneSet } from '../../core/types.js';
import type { RuleOption } from './types.js';

/** --respect: not a verdict, but an option of the charter all the same. */
export const respectOption: RuleOption = {
  field: 'respect',
  key: 'respect',
  value: '<property>',
  parse: { kind: 'property' },
  help: 'help.rules.respect',
  order: 70,
};

/**
 * rules.respect: sections cross the boundaries of a zone property only when the thresholds require it.
 * Not a verdict (a plan crossing them is still compliant): check reports the values each section spans,
 * and propose minimises the crossings.
 */
export function respectCrossings(zones: ZoneSet, sectionZones: readonly string[], prop: string): string[] {
  const values = valuesOf(zones, sectionZones, prop);
  return values.size > 1 ? [...values.keys()] : [];
}
