import type { Rng } from '../core/rng.js';
import { drawParams, grow, type GrowScratch } from './grow.js';
import type { Partition } from '../partition/partition.js';
import type { SectionLabels } from '../partition/updaters.js';
import { dissolve, lockOf, locksOf, regionTerms, restore, type Stamps, staysConnectedWithout, sumTerms, type Terms, termsNotWorse } from './search.js';
import type { Problem } from './problem.js';

/**
 * How a re-cut that keeps the number of sections is judged:
 *  - 'gather': no more --respect crossings, and the members above T (the surplus) no less concentrated,
 *    i.e. Σ (members − T)² over the sections involved does not drop. Random re-cuts then push the
 *    surplus of many sections into a few, until some neighbouring sections hold T spare members between
 *    them and a re-cut makes one more section (with sections of 20+ zones each wastes a few hundred
 *    members, and no 4 of them ever have T spare members unless the surplus is gathered).
 *  - 'compact': no more --respect crossings and at least as compact (internal shared border).
 */
export type Acceptance = 'gather' | 'compact';

/**
 * One step of the improvement phase, a large-neighbourhood search: dissolve a section and up to maxK − 1
 * adjacent ones, grow that area again with fresh random preferences, and keep the result when it has
 * more sections, or as many and it passes `accept`.
 * With one section of ≥ 2T members this is the "split" move; with several it re-cuts their borders.
 * Returns +1 when the number of sections grew, 0 when accepted without gain, -1 when rejected.
 */
export function lnsStep(p: Problem, part: Partition, rng: Rng, s: GrowScratch, maxK = 4, accept: Acceptance = 'compact'): number {
  const label = part.assignment;
  const locks = locksOf(part);
  const r0 = drawUnlocked(part, locks, rng);
  if (r0 < 0) return -1;
  const k = 1 + rng.int(maxK);
  const set: number[] = [r0];
  // sections adjacent to the set, in the order a scan of the set's zones (set order, zone order, neighbour order)
  // first meets them: kept up to date as sections join the set instead of scanning the whole set again (same
  // list, hence the same draws, as the rescan)
  const inSet = s.regionMark;
  inSet.next();
  inSet.set(r0);
  const aroundMark = s.regionMark2;
  aroundMark.next();
  const around: number[] = [];
  const scan = (r: number) => {
    const units = part.units(r);
    for (let i = 0; i < units.length; i++) {
      const ns = p.nbr[units[i]];
      for (let k = 0; k < ns.length; k++) {
        const l = label[ns[k]];
        if (l >= 0 && !inSet.has(l) && !aroundMark.has(l) && lockOf(locks, l) < 0) (aroundMark.set(l), around.push(l));
      }
    }
  };
  if (k > 1) scan(r0);
  while (set.length < k) {
    if (around.length === 0) break;
    const w = rng.int(around.length);
    const l = around[w];
    around.splice(w, 1);
    inSet.set(l);
    set.push(l);
    if (set.length < k) scan(l);
  }
  const area: number[] = [];
  for (let i = 0; i < set.length; i++) {
    const units = part.units(set[i]);
    for (let k = 0; k < units.length; k++) area.push(units[k]);
  }

  const outside: number[] = [];
  const seen = s.regionMark2;
  seen.next();
  for (let i = 0; i < set.length; i++) seen.set(set[i]);
  for (let i = 0; i < area.length; i++) {
    const ns = p.nbr[area[i]];
    for (let k = 0; k < ns.length; k++) {
      const l = label[ns[k]];
      if (l >= 0 && !seen.has(l)) (seen.set(l), outside.push(l));
    }
  }
  // terms of the sections around, before: reused after for those that receive no enclave (same zones in the same
  // order, the same doubles)
  // 'gather' reads only the crossings, which are 0 without --respect: no terms to compute then
  const needTerms = accept !== 'gather' || p.respectValues.length > 1;
  const outsideTerms = needTerms ? outside.map((r) => regionTerms(p, part, r)) : [];
  const before: Terms = needTerms ? addTerms(set.map((r) => regionTerms(p, part, r)).concat(outsideTerms)) : { respect: 0, internal: 0 };
  const gatheredBefore = accept === 'gather' ? surplusSquares(p, part, set, outside) : 0;
  // the search only adds enclaves to the sections around: their first `size` zones are theirs before
  const sizes = outside.map((r) => part.size(r));

  const zonesOfSet = set.map((r) => dissolve(part, r));
  const res = grow(p, part, area, rng, drawParams(rng), s);
  let ok = res.ok && res.created.length >= set.length;
  let gain = 0;
  if (ok && res.created.length === set.length) {
    const after = needTerms
      ? addTerms(
          res.created
            .map((r) => regionTerms(p, part, r))
            .concat(outside.map((r, i) => (part.size(r) === sizes[i] ? outsideTerms[i] : regionTerms(p, part, r)))),
        )
      : before;
    ok =
      accept === 'gather'
        ? after.respect <= before.respect && surplusSquares(p, part, res.created, outside) >= gatheredBefore - 1e-6
        : termsNotWorse(after, before);
  } else if (ok) gain = 1;
  if (ok) return gain;

  // roll back: the same sections at the same indices, their zones in the same order
  for (const r of res.created) dissolve(part, r);
  outside.forEach((r, i) => {
    const units = part.units(r);
    while (units.length > sizes[i]) part.move(units[units.length - 1], -1);
  });
  set.forEach((r, i) => restore(part, r, zonesOfSet[i]));
  return -1;
}

/**
 * A section no lock holds, drawn uniformly (one draw of rng), or −1 when there is none: the one a list of those
 * sections in increasing index order would give at that draw, without making the list (a step of the search allocates
 * nothing it can avoid: France's chains made ~26 MB of such lists).
 */
export function drawUnlocked(part: Partition, locks: SectionLabels, rng: Rng): number {
  const end = part.capacity;
  let free = 0;
  for (let r = 0; r < end; r++) if (part.exists(r) && lockOf(locks, r) < 0) free++;
  if (free === 0) return -1;
  let k = rng.int(free);
  for (let r = 0; r < end; r++) if (part.exists(r) && lockOf(locks, r) < 0 && k-- === 0) return r;
  return -1;
}

/** Σ of terms in order (as sumTerms adds them: the same doubles). */
function addTerms(terms: readonly Terms[]): Terms {
  const t = { respect: 0, internal: 0 };
  for (const x of terms) {
    t.respect += x.respect;
    t.internal += x.internal;
  }
  return t;
}

/** Σ (members − T)² over the given sections: larger when the spare members are held by fewer sections. */
function surplusSquares(p: Problem, part: Partition, a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (const r of a) sum += (part.members(r) - p.T) ** 2;
  for (const r of b) sum += (part.members(r) - p.T) ** 2;
  return sum;
}

/**
 * Local search on single zones at section borders: move a zone to an adjacent section when both stay
 * contiguous and within the thresholds and the plan improves: fewer --respect crossings first, then
 * (with `balance`) members closer to equal, then a longer internal shared border (more compact).
 */
export function polish(p: Problem, part: Partition, rng: Rng, st: Stamps, opts: { balance?: boolean; maxPasses?: number } = {}): number {
  const order = rng.shuffle(Array.from({ length: p.n }, (_, i) => i));
  const label = part.assignment;
  const queue: number[] = [];
  let moves = 0;
  for (let pass = 0; pass < (opts.maxPasses ?? 20); pass++) {
    let improved = false;
    for (const z of order) {
      if (p.lock[z] >= 0) continue;
      const a = label[z];
      const w = p.members[z];
      if (part.members(a) - w < p.T || part.size(a) < 2) continue;
      let borderA = 0;
      const ns = p.nbr[z];
      for (let k = 0; k < ns.length; k++) if (label[ns[k]] === a) borderA += p.border[z][k];
      let best = -1;
      let bestKey: [number, number, number] = [0, 0, 1e-9];
      const tried: number[] = [];
      for (let k = 0; k < ns.length; k++) {
        const b = label[ns[k]];
        if (b === a || tried.includes(b)) continue;
        tried.push(b);
        if (part.members(b) + w > p.max || part.size(b) >= p.maxZones) continue;
        let borderB = 0;
        for (let k2 = 0; k2 < ns.length; k2++) if (label[ns[k2]] === b) borderB += p.border[z][k2];
        const dRespect = p.respectValues.length > 1 ? respectDelta(p, part, z, a, b) : 0;
        const dBalance = opts.balance ? 2 * w * (part.members(b) - part.members(a) + w) : 0; // change of Σ members²
        const key: [number, number, number] = [-dRespect, -dBalance, borderB - borderA];
        if (better(key, bestKey)) ((best = b), (bestKey = key));
      }
      if (best < 0 || !staysConnectedWithout(p, part, a, z, st, queue)) continue;
      part.move(z, best);
      moves++;
      improved = true;
    }
    if (!improved) break;
  }
  return moves;
}

function better(a: [number, number, number], b: [number, number, number]): boolean {
  for (let i = 0; i < 3; i++) {
    const eps = i === 2 ? 1e-9 : 0;
    if (a[i] > b[i] + eps) return true;
    if (a[i] < b[i] - eps) return false;
  }
  return false;
}

function respectDelta(p: Problem, part: Partition, z: number, a: number, b: number): number {
  const before = regionTerms(p, part, a).respect + regionTerms(p, part, b).respect;
  part.move(z, b);
  const after = regionTerms(p, part, a).respect + regionTerms(p, part, b).respect;
  part.move(z, a);
  return after - before;
}

/**
 * Merge adjacent sections until only `k` are left, always the pair with the fewest members together
 * (same --respect value first), so sections stay balanced. Returns false when no allowed merge is left.
 */
export function mergeDown(p: Problem, part: Partition, k: number): boolean {
  const label = part.assignment;
  const locks = locksOf(part);
  while (part.count > k) {
    let best: [number, number] | null = null;
    let bestKey = Infinity;
    for (const r of part.sections()) {
      const rLocked = lockOf(locks, r) >= 0;
      for (const z of part.units(r))
        for (const j of p.nbr[z]) {
          const o = label[j];
          if (o <= r) continue;
          if (rLocked && lockOf(locks, o) >= 0) continue; // two locked sections stay apart
          const m = part.members(r) + part.members(o);
          if (m > p.max || part.size(r) + part.size(o) > p.maxZones) continue;
          const sameRespect = p.respectValues.length > 1 && p.respect[z] === p.respect[j] ? 0 : 1;
          const key = sameRespect * 1e15 + m;
          if (key < bestKey) ((bestKey = key), (best = [r, o]));
        }
    }
    if (!best) return false;
    const [a, b] = best;
    const [keep, gone] = lockOf(locks, b) >= 0 ? [b, a] : [a, b];
    for (const z of [...part.units(gone)]) part.move(z, keep);
    part.dropSection(gone);
  }
  return true;
}

export function objectiveOf(p: Problem, part: Partition): { sections: number } & Terms {
  return { sections: part.count, ...sumTerms(p, part, part.sections()) };
}

/** a better than b: more sections, then fewer --respect crossings, then more internal border. */
export function betterPlan(a: { sections: number } & Terms, b: { sections: number } & Terms): boolean {
  if (a.sections !== b.sections) return a.sections > b.sections;
  if (a.respect !== b.respect) return a.respect < b.respect;
  return a.internal > b.internal + 1e-9;
}
