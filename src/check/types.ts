import type { Said } from '../messages/message.js';
import type { Tie } from '../apportion/methods.js';

/**
 * The verdict on a plan: one entry per rule (for committees: "is the plan compliant, and if not why"),
 * one entry per section (for tables, maps and exports). Produced by checkPlan; used by check, propose,
 * export, report and demo.
 */

/** The rules a plan is checked against (one module each under src/check/rules/). Rules with no setting
 * (max-members, max-deviation, within, sections) appear only when set. */
export type RuleId =
  /** every zone of the layer is in exactly one section; the plan names no unknown zone */
  | 'assignment'
  /** every section is one connected piece (graph adjacency, links included) */
  | 'contiguity'
  | 'min-members'
  | 'min-seats'
  | 'max-members'
  /** every section's members within ±P % of the mean section size */
  | 'max-deviation'
  /** no section mixes two values of the `within` zone property */
  | 'within'
  /** exactly rules.sections sections */
  | 'section-count'
  /** rules added by their module alone (see MoreRules) */
  | keyof MoreRules;

/**
 * The rules and failures a rule module adds in its own file, by declaration merging:
 * `declare module '../types.js' { interface MoreRules { 'max-zones': true } interface MoreFailures { 'too-many-zones': { section: string; … } } }`.
 */
export interface MoreRules {}
export interface MoreFailures {}

/**
 * One concrete breach of a rule, in figures only (ids, counts, zones), precise enough to fix it. The
 * sentences are said from these figures by src/check/wording.ts, in English or French.
 */
export type Failure =
  | { kind: 'unknown-zone'; /** "" for a row without a zone id */ zone: string; lines: number[] }
  | { kind: 'empty-section'; zone: string; lines: number[] }
  | { kind: 'duplicate-zone'; zone: string; lines: number[]; /** the sections the rows name ("(empty)" for none), when they differ */ sections: string[]; /** how many rows */ count: number }
  | { kind: 'missing-zone'; zones: string[] }
  | { kind: 'split-section'; section: string; zones: string[]; /** the zone ids of each piece, largest first */ pieces: string[][]; value: number; limit: 1 }
  | { kind: 'too-few-members'; section: string; value: number; limit: number }
  | { kind: 'too-few-seats'; section: string; value: number; limit: number }
  /** a fixed total of seats too small to give every section its minimum (no section named) */
  | { kind: 'too-few-seats'; section?: undefined; total: number; sections: number; minimum: number; needed: number }
  | { kind: 'too-many-members'; section: string; value: number; limit: number; /** zones in the section */ zoneCount: number }
  /** value: the section's members; low/high: the allowed range; limit: P; deviation: (value − mean) / mean in % */
  | { kind: 'outside-deviation'; section: string; value: number; mean: number; low: number; high: number; limit: number; deviation: number }
  | { kind: 'mixed-within'; section: string; prop: string; /** property value → zone ids */ values: Record<string, string[]> }
  | { kind: 'wrong-section-count'; value: number; limit: number }
  | { [K in keyof MoreFailures]: { kind: K } & MoreFailures[K] }[keyof MoreFailures];

export type FailureKind = Failure['kind'];

/** Every field a failure may carry, optional, so that code reading any failure can ask for any figure. */
interface FailureFields {
  section?: string;
  zone?: string;
  zones?: string[];
  lines?: number[];
  pieces?: string[][];
  values?: Record<string, string[]>;
  value?: number;
  limit?: number;
}

/** A failure as a CheckReport carries it: its figures, and its sentence in English (wording.ts) for --json and scripts. */
export type RuleFailure = Failure & FailureFields & {
  /** human sentence, e.g. "section Gap has 8,214 members, below 10,000" (English, from the figures) */
  message: string;
};

/** Figures a rule's statement and verdict are said from: limits, counts, a property name, a method id. */
export type Figures = Record<string, number | string>;

export interface RuleVerdict {
  rule: RuleId;
  /** the figures its label and message are said from, in any language (src/check/wording.ts) */
  figures: Figures;
  /** short statement of the rule, e.g. "≥ 10,000 members per section" */
  label: string;
  ok: boolean;
  /** one-line verdict, e.g. "2 sections below 10,000 members: Gap, Briançon" */
  message: string;
  failures: RuleFailure[];
}

export interface SectionVerdict {
  id: string;
  /** readable name: the section id when the plan named it, the name of its largest zone for generated ids (S01…) */
  name: string;
  /** zone ids in the zone layer's order */
  zones: string[];
  members: number;
  seats: number;
  contiguous: boolean;
  /** only for a split section: its pieces (zone ids), largest first */
  pieces?: string[][];
  /** values of the `respect` property met in the section when it spans more than one (informative) */
  crossed: string[];
  /** values of the `within` property met in the section (more than one is a failure) */
  withinValues?: string[];
  /** links (--link, --auto-link) between zones of the section: it crosses the sea or a gap there */
  links?: SectionLink[];
  ok: boolean;
  /** one short phrase per broken rule, e.g. "8,214 members < 10,000" */
  problems: string[];
}

/** A link inside a section (zone ids and names, from the part that needed it to the zone it joins). */
export interface SectionLink {
  zoneA: string;
  zoneB: string;
  nameA: string;
  nameB: string;
  distanceKm: number;
  /** "--auto-link", "--link A:B", "links.csv line 3" */
  source: string;
}

export interface CheckReport {
  ok: boolean;
  /** the rules in words (English, src/check/wording.ts) */
  rulesText: string;
  /** "members estimated as population × 0.08 …" when the figures are estimates */
  membersNote?: Said | string;
  membersEstimated: boolean;
  rules: RuleVerdict[];
  sections: SectionVerdict[];
  totals: {
    zones: number;
    assignedZones: number;
    sections: number;
    members: number;
    seats: number;
    brokenRules: number;
    failingSections: number;
    /** sections crossing a `respect` boundary (0 when no respect property is set) */
    crossingSections: number;
  };
  /** the `respect` property, when set (crossings are reported, never a failure) */
  respect?: string;
  within?: string;
  /** ties for the last seat(s) that nobody settled: plan order gave them provisionally (figures of `notes`) */
  ties: Tie[];
  /** things the committee should know that break no rule, in English (said in French from `ties`) */
  notes: string[];
}
