/**
 * A static 3D k-d tree over points on the unit sphere (see geo.toXYZ), for nearest-vertex queries
 * between zones and components. Built once in O(n log n) with quickselect. Every node keeps the
 * bounding box of its subtree, so a query far from the points stops at the root: that is what makes
 * distances between far-apart islands cheap.
 */
/** Subtrees of fewer points than this are scanned, not walked, by nearestForeign (at least 3). */
const LEAF_SCAN = 12;

/** Squared gap between the box stored at offset o of b and the box q (min x,y,z, max x,y,z); 0 when they meet. */
function boxGap2(b: Float64Array, o: number, q: Float64Array): number {
  let g = 0;
  for (let k = 0; k < 3; k++) {
    const d = Math.max(0, b[o + k] - q[3 + k], q[k] - b[o + 3 + k]);
    g += d * d;
  }
  return g;
}

/**
 * Push both children of node `mid` of range lo..hi on the stack, the farther first, so that the nearer one is
 * searched next (the stack is last in, first out); returns the new stack pointer.
 */
function pushNearerLast(st: Int32Array, sp: number, lo: number, mid: number, hi: number, leftNearer: boolean): number {
  if (leftNearer) {
    st[sp++] = mid + 1;
    st[sp++] = hi;
    st[sp++] = lo;
    st[sp++] = mid - 1;
  } else {
    st[sp++] = lo;
    st[sp++] = mid - 1;
    st[sp++] = mid + 1;
    st[sp++] = hi;
  }
  return sp;
}

/** Squared distance from a point to the box stored at offset o (0 inside). */
function gap2(b: Float64Array, o: number, x: number, y: number, z: number): number {
  let g = 0;
  let d = b[o] - x;
  if (d > 0) g += d * d;
  else if ((d = x - b[o + 3]) > 0) g += d * d;
  d = b[o + 1] - y;
  if (d > 0) g += d * d;
  else if ((d = y - b[o + 4]) > 0) g += d * d;
  d = b[o + 2] - z;
  if (d > 0) g += d * d;
  else if ((d = z - b[o + 5]) > 0) g += d * d;
  return g;
}

export class KdTree3 {
  private readonly xyz: Float64Array;
  /** point order: the tree is implicit, node = middle of a range */
  private readonly idx: Int32Array;
  /** per node (position in idx): min x,y,z, max x,y,z of its subtree */
  private readonly box: Float64Array;
  readonly size: number;

  /** xyz: packed coordinates [x0,y0,z0,x1,…] */
  constructor(xyz: Float64Array) {
    this.xyz = xyz;
    this.size = xyz.length / 3;
    this.idx = new Int32Array(this.size);
    this.box = new Float64Array(this.size * 6);
    for (let i = 0; i < this.size; i++) this.idx[i] = i;
    if (this.size > 0) this.build(0, this.size - 1, 0);
  }

  private build(lo: number, hi: number, axis: number): void {
    const mid = (lo + hi) >> 1;
    if (hi > lo) {
      this.select(lo, hi, mid, axis);
      const next = (axis + 1) % 3;
      if (mid - 1 >= lo) this.build(lo, mid - 1, next);
      if (hi >= mid + 1) this.build(mid + 1, hi, next);
    }
    // box = own point ∪ children boxes
    const b = this.box;
    const o = mid * 6;
    const p = this.idx[mid] * 3;
    for (let k = 0; k < 3; k++) b[o + k] = b[o + 3 + k] = this.xyz[p + k];
    // (the two children without an array per node: a large layer has hundreds of thousands of nodes)
    if (mid - 1 >= lo) this.growBox(o, ((lo + mid - 1) >> 1) * 6);
    if (hi >= mid + 1) this.growBox(o, ((mid + 1 + hi) >> 1) * 6);
  }

  /** Extend the box at offset o to hold the box at offset c. */
  private growBox(o: number, c: number): void {
    const b = this.box;
    for (let k = 0; k < 3; k++) {
      if (b[c + k] < b[o + k]) b[o + k] = b[c + k];
      if (b[c + 3 + k] > b[o + 3 + k]) b[o + 3 + k] = b[c + 3 + k];
    }
  }

  /** Hoare quickselect: put the k-th smallest (on axis) at position k. */
  private select(lo: number, hi: number, k: number, axis: number): void {
    const { idx, xyz } = this;
    while (hi > lo) {
      const pivot = xyz[idx[(lo + hi) >> 1] * 3 + axis];
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (xyz[idx[i] * 3 + axis] < pivot) i++;
        while (xyz[idx[j] * 3 + axis] > pivot) j--;
        if (i <= j) {
          const t = idx[i];
          idx[i] = idx[j];
          idx[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) hi = j;
      else if (k >= i) lo = i;
      else return;
    }
  }

  /**
   * Label every node with the label its whole subtree shares, or -1 when it mixes labels (O(n)). Used by
   * nearestForeign to skip, in one test, a subtree that belongs entirely to the querying group.
   */
  labelNodes(labelOf: Int32Array): void {
    if (!this.nodeLabel) this.nodeLabel = new Int32Array(this.size);
    if (this.size > 0) this.labelRange(0, this.size - 1, labelOf);
  }

  private nodeLabel?: Int32Array;

  private labelRange(lo: number, hi: number, labelOf: Int32Array): number {
    const mid = (lo + hi) >> 1;
    let l = labelOf[this.idx[mid]];
    if (mid - 1 >= lo && this.labelRange(lo, mid - 1, labelOf) !== l) l = -1;
    if (hi >= mid + 1 && this.labelRange(mid + 1, hi, labelOf) !== l) l = -1;
    this.nodeLabel![mid] = l;
    return l;
  }

  /**
   * Nearest point to (x,y,z) closer than maxD2 whose label (as given to labelNodes) is not `own` and
   * that `accept` takes (when given); index -1 when there is none. Subtrees labelled `own` are skipped
   * whole, so a query from inside a large group does not walk its own points.
   */
  nearestForeign(x: number, y: number, z: number, maxD2: number, own: number, labelOf: Int32Array, accept?: (i: number) => boolean): { i: number; d2: number } {
    // one result object per tree: this query runs millions of times on large layers (no garbage);
    // an explicit stack of (lo, hi) ranges instead of recursion, nearer child on top
    const best = this.foreignBest;
    let bi = -1;
    let bd = maxD2;
    const nl = this.nodeLabel;
    if (this.size > 0 && nl) {
      const { box, idx, xyz } = this;
      const st = this.stack;
      let sp = 0;
      st[sp++] = 0;
      st[sp++] = this.size - 1;
      while (sp > 0) {
        const hi = st[--sp];
        const lo = st[--sp];
        const mid = (lo + hi) >> 1;
        if (nl[mid] === own) continue; // the whole subtree is the querying group's own
        if (gap2(box, mid * 6, x, y, z) >= bd) continue;
        if (hi - lo < LEAF_SCAN) {
          // a small subtree: scanning its points beats walking its nodes
          for (let k = lo; k <= hi; k++) {
            const pk = idx[k];
            if (labelOf[pk] === own) continue;
            const p = pk * 3;
            const dx = xyz[p] - x;
            const dy = xyz[p + 1] - y;
            const dz = xyz[p + 2] - z;
            const d2 = dx * dx + dy * dy + dz * dz;
            // ties keep the lowest point index, so the result does not depend on the visiting order
            if ((d2 < bd || (d2 === bd && pk < bi)) && (!accept || accept(pk))) {
              bd = d2;
              bi = pk;
            }
          }
          continue;
        }
        const pi = idx[mid];
        if (labelOf[pi] !== own) {
          const p = pi * 3;
          const dx = xyz[p] - x;
          const dy = xyz[p + 1] - y;
          const dz = xyz[p + 2] - z;
          const d2 = dx * dx + dy * dy + dz * dz;
          if ((d2 < bd || (d2 === bd && pi < bi)) && (!accept || accept(pi))) {
            bd = d2;
            bi = pi;
          }
        }
        // both children exist here (the range holds at least LEAF_SCAN points): push the farther first
        const gl = gap2(box, ((lo + mid - 1) >> 1) * 6, x, y, z);
        const gr = gap2(box, ((mid + 1 + hi) >> 1) * 6, x, y, z);
        sp = pushNearerLast(st, sp, lo, mid, hi, gl <= gr);
      }
    }
    best.i = bi;
    best.d2 = bd;
    return best;
  }

  /**
   * The nearest pair between a small set of query points (packed xyz, m of them, inside the box qbox =
   * min x,y,z, max x,y,z) and the tree's points that are not labelled `own` (and that `accept` takes),
   * closer than maxD2: one walk for the whole set instead of one query per point, pruned by the gap
   * between boxes. Returns the tree point i, the query point s and their squared distance (i = -1: none).
   */
  nearestForeignOfSet(
    q: Float64Array,
    m: number,
    qbox: Float64Array,
    maxD2: number,
    own: number,
    labelOf: Int32Array,
    accept?: (i: number) => boolean,
  ): { i: number; s: number; d2: number } {
    let bi = -1;
    let bs = -1;
    let bd = maxD2;
    const nl = this.nodeLabel;
    const { box, idx, xyz } = this;
    const consider = (pk: number) => {
      if (labelOf[pk] === own) return;
      const p = pk * 3;
      const x = xyz[p];
      const y = xyz[p + 1];
      const z = xyz[p + 2];
      if (gap2(qbox, 0, x, y, z) >= bd) return;
      for (let k = 0; k < m; k++) {
        const dx = q[k * 3] - x;
        const dy = q[k * 3 + 1] - y;
        const dz = q[k * 3 + 2] - z;
        const d2 = dx * dx + dy * dy + dz * dz;
        if ((d2 < bd || (d2 === bd && pk < bi)) && (!accept || accept(pk))) {
          bd = d2;
          bi = pk;
          bs = k;
        }
      }
    };
    if (this.size > 0 && nl) {
      const st = this.stack;
      let sp = 0;
      st[sp++] = 0;
      st[sp++] = this.size - 1;
      while (sp > 0) {
        const hi = st[--sp];
        const lo = st[--sp];
        const mid = (lo + hi) >> 1;
        if (nl[mid] === own || boxGap2(box, mid * 6, qbox) >= bd) continue;
        if (hi - lo < LEAF_SCAN) {
          for (let k = lo; k <= hi; k++) consider(idx[k]);
          continue;
        }
        consider(idx[mid]);
        const gl = boxGap2(box, ((lo + mid - 1) >> 1) * 6, qbox);
        const gr = boxGap2(box, ((mid + 1 + hi) >> 1) * 6, qbox);
        sp = pushNearerLast(st, sp, lo, mid, hi, gl <= gr);
      }
    }
    return { i: bi, s: bs, d2: bd };
  }

  private readonly foreignBest = { i: -1, d2: Infinity };
  /** depth-first stack of nearestForeign: at most two ranges per level of a tree of ≤ 2^60 points */
  private readonly stack = new Int32Array(256);

  /** Squared distance from a point to the bounding box of all points (0 inside). */
  boxDistance2(x: number, y: number, z: number): number {
    return this.size === 0 ? Infinity : this.nodeGap2(((this.size - 1) >> 1) * 6, x, y, z);
  }

  private nodeGap2(o: number, x: number, y: number, z: number): number {
    const b = this.box;
    const dx = Math.max(0, b[o] - x, x - b[o + 3]);
    const dy = Math.max(0, b[o + 1] - y, y - b[o + 4]);
    const dz = Math.max(0, b[o + 2] - z, z - b[o + 5]);
    return dx * dx + dy * dy + dz * dz;
  }

  /**
   * Nearest point to (x,y,z) whose squared distance is below maxD2; returns its index and squared
   * distance, or index -1 when none is closer than maxD2.
   */
  nearest(x: number, y: number, z: number, maxD2 = Infinity): { i: number; d2: number } {
    const best = { i: -1, d2: maxD2 };
    if (this.size > 0) this.search(0, this.size - 1, x, y, z, best);
    return best;
  }

  private search(lo: number, hi: number, x: number, y: number, z: number, best: { i: number; d2: number }): void {
    const mid = (lo + hi) >> 1;
    if (this.nodeGap2(mid * 6, x, y, z) >= best.d2) return;
    const p = this.idx[mid] * 3;
    const xyz = this.xyz;
    const dx = xyz[p] - x;
    const dy = xyz[p + 1] - y;
    const dz = xyz[p + 2] - z;
    const d2 = dx * dx + dy * dy + dz * dz;
    if (d2 < best.d2) {
      best.d2 = d2;
      best.i = this.idx[mid];
    }
    const hasL = mid - 1 >= lo;
    const hasR = hi >= mid + 1;
    if (hasL && hasR) {
      // visit the nearer child first
      const gl = this.nodeGap2(((lo + mid - 1) >> 1) * 6, x, y, z);
      const gr = this.nodeGap2(((mid + 1 + hi) >> 1) * 6, x, y, z);
      if (gl <= gr) {
        this.search(lo, mid - 1, x, y, z, best);
        this.search(mid + 1, hi, x, y, z, best);
      } else {
        this.search(mid + 1, hi, x, y, z, best);
        this.search(lo, mid - 1, x, y, z, best);
      }
    } else if (hasL) this.search(lo, mid - 1, x, y, z, best);
    else if (hasR) this.search(mid + 1, hi, x, y, z, best);
  }
}
