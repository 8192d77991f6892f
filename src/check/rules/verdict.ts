import type { Said } from '../../messages/message.js';
import type { Tie } from '../../apportion/methods.js';

/**
 * The verdict on a plan: one entry per rule (for committees: "is the plan compliant, and if not why"),
 * one entry per section (for tables, maps and exports). Produced by checkPlan; used by check, propose,
 * export, report and demo.
 */

/**
 * The rules a plan is checked against, one module each under src/check/rules/: each module declares its id (and its
 * failures) here by declaration merging. Rules with no setting (max-members, max-deviation, within…) apply only when set.
 */
export type RuleId = keyof MoreRules;

/**
 * The rules and failures a rule module declares in its own file, by declaration merging:
 * `declare module './verdict.js' { interface MoreRules { 'my-rule': true } interface MoreFailures { 'my-failure': { section: string; … } } }`.
 */
export interface MoreRules {}
export interface MoreFailures {}

/**
 * One concrete breach of a rule, in figures only (ids, counts, zones), precise enough to fix it. The
 * sentences are said from these figures by src/check/wording.ts, in English or French.
 */
export type Failure = { [K in keyof MoreFailures]: { kind: K } & MoreFailures[K] }[keyof MoreFailures];

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
export type RuleFailure = Failure &
  FailureFields & {
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
