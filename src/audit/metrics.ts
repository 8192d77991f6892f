/**
 * What the audit measures on every sampled plan (issue #22), with the functions check, seats, pluralism and the
 * report use on a plan file — never a second computation of the same figure:
 * - départements (`--respect PROP`): sections that cross a value of PROP (`respectCrossings`, as check), and values
 *   split between several sections;
 * - members per section (smallest, spread = largest − smallest), zones per section (most), seats per section
 *   (fewest, most) from the charter's seat rule (`sectionSeats`, as seats and check);
 * - with a vote scenario (`--votes`, as pluralism reads it): seats of each list, sections where at least two lists
 *   win a seat, Gallagher's index (`listOutcome`, as pluralism);
 * - with attributes (`--attributes`, `--similar-by`): R², each zone once and members-weighted (`homogeneityOf`).
 * Keys are English and stable (they are the JSON lines' keys); titles are catalogue messages.
 */
import { sectionSeats } from '../apportion/sections.js';
import { respectCrossings, valuesOf } from '../check/rules/index.js';
import type { Rules } from '../core/charter.js';
import type { Plan, ZoneSet } from '../core/types.js';
import { membersBySection } from '../core/types.js';
import type { Attributes } from '../homogeneity/attributes.js';
import { homogeneityOf } from '../homogeneity/measure.js';
import type { Partition } from '../partition/partition.js';
import { listOutcome } from '../pluralism/outcome.js';
import { sectionVotes } from '../pluralism/plan.js';
import type { ListMethod } from '../pluralism/thresholds.js';
import type { VoteScenario } from '../pluralism/votes.js';
import { maxOf, minOf } from '../core/extremes.js';

/** The kinds of metric, each with its title in the catalogue (audit.metric.<kind>). */
export type MetricKind =
  'crossing' | 'split' | 'membersMin' | 'membersSpread' | 'zonesMax' | 'seatsMin' | 'seatsMax' | 'listSeats' | 'multiList' | 'gallagher' | 'r2' | 'r2Members';

export interface Metric {
  /** the JSON key: "members_min", "seats_list_B"… */
  key: string;
  kind: MetricKind;
  /** the list of a listSeats metric; the property of crossing/split */
  of?: string;
  /** decimals to show (0 for counts) */
  digits: number;
}

/** What the metrics are computed from: the same inputs as check and pluralism. */
export interface MetricSetup {
  zones: ZoneSet;
  rules: Rules;
  votes?: VoteScenario;
  listMethod?: ListMethod;
  attributes?: Attributes;
}

/** The metrics an audit reports for this setup, in the order of the report. */
export function metricsOf(setup: MetricSetup): Metric[] {
  const out: Metric[] = [];
  const prop = setup.rules.respect;
  if (prop !== undefined) {
    out.push({ key: 'sections_crossing', kind: 'crossing', of: prop, digits: 0 }, { key: 'values_split', kind: 'split', of: prop, digits: 0 });
  }
  out.push(
    { key: 'members_min', kind: 'membersMin', digits: 0 },
    { key: 'members_spread', kind: 'membersSpread', digits: 0 },
    { key: 'zones_max', kind: 'zonesMax', digits: 0 },
    { key: 'seats_min', kind: 'seatsMin', digits: 0 },
    { key: 'seats_max', kind: 'seatsMax', digits: 0 },
  );
  if (setup.votes) {
    for (const list of setup.votes.lists) out.push({ key: `seats_list_${list}`, kind: 'listSeats', of: list, digits: 0 });
    out.push({ key: 'multi_list_sections', kind: 'multiList', digits: 0 }, { key: 'gallagher', kind: 'gallagher', digits: 2 });
  }
  if (setup.attributes) out.push({ key: 'r2', kind: 'r2', digits: 3 }, { key: 'r2_members', kind: 'r2Members', digits: 3 });
  return out;
}

/**
 * The metrics of one plan, in the order of `metrics`. `assignment` (unit → section index, the zones' order) is
 * given by callers that hold a Partition, so that R² needs no second pass over the plan.
 */
export function planMetrics(setup: MetricSetup, metrics: readonly Metric[], plan: Plan, assignment?: ArrayLike<number>): number[] {
  const { zones, rules } = setup;
  const members = membersBySection(zones, plan);
  const zonesOf = new Map<string, string[]>();
  for (const [zone, section] of plan) {
    let list = zonesOf.get(section);
    if (!list) zonesOf.set(section, (list = []));
    list.push(zone);
  }
  const seats = sectionSeats(members, rules).seats;
  const outcome = setup.votes ? listOutcome(setup.votes.lists, sectionVotes(zones, plan, seats, setup.votes), setup.listMethod ?? 'dhondt') : undefined;
  const homogeneity = setup.attributes
    ? homogeneityOf(
        setup.attributes,
        assignment ?? assignmentOf(zones, plan),
        zones.zones.map((z) => z.members),
      )
    : undefined;
  const memberValues = [...members.values()];
  const seatValues = [...seats.values()];
  return metrics.map((m) => {
    switch (m.kind) {
      case 'crossing':
        return [...zonesOf.values()].filter((ids) => respectCrossings(zones, ids, m.of!).length > 0).length;
      case 'split':
        return splitValues(zones, zonesOf, m.of!);
      case 'membersMin':
        return minOf(memberValues);
      case 'membersSpread':
        return maxOf(memberValues) - minOf(memberValues);
      case 'zonesMax':
        return maxOf([...zonesOf.values()].map((z) => z.length));
      case 'seatsMin':
        return minOf(seatValues);
      case 'seatsMax':
        return maxOf(seatValues);
      case 'listSeats':
        return outcome!.totals.seatsByList[m.of!] ?? 0;
      case 'multiList':
        return outcome!.totals.multiListSections;
      case 'gallagher':
        return outcome!.totals.gallagher;
      case 'r2':
        return homogeneity!.r2;
      case 'r2Members':
        return homogeneity!.r2Weighted;
    }
  });
}

/** The metrics of a Partition's plan. */
export function partitionMetrics(setup: MetricSetup, metrics: readonly Metric[], p: Partition, plan: Plan): number[] {
  return planMetrics(setup, metrics, plan, p.assignment);
}

/** Zone index → section index (−1: none), for callers that hold a Plan rather than a Partition. */
function assignmentOf(zones: ZoneSet, plan: Plan): number[] {
  const index = new Map<string, number>();
  return zones.zones.map((z) => {
    const s = plan.get(z.id);
    if (s === undefined) return -1;
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = index.size));
    return i;
  });
}

/** Values of `prop` whose zones lie in more than one section (a département split), read as check reads them (valuesOf). */
function splitValues(zones: ZoneSet, zonesOf: ReadonlyMap<string, string[]>, prop: string): number {
  const sectionsOf = new Map<string, number>();
  for (const ids of zonesOf.values()) for (const value of valuesOf(zones, ids, prop).keys()) sectionsOf.set(value, (sectionsOf.get(value) ?? 0) + 1);
  let n = 0;
  for (const count of sectionsOf.values()) if (count > 1) n++;
  return n;
}
