/**
 * Uniform spanning trees for the ReCom chain (issue #22, step 1).
 *
 * Wilson's algorithm (loop-erased random walks) draws a uniformly random spanning tree of the subgraph
 * induced by a set of units of a CSR graph. Everything runs in buffers allocated once per graph size
 * (`TreeBuffers`): no allocation per step. After the draw, one pass in reverse discovery order gives each
 * unit's subtree member sum and size, and `validCuts` lists the tree edges whose two sides both satisfy a
 * caller-given test (the charter's rules judge a side; this module does not know them).
 */
import type { Rng } from '../core/rng.js';

/** CSR adjacency with members per unit (the shape of the Partition's UnitGraph). */
export interface CsrGraph {
  n: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  members: Float64Array;
}

/** Work buffers for one graph size; reuse them across draws. */
export interface TreeBuffers {
  /** inSet[u] = stamp when u belongs to the current unit set. */
  inSet: Int32Array;
  /** inTree[u] = stamp when u has joined the tree. */
  inTree: Int32Array;
  stamp: number;
  /** parent[u]: the tree parent of u (-1 for the root). */
  parent: Int32Array;
  /** Units in the order they joined the tree (root first); a parent always comes before its children. */
  order: Int32Array;
  /** Subtree member sum and unit count, indexed by unit (valid after `subtreeSums`). */
  subMembers: Float64Array;
  subSize: Int32Array;
  /** Child units whose edge to their parent is a valid cut (filled by `validCuts`). */
  cuts: Int32Array;
  /** Loop-erasure path scratch. */
  path: Int32Array;
}

export function treeBuffers(n: number): TreeBuffers {
  return {
    inSet: new Int32Array(n),
    inTree: new Int32Array(n),
    stamp: 0,
    parent: new Int32Array(n),
    order: new Int32Array(n),
    subMembers: new Float64Array(n),
    subSize: new Int32Array(n),
    cuts: new Int32Array(n),
    path: new Int32Array(n),
  };
}

/**
 * Draws a uniform spanning tree of the subgraph of `g` induced by `units` (assumed connected) with Wilson's
 * algorithm; the root is a uniformly chosen unit of the set. Fills `b.parent` and `b.order[0..k)`. The set is
 * `units[0..k)` (k defaults to all of `units`: a reused buffer needs no subarray per draw).
 * The random walk's successor of u is stored in `b.parent` while walking; loop erasure is implicit (the last
 * exit from each vertex wins), as in Wilson (1996).
 */
export function drawSpanningTree(g: CsrGraph, units: ArrayLike<number>, rng: Rng, b: TreeBuffers, k: number = units.length): void {
  const stamp = ++b.stamp;
  const { inSet, inTree, parent, order } = b;
  const { offsets, neighbours } = g;
  for (let i = 0; i < k; i++) inSet[units[i]] = stamp;
  const root = units[rng.int(k)];
  inTree[root] = stamp;
  parent[root] = -1;
  order[0] = root;
  let placed = 1;
  const path = b.path;
  for (let i = 0; i < k; i++) {
    const start = units[i];
    if (inTree[start] === stamp) continue;
    // Random walk from start until the tree is hit, remembering the last exit of each vertex.
    let u = start;
    while (inTree[u] !== stamp) {
      const lo = offsets[u];
      const hi = offsets[u + 1];
      // Neighbours outside the set are skipped by rejection: uniform among the neighbours inside it.
      let v: number;
      do v = neighbours[lo + rng.int(hi - lo)];
      while (inSet[v] !== stamp);
      parent[u] = v;
      u = v;
    }
    // Follow the loop-erased path and add it to the tree; record it so that parents come before children.
    let len = 0;
    u = start;
    while (inTree[u] !== stamp) {
      path[len++] = u;
      inTree[u] = stamp;
      u = parent[u];
    }
    for (let j = len - 1; j >= 0; j--) order[placed++] = path[j];
  }
}

/** Subtree member sums and sizes in one reverse pass over `b.order` (children before parents). */
export function subtreeSums(g: CsrGraph, k: number, b: TreeBuffers): void {
  const { order, parent, subMembers, subSize } = b;
  for (let i = 0; i < k; i++) {
    const u = order[i];
    subMembers[u] = g.members[u];
    subSize[u] = 1;
  }
  for (let i = k - 1; i > 0; i--) {
    const u = order[i];
    const p = parent[u];
    subMembers[p] += subMembers[u];
    subSize[p] += subSize[u];
  }
}

/**
 * A side of a cut: its member sum and unit count, and (for tests that need the units) the subtree's root:
 * the side is `root`'s subtree, or its complement when `complement` is true.
 */
export type SideTest = (members: number, size: number, root: number, complement: boolean) => boolean;

/**
 * The tree edges (named by their child unit, into `b.cuts`) whose two sides each pass `ok`. Returns how many.
 * Call after `subtreeSums`.
 */
export function validCuts(k: number, b: TreeBuffers, ok: SideTest): number {
  const { order, subMembers, subSize, cuts } = b;
  const root = order[0];
  const total = subMembers[root];
  const n = subSize[root];
  let count = 0;
  for (let i = 1; i < k; i++) {
    const u = order[i];
    const m = subMembers[u];
    const s = subSize[u];
    if (ok(m, s, u, false) && ok(total - m, n - s, u, true)) cuts[count++] = u;
  }
  return count;
}

/** The units of `child`'s subtree (the cut's one side), written into `out`; returns how many. */
export function subtreeUnits(k: number, b: TreeBuffers, child: number, out: Int32Array): number {
  // A unit is in the subtree when walking its parents reaches child before the root; mark in order.
  const stamp = ++b.stamp;
  const mark = b.inTree;
  mark[child] = stamp;
  out[0] = child;
  let count = 1;
  const { order, parent } = b;
  for (let i = 1; i < k; i++) {
    const u = order[i];
    if (u !== child && mark[parent[u]] === stamp) {
      mark[u] = stamp;
      out[count++] = u;
    }
  }
  return count;
}
