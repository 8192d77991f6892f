import { MinHeap } from '../core/heap.js';
import type { Rng } from '../core/rng.js';
import type { Partition } from '../partition/partition.js';
import { dissolve, lockOf, locksOf, Stamps } from './search.js';
import type { Problem } from './problem.js';

/**
 * Randomised region growing (the construction phase of max-p, Duque, Anselin & Rey 2012), with the
 * choices that matter for the number of sections made explicit:
 *  - zones with ≥ T members are sections on their own (a section holding one never needs more);
 *  - seeds are taken at the periphery of what is left (fewest unassigned neighbours), so growth does not
 *    strand small pockets that could not reach T;
 *  - a region grows by the adjacent zone that is most enclosed by it (compactness), stays inside its
 *    --respect value when it can, and avoids overshooting T (members above T are wasted for the count);
 *  - regions that cannot reach T give their zones back as enclaves, assigned at the end to an adjacent
 *    section.
 * The weights of these preferences are drawn per construction so that many constructions explore
 * different plans.
 */
export interface GrowParams {
  /** weight of the overshoot above T */
  waste: number;
  /** bonus for a zone that completes the region */
  finish: number;
  /** bonus for a zone with the region's --respect value */
  respect: number;
  /** random noise added to every score */
  noise: number;
  /** true: seeds in random order; false: periphery first */
  randomSeeds: boolean;
}

export function drawParams(rng: Rng): GrowParams {
  return {
    waste: 0.5 + rng.next() * 3,
    finish: rng.next() * 0.6,
    respect: 0.6 + rng.next() * 0.8,
    noise: 0.05 + rng.next() * 0.4,
    randomSeeds: rng.next() < 0.25,
  };
}

/** Per-problem scratch arrays, allocated once. */
export class GrowScratch {
  readonly area: Stamps;
  /** zones of the area still free to take: unassigned, unlocked, not an enclave */
  readonly free: Stamps;
  readonly cand: Stamps;
  readonly accBorder: Float64Array;
  readonly accCount: Int32Array;
  readonly totalBorder: Float64Array;
  readonly freeDeg: Int32Array;
  /** neighbours of each zone */
  readonly degree: Int32Array;
  /** marks on region ids (the search's neighbourhoods) */
  readonly regionMark: Stamps;
  readonly regionMark2: Stamps;
  /** the seeds of a growth (grow empties it first) */
  readonly heap = new MinHeap();
  /** the candidates of the region growing (growRegion: a list of its own length, the first entries used) */
  readonly cands: Int32Array;
  constructor(p: Problem) {
    // region ids stay below the number of zones plus the few regions made and dropped within one step
    this.regionMark = new Stamps(2 * p.n + 16);
    this.regionMark2 = new Stamps(2 * p.n + 16);
    this.area = new Stamps(p.n);
    this.free = new Stamps(p.n);
    this.cand = new Stamps(p.n);
    this.cands = new Int32Array(p.n);
    this.accBorder = new Float64Array(p.n);
    this.accCount = new Int32Array(p.n);
    this.freeDeg = new Int32Array(p.n);
    this.degree = Int32Array.from(p.nbr, (ns) => ns.length);
    this.totalBorder = Float64Array.from(p.border, (bs) => bs.reduce((s, x) => s + x, 0));
  }
}

export interface GrowResult {
  ok: boolean;
  /** sections created by this growth */
  created: number[];
  /** sections that existed before and received enclaves */
  touched: Set<number>;
  /** why it failed (for messages), when ok is false: a zone, and the lock label of its section when locked */
  failure?: { zone: number; lock?: number };
}

/**
 * Assign every zone of `area` (all unassigned) to sections of `part`. `pending` are existing sections below T
 * that must grow first (locked sections). Zones outside the area are never taken, but enclaves may join a
 * region outside the area that touches them.
 */
export function grow(p: Problem, part: Partition, area: readonly number[], rng: Rng, params: GrowParams, s: GrowScratch, pending: number[] = []): GrowResult {
  const created: number[] = [];
  const touched = new Set<number>();
  markArea(p, part, area, s);
  // 1. locked regions below T grow first
  for (let i = 0; i < pending.length; i++) {
    const r = pending[i];
    if (!growRegion(p, part, r, rng, params, s)) return { ok: false, created, touched, failure: { zone: part.units(r)[0], lock: lockOf(locksOf(part), r) } };
  }
  // 2. big zones are sections on their own
  for (let i = 0; i < area.length; i++) {
    const z = area[i];
    if (s.free.has(z) && p.members[z] >= p.T) {
      const r = part.newSection();
      part.move(z, r);
      take(p, s, z);
      created.push(r);
    }
  }
  // 3. regions grown from seeds among the small zones
  growFromSeeds(p, part, area, rng, params, s, created);
  // 4. enclaves (and anything left) join an adjacent region
  const stuck = joinNeighbours(p, part, area, touched);
  if (stuck >= 0) return { ok: false, created, touched, failure: { zone: stuck } };
  for (let i = 0; i < created.length; i++) touched.delete(created[i]);
  return { ok: true, created, touched };
}

// (grow's steps are functions of the module, not closures made at every growth: a search grows ~10,000 times)

/**
 * Mark the area's zones, and those free to take (unassigned, unlocked; a zone taken by a region is never free again
 * in this growth: a region that fails leaves enclaves), and count each one's free neighbours (periphery-first seeds).
 */
function markArea(p: Problem, part: Partition, area: readonly number[], s: GrowScratch): void {
  const label = part.assignment;
  s.area.next();
  s.free.next();
  for (let i = 0; i < area.length; i++) {
    const z = area[i];
    s.area.set(z);
    if (label[z] < 0 && p.lock[z] < 0) s.free.set(z);
  }
  for (let i = 0; i < area.length; i++) {
    const z = area[i];
    const ns = p.nbr[z];
    let d = 0;
    for (let k = 0; k < ns.length; k++) if (s.free.has(ns[k])) d++;
    s.freeDeg[z] = d;
  }
}

/** Zone z is taken by a region: no longer free, and one free neighbour fewer for the area's zones around it. */
function take(p: Problem, s: GrowScratch, z: number): void {
  s.free.clear(z);
  const ns = p.nbr[z];
  for (let k = 0; k < ns.length; k++) if (s.area.has(ns[k])) s.freeDeg[ns[k]]--;
}

/**
 * Seeds taken in order of free degree (fewest free neighbours first, ties by a random draw), or in random order, each
 * grown into a region (created); a seed whose whole free pocket stays below T gives its zones back as enclaves.
 */
function growFromSeeds(p: Problem, part: Partition, area: readonly number[], rng: Rng, params: GrowParams, s: GrowScratch, created: number[]): void {
  const heap = s.heap;
  heap.clear();
  for (let i = 0; i < area.length; i++) if (s.free.has(area[i])) heap.add(params.randomSeeds ? 0 : s.freeDeg[area[i]], rng.next(), area[i]);
  heap.heapify();
  while (heap.size > 0) {
    const z = heap.pop();
    const key = heap.poppedKey;
    if (!s.free.has(z)) continue;
    if (!params.randomSeeds && key !== s.freeDeg[z]) {
      heap.push(s.freeDeg[z], rng.next(), z); // stale entry: requeue with its current degree
      continue;
    }
    const r = part.newSection();
    part.move(z, r);
    take(p, s, z);
    if (growRegion(p, part, r, rng, params, s)) created.push(r);
    else dissolve(part, r);
  }
}

/**
 * The area's unassigned zones join the adjacent region sharing the longest border with them (bestNeighbourRegion),
 * round after round (a zone whose neighbours are all unassigned waits for them). Returns a zone that can join none,
 * or −1.
 */
function joinNeighbours(p: Problem, part: Partition, area: readonly number[], touched: Set<number>): number {
  const label = part.assignment;
  let left: number[] = area.filter((z) => label[z] < 0);
  while (left.length) {
    const next: number[] = [];
    for (let i = 0; i < left.length; i++) {
      const z = left[i];
      const r = bestNeighbourRegion(p, part, z);
      if (r < 0) next.push(z);
      else {
        touched.add(r);
        part.move(z, r);
      }
    }
    if (next.length === left.length) return next[0];
    left = next;
  }
  return -1;
}

/** Grow region r from its zones until it reaches T, by the best-scored free candidate at each step; false if it cannot. */
function growRegion(p: Problem, part: Partition, r: number, rng: Rng, params: GrowParams, s: GrowScratch): boolean {
  const T = p.T;
  s.cand.next();
  // the candidates are cands[0..nc): a zone is listed once (cand marks it), and an entry removed is replaced by the last
  const cands = s.cands;
  let nc = 0;
  // the arrays and weights read for every candidate of every step, held in locals
  const { accBorder, accCount, degree, totalBorder } = s;
  const freeMark = s.free;
  const zoneMembers = p.members;
  const { finish, waste, noise } = params;
  const units = part.units(r);
  for (let i = 0; i < units.length; i++) nc = addCandidates(p, s, nc, units[i]);
  const home = p.respectValues.length > 1 ? dominantRespect(p, part, r) : -1;
  const max = p.max;
  while (part.members(r) < T) {
    // a region holding the most zones allowed takes no more (no candidate would be scored)
    if (part.size(r) >= p.maxZones) return false;
    let best = -1;
    let bestScore = -Infinity;
    let w = 0;
    // the same for every candidate of this step
    const members = part.members(r);
    for (let k = 0; k < nc; k++) {
      const c = cands[k];
      if (!freeMark.has(c)) {
        cands[k] = cands[--nc];
        k--;
        continue;
      }
      const m = zoneMembers[c];
      if (members + m > max) continue;
      const tb = totalBorder[c];
      const enclosed = 0.5 * (accCount[c] / degree[c]);
      let score = enclosed + (tb > 0 ? 0.5 * (accBorder[c] / tb) : enclosed);
      if (members + m >= T) score += finish - waste * ((members + m - T) / T);
      if (home >= 0 && p.respect[c] === home) score += params.respect;
      score += noise * rng.next();
      if (score > bestScore) ((bestScore = score), (best = c), (w = k));
    }
    if (best < 0) return false;
    cands[w] = cands[--nc];
    part.move(best, r);
    take(p, s, best);
    nc = addCandidates(p, s, nc, best);
  }
  return true;
}

/** z's free neighbours become candidates (s.cands[0..nc), each listed once), with the border and edges they share with the region; the new nc. */
function addCandidates(p: Problem, s: GrowScratch, nc: number, z: number): number {
  const { cand, cands, accBorder, accCount } = s;
  const freeMark = s.free;
  const ns = p.nbr[z];
  const bs = p.border[z];
  for (let k = 0; k < ns.length; k++) {
    const j = ns[k];
    if (!freeMark.has(j)) continue;
    if (!cand.has(j)) {
      cand.set(j);
      accBorder[j] = 0;
      accCount[j] = 0;
      cands[nc++] = j;
    }
    accBorder[j] += bs[k];
    accCount[j]++;
  }
  return nc;
}

/** The --respect value most of region r's zones have (the first to reach the count, in the region's order). */
function dominantRespect(p: Problem, part: Partition, r: number): number {
  const counts = new Map<number, number>();
  let best = -1;
  let bc = 0;
  const units = part.units(r);
  for (let i = 0; i < units.length; i++) {
    const z = units[i];
    const c = (counts.get(p.respect[z]) ?? 0) + 1;
    counts.set(p.respect[z], c);
    if (c > bc) ((bc = c), (best = p.respect[z]));
  }
  return best;
}

/** The adjacent section sharing the longest border with z (same --respect value first), within max; −1: none. */
function bestNeighbourRegion(p: Problem, part: Partition, z: number): number {
  const label = part.assignment;
  let best = -1;
  let bestScore = -Infinity;
  const ns = p.nbr[z];
  for (let k = 0; k < ns.length; k++) {
    const l = label[ns[k]];
    if (l < 0) continue;
    if (part.members(l) + p.members[z] > p.max || part.size(l) >= p.maxZones) continue;
    let score = p.border[z][k] + 1e-6; // several edges to one region add up below
    for (let k2 = 0; k2 < ns.length; k2++) if (k2 !== k && label[ns[k2]] === l) score += p.border[z][k2];
    if (p.respectValues.length > 1 && p.respect[ns[k]] === p.respect[z]) score += 1e6;
    if (score > bestScore) ((bestScore = score), (best = l));
  }
  return best;
}
