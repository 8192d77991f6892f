/**
 * The ReCom Markov chain on a Partition (issue #22, step 2), two variants:
 *
 * - `recom` (DeFord–Duchin–Solomon 2021, as GerryChain's `recom`): pick a cut edge uniformly, merge the two
 *   sections it joins, draw a uniform spanning tree of the merged units (Wilson), pick uniformly among the
 *   tree edges whose two sides each pass the charter's side test, and split there. When no edge is valid the
 *   tree is redrawn (up to `redraws` times), then the chain stays. Its stationary law is not known in closed form.
 * - `reversible` (after Cannon–Duchin–Randall–Rule 2022, "Spanning tree methods for sampling graph partitions",
 *   RevReCom): pick a cut edge uniformly and merge the two sections A, B it joins, draw a uniform spanning tree T,
 *   pick one edge of T uniformly (stay if a side fails the test), give the two sides the pair's two labels by a
 *   fair coin, and accept with probability min(1, C / C′), C and C′ = the plan's cut edges before and after.
 *   The proposal probability of (A,B) → (A′,B′) is c(A,B)/C · τ(A′)τ(B′)·c(A′,B′) / (τ(A∪B)(|A∪B|−1)·2),
 *   c = the edges between the two sections; the c terms cancel against the reverse move's, so this acceptance
 *   makes the chain reversible for π(plan) ∝ Π_sections τ(section), τ = the number of spanning trees: the
 *   spanning-tree-weighted law over the valid plans with K sections. (Cannon et al. pick the pair uniformly among
 *   all K(K−1)/2 pairs and accept with c(A,B)/c(A′,B′); same law, but on a real layer most pairs don't touch
 *   and the step stays: on the PACA communes 0.5 % of steps moved, against several times more here.)
 *
 * Every state is a valid plan when the start is: only the two merged sections change, and both new sides pass
 * the test. The side test judges one candidate section by its member sum and unit count (see tree.ts).
 */
import type { Rng } from '../core/rng.js';
import type { Partition } from '../partition/partition.js';
import type { ZonesTest } from '../check/rules/index.js';
import { drawSpanningTree, subtreeSums, subtreeUnits, treeBuffers, validCuts, type SideTest, type TreeBuffers } from '../partition/tree.js';

export type ChainKind = 'recom' | 'reversible';

/** What the chain obeys beyond the side test of member sums and sizes. */
export interface ChainRules {
  /** a test of a side by its units (the rules' zonesTest: within, max-spread…) */
  zonesTest?: ZonesTest;
  /** sections that never change (holding the units of a --split-into zone): a step that picks one stays */
  frozen?: (section: number) => boolean;
}

export class ReComChain {
  private readonly b: TreeBuffers;
  private readonly merged: Int32Array;
  private readonly side: Int32Array;
  private readonly other: Int32Array;
  /** The sections before a reversible proposal, to undo it when rejected. */
  private readonly saved: Int32Array;
  /** The pair of sections picked by `randomCutEdge`. */
  private pairA = -1;
  private pairC = -1;
  /** Steps tried and steps that changed the plan. */
  steps = 0;
  accepted = 0;

  constructor(
    readonly p: Partition,
    readonly ok: SideTest,
    readonly rng: Rng,
    readonly kind: ChainKind = 'reversible',
    readonly redraws = 20,
    readonly rules: ChainRules = {},
  ) {
    const n = p.g.n;
    this.b = treeBuffers(n);
    this.merged = new Int32Array(n);
    this.side = new Int32Array(n);
    this.other = new Int32Array(n);
    this.saved = new Int32Array(n);
  }

  /** Both sides of the cut above `child` pass the rules' zones test (true when there is none). */
  private sidesPass(k: number, child: number): boolean {
    const test = this.rules.zonesTest;
    if (!test) return true;
    const n1 = subtreeUnits(k, this.b, child, this.side);
    if (!test(this.side, n1)) return false;
    const mark = this.b.inTree;
    const stamp = this.b.stamp;
    let n2 = 0;
    for (let i = 0; i < k; i++) {
      const u = this.merged[i]!;
      if (mark[u] !== stamp) this.other[n2++] = u;
    }
    return test(this.other, n2);
  }

  private isFrozen(a: number, c: number): boolean {
    const f = this.rules.frozen;
    return f !== undefined && (f(a) || f(c));
  }

  step(): boolean {
    this.steps++;
    const moved = this.kind === 'recom' ? this.recomStep() : this.reversibleStep();
    if (moved) this.accepted++;
    return moved;
  }

  /** A uniformly chosen cut edge: its pair of sections in `pairA`, `pairC`; false when the plan has one section. */
  private randomCutEdge(): boolean {
    const p = this.p;
    if (p.cutEdges === 0) return false;
    const { offsets, neighbours, n } = p.g;
    const entries = offsets[n]!;
    // Rejection over the CSR entries: each undirected cut edge appears twice, so this is uniform over cut edges.
    for (;;) {
      const e = this.rng.int(entries);
      const v = neighbours[e]!;
      // the unit owning entry e: binary search over offsets
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (offsets[mid]! <= e) lo = mid;
        else hi = mid - 1;
      }
      const a = p.sectionOf(lo);
      const c = p.sectionOf(v);
      if (a >= 0 && c >= 0 && a !== c) {
        this.pairA = a;
        this.pairC = c;
        return true;
      }
    }
  }

  private gather(a: number, c: number): number {
    let k = 0;
    for (const u of this.p.units(a)) this.merged[k++] = u;
    for (const u of this.p.units(c)) this.merged[k++] = u;
    return k;
  }

  /** Puts the subtree of `child` in one section and the rest in the other (labels by a coin). */
  private split(k: number, child: number, a: number, c: number): void {
    const coin = this.rng.next() < 0.5;
    const inside = coin ? a : c;
    const outside = coin ? c : a;
    const count = subtreeUnits(k, this.b, child, this.side);
    // Units of the merged set not in the subtree go to `outside`; those in it to `inside`.
    const mark = this.b.inTree;
    const stamp = this.b.stamp; // subtreeUnits stamped the subtree
    for (let i = 0; i < k; i++) {
      const u = this.merged[i]!;
      if (mark[u] !== stamp && this.p.sectionOf(u) !== outside) this.p.move(u, outside);
    }
    for (let i = 0; i < count; i++) {
      const u = this.side[i]!;
      if (this.p.sectionOf(u) !== inside) this.p.move(u, inside);
    }
  }

  private recomStep(): boolean {
    if (!this.randomCutEdge()) return false;
    const a = this.pairA;
    const c = this.pairC;
    if (this.isFrozen(a, c)) return false;
    const k = this.gather(a, c);
    for (let attempt = 0; attempt <= this.redraws; attempt++) {
      drawSpanningTree(this.p.g, this.merged, this.rng, this.b, k);
      subtreeSums(this.p.g, k, this.b);
      let count = validCuts(k, this.b, this.ok);
      if (this.rules.zonesTest) {
        let kept = 0;
        for (let i = 0; i < count; i++) if (this.sidesPass(k, this.b.cuts[i]!)) this.b.cuts[kept++] = this.b.cuts[i]!;
        count = kept;
      }
      if (count > 0) {
        this.split(k, this.b.cuts[this.rng.int(count)]!, a, c);
        return true;
      }
    }
    return false;
  }

  private reversibleStep(): boolean {
    // the pair: the two sections of a uniformly chosen cut edge (probability c(A,B)/C, C = all cut edges)
    if (!this.randomCutEdge()) return false;
    const a = this.pairA;
    const c = this.pairC;
    if (this.isFrozen(a, c)) return false;
    const before = this.p.cutEdges;
    const k = this.gather(a, c);
    drawSpanningTree(this.p.g, this.merged, this.rng, this.b, k);
    subtreeSums(this.p.g, k, this.b);
    const child = this.b.order[1 + this.rng.int(k - 1)]!;
    const m = this.b.subMembers[child]!;
    const s = this.b.subSize[child]!;
    const root = this.b.order[0]!;
    const total = this.b.subMembers[root]!;
    if (!this.ok(m, s, child, false) || !this.ok(total - m, k - s, child, true)) return false;
    if (!this.sidesPass(k, child)) return false;
    // C′: the plan's cut edges after the split (kept by the partition); undo when rejected.
    const saved = this.saved;
    for (let t = 0; t < k; t++) saved[t] = this.p.sectionOf(this.merged[t]!);
    this.split(k, child, a, c);
    const after = this.p.cutEdges;
    if (after <= before || this.rng.next() < before / after) return true;
    for (let t = 0; t < k; t++) {
      const u = this.merged[t]!;
      if (this.p.sectionOf(u) !== saved[t]) this.p.move(u, saved[t]!);
    }
    return false;
  }
}
