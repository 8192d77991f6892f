/**
 * The homogeneity of a plan on a layer with attributes (zones.attributes): R² both ways, and per section
 * (by id) its members-weighted mean and range per attribute and whether it is among the least homogeneous.
 * JSON-friendly: `check --json`, the report and propose's line read it.
 */
import { numberFormat, type Lang } from '../core/i18n.js';
import { sectionsOf, type Plan, type ZoneSet } from '../core/types.js';
import { say, said, type Voice } from '../messages/message.js';
import { homogeneityOf, leastHomogeneous, type Homogeneity } from './measure.js';
import { attributesOf } from './table.js';

export interface SectionProfile {
  id: string;
  /** zones (or units) counted, and those left out for a missing value */
  zones: number;
  missing: number;
  /** column → members-weighted mean (raw values) */
  mean: Record<string, number | null>;
  /** column → max − min (raw values) */
  range: Record<string, number | null>;
  /** within-section sum of squares of the standardised values (each zone once) */
  ss: number;
  /** among the least homogeneous (top 10 % by ss, or a range above a --max-spread limit) */
  flagged: boolean;
}

export interface PlanHomogeneity {
  /** the --similar-by columns */
  columns: string[];
  weights: number[];
  /** the objective: each zone counts once (z-scores, as spopt) */
  r2: number | null;
  /** each zone weighted by its members */
  r2Weighted: number | null;
  within: number;
  total: number;
  withinWeighted: number;
  totalWeighted: number;
  zones: number;
  /** zones of the plan left out for a missing value, by id */
  missing: string[];
  sections: SectionProfile[];
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** The homogeneity of `plan` on `zones` (undefined when the layer has no attributes). */
export function planHomogeneity(zones: ZoneSet, plan: Plan, opts: { maxSpread?: Record<string, number> } = {}): PlanHomogeneity | undefined {
  const attrs = attributesOf(zones);
  if (!attrs || !zones.attributes) return undefined;
  const sectionIds = [
    ...sectionsOf(
      plan,
      zones.zones.map((z) => z.id),
    ).keys(),
  ];
  const index = new Map(sectionIds.map((s, i) => [s, i]));
  const assignment = zones.zones.map((z) => {
    const s = plan.get(z.id);
    return s === undefined ? -1 : index.get(s)!;
  });
  const h: Homogeneity = homogeneityOf(
    attrs,
    assignment,
    zones.zones.map((z) => z.members),
  );
  const flagged = new Set(leastHomogeneous(h, attrs, { maxSpread: opts.maxSpread }));
  const missingSet = new Set(zones.attributes.missing);
  const col = (xs: number[]) => Object.fromEntries(attrs.columns.map((c, j) => [c, finite(xs[j])]));
  return {
    columns: attrs.columns,
    weights: attrs.weights,
    r2: finite(h.r2),
    r2Weighted: finite(h.r2Weighted),
    within: h.within,
    total: h.total,
    withinWeighted: h.withinWeighted,
    totalWeighted: h.totalWeighted,
    zones: h.zones,
    missing: zones.zones.filter((z) => missingSet.has(z.id) && plan.has(z.id)).map((z) => z.id),
    sections: sectionIds.map((id, i) => {
      const s = h.sections[i];
      return { id, zones: s.zones, missing: s.missing, mean: col(s.mean), range: col(s.range), ss: s.ss, flagged: flagged.has(i) };
    }),
  };
}

/** The lines propose and check print: R² both ways, then the least homogeneous sections with their ranges. */
export function formatHomogeneity(h: PlanHomogeneity, voice: Voice): string {
  const lang: Lang = voice.lang;
  const nf = numberFormat(lang);
  const r2 = (x: number | null) => (x === null ? '–' : nf.dec(x, 3));
  const lines = [
    say(
      said('homogeneity.r2Line', {
        columns: h.columns.join(', '),
        r2: r2(h.r2),
        r2w: r2(h.r2Weighted),
        zones: nf.int(h.zones),
        missing: h.missing.length ? say(said('homogeneity.r2Missing', { n: h.missing.length }), voice) : '',
      }),
      voice,
    ),
  ];
  const flagged = h.sections.filter((s) => s.flagged);
  if (flagged.length) {
    const items = flagged
      .slice(0, 8)
      .map((s) =>
        say(
          said('homogeneity.leastItem', { section: s.id, ranges: h.columns.map((c) => (s.range[c] === null ? '–' : nf.dec(s.range[c]!, 1))).join(' / ') }),
          voice,
        ),
      );
    lines.push(say(said('homogeneity.leastLine', { list: items.join(', ') + (flagged.length > 8 ? ', …' : '') }), voice));
  }
  return lines.join('\n') + '\n';
}
