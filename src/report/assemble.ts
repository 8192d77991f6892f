import type { Topology } from 'topojson-specification';
import { sectionSeats, type SectionSeats } from '../apportion/index.js';
import { checkPlan, type CheckReport } from '../check/index.js';
import type { Rules } from '../core/rules.js';
import type { Plan, ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import type { PlanInput } from '../load/plan.js';
import { comparePlans, membersBySection, pluralismOfPlan, type ListMethod, type VoteScenario } from '../pluralism/index.js';
import type { Lang } from './i18n.js';
import type { ReportComparison, ReportInput, ReportPluralism } from './types.js';

export interface AssembleOptions {
  lang: Lang;
  title?: string;
  /** vote scenario: adds the pluralism section (and is used by the comparison) */
  votes?: VoteScenario;
  /** list-vote allocation inside sections (default dhondt) */
  listMethod?: ListMethod;
  /** other plans to compare with this one under the same scenario (e.g. départements as sections) */
  compare?: { label: string; plan: Plan }[];
  /** name of this plan in the comparison (default "Plan") */
  planLabel?: string;
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
  };
  if (opts.pluralism) input.pluralism = opts.pluralism;
  else if (opts.votes) input.pluralism = pluralismOfPlan(zones, plan, { votes: opts.votes, method, seats: seats.seats });
  if (opts.comparison) input.comparison = opts.comparison;
  else if (opts.compare?.length) {
    const label = opts.planLabel ?? (opts.lang === 'fr' ? 'Découpage' : 'Plan');
    input.comparison = comparePlans(zones, [{ label, plan, seats: seats.seats }, ...opts.compare], { votes: opts.votes, method, rules });
  }
  return input;
}

/** The rows of a plan file that name a known zone and a section; the first one wins for a zone listed twice. */
function usableRows(input: PlanInput, zones: ZoneSet): Plan {
  const plan: Plan = new Map();
  for (const row of input.rows) {
    if (zones.byId.has(row.zone) && row.section !== '' && !plan.has(row.zone)) plan.set(row.zone, row.section);
  }
  return plan;
}
