import type { Topology } from 'topojson-specification';
import { sectionSeats, type SectionSeats } from '../apportion/index.js';
import { checkPlan, type CheckReport } from '../check/index.js';
import type { Rules } from '../core/rules.js';
import type { Plan, ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import type { PlanInput } from '../load/plan.js';
import type { SectionBound } from '../propose/types.js';
import { membersBySection, pluralismOfPlan, type ListMethod, type VoteScenario } from '../pluralism/index.js';
import { buildComparison, enrichComparison, type ComparedPlanInput, type ComparisonContext } from './comparison.js';
import { translator, type Lang } from './i18n.js';
import type { ReportComparison, ReportInput, ReportPluralism } from './types.js';

export interface AssembleOptions {
  lang: Lang;
  title?: string;
  /** vote scenario: adds the pluralism section (and is used by the comparison) */
  votes?: VoteScenario;
  /** list-vote allocation inside sections (default dhondt) */
  listMethod?: ListMethod;
  /**
   * other plans to compare with this one under the same scenario (e.g. départements as sections); a plan
   * without a label is named for what it is ("Départements (one section each)") or by its fallbackLabel
   */
  compare?: ComparedPlanInput[];
  /** name of this plan in the comparison (default: "Proposed plan", or what it is, e.g. "Départements (…)") */
  planLabel?: string;
  /** what the members are called (default: rules.membersWord, else members / adhérents) */
  membersWord?: string;
  /** prose names of zone properties, plural (over rules.respectLabel / withinLabel and the built-in dep, reg) */
  fieldLabels?: Record<string, string>;
  /** where the zones come from ("Insee, zones d'emploi 2020"), shown as "Source: …" (default: zones.credit, written by `import`) */
  credit?: string;
  generatedAt?: Date;
  source?: string;
  /** the zones' topology already built (graph.topology from buildGraph): the map reuses it */
  topology?: Topology;
  // Figures the caller already computed for this plan, with the same zones, graph and rules (e.g. the
  // check of proposeSections, the demo's seats and comparison): used as given, not computed again.
  check?: CheckReport;
  seats?: SectionSeats;
  /** this plan's list vote under `votes` */
  pluralism?: ReportPluralism;
  /** a comparison already made (comparePlans); `compare` is then not used */
  comparison?: ReportComparison;
  /** the proved bound on the number of sections (proposeProved's result.bound) */
  bound?: SectionBound;
}

/**
 * Everything the report shows, computed the way check, seats and pluralism compute it (so each figure
 * matches their outputs): the check verdict, seats per section, and the list vote when votes are given.
 * A plan read from a file (PlanInput) may be broken (unknown or duplicate zones): the check lists those
 * problems and the map draws the rows it can use. Figures passed in opts (check, seats, pluralism,
 * comparison) are used as they are.
 */
export function assembleReport(zones: ZoneSet, graph: ZoneGraph, planOrRows: Plan | PlanInput, rules: Rules, opts: AssembleOptions): ReportInput {
  const check = opts.check ?? checkPlan(zones, graph, planOrRows, rules);
  const plan = planOrRows instanceof Map ? planOrRows : usableRows(planOrRows, zones);
  const seats = opts.seats ?? sectionSeats(membersBySection(zones, plan), rules);
  const method = opts.listMethod ?? 'dhondt';
  const input: ReportInput = {
    zones,
    plan,
    lang: opts.lang,
    title: opts.title,
    rules,
    check,
    seats,
    generatedAt: opts.generatedAt,
    source: opts.source,
    topology: opts.topology,
    membersWord: opts.membersWord ?? rules.membersWord,
    fieldLabels: fieldLabelsOf(rules, zones.fieldLabels, opts.fieldLabels),
    credit: opts.credit ?? zones.credit,
    ...(opts.bound ? { bound: opts.bound } : {}),
  };
  if (opts.pluralism) input.pluralism = opts.pluralism;
  else if (opts.votes) input.pluralism = pluralismOfPlan(zones, plan, { votes: opts.votes, method, seats: seats.seats });
  if (opts.comparison || opts.compare?.length) {
    const ctx: ComparisonContext = {
      zones,
      graph,
      rules,
      tr: translator(opts.lang, { membersWord: input.membersWord, fieldLabels: input.fieldLabels }),
      reported: { label: opts.planLabel, plan, seats: seats.seats, check },
      others: opts.compare ?? [],
    };
    input.comparison = opts.comparison ? enrichComparison(opts.comparison, ctx) : buildComparison(ctx, { votes: opts.votes, method });
  }
  return input;
}

/** Prose names of properties: the layer's own ("labels" in the zone file), then the rules', then the caller's. */
function fieldLabelsOf(rules: Rules, layer: Record<string, string> = {}, extra: Record<string, string> = {}): Record<string, string> | undefined {
  const out: Record<string, string> = { ...layer };
  if (rules.respect && rules.respectLabel) out[rules.respect] = rules.respectLabel;
  if (rules.within && rules.withinLabel) out[rules.within] = rules.withinLabel;
  Object.assign(out, extra);
  return Object.keys(out).length ? out : undefined;
}

/** The rows of a plan file that name a known zone and a section; the first one wins for a zone listed twice. */
function usableRows(input: PlanInput, zones: ZoneSet): Plan {
  const plan: Plan = new Map();
  for (const row of input.rows) {
    if (zones.byId.has(row.zone) && row.section !== '' && !plan.has(row.zone)) plan.set(row.zone, row.section);
  }
  return plan;
}
