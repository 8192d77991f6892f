// decoupage's public API: the nouns and verbs a program needs, in pipeline order
// (load → graph → propose → seats → check → pluralism → export/report). Internals are not exported:
// each folder's index.ts is what the other folders and the CLI use, not a promise to programs.
// The rest of the API is behind subpath exports (src/exports/: decoupage/check, /split, /pluralism, /export,
// /demo, /members, /import, /serve), so that the root stays a short list a newcomer can read.

// --- nouns ---
/** A zone, a layer of zones with where their member counts come from, and a plan (zone id → section id). */
export type { Zone, ZoneSet, ZoneGeometry, MembersSource, Plan } from './core/types.js';
/** The charter a plan must follow (thresholds, seat rule, optional maximum, deviation, boundaries). */
export type { Rules, SeatRule, ApportionMethod } from './core/rules.js';
/** The contiguity graph of a layer (adjacency, shared borders, links, islands) and how to build it. */
export type { ZoneGraph, ZoneGraphResult, GraphOptions, GraphEdge } from './graph/types.js';
/** The verdict on a plan: per rule (with typed failures in figures) and per section. */
export type { CheckReport, RuleVerdict, SectionVerdict, RuleFailure, Failure, RuleId, Figures } from './check/types.js';
/** A rule of the charter as a module: when it applies, how it judges a plan, whether it can judge a few sections alone. */
export type { Rule, PlanFacts, SectionFacts, MemberBounds } from './check/rules/types.js';
/** Options and result of proposeSections. */
export type { ProposeOptions, ProposeResult, SectionSummary } from './propose/types.js';
/** Seats per section under the charter's seat rule (sectionSeats). */
export type { SectionSeats, SectionSeatsRow } from './apportion/sections.js';
/** A vote scenario, the list-vote outcome of a plan and the comparison of plans. */
export type { VoteScenario } from './pluralism/votes.js';
export type { PluralismReport, PluralismOptions, PlanComparison } from './pluralism/plan.js';
/** What the report shows (assembleReport) and the languages of every output. */
export type { ReportInput } from './report/types.js';
export type { AssembleOptions } from './report/assemble.js';
export type { Lang } from './core/i18n.js';
/** Options of loadZones, zonesFromGeoJson and readPlan, a table in memory, and the rows of a plan file. */
export type { LoadZonesOptions, ZonesFromGeoJsonOptions } from './load/zones.js';
export type { Table } from './io/csv.js';
export type { PlanInput, ReadPlanOptions } from './load/plan.js';
/** A user's mistake (file, zone, field, hint) with the exit code the CLI uses; every other error is a bug. */
export { InputError, isInputError } from './core/errors.js';
/** A message of the catalogue with its figures (an error, a note, a seat rule, a source), and saying it in a language. */
export { say, type Said, type Voice } from './messages/message.js';
/** The one seeded random generator: every random choice of decoupage goes through it. */
export { Rng } from './core/rng.js';

// --- the in-memory entry point ---
/** A layer of zones, its graph (built once) and a charter, with every verb of the pipeline on values: propose, check, seats, pluralism, sections, report, edit. */
export { Workspace, type WorkspaceOptions } from './workspace/workspace.js';
/** The one plan state: units assigned to sections on typed arrays, figures kept up to date move by move (updaters), and its graph. */
export { Partition, partitionOfPlan, unitGraphOf, type Updater, type UnitGraph, type PlanPartition } from './partition/index.js';

// --- load ---
/** Load a GeoJSON layer of zones with member counts (property, CSV, per commune, or estimated from population). */
export { loadZones } from './load/zones.js';
/** The same from values in memory (a parsed GeoJSON FeatureCollection, member tables as rows): reads no file. */
export { zonesFromGeoJson } from './load/zones.js';
/** Read a plan file (CSV zone,section, JSON or GeoJSON) as rows, so that check can list every mistake. */
export { readPlan } from './load/plan.js';
/** Turn the rows of a plan file into a Plan (throws InputError on unknown or duplicate zones). */
export { planFromInput } from './load/plan.js';
/** The charter from option values (and the values of a rules file: options win); defaults as the CLI's. */
export { DEFAULT_RULES } from './core/rules.js';
export { resolveRules } from './check/rules/resolve.js';
/** The charter from option values on top of a rules.json file (read, checked key by key). */
export { loadRules } from './check/rules/file.js';

// --- graph ---
/** Build the contiguity graph of a layer once (topology of shared arcs, snapping, links, islands). */
export { buildGraph } from './graph/build.js';

// --- propose ---
/** Propose sections: as many as possible, each contiguous and meeting every rule; deterministic for a seed. */
export { proposeSections } from './propose/propose.js';

// --- seats ---
/** Seats per section: one per X members, or a fixed total shared by a method after each section's minimum. */
export { sectionSeats } from './apportion/sections.js';

// --- check ---
/** Check a plan against every rule that applies; never throws for a broken plan. */
export { checkPlan } from './check/check.js';

// --- pluralism ---
/** The list-vote outcome of a plan: seats per list in every section, lists represented, Gallagher. */
export { pluralismOfPlan } from './pluralism/plan.js';

// --- export ---
/** One outline per section, dissolved from the zones' shared arcs, with members, seats and verdicts. */
export { dissolveSections } from './export/dissolve.js';

// --- report ---
/** Gather what the report shows (check, seats, pluralism, comparison) from a plan and its layer. */
export { assembleReport } from './report/assemble.js';
/** The report as one self-contained HTML file (map, rules, verdicts, sections, seats, pluralism). */
export { renderReport } from './report/html.js';

// --- demo ---

// --- members from a register ---

// --- official layers ---

// --- proved bound ---
/** proposeSections, then a proved upper bound on the number of sections; `exact` solves small layers to optimality. */
export { proposeProved } from './propose/exact.js';

// --- the editor ---
