import { InputError } from '../core/errors.js';
import { count, option, said, type Said, type SaidValue } from '../messages/index.js';
import type { Rules } from '../core/rules.js';
import type { ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import { sectionMemberBounds, type MemberBounds } from '../check/index.js';
import { countBound } from './bound.js';
import { unitGraphFrom, type UnitGraph } from '../partition/graph.js';

/**
 * The propose problem in flat arrays (zone indices follow the ZoneSet order), so that the search
 * works on numbers only. Built once; the search never looks at geometries.
 */
export interface Problem {
  n: number;
  ids: string[];
  names: string[];
  members: Float64Array;
  /** adjacency restricted to pairs allowed in one section (same --within value) */
  nbr: number[][];
  /** shared border (km) of each nbr entry */
  border: number[][];
  /** the same adjacency as a UnitGraph: the search holds its plan as a Partition on it */
  graph: UnitGraph;
  /** effective threshold: every section has ≥ T members */
  T: number;
  /** upper bound on members (Infinity when none) */
  max: number;
  /** most zones a section may hold under the rules (Infinity when none): the search never goes above it */
  maxZones: number;
  /** index of the --respect value of each zone (-1 when --respect is not set) */
  respect: Int32Array;
  respectValues: string[];
  /** index of the lock label of each zone (-1 when not locked) */
  lock: Int32Array;
  lockLabels: string[];
  /** connected part of each zone (after --within) */
  component: Int32Array;
  components: number[][];
}

/**
 * T = max(min-members, min-seats × members-per-seat): a section below it cannot elect min-seats delegates.
 * The bounds come from the check's rule modules (each rule says what members a section may have).
 */
export function effectiveThreshold(rules: Rules): number {
  return sectionMemberBounds(rules).min;
}

/** With a fixed total of seats where each section first gets min-seats, at most floor(total / min-seats) sections. */
export function seatCap(rules: Rules): number {
  if (rules.seats.kind !== 'total' || rules.minSeats <= 0) return Infinity;
  return Math.floor(rules.seats.total / rules.minSeats);
}

function propValue(p: Record<string, unknown>, key: string): string {
  const v = p[key];
  return v === undefined || v === null ? '' : String(v);
}

/** `bounds`: members a section may have (default: the rules' bounds that do not depend on the number of sections). */
export function buildProblem(
  zones: ZoneSet,
  graph: ZoneGraph,
  rules: Rules,
  lock?: Map<string, string>,
  bounds: Required<MemberBounds> = sectionMemberBounds(rules),
): Problem {
  const n = zones.zones.length;
  if (graph.ids.length !== n) throw new Error('propose: the graph was not built on these zones');
  if (rules.within) requireProperty(zones, rules.within, 'within');
  if (rules.respect) requireProperty(zones, rules.respect, 'respect');
  const within = rules.within ? zones.zones.map((z) => propValue(z.properties, rules.within!)) : null;
  const { nbr, border } = adjacencyOf(graph, n, within);
  const { index: respect, values: respectValues } = valueIndex(n, rules.respect ? zones.zones.map((z) => propValue(z.properties, rules.respect!)) : undefined);
  const { index: lockArr, values: lockLabels } = lockIndex(n, graph, lock);
  const { component, components } = connectedParts(n, nbr);
  const ids = zones.zones.map((z) => z.id);
  const members = Float64Array.from(zones.zones, (z) => z.members);
  return {
    n,
    ids,
    names: zones.zones.map((z) => z.name),
    members,
    nbr,
    border,
    graph: unitGraphFrom(nbr, members, ids),
    T: bounds.min,
    max: bounds.max,
    maxZones: bounds.maxZones,
    respect,
    respectValues,
    lock: lockArr,
    lockLabels,
    component,
    components,
  };
}

/** --within and --respect name a property some zone has (exit 2 listing the properties there are). */
function requireProperty(zones: ZoneSet, prop: string, field: 'within' | 'respect'): void {
  if (!zones.zones.every((z) => z.properties[prop] === undefined)) return;
  throw new InputError(said('plan.propose.noProperty', { prop, option: option(field) }), {
    file: zones.file,
    field: prop,
    hint: said('plan.propose.noProperty.hint', { list: Object.keys(zones.zones[0]?.properties ?? {}).join(', ') }),
  });
}

/** Each zone's neighbours and the border shared with each (km), pairs of different --within values left out. */
function adjacencyOf(graph: ZoneGraph, n: number, within: string[] | null): { nbr: number[][]; border: number[][] } {
  // shared border per pair, from the edge list
  const borderOf = new Map<number, number>();
  for (const e of graph.edges) borderOf.set(e.a * n + e.b, e.sharedBorderKm);
  const nbr: number[][] = [];
  const border: number[][] = [];
  for (let i = 0; i < n; i++) {
    const ns: number[] = [];
    const bs: number[] = [];
    for (const j of graph.neighbors[i]) {
      if (j === i) continue;
      if (within && within[i] !== within[j]) continue; // --within: never in one section
      ns.push(j);
      bs.push(borderOf.get(Math.min(i, j) * n + Math.max(i, j)) ?? 0);
    }
    nbr.push(ns);
    border.push(bs);
  }
  return { nbr, border };
}

/** Each zone's value as an index into the values in order of first appearance (−1 for every zone without `of`). */
function valueIndex(n: number, of: readonly string[] | undefined): { index: Int32Array; values: string[] } {
  const values: string[] = [];
  const index = new Int32Array(n).fill(-1);
  if (!of) return { index, values };
  const idx = new Map<string, number>();
  of.forEach((v, i) => {
    if (!idx.has(v)) idx.set(v, values.push(v) - 1);
    index[i] = idx.get(v)!;
  });
  return { index, values };
}

/** Each zone's lock label as an index into the labels (−1 when not locked); a zone the layer lacks is exit 2. */
function lockIndex(n: number, graph: ZoneGraph, lock: Map<string, string> | undefined): { index: Int32Array; values: string[] } {
  const values: string[] = [];
  const index = new Int32Array(n).fill(-1);
  if (!lock) return { index, values };
  const idx = new Map<string, number>();
  for (const [zoneId, label] of lock) {
    const i = graph.index.get(zoneId);
    if (i === undefined) {
      throw new InputError(said('plan.lock.unknownZone'), { zone: zoneId, field: 'zone', hint: said('plan.lock.unknownZone.hint') }, 2);
    }
    if (!idx.has(label)) idx.set(label, values.push(label) - 1);
    index[i] = idx.get(label)!;
  }
  return { index, values };
}

/** The connected parts of the adjacency (with --within applied), each zone's and each part's zones. */
function connectedParts(n: number, nbr: number[][]): { component: Int32Array; components: number[][] } {
  const component = new Int32Array(n).fill(-1);
  const components: number[][] = [];
  for (let s = 0; s < n; s++) {
    if (component[s] >= 0) continue;
    const c = components.length;
    const list = [s];
    component[s] = c;
    for (let k = 0; k < list.length; k++) {
      for (const j of nbr[list[k]]) if (component[j] < 0) ((component[j] = c), list.push(j));
    }
    components.push(list);
  }
  return { component, components };
}

/**
 * Upper bound on the number of sections of the whole problem: countBound (bound.ts: zones ≥ T, then
 * per pocket of small zones the members and the zone count a section needs), capped by the seat rule. The LP / MIP bounds (exact.ts) can be
 * tighter still.
 */
export function upperBound(p: Problem, rules: Rules): number {
  return Math.min(countBound(p), seatCap(rules));
}

function listZones(p: Problem, list: readonly number[], max = 6): SaidValue {
  const sorted = [...list].sort((a, b) => p.members[b] - p.members[a] || a - b);
  const names = sorted
    .slice(0, max)
    .map((i) => p.names[i] || p.ids[i])
    .join(', ');
  return list.length > max ? said('plan.propose.zoneListMore', { open: '{', names, n: list.length - max, close: '}' }) : `{${names}}`;
}

/** Explain, before searching, every reason why no plan can meet the rules (InputError, exit code 1). */
export function checkFeasible(p: Problem, rules: Rules, zones: ZoneSet): void {
  const T = p.T;
  const seatOptions = { minSeatsOption: option('minSeats'), perSeatOption: option('membersPerSeat') };
  // the threshold in words, and what to lower: the member threshold itself, or the seat rule that raises it
  const what: Said =
    T === rules.minMembers
      ? said('plan.propose.threshold', { option: option('minMembers'), n: count(T) })
      : said('plan.propose.thresholdSeats', { n: count(T), minSeats: rules.minSeats, ...seatOptions });
  const lower: SaidValue = T === rules.minMembers ? option('minMembers') : said('plan.propose.lowerSeats', seatOptions);
  requireZonesWithinMax(p);
  if (rules.within) requireWithinValuesReach(p, rules.within, zones, what);
  requirePartsReach(p, rules, what, lower);
  requireSeatCapCoversParts(p, rules);
  if (rules.sections !== undefined) requireSectionCountPossible(p, rules, rules.sections);
}

/** The links' options, named in hints about separate parts. */
const linkOptions = () => ({ links: option('links'), autoLink: option('autoLink') });

/** No zone above --max-members (a section holds it whole). */
function requireZonesWithinMax(p: Problem): void {
  for (let i = 0; i < p.n; i++) {
    if (p.members[i] > p.max) {
      throw new InputError(
        said('plan.propose.zoneAboveMax', { n: count(p.members[i]), option: option('maxMembers'), max: count(p.max) }),
        {
          zone: `${p.ids[i]} (${p.names[i]})`,
          hint: said('plan.propose.zoneAboveMax.hint', { splitWith: option('splitWith'), splitAbove: option('splitAbove'), maxMembers: option('maxMembers') }),
        },
        1,
      );
    }
  }
}

/** With --within, every value's zones reach the threshold together (a section never mixes values). */
function requireWithinValuesReach(p: Problem, within: string, zones: ZoneSet, what: Said): void {
  const totals = new Map<string, { members: number; zones: number[] }>();
  zones.zones.forEach((z, i) => {
    const v = propValue(z.properties, within);
    const t = totals.get(v) ?? { members: 0, zones: [] };
    t.members += p.members[i];
    t.zones.push(i);
    totals.set(v, t);
  });
  for (const [v, t] of totals) {
    if (t.members < p.T) {
      throw new InputError(
        said('plan.propose.withinTooFew', {
          prop: within,
          value: v || said('plan.empty'),
          zones: listZones(p, t.zones),
          n: count(t.members),
          what,
          within: option('within'),
        }),
        {
          field: within,
          hint: said('plan.propose.withinTooFew.hint', { minMembers: option('minMembers'), within: option('within'), prop: within }),
        },
        1,
      );
    }
  }
}

/** Every connected part of the map reaches the threshold (a section never spans two parts). */
function requirePartsReach(p: Problem, rules: Rules, what: Said, lower: SaidValue): void {
  for (const c of p.components) {
    let total = 0;
    for (const i of c) total += p.members[i];
    if (total >= p.T) continue;
    const first = p.ids[c[0]];
    const whole = p.components.length === 1;
    throw new InputError(
      whole
        ? said('plan.propose.allTooFew', { n: count(total), what })
        : said('plan.propose.partTooFew', { zones: listZones(p, c), n: count(total), min: count(p.T) }),
      {
        hint: whole
          ? total === 0
            ? said('plan.propose.noMembers.hint')
            : said('plan.propose.lower.hint', { what: lower })
          : rules.within
            ? said('plan.propose.linkWithin.hint', { prop: rules.within, ...linkOptions(), first, lower })
            : said('plan.propose.link.hint', { ...linkOptions(), first, lower }),
      },
      1,
    );
  }
}

/** The seats allow at least a section per part of the map. */
function requireSeatCapCoversParts(p: Problem, rules: Rules): void {
  const cap = seatCap(rules);
  if (cap >= p.components.length) return;
  throw new InputError(
    said('plan.propose.seatCapParts', {
      seatsOption: option('seats'),
      seats: rules.seats.kind === 'total' ? rules.seats.total : '',
      minSeatsOption: option('minSeats'),
      minSeats: rules.minSeats,
      cap,
      parts: p.components.length,
    }),
    { field: 'seats', hint: said('plan.propose.seatCapParts.hint', { seatsOption: option('seats'), minSeatsOption: option('minSeats'), ...linkOptions() }) },
    1,
  );
}

/** --sections between the parts of the map and the upper bound. */
function requireSectionCountPossible(p: Problem, rules: Rules, sections: number): void {
  const ub = upperBound(p, rules);
  if (sections > ub) {
    throw new InputError(
      said('plan.propose.sectionsAboveBound', { option: option('sections'), sections, ub, min: count(p.T) }),
      { field: 'sections', hint: said('plan.propose.sectionsAboveBound.hint', { ub, minMembers: option('minMembers') }) },
      1,
    );
  }
  if (sections < p.components.length) {
    throw new InputError(
      said('plan.propose.sectionsBelowParts', { option: option('sections'), sections, parts: p.components.length }),
      { field: 'sections', hint: said('plan.propose.sectionsBelowParts.hint', { parts: p.components.length, ...linkOptions() }) },
      1,
    );
  }
}
