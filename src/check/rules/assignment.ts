import type { CheckMessageId, CheckWords } from './words.js';
import type { Failure } from './verdict.js';
import type { PlanRow, Rule } from './types.js';

declare module './verdict.js' {
  interface MoreRules {
    /** every zone of the layer is in exactly one section; the plan names no unknown zone */
    assignment: true;
  }
  interface MoreFailures {
    /** "" for a row without a zone id */
    'unknown-zone': { zone: string; lines: number[] };
    'empty-section': { zone: string; lines: number[] };
    /** sections: the sections the rows name ("(empty)" for none), when they differ; count: how many rows */
    'duplicate-zone': { zone: string; lines: number[]; sections: string[]; count: number };
    'missing-zone': { zones: string[] };
  }
}

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
  // unassigned: the zones no row puts in a section (the editor says it next to the rule)
  figures: ({ zones, rows }) => {
    const placed = new Set(rows.filter((r) => r.section !== '').map((r) => r.zone));
    return { zones: zones.zones.length, unassigned: zones.zones.reduce((k, z) => k + (placed.has(z.id) ? 0 : 1), 0) };
  },
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
  words: {
    label: (_f, w) => w.say('label.assignment'),
    message: (v, w) =>
      v.ok
        ? w.say('ok.assignment', { n: w.int(Number(v.figures.zones ?? 0)) })
        : w.say('fail.assignment', { parts: assignmentParts(v.failures, w).join(w.sep) }),
    failure: (f, w) => {
      const where = 'lines' in f && f.lines.length ? w.say('failure.lines', { n: f.lines.length, list: f.lines.join(', ') }) : '';
      switch (f.kind) {
        case 'unknown-zone':
          return f.zone === '' ? w.say('failure.noZoneId', { where }) : w.say('failure.unknownZone', { zone: f.zone, where });
        case 'empty-section':
          return w.say('failure.emptySection', { zone: f.zone, where });
        case 'duplicate-zone':
          return f.sections.length > 1
            ? w.say('failure.duplicateZoneSections', { zone: f.zone, n: f.count, where, sections: f.sections.join(', ') })
            : w.say('failure.duplicateZone', { zone: f.zone, n: f.count, where });
        case 'missing-zone':
          return w.say('failure.missingZones', { n: w.int(f.zones.length), list: w.preview(f.zones, 10) });
        default:
          return undefined;
      }
    },
    problem: () => undefined,
  },
};

/** The assignment's failures in a few clauses: unknown zones, missing zones, empty sections, zones given twice. */
function assignmentParts(fs: readonly Failure[], w: CheckWords): string[] {
  const zonesOf = (k: Failure['kind']) => fs.flatMap((f) => (f.kind === k && 'zone' in f ? [f.zone] : []));
  const clauses: [string[], CheckMessageId][] = [
    [zonesOf('unknown-zone').map((z) => z || '""'), 'fail.assignmentUnknown'],
    [fs.flatMap((f) => (f.kind === 'missing-zone' ? f.zones : [])), 'fail.assignmentMissing'],
    [zonesOf('empty-section'), 'fail.assignmentEmpty'],
    [zonesOf('duplicate-zone'), 'fail.assignmentTwice'],
  ];
  return clauses.filter(([ids]) => ids.length).map(([ids, id]) => w.say(id, { n: w.int(ids.length), list: w.preview(ids, 5) }));
}
