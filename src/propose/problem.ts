import { InputError } from '../core/errors.js';
import type { Rules } from '../core/rules.js';
import type { ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import { sectionMemberBounds, type MemberBounds } from '../check/index.js';
import { formatCount as fmt } from '../core/i18n.js';
import { countBound } from './bound.js';

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
  /** effective threshold: every section has ≥ T members */
  T: number;
  /** upper bound on members (Infinity when none) */
  max: number;
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
export function buildProblem(zones: ZoneSet, graph: ZoneGraph, rules: Rules, lock?: Map<string, string>, bounds: Required<MemberBounds> = sectionMemberBounds(rules)): Problem {
  const n = zones.zones.length;
  if (graph.ids.length !== n) throw new Error('propose: the graph was not built on these zones');
  const ids = zones.zones.map((z) => z.id);
  const within = rules.within ? zones.zones.map((z) => propValue(z.properties, rules.within!)) : null;
  if (rules.within && zones.zones.every((z) => z.properties[rules.within!] === undefined)) {
    throw new InputError(`no zone has the property "${rules.within}" given to --within`, {
      file: zones.file,
      field: rules.within,
      hint: `zone properties are: ${Object.keys(zones.zones[0]?.properties ?? {}).join(', ')}`,
    });
  }
  if (rules.respect && zones.zones.every((z) => z.properties[rules.respect!] === undefined)) {
    throw new InputError(`no zone has the property "${rules.respect}" given to --respect`, {
      file: zones.file,
      field: rules.respect,
      hint: `zone properties are: ${Object.keys(zones.zones[0]?.properties ?? {}).join(', ')}`,
    });
  }

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

  const respectValues: string[] = [];
  const respect = new Int32Array(n).fill(-1);
  if (rules.respect) {
    const idx = new Map<string, number>();
    zones.zones.forEach((z, i) => {
      const v = propValue(z.properties, rules.respect!);
      if (!idx.has(v)) idx.set(v, respectValues.push(v) - 1);
      respect[i] = idx.get(v)!;
    });
  }

  const lockLabels: string[] = [];
  const lockArr = new Int32Array(n).fill(-1);
  if (lock) {
    const idx = new Map<string, number>();
    for (const [zoneId, label] of lock) {
      const i = graph.index.get(zoneId);
      if (i === undefined) {
        throw new InputError('is locked but is not one of the zones', { zone: zoneId, field: 'zone', hint: 'check the zone ids of the lock file' }, 2);
      }
      if (!idx.has(label)) idx.set(label, lockLabels.push(label) - 1);
      lockArr[i] = idx.get(label)!;
    }
  }

  // connected parts (with --within applied)
  const component = new Int32Array(n).fill(-1);
  const components: number[][] = [];
  for (let s = 0; s < n; s++) {
    if (component[s] >= 0) continue;
    const c = components.length;
    const list = [s];
    component[s] = c;
    for (let k = 0; k < list.length; k++) {
      for (const j of nbr[list[k]]) if (component[j] < 0) (component[j] = c), list.push(j);
    }
    components.push(list);
  }

  return {
    n,
    ids,
    names: zones.zones.map((z) => z.name),
    members: Float64Array.from(zones.zones, (z) => z.members),
    nbr,
    border,
    T: bounds.min,
    max: bounds.max,
    respect,
    respectValues,
    lock: lockArr,
    lockLabels,
    component,
    components,
  };
}

/**
 * Upper bound on the number of sections of the whole problem: countBound (bound.ts: zones ≥ T, then
 * per pocket of small zones the members and the zone count a section needs), capped by the seat rule. The LP / MIP bounds (exact.ts) can be
 * tighter still.
 */
export function upperBound(p: Problem, rules: Rules): number {
  return Math.min(countBound(p), seatCap(rules));
}

function listZones(p: Problem, list: readonly number[], max = 6): string {
  const sorted = [...list].sort((a, b) => p.members[b] - p.members[a] || a - b);
  const names = sorted.slice(0, max).map((i) => p.names[i] || p.ids[i]);
  return `{${names.join(', ')}${list.length > max ? `, … ${list.length - max} more` : ''}}`;
}

/** Explain, before searching, every reason why no plan can meet the rules (InputError, exit code 1). */
export function checkFeasible(p: Problem, rules: Rules, zones: ZoneSet): void {
  const T = p.T;
  const what = T === rules.minMembers ? `--min-members ${fmt(T)}` : `${fmt(T)} (= --min-seats ${rules.minSeats} × --members-per-seat)`;
  for (let i = 0; i < p.n; i++) {
    if (p.members[i] > p.max) {
      throw new InputError(
        `has ${fmt(p.members[i])} members, more than --max-members ${fmt(p.max)}, and a section cannot hold part of a zone`,
        { zone: `${p.ids[i]} (${p.names[i]})`, hint: 'split it with finer units (--split-with communes.geojson --split-above N) or raise --max-members' },
        1,
      );
    }
  }
  if (rules.within) {
    const totals = new Map<string, { members: number; zones: number[] }>();
    zones.zones.forEach((z, i) => {
      const v = propValue(z.properties, rules.within!);
      const t = totals.get(v) ?? { members: 0, zones: [] };
      t.members += p.members[i];
      t.zones.push(i);
      totals.set(v, t);
    });
    for (const [v, t] of totals) {
      if (t.members < T) {
        throw new InputError(
          `the zones with ${rules.within} = ${v || '(empty)'} ${listZones(p, t.zones)} have ${fmt(t.members)} members in all, fewer than ${what}, and --within ${rules.within} forbids joining them with other zones`,
          { field: rules.within, hint: `lower --min-members or drop --within ${rules.within}` },
          1,
        );
      }
    }
  }
  // what to lower: the member threshold itself, or the seat rule that raises it
  const lower = T === rules.minMembers ? '--min-members' : '--min-seats or --members-per-seat';
  for (const c of p.components) {
    let total = 0;
    for (const i of c) total += p.members[i];
    if (total < T) {
      const first = p.ids[c[0]];
      const whole = p.components.length === 1;
      throw new InputError(
        whole
          ? `all the zones together have ${fmt(total)} members, fewer than ${what}: not even one section can reach it`
          : `component ${listZones(p, c)} has ${fmt(total)} members < ${fmt(T)}: no section there can reach the threshold`,
        {
          hint: whole
            ? total === 0
              ? 'the zones have no members: check the member counts (decoupage info shows them)'
              : `lower ${lower}`
            : rules.within
              ? `these zones touch no other zone with the same ${rules.within}: link them (--link ${first}:ZONE or --auto-link) or lower ${lower}`
              : `link it to a neighbouring zone (--link ${first}:ZONE or --auto-link) or lower ${lower}`,
        },
        1,
      );
    }
  }
  const cap = seatCap(rules);
  if (cap < p.components.length) {
    throw new InputError(
      `--seats ${rules.seats.kind === 'total' ? rules.seats.total : ''} with --min-seats ${rules.minSeats} allows at most ${cap} sections, but the zones form ${p.components.length} separate parts that each need their own section`,
      { field: 'seats', hint: 'raise --seats, lower --min-seats, or link the separate parts (--link / --auto-link)' },
      1,
    );
  }
  const ub = upperBound(p, rules);
  if (rules.sections !== undefined) {
    if (rules.sections > ub) {
      throw new InputError(
        `--sections ${rules.sections} is impossible: at most ${ub} sections can each reach ${fmt(T)} members`,
        { field: 'sections', hint: `ask for ${ub} sections or fewer, or lower --min-members` },
        1,
      );
    }
    if (rules.sections < p.components.length) {
      throw new InputError(
        `--sections ${rules.sections} is impossible: the zones form ${p.components.length} separate parts and a section cannot span two of them`,
        { field: 'sections', hint: `ask for at least ${p.components.length} sections, or link the parts (--link / --auto-link)` },
        1,
      );
    }
  }
}
