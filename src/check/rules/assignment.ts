import type { Failure } from '../types.js';
import type { PlanRow, Rule } from './types.js';

/** Value shown for a zone whose section, `within` or `respect` property is empty. */
export const EMPTY_VALUE = '(empty)';

/**
 * Every zone of the layer in exactly one section, and no row naming an unknown zone. Read from the raw rows
 * of a plan file, so that unknown, missing, duplicate and empty assignments are all listed, with their lines.
 */
export const assignment: Rule = {
  id: 'assignment',
  scope: 'plan',
  applies: () => true,
  incremental: () => false,
  figures: ({ zones }) => ({ zones: zones.zones.length }),
  evaluate({ zones, rows }) {
    const out: Failure[] = [];
    const rowsByZone = new Map<string, PlanRow[]>();
    for (const row of rows) {
      let list = rowsByZone.get(row.zone);
      if (!list) rowsByZone.set(row.zone, (list = []));
      list.push(row);
    }
    for (const [zone, zrows] of rowsByZone) {
      const lines = zrows.map((r) => r.line).filter((l): l is number => l !== undefined);
      if (!zones.byId.has(zone)) {
        out.push({ kind: 'unknown-zone', zone, lines });
        continue;
      }
      if (zrows.every((r) => r.section === '')) {
        out.push({ kind: 'empty-section', zone, lines });
        continue;
      }
      if (zrows.length > 1) {
        const sections = [...new Set(zrows.map((r) => r.section || EMPTY_VALUE))];
        out.push({ kind: 'duplicate-zone', zone, lines, sections: sections.length > 1 ? sections : [], count: zrows.length });
      }
    }
    const missing = zones.zones.filter((z) => !rowsByZone.has(z.id)).map((z) => z.id);
    if (missing.length) out.push({ kind: 'missing-zone', zones: missing });
    return out;
  },
};
