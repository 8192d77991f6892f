import { valuesOf } from './within.js';
import type { ZoneSet } from '../../core/types.js';

/**
 * rules.respect: sections cross the boundaries of a zone property only when the thresholds require it.
 * Not a verdict (a plan crossing them is still compliant): check reports the values each section spans,
 * and propose minimises the crossings.
 */
export function respectCrossings(zones: ZoneSet, sectionZones: readonly string[], prop: string): string[] {
  const values = valuesOf(zones, sectionZones, prop);
  return values.size > 1 ? [...values.keys()] : [];
}
