import type { Problem } from './problem.js';

/** A section under construction: its zones (indices) and their member total. */
export interface Region {
  id: number;
  zones: number[];
  members: number;
  /** lock label index when the region holds locked zones, else -1 */
  lock: number;
}

/**
 * The plan being searched, as zone → region labels plus the zone list and member total of every
 * region, all kept up to date incrementally when a zone moves (GerryChain's "updaters" idea).
 */
export class Partition {
  readonly label: Int32Array;
  readonly regions: (Region | null)[] = [];
  private readonly freeIds: number[] = [];
  count = 0;

  constructor(readonly p: Problem) {
    this.label = new Int32Array(p.n).fill(-1);
  }

  newRegion(lock = -1): Region {
    const id = this.freeIds.length ? this.freeIds.pop()! : this.regions.length;
    const r: Region = { id, zones: [], members: 0, lock };
    this.regions[id] = r;
    this.count++;
    return r;
  }

  add(r: Region, z: number): void {
    this.label[z] = r.id;
    r.zones.push(z);
    r.members += this.p.members[z];
  }

  remove(r: Region, z: number): void {
    const k = r.zones.indexOf(z);
    r.zones[k] = r.zones[r.zones.length - 1];
    r.zones.pop();
    r.members -= this.p.members[z];
    this.label[z] = -1;
  }

  move(z: number, to: Region): void {
    this.remove(this.regions[this.label[z]]!, z);
    this.add(to, z);
  }

  /** Remove a region; its zones become unassigned. */
  dissolve(r: Region): void {
    for (const z of r.zones) this.label[z] = -1;
    this.regions[r.id] = null;
    this.freeIds.push(r.id);
    this.count--;
  }

  /** Put back a region object removed by dissolve (same id), with its zones. */
  restore(r: Region): void {
    const k = this.freeIds.lastIndexOf(r.id);
    if (k >= 0) this.freeIds.splice(k, 1);
    this.regions[r.id] = r;
    for (const z of r.zones) this.label[z] = r.id;
    this.count++;
  }

  live(): Region[] {
    return this.regions.filter((r): r is Region => r !== null);
  }

  clone(): Partition {
    const c = new Partition(this.p);
    c.label.set(this.label);
    for (const r of this.regions) c.regions.push(r ? { ...r, zones: [...r.zones] } : null);
    c.freeIds.push(...this.freeIds);
    c.count = this.count;
    return c;
  }
}

/** Secondary objective terms of one region: --respect crossings and internal shared border (km). */
export interface Terms {
  respect: number;
  internal: number;
}

export function regionTerms(p: Problem, label: Int32Array, r: Region): Terms {
  let internal = 0;
  for (const z of r.zones) {
    const ns = p.nbr[z];
    for (let k = 0; k < ns.length; k++) if (label[ns[k]] === r.id && ns[k] > z) internal += p.border[z][k];
  }
  let respect = 0;
  if (p.respectValues.length > 1) {
    const counts = new Map<number, number>();
    let best = 0;
    for (const z of r.zones) {
      const c = (counts.get(p.respect[z]) ?? 0) + 1;
      counts.set(p.respect[z], c);
      if (c > best) best = c;
    }
    respect = r.zones.length - best;
  }
  return { respect, internal };
}

export function sumTerms(p: Problem, label: Int32Array, regions: Iterable<Region>): Terms {
  const t = { respect: 0, internal: 0 };
  for (const r of regions) {
    const x = regionTerms(p, label, r);
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
  has(i: number): boolean {
    return this.mark[i] === this.cur;
  }
}

/**
 * Would region r stay connected without zone z? BFS inside r from one neighbour of z, stopping as soon
 * as every neighbour of z inside r has been reached (usually after a few steps).
 */
export function staysConnectedWithout(p: Problem, label: Int32Array, r: Region, z: number, st: Stamps, queue: number[]): boolean {
  if (r.zones.length <= 1) return false;
  let need = 0;
  let start = -1;
  for (const j of p.nbr[z]) {
    if (label[j] === r.id) {
      need++;
      if (start < 0) start = j;
    }
  }
  if (need === 0) return false; // cannot happen in a contiguous region of ≥ 2 zones
  if (need === 1) return true;
  st.next();
  st.set(z);
  st.set(start);
  queue.length = 0;
  queue.push(start);
  let found = 1;
  for (let k = 0; k < queue.length; k++) {
    for (const j of p.nbr[queue[k]]) {
      if (label[j] !== r.id || st.has(j)) continue;
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
