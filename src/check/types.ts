/**
 * The verdict on a plan: one entry per rule (for committees: "is the plan compliant, and if not why"),
 * one entry per section (for tables, maps and exports). Produced by checkPlan; used by check, propose,
 * export, report and demo.
 */

/** The rules a plan is checked against. Rules with no setting (max-members, within, sections) appear only when set. */
export type RuleId =
  /** every zone of the layer is in exactly one section; the plan names no unknown zone */
  | 'assignment'
  /** every section is one connected piece (graph adjacency, links included) */
  | 'contiguity'
  | 'min-members'
  | 'min-seats'
  | 'max-members'
  /** no section mixes two values of the `within` zone property */
  | 'within'
  /** exactly rules.sections sections */
  | 'section-count';

export type FailureKind =
  | 'unknown-zone'
  | 'missing-zone'
  | 'duplicate-zone'
  | 'empty-section'
  | 'split-section'
  | 'too-few-members'
  | 'too-few-seats'
  | 'too-many-members'
  | 'mixed-within'
  | 'wrong-section-count';

/** One concrete breach of a rule, precise enough to fix it. */
export interface RuleFailure {
  kind: FailureKind;
  /** human sentence, e.g. "section Gap has 8,214 members, below 10,000" */
  message: string;
  section?: string;
  zone?: string;
  /** zones concerned (a split section's pieces are in pieces) */
  zones?: string[];
  /** plan file lines (CSV line or JSON entry numbers) concerned */
  lines?: number[];
  /** for split sections: the zone ids of each piece, largest first */
  pieces?: string[][];
  /** for `within`: property value → zone ids */
  values?: Record<string, string[]>;
  /** the measured figure and the limit it breaks */
  value?: number;
  limit?: number;
}

export interface RuleVerdict {
  rule: RuleId;
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
  /** the rules in words (describeRules) */
  rulesText: string;
  /** "members estimated as population × 0.08 …" when the figures are estimates */
  membersNote?: string;
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
  /** things the committee should know that break no rule, e.g. a tie for the last seat settled by plan order */
  notes: string[];
}
