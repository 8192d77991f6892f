import type { Problem } from './problem.js';
import { loadHighs } from './highs.js';
import { packExactly } from './packing.js';

/**
 * Upper bounds on the number of sections, and the exact maximum on small layers.
 *
 * Every section of a plan contains a *minimal* section: a connected set of zones with ≥ T members none of
 * whose connected proper subsets reaches T (shrink the section zone by zone while it stays connected and
 * above T). Minimal sections of different sections are disjoint, so the number of sections of any plan
 * is at most the largest number of disjoint minimal sections, a set-packing problem; conversely, disjoint
 * minimal sections become a plan by giving every other zone to an adjacent section, as long as no
 * --max-members gets in the way. So without --max-members the packing optimum *is* the max-p optimum.
 *
 * - countBound: cheap, always available: per part of the map, zones ≥ T are one section each at most;
 *   the others form connected pockets of small zones (joined through small zones only), and a pocket C
 *   holds at most min(⌊members(C) / T⌋, ⌊|C| / q⌋) sections, q = the fewest zones of C reaching T.
 * - minimalSections: enumerates the minimal sections (each connected set once, from its smallest zone,
 *   Wernicke's ESU, pruned as soon as a set reaches T); gives up above a cap (large sections).
 * - packExactly (packing.ts): the set packing solved exactly here, part by part of the map, when its parts are narrow
 *   enough (France's are: a few thousand states, ~2 ms); else
 * - packingModel: the set packing as a CPLEX LP text for HiGHS (LP relaxation, or MIP with Binary), loaded then only.
 * - boundFacts: those figures for one layer, computed in order and only as far as needed; boundOf (exact.ts)
 *   turns them into the proved bound. They need only the zones' members and adjacency (`BoundInput`), so a
 *   worker thread can compute them while the search runs (bound-thread.ts).
 */

/** What the bound reads of a Problem. */
export type BoundInput = Pick<Problem, 'n' | 'T' | 'max' | 'members' | 'nbr'>;

/** Cheap bound per part: big zones + Σ over pockets of small zones of min(⌊m/T⌋, ⌊|C|/q⌋). */
export function countBound(p: BoundInput): number {
  const T = p.T;
  if (T <= 0) return p.n;
  let bound = 0;
  const seen = new Uint8Array(p.n);
  for (let s = 0; s < p.n; s++) {
    if (p.members[s] >= T) {
      if (p.members[s] <= p.max) bound++;
      continue;
    }
    if (seen[s]) continue;
    // pocket of small zones around s
    const pocket = [s];
    seen[s] = 1;
    for (let k = 0; k < pocket.length; k++) {
      for (const j of p.nbr[pocket[k]]) if (!seen[j] && p.members[j] < T) ((seen[j] = 1), pocket.push(j));
    }
    let sum = 0;
    for (const z of pocket) sum += p.members[z];
    if (sum < T) continue;
    const sorted = pocket.map((z) => p.members[z]).sort((a, b) => b - a);
    let q = 0;
    let acc = 0;
    while (acc < T) acc += sorted[q++];
    bound += Math.min(Math.floor(sum / T), Math.floor(pocket.length / q));
  }
  return bound;
}

export interface MinimalSections {
  /** zone indices of each minimal section (big zones alone, then connected sets of small zones) */
  sets: number[][];
  /** false when the enumeration stopped at the cap (the sets are then not all of them) */
  complete: boolean;
}

/**
 * All minimal sections with at most p.max members, up to `cap` of them (complete = false beyond).
 * Each connected set of small zones is generated once, from its smallest zone index (ESU), and the
 * search stops growing a set once it reaches T; a set reaching T is minimal when removing any zone
 * either disconnects it or drops it below T (checking single zones is enough: a connected proper
 * subset reaching T could be grown back to the set one zone at a time, the last zone removable).
 */
export function minimalSections(p: BoundInput, cap = 100_000): MinimalSections {
  const T = p.T;
  const sets: number[][] = [];
  for (let i = 0; i < p.n; i++) if (p.members[i] >= T && p.members[i] <= p.max) sets.push([i]);
  const small = (z: number) => p.members[z] < T;
  const inSub = new Uint8Array(p.n);
  // number of zones of the current set adjacent to each zone (for exclusive neighbourhoods)
  const touch = new Int32Array(p.n);
  const sub: number[] = [];
  // work counted in candidate-list entries copied: a budget that does not depend on the machine
  let work = 0;
  const workCap = cap * 200;
  let complete = true;

  const isMinimal = (sum: number): boolean => {
    for (const v of sub) {
      if (sum - p.members[v] < T) continue;
      if (connectedWithout(v)) return false;
    }
    return true;
  };
  const mark = new Uint8Array(p.n);
  const queue: number[] = [];
  const connectedWithout = (v: number): boolean => {
    const start = sub[0] === v ? sub[1] : sub[0];
    for (const z of sub) mark[z] = 0;
    queue.length = 0;
    queue.push(start);
    mark[start] = 1;
    for (let k = 0; k < queue.length; k++) for (const j of p.nbr[queue[k]]) if (inSub[j] && j !== v && !mark[j]) ((mark[j] = 1), queue.push(j));
    return queue.length === sub.length - 1;
  };

  const addToSub = (z: number) => {
    sub.push(z);
    inSub[z] = 1;
    for (const j of p.nbr[z]) touch[j]++;
  };
  const removeFromSub = (z: number) => {
    sub.pop();
    inSub[z] = 0;
    for (const j of p.nbr[z]) touch[j]--;
  };

  // ESU: extend(sub, ext) with root v; ext holds candidates > v not in sub and not yet tried
  const extend = (ext: number[], v: number, sum: number): void => {
    while (ext.length) {
      work += ext.length + 1;
      if (work > workCap || sets.length >= cap) {
        complete = false;
        return;
      }
      const w = ext.pop()!;
      const s2 = sum + p.members[w];
      if (s2 > p.max) continue;
      // exclusive neighbours of w: not in sub, not adjacent to sub (touch before adding w)
      const next = ext.slice();
      for (const u of p.nbr[w]) if (u > v && small(u) && !inSub[u] && touch[u] === 0 && !next.includes(u)) next.push(u);
      addToSub(w);
      if (s2 >= T) {
        if (isMinimal(s2)) sets.push([...sub]);
      } else extend(next, v, s2);
      removeFromSub(w);
      if (!complete) return;
    }
  };

  for (let v = 0; v < p.n && complete; v++) {
    if (!small(v)) continue;
    addToSub(v);
    const ext: number[] = [];
    for (const u of p.nbr[v]) if (u > v && small(u) && !ext.includes(u)) ext.push(u);
    extend(ext, v, p.members[v]);
    removeFromSub(v);
  }
  return { sets, complete };
}

/** The set packing over `sets` in CPLEX LP format: maximise Σ x_S, each zone in at most one chosen set. */
export function packingModel(n: number, sets: readonly (readonly number[])[], integer: boolean): string {
  const byZone: number[][] = Array.from({ length: n }, () => []);
  sets.forEach((s, k) => {
    for (const z of s) byZone[z].push(k);
  });
  const lines: string[] = ['Maximize'];
  const sum = (names: string[]) => {
    const out: string[] = [];
    for (let i = 0; i < names.length; i += 25) out.push(' ' + names.slice(i, i + 25).join(' + '));
    return out;
  };
  lines.push(' sections:', ...sum(sets.map((_, k) => `x${k}`)));
  lines.push('Subject To');
  byZone.forEach((ks, z) => {
    if (ks.length < 2) return; // a set alone on its zone needs no row
    lines.push(` z${z}:`, ...sum(ks.map((k) => `x${k}`)), ' <= 1');
  });
  lines.push('Bounds');
  for (let k = 0; k < sets.length; k++) lines.push(` 0 <= x${k} <= 1`);
  if (integer) {
    lines.push('Binary');
    for (let i = 0; i < sets.length; i += 25)
      lines.push(
        ' ' +
          sets
            .slice(i, i + 25)
            .map((_, k) => `x${i + k}`)
            .join(' '),
      );
  }
  lines.push('End');
  return lines.join('\n') + '\n';
}

/** Without exact, enumerate minimal sections only when sections average at most this many small zones. */
const MAX_ZONES_PER_SECTION = 4;

export interface BoundSettings {
  /** the most sections the seats allow (Infinity when the seats do not cap them) */
  cap: number;
  /** solve the packing to optimality (no node limit); see ProveOptions */
  exact?: boolean;
  maxSets?: number;
  maxNodes?: number;
  /** a safety cap on the MIP (makes the bound depend on the machine's speed) */
  timeLimitMs?: number;
  /** states packExactly may meet before HiGHS takes over (default PACKING_STATES; 0: HiGHS at once) */
  packingStates?: number;
}

/** The figures a bound is proved from, each computed only when the ones before do not settle it. */
export interface BoundFacts {
  /** countBound, capped by the seats */
  count: number;
  /** whether the minimal sections were enumerated (not when sections hold many small zones) */
  enumerated: boolean;
  /** false when the enumeration stopped at its cap */
  complete: boolean;
  /** minimal sections enumerated */
  sets: number;
  /** ⌊LP relaxation⌋ of the packing (HiGHS), when solved to optimality (and needed: not once the optimum is proved) */
  lp?: number;
  /** the packing's optimum and one optimal packing (zone indices), when proved: by packExactly, else HiGHS's MIP */
  mip?: { value: number; packing: number[][] };
}

/**
 * Whether the bound may go past the count: the minimal sections are enumerated with exact, or when sections hold
 * few small zones (those of many zones, as on a lattice or communes, are too many to enumerate).
 */
export function mayEnumerate(p: BoundInput, o: BoundSettings, count = Math.min(countBound(p), o.cap)): boolean {
  if (o.exact) return true;
  let small = 0;
  let big = 0;
  for (let i = 0; i < p.n; i++) p.members[i] < p.T ? small++ : big++;
  return small <= MAX_ZONES_PER_SECTION * Math.max(1, count - big);
}

/**
 * The facts for a layer. With `found` (the sections of the plan in hand), stop as soon as they prove the plan
 * optimal: no enumeration when it reaches the count, no MIP when it reaches the LP bound. Without it (a worker
 * thread computing them while the search runs), go to the end. boundOf gives the same bound from either. The
 * packing is solved here first (packExactly, a few milliseconds where it can): HiGHS is loaded only when it cannot.
 */
export async function boundFacts(p: BoundInput, o: BoundSettings, found?: number): Promise<BoundFacts> {
  const facts: BoundFacts = { count: Math.min(countBound(p), o.cap), enumerated: false, complete: true, sets: 0 };
  if ((found !== undefined && found >= facts.count) || !mayEnumerate(p, o, facts.count)) return facts;
  const { sets, complete } = minimalSections(p, o.maxSets ?? (o.exact ? 300_000 : 100_000));
  Object.assign(facts, { enumerated: true, complete, sets: sets.length });
  if (!complete || sets.length === 0) return facts;
  const packed = packExactly(p.members, sets, o.packingStates);
  if (packed) {
    facts.mip = { value: packed.length, packing: packed.map((k) => sets[k]) };
    return facts;
  }
  const highs = await loadHighs();
  const relaxation = () => {
    const lp = highs.solve(packingModel(p.n, sets, false), { output_flag: false, random_seed: 1 });
    if (lp.Status === 'Optimal') facts.lp = Math.floor(lp.ObjectiveValue + 1e-6);
  };
  // with the plan's count in hand, the LP may prove it optimal without the MIP; without it (a worker going to the
  // end), the MIP comes first: its optimum says all the LP's would (it is at most the LP's, and boundOf keeps the
  // lower), and the LP is solved only when the MIP stops short
  if (found !== undefined) {
    relaxation();
    if (found >= Math.min(facts.count, facts.lp ?? Infinity)) return facts;
  }
  const mip = highs.solve(packingModel(p.n, sets, true), {
    output_flag: false,
    random_seed: 1,
    mip_rel_gap: 0,
    ...(o.exact ? {} : { mip_max_nodes: o.maxNodes ?? 2_000 }),
    ...(o.timeLimitMs !== undefined ? { time_limit: o.timeLimitMs / 1000 } : {}),
  });
  if (mip.Status === 'Optimal') {
    facts.mip = { value: Math.round(mip.ObjectiveValue), packing: sets.filter((_, k) => (mip.Columns[`x${k}`]?.Primal ?? 0) > 0.5) };
  } else if (found === undefined) relaxation();
  return facts;
}
