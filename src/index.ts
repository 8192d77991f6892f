// decoupage's public API: the nouns and verbs a program needs, in pipeline order
// (load → graph → propose → seats → check → pluralism → export/report). Internals are not exported:
// each folder's index.ts is what the other folders and the CLI use, not a promise to programs.

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
/** The failures of some sections only (after a move), from checkSections. */
export type { SectionsCheck } from './check/check.js';
/** Options and result of proposeSections. */
export type { ProposeOptions, ProposeResult, SectionSummary } from './propose/types.js';
/** A layer where very large zones are replaced by finer units (splitLargeZones), and its options. */
export type { CompositeLayer, SplitOptions } from './propose/split.js';
/** Options and result of prepareSplit. */
export type { PrepareSplitOptions, PreparedSplit } from './propose/prepare.js';
/** Seats per section under the charter's seat rule (sectionSeats). */
export type { SectionSeats, SectionSeatsRow } from './apportion/sections.js';
/** A vote scenario, the list-vote outcome of a plan and the comparison of plans. */
export type { VoteScenario } from './pluralism/votes.js';
export type { PluralismReport, PluralismOptions, PlanComparison } from './pluralism/plan.js';
/** What the report shows (assembleReport) and the languages of every output. */
export type { ReportInput } from './report/types.js';
export type { AssembleOptions } from './report/assemble.js';
export type { Lang } from './core/i18n.js';
/** Options and result of the demo run. */
export type { DemoOptions, DemoResult } from './demo/run.js';
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
export { resolveRules, DEFAULT_RULES } from './core/rules.js';
/** The charter from option values on top of a rules.json file (read, checked key by key). */
export { loadRules } from './load/rules.js';

// --- graph ---
/** Build the contiguity graph of a layer once (topology of shared arcs, snapping, links, islands). */
export { buildGraph } from './graph/build.js';

// --- propose ---
/** Propose sections: as many as possible, each contiguous and meeting every rule; deterministic for a seed. */
export { proposeSections } from './propose/propose.js';
/** Replace the zones above a member count by finer units (communes) so that they can be divided. */
export { splitLargeZones } from './propose/split.js';
/** Carry a plan on zones onto a layer with split zones (every unit takes its zone's section). */
export { planOnUnits } from './propose/split.js';
/** The split step before proposing: the units layer, its graph, where units and zones disagree, the locks (rules.splitInto). */
export { prepareSplit } from './propose/prepare.js';

// --- seats ---
/** Seats per section: one per X members, or a fixed total shared by a method after each section's minimum. */
export { sectionSeats } from './apportion/sections.js';

// --- check ---
/** Check a plan against every rule that applies; never throws for a broken plan. */
export { checkPlan } from './check/check.js';
/** Judge only some sections (those a move touched) with the rules that allow it. */
export { checkSections } from './check/check.js';
/** The rule modules, in the order verdicts are listed. */
export { RULES } from './check/rules/index.js';
/** A verdict as a terminal text or as Markdown tables, in English or French. */
export { formatCheckText, formatCheckMarkdown } from './check/format.js';
/** One failure, or a rule's verdict, said in English or French from its figures. */
export { failureText, ruleMessage } from './check/wording.js';

// --- pluralism ---
/** Read a vote scenario (shares per list, overall or per zone); defaultScenario when there is none. */
export { readVotes, defaultScenario } from './pluralism/votes.js';
/** The list-vote outcome of a plan: seats per list in every section, lists represented, Gallagher. */
export { pluralismOfPlan } from './pluralism/plan.js';
/** Compare the list vote under several plans (e.g. départements against the proposed plan). */
export { comparePlans } from './pluralism/plan.js';

// --- export ---
/** One outline per section, dissolved from the zones' shared arcs, with members, seats and verdicts. */
export { dissolveSections } from './export/dissolve.js';
/** Every zone with its section (and its section's verdict), as GeoJSON features. */
export { zonesWithSections } from './export/dissolve.js';
/** GeoJSON text as decoupage writes it: one feature per line (diff-friendly). */
export { geojsonText } from './export/write.js';
/** A plan as a GeoPackage (layers sections and zones, styled for QGIS in layer_styles), as bytes. */
export { planGpkg } from './export/gpkg.js';
/** Start SQLite (WebAssembly) once before loadZones reads a .gpkg; the GeoPackage writers start it themselves. */
export { loadGpkgSupport } from './io/gpkg.js';

// --- report ---
/** Gather what the report shows (check, seats, pluralism, comparison) from a plan and its layer. */
export { assembleReport } from './report/assemble.js';
/** The report as one self-contained HTML file (map, rules, verdicts, sections, seats, pluralism). */
export { renderReport } from './report/html.js';

// --- demo ---
/** Run the whole pipeline on the bundled fictional region and write its outputs into a folder. */
export { runDemo } from './demo/run.js';
/** The folder of the bundled demo data (zones, communes of the metropolis, département plan, votes). */
export { DEMO_DATA_DIR } from './demo/run.js';

// --- members from a register ---
/** The register's columns (postal code, town, street, count, INSEE code) from its header names or as given. */
export { registerColumns } from './members/register.js';
/** A member register's rows → members per commune, every line accounted for (matched, shared by population, unmatched). */
export { matchRegister } from './members/register.js';
/** Members per commune → members per zone d'emploi through INSEE's commune → zone table. */
export { registerToZones } from './members/register.js';
/** INSEE's commune → zone table (CODGEO, ZE2020, DEP, REG), as spreadsheets save it. */
export { readCommuneTable } from './load/members.js';

// --- official layers ---
/** INSEE's zones d'emploi shapefile zip → a zone file, with départements and régions from the commune table. */
export { importInseeZones } from './load/insee.js';
/** IGN's ADMIN EXPRESS → a units layer where Paris, Lyon and Marseille are their arrondissements. */
export { importAdminExpress } from './load/admin-express.js';

// --- proved bound ---
/** proposeSections, then a proved upper bound on the number of sections (HiGHS); `exact` solves small layers to optimality. */
export { proposeProved } from './propose/exact.js';
/** Carry zone-level values (old plan, votes, locks) over to the units of a split zone. */
export { carryOverToUnits } from './core/units.js';

// --- the editor ---
/** A plan edited move by move in memory: figures and verdicts of the touched sections updated incrementally, undo/redo. */
export { EditorSession, EditError, type SessionInit, type SectionFigures, type PlanVerdict, type SessionUpdate } from './session/session.js';
/** The local plan editor (`decoupage serve`): the HTTP server and its application state. */
export { startEditorServer, type ServeOptions, type RunningServer } from './serve/http.js';
export { EditorApp, type EditorConfig } from './serve/editor.js';
