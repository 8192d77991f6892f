/**
 * A workspace: one layer of zones with its members, its contiguity graph (built once) and a charter. It is the
 * in-memory entry point for a program or a web page: every verb takes values and returns values, in pipeline
 * order (propose → seats → check → pluralism → sections → report → edit). Reading and writing files belongs to
 * the layers on top (load/ for files, the CLI for flags).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { DEFAULT_RULES, type Rules } from '../core/rules.js';
import { membersBySection, type Plan, type ZoneSet } from '../core/types.js';
import { buildGraph } from '../graph/build.js';
import type { GraphOptions, ZoneGraphResult } from '../graph/types.js';
import { proposeSections } from '../propose/propose.js';
import { proposeProved, type ProveOptions } from '../propose/exact.js';
import type { ProposeOptions, ProposeResult } from '../propose/types.js';
import { sectionSeats, type SectionSeats } from '../apportion/sections.js';
import { checkPlan } from '../check/check.js';
import type { CheckReport } from '../check/types.js';
import { pluralismOfPlan, type PluralismOptions, type PluralismReport } from '../pluralism/plan.js';
import { dissolveSections, zonesWithSections, type SectionProperties } from '../export/dissolve.js';
import { assembleReport, type AssembleOptions } from '../report/assemble.js';
import { renderReport } from '../report/html.js';
import { EditorSession } from '../session/session.js';
import { zonesFromGeoJson, type ZonesFromGeoJsonOptions } from '../load/zones.js';

export interface WorkspaceOptions {
  /** the charter (default DEFAULT_RULES: ≥ 10,000 members and ≥ 6 seats, one per 1,500 members) */
  rules?: Rules;
  /** how neighbours are found (snapping, links, --auto-link…): the graph is built once with these */
  graph?: GraphOptions;
}

export class Workspace {
  readonly zones: ZoneSet;
  readonly rules: Rules;
  /** the contiguity graph of the zones, with the shared-arc topology that dissolves and maps reuse */
  readonly graph: ZoneGraphResult;

  constructor(zones: ZoneSet, opts: WorkspaceOptions = {}) {
    this.zones = zones;
    this.rules = opts.rules ?? DEFAULT_RULES;
    this.graph = buildGraph(zones, opts.graph);
  }

  /**
   * A workspace on a GeoJSON FeatureCollection already in memory (a web page's upload, another program's layer),
   * its member counts from a property or from tables in memory (`zones` options as zonesFromGeoJson takes them).
   */
  static fromGeoJson(collection: unknown, opts: WorkspaceOptions & { zones?: ZonesFromGeoJsonOptions } = {}): Workspace {
    return new Workspace(zonesFromGeoJson(collection, opts.zones), opts);
  }

  /** Sections meeting every rule, as many as possible; the same seed gives the same plan. */
  propose(opts: ProposeOptions = {}): ProposeResult {
    return proposeSections(this.zones, this.graph, this.rules, opts);
  }

  /** propose, then prove how many sections a plan can have at most; `exact` solves small layers. */
  proposeProved(opts: ProposeOptions & ProveOptions = {}): Promise<ProposeResult> {
    return proposeProved(this.zones, this.graph, this.rules, opts);
  }

  /** The verdict of every rule on a plan (never throws for a broken plan). */
  check(plan: Plan): CheckReport {
    return checkPlan(this.zones, this.graph, plan, this.rules);
  }

  /** Delegates per section under the charter's seat rule. */
  seats(plan: Plan): SectionSeats {
    return sectionSeats(membersBySection(this.zones, plan), this.rules);
  }

  /** The list-vote outcome in every section and overall (default scenario unless `votes` is given). */
  pluralism(plan: Plan, opts: Omit<PluralismOptions, 'rules'> = {}): PluralismReport {
    return pluralismOfPlan(this.zones, plan, { ...opts, rules: this.rules });
  }

  /** One outline per section, with its members, seats and verdicts (GeoJSON, WGS 84). */
  sections(plan: Plan, report: CheckReport = this.check(plan)): FeatureCollection<Polygon | MultiPolygon, SectionProperties> {
    return dissolveSections(this.zones, plan, { report, topology: this.graph.topology });
  }

  /** Every zone with its section and its section's verdict (GeoJSON). */
  zonesWithSections(plan: Plan, report: CheckReport = this.check(plan)): FeatureCollection<Polygon | MultiPolygon> {
    return zonesWithSections(this.zones, plan, report);
  }

  /** The report of a plan as one self-contained HTML page (map, rules, verdicts, seats, pluralism). */
  report(plan: Plan, opts: AssembleOptions = { lang: 'en' }): string {
    return renderReport(assembleReport(this.zones, this.graph, plan, this.rules, { topology: this.graph.topology, ...opts }));
  }

  /** A plan edited move by move, its figures and verdicts kept up to date (what the map editor runs). */
  edit(plan?: Plan, locked?: readonly string[]): EditorSession {
    return new EditorSession({ zones: this.zones, graph: this.graph, rules: this.rules, ...(plan ? { plan } : {}), ...(locked ? { locked } : {}) });
  }
}
