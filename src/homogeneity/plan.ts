/** The homogeneity of a checked plan, as `check` shows it (text) and gives it (--json). */
import type { CheckReport } from '../check/types.js';
import type { ZoneSet } from '../core/types.js';
import { decimal, said, type Said } from '../messages/message.js';
import type { Attributes } from './attributes.js';
import { homogeneityOf, type Homogeneity } from './measure.js';

export interface PlanHomogeneity {
  columns: string[];
  /** 1 − within / total sum of squares of the standardised attributes, each zone counted once (the objective) */
  r2: number;
  /** the same, zones weighted by their members */
  r2Weighted: number;
  /** zones left out for a missing value */
  missing: number;
  /** per section: its members-weighted mean and its range (max − min) of each column */
  sections: { id: string; name: string; mean: number[]; range: number[] }[];
}

/** The homogeneity of the sections of a check report. */
export function planHomogeneity(zones: ZoneSet, report: CheckReport, attrs: Attributes): PlanHomogeneity {
  const index = new Map(zones.zones.map((z, i) => [z.id, i]));
  const assignment = new Int32Array(zones.zones.length).fill(-1);
  report.sections.forEach((s, k) => s.zones.forEach((z) => (assignment[index.get(z)!] = k)));
  const h: Homogeneity = homogeneityOf(
    attrs,
    assignment,
    zones.zones.map((z) => z.members),
  );
  return {
    columns: attrs.columns,
    r2: h.r2,
    r2Weighted: h.r2Weighted,
    missing: h.missing,
    sections: report.sections.map((s, k) => ({ id: s.id, name: s.name, mean: h.sections[k]?.mean ?? [], range: h.sections[k]?.range ?? [] })),
  };
}

/** One line for a person: R² both ways, and the section whose zones are furthest apart in the first column. */
export function homogeneityLine(h: PlanHomogeneity): Said {
  const widest = h.sections.filter((s) => Number.isFinite(s.range[0])).sort((a, b) => b.range[0]! - a.range[0]!)[0];
  return said('homogeneity.line', {
    columns: h.columns.join(', '),
    r2: decimal(h.r2, 3),
    r2w: decimal(h.r2Weighted, 3),
    section: widest?.name ?? '—',
    range: decimal(widest?.range[0] ?? 0, 1),
    column: h.columns[0] ?? '',
  });
}
