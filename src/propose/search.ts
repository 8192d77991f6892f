import { Partition } from '../partition/partition.js';
import { labelUpdater, type SectionLabels } from '../partition/updaters.js';
import type { Problem } from './problem.js';

/**
 * The plan propose searches is a Partition (src/partition) on the problem's graph (`p.graph`: the adjacency
 * allowed in one section): members and units per section are kept there move by move, and which lock label a
 * section holds is a label updater over the locked zones. A section holding a locked zone is locked: the search
 * never re-cuts it and never merges two of them. This file holds what the search adds on top: dissolving and
 * restoring sections, the secondary terms, and the contiguity test of a move.
 */
const LOCKS = 'propose.locks';

/** No lock labels: no section is locked (the figure of a search without locks, which registers none). */
const NO_LOCKS: SectionLabels = { counts: new Int32Array(0), distinct: new Int32Array(0), labelCount: 0 };
const unlocked = new WeakSet<Partition>();

/**
 * An empty plan (every zone unassigned) on the problem's graph, with the lock figure registered when there are
 * locks (without, every move would update an empty figure).
 */
export function searchPartition(p: Problem): Partition {
  const part = new Partition(p.graph, new Int32Array(p.n).fill(-1));
  if (p.lockLabels.length) part.use(labelUpdater(LOCKS, p.lock, p.lockLabels.length));
  else unlocked.add(part);
  return part;
}

/** The lock figure of a search partition (read it once per search step, then ask `lockOf`). */
export function locksOf(part: Partition): SectionLabels {
  return unlocked.has(part) ? NO_LOCKS : part.get<SectionLabels>(LOCKS);
}

/** The lock label index section s holds, or −1 when it holds no locked zone. */
export function lockOf(locks: SectionLabels, s: number): number {
  if ((locks.distinct[s] ?? 0) === 0) return -1;
  const base = s * locks.labelCount;
  for (let l = 0; l < locks.labelCount; l++) if (locks.counts[base + l]! > 0) return l;
  return -1;
}

/** Remove section s: its zones become unassigned. Returns them in the section's order (for `restore`). */
export function dissolve(part: Partition, s: number): number[] {
  const zones = part.units(s).slice();
  for (let i = 0; i < zones.length; i++) part.move(zones[i], -1);
  part.dropSection(s);
  return zones;
}

/** Put back a section removed by `dissolve`, at the same index, with its zones in the same order. */
export function restore(part: Partition, s: number, zones: readonly number[]): void {
  part.newSection(s);
  part.moveMany(zones, s);
}

/**
 * Secondary objective terms of one section: --respect crossings and internal shared border (km). Computed from
 * the section's zones when a step is judged (a few sections per step), not kept by updaters: an updater over
 * the edges would add a neighbour loop to every move of the search (about 15 % of propose's time), and summing
 * in the section's zone order keeps the figures, hence the plans, exactly as they were.
 */
export interface Terms {
  respect: number;
  internal: number;
}

export function regionTerms(p: Problem, part: Partition, s: number): Terms {
  const label = part.assignment;
  const zones = part.units(s);
  let internal = 0;
  for (let i = 0; i < zones.length; i++) {
    const z = zones[i];
    const ns = p.nbr[z];
    const bs = p.border[z];
    for (let k = 0; k < ns.length; k++) {
      const j = ns[k];
      if (j > z && label[j] === s) internal += bs[k];
    }
  }
  let respect = 0;
  if (p.respectValues.length > 1) {
    const counts = new Map<number, number>();
    let best = 0;
    for (const z of zones) {
      const c = (counts.get(p.respect[z]) ?? 0) + 1;
      counts.set(p.respect[z], c);
      if (c > best) best = c;
    }
    respect = zones.length - best;
  }
  return { respect, internal };
}

export function sumTerms(p: Problem, part: Partition, sections: Iterable<number>): Terms {
  const t = { respect: 0, internal: 0 };
  for (const s of sections) {
    const x = regionTerms(p, part, s);
    t.respect += x.respect;
    t.internal += x.internal;
  }
  return t;
}

/** a is at least as good as b: fewer --respect crossings, then more internal border. */
export function termsNotWorse(a: Terms, b: Terms): boolean {
  if (a.respect !== b.respect) return a.respect < b.respect;
  return a.internal >= b.internal - 1e-9;
}

/** Scratch marks reused across searches (no allocation per move). */
export class Stamps {
  private readonly mark: Uint32Array;
  private cur = 0;
  constructor(n: number) {
    this.mark = new Uint32Array(n);
  }
  next(): void {
    this.cur++;
    if (this.cur === 0xffffffff) {
      this.mark.fill(0);
      this.cur = 1;
    }
  }
  set(i: number): void {
    this.mark[i] = this.cur;
  }
  /** Take the mark off i (until the next `next`, only marked ones are set). */
  clear(i: number): void {
    this.mark[i] = 0;
  }
  has(i: number): boolean {
    return this.mark[i] === this.cur;
  }
}

/**
 * Would section s stay connected without zone z? BFS inside s from one neighbour of z, stopping as soon
 * as every neighbour of z inside s has been reached (usually after a few steps). Same answer as
 * `part.canRemove(z)` (tests/propose/search.test.ts), 4 to 6 times faster on the PACA communes' sections,
 * since it stops early instead of visiting the whole section.
 */
export function staysConnectedWithout(p: Problem, part: Partition, s: number, z: number, st: Stamps, queue: number[]): boolean {
  if (part.size(s) <= 1) return false;
  const label = part.assignment;
  let need = 0;
  let start = -1;
  for (const j of p.nbr[z]) {
    if (label[j] === s) {
      need++;
      if (start < 0) start = j;
    }
  }
  if (need === 0) return false; // cannot happen in a contiguous section of ≥ 2 zones
  if (need === 1) return true;
  st.next();
  st.set(z);
  st.set(start);
  queue.length = 0;
  queue.push(start);
  let found = 1;
  for (let k = 0; k < queue.length; k++) {
    for (const j of p.nbr[queue[k]]) {
      if (label[j] !== s || st.has(j)) continue;
      st.set(j);
      queue.push(j);
      if (p.nbr[z].includes(j)) {
        found++;
        if (found === need) return true;
      }
    }
  }
  return false;
}
