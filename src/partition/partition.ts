/**
 * The one plan state of decoupage: units assigned to sections, on typed arrays, kept up to date one move at a
 * time. Propose's search, the editor's session, check and the audit chain all hold their plan as a Partition
 * (GerryChain's `Partition` with its updaters): the figures every rule needs (members and units per section,
 * cut edges) are maintained here, and whoever needs another figure registers an `Updater` that is told of
 * every move, instead of keeping a plan state of its own.
 *
 * Sections are indices 0..; a section exists from `newSection()` (or the initial assignment) until
 * `dropSection()`, and may be empty meanwhile. Unit −1 means unassigned.
 */
import type { UnitGraph } from './graph.js';

/** A figure derived from the plan, computed once by `init` and then kept up to date by `move`. */
export interface Updater<T> {
  /** a name for debugging and for looking the figure up again (`p.get(key)`) */
  key: string;
  /** the figure on the current plan */
  init(p: Partition): T;
  /**
   * unit `u` has just moved from section `from` to section `to` (either may be −1); the partition already
   * shows the new assignment. Mutate `value` in place, or return a new value. Without `move`, the figure is
   * computed again by `init` on every move (fine for cheap figures only).
   */
  move?(value: T, p: Partition, u: number, from: number, to: number): T | void;
  /** a copy of the value for a cloned partition (default: init again on the clone) */
  copy?(value: T): T;
}

interface Registered {
  updater: Updater<unknown>;
  value: unknown;
}

export class Partition {
  readonly g: UnitGraph;
  /** unit → section index, −1 when unassigned; read it, never write it (use move) */
  readonly assignment: Int32Array;
  private sectionMembers: Float64Array;
  private unitLists: number[][] = [];
  /** position of each unit in its section's unit list */
  private readonly position: Int32Array;
  private alive: Uint8Array;
  private live = 0;
  /** cut edges; −1 until first read (counted then, and kept up to date move by move from there on) */
  private cut = -1;
  private readonly freeIds: number[] = [];
  private readonly registered: Registered[] = [];
  // scratch buffers for pieces(): a visit stamp per unit and a queue
  private readonly stamp: Int32Array;
  private stampNow = 0;
  private readonly queue: Int32Array;

  /**
   * `assignment`: unit → section index (≥ 0) or −1. `sections`: how many section indices exist at the start
   * (default: one more than the largest index used); indices in between that hold no unit are empty sections.
   */
  constructor(g: UnitGraph, assignment: ArrayLike<number>, sections?: number) {
    if (assignment.length !== g.n) throw new Error(`Partition: ${assignment.length} assignments for ${g.n} units`);
    this.g = g;
    this.assignment = Int32Array.from(assignment);
    this.position = new Int32Array(g.n).fill(-1);
    this.stamp = new Int32Array(g.n);
    this.queue = new Int32Array(g.n);
    let top = -1;
    for (let u = 0; u < g.n; u++) {
      const s = this.assignment[u]!;
      if (s < -1 || !Number.isInteger(s)) throw new Error(`Partition: unit ${u} has section ${s}`);
      if (s > top) top = s;
    }
    const k = Math.max(sections ?? 0, top + 1);
    this.sectionMembers = new Float64Array(Math.max(4, k));
    this.alive = new Uint8Array(Math.max(4, k));
    for (let s = 0; s < k; s++) {
      this.unitLists.push([]);
      this.alive[s] = 1;
    }
    this.live = k;
    for (let u = 0; u < g.n; u++) {
      const s = this.assignment[u]!;
      if (s < 0) continue;
      this.position[u] = this.unitLists[s]!.length;
      this.unitLists[s]!.push(u);
      this.sectionMembers[s]! += g.members[u]!;
    }
  }

  /** The section of unit u (−1: none). */
  sectionOf(u: number): number {
    return this.assignment[u]!;
  }

  /** Members of section s. */
  members(s: number): number {
    return this.sectionMembers[s]!;
  }

  /** Number of units in section s. */
  size(s: number): number {
    return this.unitLists[s]?.length ?? 0;
  }

  /** The units of section s (in no particular order; do not modify). */
  units(s: number): readonly number[] {
    return this.unitLists[s] ?? [];
  }

  /** Whether section index s exists. */
  exists(s: number): boolean {
    return s >= 0 && s < this.unitLists.length && this.alive[s] === 1;
  }

  /** The existing section indices, in increasing order. */
  sections(): number[] {
    const out: number[] = [];
    for (let s = 0; s < this.unitLists.length; s++) if (this.alive[s]) out.push(s);
    return out;
  }

  /** The number of existing sections (empty ones included). */
  get count(): number {
    return this.live;
  }

  /** Edges whose two units are assigned to different sections. */
  get cutEdges(): number {
    if (this.cut < 0) this.cut = this.countCutEdges();
    return this.cut;
  }

  /** One past the largest section index ever used (the size of per-section arrays an updater keeps). */
  get capacity(): number {
    return this.unitLists.length;
  }

  /**
   * A new, empty section; its index. Without `at`, a dropped index is reused first, else the next one; `at`
   * asks for that index (it must not exist: an undo re-creating a deleted section uses it).
   */
  newSection(at?: number): number {
    let s: number;
    if (at === undefined) s = this.freeIds.length ? this.freeIds.pop()! : this.unitLists.length;
    else {
      if (!Number.isInteger(at) || at < 0 || this.exists(at)) throw new Error(`Partition: section ${at} exists or is not an index`);
      s = at;
      const k = this.freeIds.indexOf(s);
      if (k >= 0) this.freeIds.splice(k, 1);
    }
    while (this.unitLists.length <= s) {
      const t = this.unitLists.length;
      this.unitLists.push([]);
      if (t >= this.alive.length) {
        const members = new Float64Array(this.alive.length * 2);
        members.set(this.sectionMembers);
        this.sectionMembers = members;
        const alive = new Uint8Array(this.alive.length * 2);
        alive.set(this.alive);
        this.alive = alive;
      }
      if (t !== s) this.freeIds.push(t); // indices skipped over are free
    }
    this.alive[s] = 1;
    this.sectionMembers[s] = 0;
    this.live++;
    return s;
  }

  /** Remove an empty section (its index may be reused by newSection). */
  dropSection(s: number): void {
    if (!this.exists(s)) throw new Error(`Partition: no section ${s}`);
    if (this.unitLists[s]!.length > 0) throw new Error(`Partition: section ${s} still has units`);
    this.alive[s] = 0;
    this.live--;
    this.freeIds.push(s);
  }

  /** Move unit u to section `to` (−1: unassign it). Every updater is told. */
  move(u: number, to: number): void {
    const from = this.assignment[u]!;
    if (from === to) return;
    if (to >= 0 && !this.exists(to)) throw new Error(`Partition: no section ${to}`);
    // cut edges: the edges of u change state (once counted: a search that never asks, such as propose's, does
    // not pay for them on every move)
    if (this.cut >= 0) {
      const { offsets, neighbours } = this.g;
      for (let i = offsets[u]!; i < offsets[u + 1]!; i++) {
        const sv = this.assignment[neighbours[i]!]!;
        if (sv < 0) continue;
        if (from >= 0 && sv !== from) this.cut--;
        if (to >= 0 && sv !== to) this.cut++;
      }
    }
    const m = this.g.members[u]!;
    if (from >= 0) {
      const list = this.unitLists[from]!;
      const k = this.position[u]!;
      const last = list.pop()!;
      if (last !== u) {
        list[k] = last;
        this.position[last] = k;
      }
      this.sectionMembers[from]! -= m;
      if (list.length === 0) this.sectionMembers[from] = 0; // no drift on an empty section
    }
    this.assignment[u] = to;
    if (to >= 0) {
      const list = this.unitLists[to]!;
      this.position[u] = list.length;
      list.push(u);
      this.sectionMembers[to]! += m;
    } else {
      this.position[u] = -1;
    }
    // (an index loop: move runs for every zone of every step, before V8 optimises it too)
    const registered = this.registered;
    for (let i = 0; i < registered.length; i++) {
      const r = registered[i]!;
      const { updater } = r;
      if (updater.move) {
        const next = updater.move(r.value, this, u, from, to);
        if (next !== undefined) r.value = next;
      } else {
        r.value = updater.init(this);
      }
    }
  }

  /** Move several units to one section. */
  moveMany(units: ArrayLike<number>, to: number): void {
    for (let i = 0; i < units.length; i++) this.move(units[i]!, to);
  }

  /**
   * Register a figure: computed now and kept up to date on every move. Registering the same updater object
   * again returns its current value.
   */
  use<T>(updater: Updater<T>): T {
    const known = this.registered.find((r) => r.updater === updater);
    if (known) return known.value as T;
    const value = updater.init(this);
    this.registered.push({ updater: updater as Updater<unknown>, value });
    return value;
  }

  /** The current value of a registered figure, by its updater or its key. */
  get<T>(updater: Updater<T> | string): T {
    const r = this.registered.find((x) => (typeof updater === 'string' ? x.updater.key === updater : x.updater === updater));
    if (!r) throw new Error(`Partition: no figure ${typeof updater === 'string' ? updater : updater.key}`);
    return r.value as T;
  }

  /**
   * The connected pieces of section s (unit lists), largest first (ties: the piece holding the smallest unit
   * first). One piece when the section is contiguous; none when it is empty.
   */
  pieces(s: number): number[][] {
    const units = this.units(s);
    const out: number[][] = [];
    const stampNow = this.nextStamp();
    for (const start of units) {
      if (this.stamp[start] === stampNow) continue;
      out.push(this.component(start, s, stampNow));
    }
    for (const piece of out) piece.sort((a, b) => a - b);
    return out.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  }

  /** Whether section s is in one piece (an empty section counts as contiguous). */
  isContiguous(s: number): boolean {
    const units = this.units(s);
    if (units.length <= 1) return true;
    return this.component(units[0]!, s, this.nextStamp()).length === units.length;
  }

  /**
   * Whether removing unit u from its section leaves the rest of the section in one piece (u is not a cut
   * vertex of its section). Cost: one search of the section.
   */
  canRemove(u: number): boolean {
    const s = this.assignment[u]!;
    if (s < 0) return true;
    const size = this.size(s);
    if (size <= 1) return true;
    const list = this.unitLists[s]!;
    const start = list[0] === u ? list[1]! : list[0]!;
    const stampNow = this.nextStamp();
    this.stamp[u] = stampNow; // as if removed
    return this.component(start, s, stampNow).length === size - 1;
  }

  /** The section indices adjacent to section s (sharing an edge), increasing. */
  neighbourSections(s: number): number[] {
    const seen = new Set<number>();
    const { offsets, neighbours } = this.g;
    for (const u of this.units(s)) {
      for (let i = offsets[u]!; i < offsets[u + 1]!; i++) {
        const t = this.assignment[neighbours[i]!]!;
        if (t >= 0 && t !== s) seen.add(t);
      }
    }
    return [...seen].sort((a, b) => a - b);
  }

  /** A copy with the same assignment, sections and registered figures (copied, or computed again). */
  clone(): Partition {
    const c = new Partition(this.g, this.assignment, this.unitLists.length);
    for (let s = 0; s < this.unitLists.length; s++) {
      if (!this.alive[s]) {
        c.alive[s] = 0;
        c.live--;
      }
    }
    for (const id of this.freeIds) c.freeIds.push(id);
    c.cut = this.cut;
    for (const r of this.registered) {
      c.registered.push({ updater: r.updater, value: r.updater.copy ? r.updater.copy(r.value) : r.updater.init(c) });
    }
    return c;
  }

  private countCutEdges(): number {
    const { offsets, neighbours, n } = this.g;
    let cut = 0;
    for (let u = 0; u < n; u++) {
      const su = this.assignment[u]!;
      if (su < 0) continue;
      for (let i = offsets[u]!; i < offsets[u + 1]!; i++) {
        const v = neighbours[i]!;
        if (v > u) {
          const sv = this.assignment[v]!;
          if (sv >= 0 && sv !== su) cut++;
        }
      }
    }
    return cut;
  }

  private nextStamp(): number {
    if (this.stampNow === 0x7fffffff) {
      this.stamp.fill(0);
      this.stampNow = 0;
    }
    return ++this.stampNow;
  }

  /** The units of section s reachable from `start` without crossing a unit stamped `mark`; stamps them. */
  private component(start: number, s: number, mark: number): number[] {
    const { offsets, neighbours } = this.g;
    const q = this.queue;
    let head = 0;
    let tail = 0;
    q[tail++] = start;
    this.stamp[start] = mark;
    while (head < tail) {
      const u = q[head++]!;
      for (let i = offsets[u]!; i < offsets[u + 1]!; i++) {
        const v = neighbours[i]!;
        if (this.stamp[v] !== mark && this.assignment[v] === s) {
          this.stamp[v] = mark;
          q[tail++] = v;
        }
      }
    }
    return Array.from(q.subarray(0, tail));
  }
}
