/**
 * The set packing of minimal sections (bound.ts) solved exactly here, without HiGHS, when the map allows it: the
 * largest number of pairwise disjoint sets, and one packing that has it.
 *
 * Sets that share no zone, directly or through other sets, are independent: the packing is solved part by part
 * (a big zone alone is a part of its own, taken). In a part, the zones are put in a line (breadth first from one
 * end of the part, so that a set's zones lie close together) and a dynamic programme walks it: before zone i, the
 * state is which of the later zones the sets already chosen cover, among those a set started earlier could reach
 * (the frontier); at zone i each set whose first zone it is may be chosen, when none of its zones is covered.
 * The best count of each state is kept, with the step that made it, to read one optimal packing back (8 bytes a
 * state once its step is done: a layer that meets the whole budget holds ~16 MB, in ~0.3 s). On a map
 * the frontier stays narrow (France's largest pocket: 89 zones, at most 12 zones wide). Work is counted in states
 * met, not time, so the outcome is the same on every machine: beyond `budget` states, or a frontier wider than
 * MAX_WIDTH zones, it gives up (undefined) and HiGHS takes over.
 */
import { UnionFind } from '../graph/components.js';

/** States met before giving up (France's zones d'emploi meet a few thousand). */
export const PACKING_STATES = 2_000_000;
/** Frontiers wider than this many zones are left to HiGHS (a state is a bit mask of 32 bits). */
const MAX_WIDTH = 30;

/** An optimal packing of `sets` (indices into it, increasing), or undefined when it would take more than `budget` states. */
export function packExactly(members: ArrayLike<number>, sets: readonly (readonly number[])[], budget = PACKING_STATES): number[] | undefined {
  const chosen: number[] = [];
  const left = { states: budget };
  for (const part of partsOf(members.length, sets)) {
    if (part.length === 1) {
      chosen.push(part[0]);
      continue;
    }
    const best = packPart(part, sets, left);
    if (!best) return undefined;
    chosen.push(...best);
  }
  return chosen.sort((a, b) => a - b);
}

/** The sets grouped by the parts of the map they lie in (sets joined by a shared zone, directly or not), in order of their first set. */
function partsOf(n: number, sets: readonly (readonly number[])[]): number[][] {
  const joined = new UnionFind(n);
  for (const s of sets) for (let i = 1; i < s.length; i++) joined.union(s[0], s[i]);
  const byRoot = new Map<number, number[]>();
  sets.forEach((s, k) => {
    const r = joined.find(s[0]);
    const part = byRoot.get(r);
    if (part) part.push(k);
    else byRoot.set(r, [k]);
  });
  return [...byRoot.values()];
}

/** The part's zones in a line: breadth first (zones joined by a set) from the zone found last by a first such pass. */
function lineOf(part: readonly number[], sets: readonly (readonly number[])[]): number[] {
  const setsOf = new Map<number, number[]>();
  for (const k of part)
    for (const z of sets[k]) {
      const holding = setsOf.get(z);
      if (holding) holding.push(k);
      else setsOf.set(z, [k]);
    }
  const walk = (from: number): number[] => {
    const line = [from];
    const seen = new Set(line);
    for (let i = 0; i < line.length; i++) for (const k of setsOf.get(line[i])!) for (const z of sets[k]) if (!seen.has(z)) (seen.add(z), line.push(z));
    return line;
  };
  const first = walk(sets[part[0]][0]);
  return walk(first[first.length - 1]);
}

/**
 * The part's line, with each set's first step and its zones' bits in the state at that step: a zone holds a bit from
 * the first step whose sets may cover it to its own step, a bit freed at a zone's step being given again. Undefined
 * when more than MAX_WIDTH zones would hold one at once.
 */
function frontierOf(part: readonly number[], sets: readonly (readonly number[])[]) {
  const line = lineOf(part, sets);
  const at = new Map(line.map((z, i) => [z, i]));
  const steps = line.length;
  const startOf = part.map((k) => Math.min(...sets[k].map((z) => at.get(z)!)));
  // the first step from which each zone may be covered
  const reach = new Int32Array(steps).map((_, i) => i);
  part.forEach((k, s) => {
    for (const z of sets[k]) reach[at.get(z)!] = Math.min(reach[at.get(z)!], startOf[s]);
  });
  const entering: number[][] = Array.from({ length: steps }, () => []);
  for (let i = 0; i < steps; i++) if (reach[i] < i) entering[reach[i]].push(i);
  const bit = new Int32Array(steps); // the zone's bit in the state (0: none)
  let free = 0xffffffff >>> (32 - MAX_WIDTH);
  const starting: { set: number; mask: number }[][] = Array.from({ length: steps }, () => []);
  const byStart = part.map((k, s) => [startOf[s], k]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let next = 0;
  for (let i = 0; i < steps; i++) {
    free |= bit[i];
    for (const z of entering[i]) {
      if (!free) return undefined;
      bit[z] = free & -free;
      free &= ~bit[z];
    }
    for (; next < byStart.length && byStart[next][0] === i; next++) {
      const k = byStart[next][1];
      starting[i].push({ set: k, mask: sets[k].reduce((m, z) => (z === line[i] ? m : m | bit[at.get(z)!]), 0) });
    }
  }
  return { steps, bit, starting };
}

/** A largest packing of the part's sets (indices into `sets`), or undefined when out of budget or too wide. */
function packPart(part: readonly number[], sets: readonly (readonly number[])[], left: { states: number }): number[] | undefined {
  const frontier = frontierOf(part, sets);
  if (!frontier) return undefined;
  const { steps, bit, starting } = frontier;
  // per step, for each state after it (in the order met): the state before it (its place in the step before) and the
  // set chosen (−1: none) that gave it its best count; only the current step's masks and counts are kept
  const trail: { from: Int32Array; set: Int32Array }[] = [];
  let masks = [0];
  let counts = [0];
  for (let i = 0; i < steps; i++) {
    const own = bit[i];
    const place = new Map<number, number>();
    const next: { masks: number[]; counts: number[]; from: number[]; set: number[] } = { masks: [], counts: [], from: [], set: [] };
    const offer = (state: number, count: number, from: number, set: number): boolean => {
      const k = place.get(state);
      if (k === undefined) {
        if (--left.states < 0) return false;
        place.set(state, next.masks.length);
        next.masks.push(state);
        next.counts.push(count);
        next.from.push(from);
        next.set.push(set);
      } else if (count > next.counts[k]) ((next.counts[k] = count), (next.from[k] = from), (next.set[k] = set));
      return true;
    };
    for (let j = 0; j < masks.length; j++) {
      const state = masks[j];
      // zone i's bit is given again from the next step: the state forgets it
      const rest = state & ~own;
      if (!offer(rest, counts[j], j, -1)) return undefined;
      if (state & own) continue; // zone i is covered already: no set may start on it
      for (const { set, mask } of starting[i]) if (!(rest & mask) && !offer(rest | mask, counts[j] + 1, j, set)) return undefined;
    }
    trail.push({ from: Int32Array.from(next.from), set: Int32Array.from(next.set) });
    masks = next.masks;
    counts = next.counts;
  }
  // every bit is freed at its zone's step: one state is left, 0, the first of the last step
  const chosen: number[] = [];
  for (let i = steps - 1, k = 0; i >= 0; i--) {
    if (trail[i].set[k] >= 0) chosen.push(trail[i].set[k]);
    k = trail[i].from[k];
  }
  return chosen;
}
