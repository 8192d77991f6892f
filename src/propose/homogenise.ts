/**
 * Propose's homogenise stage (issue #21): once the number of sections is settled and the --respect crossings
 * are as few as the search made them, make the zones of each section alike — minimise the within-section sum of
 * squares of the standardised attributes (each unit counted once, as spopt's max-p does; see
 * src/homogeneity/updater.ts), at the same number of sections, every rule still held.
 *
 * Order of objectives: (1) the number of sections (never changes here), (2) --respect crossings (never more;
 * fewer is always better), (3) the within sum of squares. Compactness, the search's last tie-break, gives way.
 *
 * Simulated annealing on one Partition (src/partition) with the within-SS updater, over four moves:
 *  - move: a unit at a section border to the adjacent section;
 *  - swap: a border unit of section A with a border unit of an adjacent section B;
 *  - merge–split (ReCom, DeFord–Duchin–Solomon 2021): merge two adjacent sections, draw a uniform spanning tree
 *    of their units (Wilson), and re-split at the tree edge whose two sides each meet the charter and have the
 *    smallest sum of squares;
 *  - shift: merge two adjacent sections and split a third one the same way (the section count is kept, a
 *    section moves to where it makes zones more alike).
 * Every state is a valid plan: each section within its member bounds and zone cap, contiguous (a moved unit
 * is never a cut vertex of its section; tree sides are connected), locked units never move and sections
 * holding them are never merged. The temperature falls geometrically from the typical uphill change to a
 * thousandth of it; the best state met is kept. Deterministic for a seed (one Rng); the effort is counted in
 * steps, `timeLimitMs` is a safety cap only.
 */
import type { Rng } from '../core/rng.js';
import type { Attributes } from '../homogeneity/attributes.js';
import { groupSS, unitValues, withinSSUpdater, moveDelta, type UnitValues, type WithinSS } from '../homogeneity/updater.js';
import { labelUpdater, type SectionLabels } from '../partition/updaters.js';
import { Partition } from '../partition/partition.js';
import { unitGraphFrom, type UnitGraph } from '../partition/graph.js';
import { drawSpanningTree, subtreeSums, subtreeUnits, treeBuffers, type TreeBuffers } from '../partition/tree.js';
import type { Problem } from './problem.js';
import type { ZonesTest } from '../check/rules/index.js';

export interface HomogeniseOptions {
  /** a test every section must pass (the rules' zonesTest: max-spread…); failing sections are repaired first */
  sectionOk?: ZonesTest;
  /** search steps (default: 2,000 per unit, between 20,000 and 1,000,000) */
  steps?: number;
  /** safety cap in milliseconds (the result then depends on the machine) */
  timeLimitMs?: number;
}

export interface HomogeniseResult {
  /** unit → section label (the labels given, the same set of them) */
  labels: Int32Array;
  /** within sum of squares before and after */
  before: number;
  after: number;
  /** --respect crossings before and after (after ≤ before) */
  crossingsBefore: number;
  crossings: number;
  /** sections failing opts.sectionOk before and after (after ≤ before) */
  violationsBefore: number;
  violations: number;
  steps: number;
  accepted: number;
  timedOut: boolean;
}

/** Default number of steps for a layer of n units. */
export function homogeniseSteps(n: number): number {
  return Math.max(20_000, Math.min(1_000_000, 2_000 * n));
}

/**
 * The stage on a problem and a plan of it (`labels`: unit → section label, every unit assigned, every
 * section meeting the problem's bounds). `attrs` is in the problem's unit order.
 */
export function homogenise(p: Problem, labels: ArrayLike<number>, attrs: Attributes, rng: Rng, opts: HomogeniseOptions = {}): HomogeniseResult {
  const search = new Search(p, labels, attrs, rng, opts.sectionOk);
  return search.run(opts.steps ?? homogeniseSteps(p.n), opts.timeLimitMs);
}

const MOVE = 0.45;
const SWAP = 0.15;
const RECOM = 0.3; // the rest: shift

class Search {
  readonly g: UnitGraph;
  readonly part: Partition;
  readonly v: UnitValues;
  readonly w: WithinSS;
  readonly resp: SectionLabels | null;
  /** CSR entry → the unit it belongs to */
  readonly owner: Int32Array;
  readonly frozen: Uint8Array;
  readonly lockedSection: Uint8Array;
  readonly tb: TreeBuffers;
  readonly merged: Int32Array;
  readonly side: Int32Array;
  readonly subCount: Float64Array;
  readonly subSum: Float64Array;
  readonly subSq: Float64Array;
  readonly scratch: Float64Array;
  crossings = 0;
  /** sections failing sectionOk */
  violations = 0;
  bestViolations = Infinity;
  temp = 0;
  accepted = 0;
  // best state met
  bestSS = Infinity;
  bestCrossings = Infinity;
  best: Int32Array;
  unsaved = false;
  private readonly undo: number[] = [];

  constructor(
    readonly p: Problem,
    labels: ArrayLike<number>,
    attrs: Attributes,
    readonly rng: Rng,
    readonly sectionOk?: ZonesTest,
  ) {
    if (attrs.n !== p.n) throw new Error(`homogenise: attributes for ${attrs.n} units, the problem has ${p.n}`);
    this.g = unitGraphFrom(p.nbr, p.members, p.ids);
    this.part = new Partition(this.g, labels);
    this.v = unitValues(attrs);
    this.w = this.part.use(withinSSUpdater(this.v));
    this.resp = p.respectValues.length > 1 ? this.part.use(labelUpdater('respect', p.respect, p.respectValues.length)) : null;
    const { offsets, n } = this.g;
    this.owner = new Int32Array(offsets[n]!);
    for (let u = 0; u < n; u++) for (let i = offsets[u]!; i < offsets[u + 1]!; i++) this.owner[i] = u;
    this.frozen = new Uint8Array(n);
    this.lockedSection = new Uint8Array(Math.max(4, this.part.capacity));
    for (let u = 0; u < n; u++) {
      if (labels[u]! < 0) throw new Error('homogenise: every unit must be in a section');
      if (p.lock[u]! >= 0) {
        this.frozen[u] = 1;
        this.lockedSection[labels[u]!] = 1;
      }
    }
    this.tb = treeBuffers(n);
    this.merged = new Int32Array(n);
    this.side = new Int32Array(n);
    const k = this.v.k;
    this.subCount = new Float64Array(n);
    this.subSum = new Float64Array(n * k);
    this.subSq = new Float64Array(n * k);
    this.scratch = new Float64Array(4 * k + 4);
    for (const s of this.part.sections()) this.crossings += this.crossingsOf(s);
    for (const s of this.part.sections()) this.violations += this.violates(s);
    this.best = Int32Array.from(this.part.assignment);
  }

  run(steps: number, timeLimitMs?: number): HomogeniseResult {
    const started = Date.now();
    const before = this.w.total;
    const crossingsBefore = this.crossings;
    const violationsBefore = this.violations;
    this.bestSS = before;
    this.bestCrossings = this.crossings;
    this.bestViolations = this.violations;
    // nothing to lower (no attributes, or alike zones: every change is 0): the steps only repair sections failing
    // sectionOk (max-spread on a zone property…), at any positive temperature, and stop once none does
    const start = this.startTemperature();
    const repairOnly = !(start > 0);
    const t0 = repairOnly ? 1 : start;
    const t1 = t0 * 1e-3;
    let done = 0;
    let timedOut = false;
    if ((!repairOnly || this.violations > 0) && this.part.count > 1) {
      const ratio = Math.log(t1 / t0);
      for (; done < steps; done++) {
        if ((done & 1023) === 0) {
          if (timeLimitMs !== undefined && Date.now() - started > timeLimitMs) {
            timedOut = true;
            break;
          }
          this.temp = t0 * Math.exp((ratio * done) / steps);
        }
        if (repairOnly && this.violations === 0) break;
        this.step();
      }
    }
    if (this.unsaved) this.save();
    // exact figures on the best plan (no drift from the incremental sums)
    const final = new Partition(this.g, this.best);
    const after = final.use(withinSSUpdater(this.v)).total;
    let crossings = 0;
    if (this.resp) {
      const resp = final.use(labelUpdater('respect', this.p.respect, this.p.respectValues.length));
      for (const s of final.sections()) crossings += crossingsIn(final, resp, s, this.p.respect);
    }
    let violations = 0;
    for (const s of final.sections()) violations += this.violatesIn(final, s);
    return { labels: this.best, before, after, crossingsBefore, crossings, violationsBefore, violations, steps: done, accepted: this.accepted, timedOut };
  }

  /** The mean uphill change of a sample of feasible moves: where the temperature starts. */
  private startTemperature(): number {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < 400; i++) {
      const e = this.randomCutEntry();
      if (e < 0) break;
      const u = this.owner[e]!;
      const a = this.part.sectionOf(u);
      const b = this.part.sectionOf(this.g.neighbours[e]!);
      if (!this.canGive(u, a, b)) continue;
      const d = moveDelta(this.v, this.w, u, a, b);
      if (d > 0) ((sum += d), n++);
    }
    if (n === 0) {
      // no single move is feasible (sections at their floor): scale on the sum of squares per section
      return this.w.total / Math.max(1, this.part.count);
    }
    return sum / n;
  }

  private step(): void {
    const r = this.rng.next();
    if (r < MOVE) this.tryMove();
    else if (r < MOVE + SWAP) this.trySwap();
    else if (r < MOVE + SWAP + RECOM) this.tryRecom();
    else this.tryShift();
  }

  private accept(delta: number): boolean {
    // while some section breaks sectionOk, a step is judged after it is applied (commit): it may repair one
    if (this.violations > 0) return true;
    return this.metropolis(delta);
  }

  private metropolis(delta: number): boolean {
    return delta <= 0 || this.rng.next() < Math.exp(-delta / this.temp);
  }

  /** A CSR entry u→v with u and v in different sections, uniformly; −1 when the plan has one section. */
  private randomCutEntry(): number {
    const { neighbours } = this.g;
    const m = neighbours.length;
    if (this.part.cutEdges === 0 || m === 0) return -1;
    const a = this.part.assignment;
    for (;;) {
      const e = this.rng.int(m);
      if (a[this.owner[e]!] !== a[neighbours[e]!]) return e;
    }
  }

  /** Bounds only: can section a give unit u to section b? */
  private canGive(u: number, a: number, b: number): boolean {
    const { p, part } = this;
    if (this.frozen[u]) return false;
    const m = p.members[u]!;
    return part.size(a) > 1 && part.members(a) - m >= p.T && part.members(b) + m <= p.max && part.size(b) + 1 <= p.maxZones;
  }

  private tryMove(): void {
    const e = this.randomCutEntry();
    if (e < 0) return;
    const u = this.owner[e]!;
    const { part } = this;
    const a = part.sectionOf(u);
    const b = part.sectionOf(this.g.neighbours[e]!);
    if (!this.canGive(u, a, b)) return;
    const d = moveDelta(this.v, this.w, u, a, b);
    if (!this.accept(d) || !part.canRemove(u)) return;
    this.begin(d, [a, b]);
    this.put(u, b);
    this.commit();
  }

  private trySwap(): void {
    const e = this.randomCutEntry();
    if (e < 0) return;
    const { part, p, g } = this;
    const u = this.owner[e]!;
    const a = part.sectionOf(u);
    const b = part.sectionOf(g.neighbours[e]!);
    if (this.frozen[u]) return;
    // a border unit of b facing a, uniformly among them
    let x = -1;
    let seen = 0;
    for (const y of part.units(b)) {
      if (this.frozen[y]) continue;
      let faces = false;
      for (let i = g.offsets[y]!; i < g.offsets[y + 1]! && !faces; i++) faces = part.sectionOf(g.neighbours[i]!) === a;
      if (faces && this.rng.int(++seen) === 0) x = y;
    }
    if (x < 0) return;
    const mu = p.members[u]!;
    const mx = p.members[x]!;
    const ma = part.members(a) - mu + mx;
    const mb = part.members(b) - mx + mu;
    if (ma < p.T || ma > p.max || mb < p.T || mb > p.max) return;
    const d = this.swapDelta(u, x, a, b);
    if (!this.accept(d)) return;
    this.begin(d, [a, b]);
    this.put(u, b);
    this.put(x, a);
    if (!part.isContiguous(a) || !part.isContiguous(b)) return this.rollback();
    this.commit();
  }

  /** The change of the sum of squares if u (in a) and x (in b) traded places. */
  private swapDelta(u: number, x: number, a: number, b: number): number {
    const { v, w } = this;
    const k = v.k;
    const s = this.scratch;
    // s[0..k): Σz of a after, s[k..2k): Σz² of a after, s[2k..3k), s[3k..4k): the same for b
    let na = w.count[a]!;
    let nb = w.count[b]!;
    for (let c = 0; c < k; c++) {
      s[c] = w.sum[a * k + c]!;
      s[k + c] = w.sq[a * k + c]!;
      s[2 * k + c] = w.sum[b * k + c]!;
      s[3 * k + c] = w.sq[b * k + c]!;
    }
    const shift = (unit: number, sign: number, o: number) => {
      for (let c = 0; c < k; c++) {
        const z = v.z[unit * k + c]!;
        s[o + c]! += sign * z;
        s[o + k + c]! += sign * z * z;
      }
    };
    if (v.counted[u]) (shift(u, -1, 0), shift(u, 1, 2 * k), na--, nb++);
    if (v.counted[x]) (shift(x, 1, 0), shift(x, -1, 2 * k), na++, nb--);
    const after = groupSS(v, na, s, s.subarray(k), 0) + groupSS(v, nb, s.subarray(2 * k), s.subarray(3 * k), 0);
    return after - w.ss[a]! - w.ss[b]!;
  }

  /** Merge two adjacent sections and re-split them at the best tree cut. */
  private tryRecom(): void {
    const e = this.randomCutEntry();
    if (e < 0) return;
    const { part } = this;
    const a = part.sectionOf(this.owner[e]!);
    const b = part.sectionOf(this.g.neighbours[e]!);
    if (this.lockedSection[a] || this.lockedSection[b]) return;
    const k = this.gather(a, b, 0);
    if (k < 3) return; // two units: the only cut is the plan as it is
    const cut = this.bestCut(k);
    if (cut < 0) return;
    const d = this.cutSS - this.w.ss[a]! - this.w.ss[b]!;
    if (d === 0 || !this.accept(d)) return;
    this.begin(d, [a, b]);
    this.applyCut(k, cut, a, b);
    this.commit();
  }

  /** Merge two adjacent sections into one and split a third one in two at its best tree cut. */
  private tryShift(): void {
    const e = this.randomCutEntry();
    if (e < 0) return;
    const { part, p, w, v } = this;
    const a = part.sectionOf(this.owner[e]!);
    const b = part.sectionOf(this.g.neighbours[e]!);
    if (this.lockedSection[a] || this.lockedSection[b]) return;
    if (part.members(a) + part.members(b) > p.max || part.size(a) + part.size(b) > p.maxZones) return;
    // a section that can give two: drawn at random among the sections (a few tries)
    const sections = part.capacity;
    let c = -1;
    for (let t = 0; t < 8 && c < 0; t++) {
      const s = this.rng.int(sections);
      if (s !== a && s !== b && part.exists(s) && !this.lockedSection[s] && part.size(s) >= 2 && part.members(s) >= 2 * p.T) c = s;
    }
    if (c < 0) return;
    const kc = this.gather(c, -1, 0);
    const cut = this.bestCut(kc);
    if (cut < 0) return;
    // merged a ∪ b
    const kk = v.k;
    const s = this.scratch;
    for (let i = 0; i < kk; i++) {
      s[i] = w.sum[a * kk + i]! + w.sum[b * kk + i]!;
      s[kk + i] = w.sq[a * kk + i]! + w.sq[b * kk + i]!;
    }
    const mergedSS = groupSS(v, w.count[a]! + w.count[b]!, s, s.subarray(kk), 0);
    const d = mergedSS + this.cutSS - w.ss[a]! - w.ss[b]! - w.ss[c]!;
    if (!this.accept(d)) return;
    this.begin(d, [a, b, c]);
    for (const u of [...part.units(b)]) this.put(u, a);
    this.applyCut(kc, cut, c, b);
    this.commit();
  }

  /** The units of sections a and b (b = −1: a only) into `merged` from `at`; returns the new length. */
  private gather(a: number, b: number, at: number): number {
    let k = at;
    for (const u of this.part.units(a)) this.merged[k++] = u;
    if (b >= 0) for (const u of this.part.units(b)) this.merged[k++] = u;
    return k;
  }

  private cutSS = 0;

  /**
   * Draw a uniform spanning tree of merged[0..k) and return the child unit of the tree edge whose two sides
   * each meet the bounds with the smallest sum of squares (cutSS), −1 when no edge does.
   */
  private bestCut(k: number): number {
    const { g, tb, p, v } = this;
    const units = this.merged.subarray(0, k);
    drawSpanningTree(g, units, this.rng, tb);
    subtreeSums(g, k, tb);
    const kk = v.k;
    const { order, parent } = tb;
    const { subCount, subSum, subSq } = this;
    for (let i = 0; i < k; i++) {
      const u = order[i]!;
      const counted = v.counted[u]!;
      subCount[u] = counted;
      for (let c = 0; c < kk; c++) {
        const z = v.z[u * kk + c]!;
        subSum[u * kk + c] = z;
        subSq[u * kk + c] = z * z;
      }
    }
    for (let i = k - 1; i > 0; i--) {
      const u = order[i]!;
      const q = parent[u]!;
      subCount[q]! += subCount[u]!;
      for (let c = 0; c < kk; c++) {
        subSum[q * kk + c]! += subSum[u * kk + c]!;
        subSq[q * kk + c]! += subSq[u * kk + c]!;
      }
    }
    const root = order[0]!;
    const total = tb.subMembers[root]!;
    const size = tb.subSize[root]!;
    const s = this.scratch;
    let best = -1;
    let bestSS = Infinity;
    for (let i = 1; i < k; i++) {
      const u = order[i]!;
      const m = tb.subMembers[u]!;
      const n1 = tb.subSize[u]!;
      if (m < p.T || total - m < p.T || m > p.max || total - m > p.max || n1 > p.maxZones || size - n1 > p.maxZones) continue;
      for (let c = 0; c < kk; c++) {
        s[c] = subSum[root * kk + c]! - subSum[u * kk + c]!;
        s[kk + c] = subSq[root * kk + c]! - subSq[u * kk + c]!;
      }
      const ss = groupSS(v, subCount[u]!, subSum, subSq, u * kk) + groupSS(v, subCount[root]! - subCount[u]!, s, s.subarray(kk), 0);
      if (ss < bestSS) ((bestSS = ss), (best = u));
    }
    this.cutSS = bestSS;
    return best;
  }

  /** Put the subtree of `child` in one of sections a, b and the rest in the other (the way that moves fewer units). */
  private applyCut(k: number, child: number, a: number, b: number): void {
    const { part } = this;
    const n1 = subtreeUnits(k, this.tb, child, this.side);
    let inA = 0;
    for (let i = 0; i < n1; i++) if (part.sectionOf(this.side[i]!) === a) inA++;
    const [one, other] = inA * 2 >= n1 ? [a, b] : [b, a];
    // the units of the cut side are stamped in tb.inTree with the current stamp
    const stamp = this.tb.stamp;
    for (let i = 0; i < k; i++) {
      const u = this.merged[i]!;
      this.put(u, this.tb.inTree[u] === stamp ? one : other);
    }
  }

  // --- applying moves, with an undo log (contiguity of a swap, --respect crossings) ---

  private touched: number[] = [];
  private crossingsTouched = 0;
  private violationsTouched = 0;
  private delta = 0;

  /** Before applying moves that change `sections` by `delta`: keep the best state if this one is it. */
  private begin(delta: number, sections: number[]): void {
    this.undo.length = 0;
    if (this.unsaved && delta > 0) this.save(); // the best state met is about to be left
    this.touched = sections;
    this.delta = delta;
    if (this.resp) this.crossingsTouched = sections.reduce((sum, s) => sum + this.crossingsOf(s), 0);
    if (this.sectionOk) this.violationsTouched = sections.reduce((sum, s) => sum + this.violates(s), 0);
  }

  private put(u: number, to: number): void {
    const from = this.part.sectionOf(u);
    if (from === to) return;
    this.undo.push(u, from);
    this.part.move(u, to);
  }

  private rollback(): void {
    for (let i = this.undo.length - 2; i >= 0; i -= 2) this.part.move(this.undo[i]!, this.undo[i + 1]!);
    this.undo.length = 0;
  }

  /** Keep the moves unless they add --respect crossings beyond the best plan's; note a new best. */
  /**
   * Keep the moves when they fail no more sections than before (sectionOk), add no --respect crossings beyond the
   * best plan's (unless they repair a section: the charter's rules come first), and, at equal failures while
   * repairing, pass the Metropolis test skipped before; note a new best.
   */
  private commit(): void {
    let violations = this.violations;
    if (this.sectionOk) {
      violations = this.violations + this.touched.reduce((sum, s) => sum + this.violates(s), 0) - this.violationsTouched;
      if (violations > this.violations) return this.rollback();
      if (violations === this.violations && this.violations > 0 && !this.metropolis(this.delta)) return this.rollback();
    }
    let crossings = this.crossings;
    if (this.resp) {
      crossings = this.crossings + this.touched.reduce((sum, s) => sum + this.crossingsOf(s), 0) - this.crossingsTouched;
      if (crossings > this.bestCrossings && violations >= this.violations) return this.rollback();
    }
    this.violations = violations;
    this.crossings = crossings;
    this.accepted++;
    const ss = this.w.total;
    const better =
      violations < this.bestViolations ||
      (violations === this.bestViolations && (crossings < this.bestCrossings || (crossings === this.bestCrossings && ss < this.bestSS - 1e-12)));
    if (better) {
      this.bestViolations = violations;
      this.bestCrossings = crossings;
      this.bestSS = ss;
      this.unsaved = true;
    }
  }

  private save(): void {
    this.best.set(this.part.assignment);
    this.unsaved = false;
  }

  /** 1 when section s fails sectionOk. */
  private violates(s: number): number {
    return this.violatesIn(this.part, s);
  }

  private violatesIn(part: Partition, s: number): number {
    if (!this.sectionOk || !part.exists(s) || part.size(s) === 0) return 0;
    const units = part.units(s);
    return this.sectionOk(units, units.length) ? 0 : 1;
  }

  /** --respect crossings of section s: its units outside its most common value. */
  private crossingsOf(s: number): number {
    return this.resp ? crossingsIn(this.part, this.resp, s, this.p.respect) : 0;
  }
}

function crossingsIn(part: Partition, resp: SectionLabels, s: number, values: Int32Array): number {
  if (resp.distinct[s]! <= 1) return 0;
  let most = 0;
  const L = resp.labelCount;
  for (const u of part.units(s)) {
    const c = resp.counts[s * L + values[u]!]!;
    if (c > most) most = c;
  }
  return part.size(s) - most;
}
