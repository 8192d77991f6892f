import { sectionSeats, type SectionSeats } from '../apportion/sections.js';
import type { TieBreak } from '../apportion/methods.js';
import { DEFAULT_RULES, type Rules } from '../core/rules.js';
import { membersBySection, type Plan, type ZoneSet } from '../core/types.js';
import { listOutcome, simulateOutcome, type ListOutcome, type SectionVote, type SimulationResult } from './outcome.js';
import type { ListMethod } from './thresholds.js';
import { defaultScenario, sectionShares, type VoteScenario } from './votes.js';

/** Kept here for the callers that import it from pluralism; it lives in core/types.ts. */
export { membersBySection } from '../core/types.js';

export interface PluralismOptions {
  /** the seat rule, used when `seats` is not given (default: DEFAULT_RULES, 1 seat per 1,500 members) */
  rules?: Rules;
  /** seats per section, when already known (e.g. from checkPlan or sectionSeats) */
  seats?: Map<string, number>;
  /** the vote scenario (default: defaultScenario(), 4 lists at 40/30/20/10 %, said in the output) */
  votes?: VoteScenario;
  /** allocation inside each section (default "dhondt") */
  method?: ListMethod;
  /** Monte Carlo draws around the scenario (0 = none) */
  simulate?: number;
  /** Dirichlet concentration of the draws (default 100) */
  concentration?: number;
  seed?: number | string;
  /** tie-break for the apportionment of seats to sections */
  tieBreak?: TieBreak;
}

/** The list-vote outcome of one plan; structurally a ReportPluralism (src/report/types.ts). */
export interface PluralismReport extends ListOutcome {
  scenario: VoteScenario;
  /** seats per section and how they were obtained (absent when the caller gave the seats) */
  seatRule?: SectionSeats;
  simulation?: SimulationResult;
}

/** The sections of a plan with their members, seats and vote shares, ready for listOutcome. */
export function sectionVotes(zones: ZoneSet, plan: Plan, seats: Map<string, number>, scenario: VoteScenario): SectionVote[] {
  const members = membersBySection(zones, plan);
  const shares = sectionShares(scenario, zones, plan);
  return [...members].map(([section, m]) => ({ section, members: m, seats: seats.get(section) ?? 0, shares: shares.get(section)! }));
}

/**
 * Everything decoupage says about the list vote of a plan: seats per section (from opts.seats or the
 * rules), each section's allocation between the lists, totals and indices, and optionally a simulation.
 */
export function pluralismOfPlan(zones: ZoneSet, plan: Plan, opts: PluralismOptions = {}): PluralismReport {
  const scenario = opts.votes ?? defaultScenario();
  let seatRule: SectionSeats | undefined;
  let seats = opts.seats;
  if (!seats) {
    seatRule = sectionSeats(membersBySection(zones, plan), opts.rules ?? DEFAULT_RULES, { tieBreak: opts.tieBreak, seed: opts.seed });
    seats = seatRule.seats;
  }
  const method = opts.method ?? 'dhondt';
  const sections = sectionVotes(zones, plan, seats, scenario);
  const outcome = listOutcome(scenario.lists, sections, method);
  const report: PluralismReport = { ...outcome, scenario, seatRule };
  if (opts.simulate && opts.simulate > 0) {
    report.simulation = simulateOutcome(scenario.lists, sections, {
      draws: opts.simulate,
      concentration: opts.concentration ?? 100,
      seed: opts.seed,
      method,
    });
  }
  return report;
}

export interface PlanComparison {
  scenario: VoteScenario;
  method: ListMethod;
  /** structurally a ReportComparison["plans"] entry each */
  plans: {
    label: string;
    sections: number;
    multiListSections: number;
    listsRepresented: number;
    gallagher: number;
    wastedShare: number;
    effectiveListsBySeats: number;
    seats: number;
    /** sections electing a single list (or none) */
    singleListSections: number;
    report: PluralismReport;
  }[];
}

/**
 * Several plans of the same zones under the same scenario and rules, side by side (e.g. départements as
 * sections vs the proposed plan): how many sections elect more than one list, how many lists are represented.
 */
export function comparePlans(
  zones: ZoneSet,
  plans: readonly { label: string; plan: Plan; seats?: Map<string, number> }[],
  opts: Omit<PluralismOptions, 'seats'> = {},
): PlanComparison {
  const scenario = opts.votes ?? defaultScenario();
  const method = opts.method ?? 'dhondt';
  return {
    scenario,
    method,
    plans: plans.map(({ label, plan, seats }) => {
      const report = pluralismOfPlan(zones, plan, { ...opts, votes: scenario, method, seats });
      return {
        label,
        sections: report.sections.length,
        multiListSections: report.totals.multiListSections,
        singleListSections: report.sections.length - report.totals.multiListSections,
        listsRepresented: report.totals.listsRepresented,
        gallagher: report.totals.gallagher,
        wastedShare: report.totals.wastedShare,
        effectiveListsBySeats: report.totals.effectiveListsBySeats,
        seats: report.totals.seats,
        report,
      };
    }),
  };
}
