/**
 * A static 3D k-d tree over points on the unit sphere (see geo.toXYZ), for nearest-vertex queries
 * between zones and components. Built once in O(n log n) with quickselect; queries prune by a radius.
 */
export class KdTree3 {
  private readonly xyz: Float64Array;
  /** point order: the tree is implicit, node = middle of a range */
  private readonly idx: Int32Array;
  readonly size: number;

  /** xyz: packed coordinates [x0,y0,z0,x1,…] */
  constructor(xyz: Float64Array) {
    this.xyz = xyz;
    this.size = xyz.length / 3;
    this.idx = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) this.idx[i] = i;
    this.build(0, this.size - 1, 0);
  }

  private build(lo: number, hi: number, axis: number): void {
    if (hi <= lo) return;
    const mid = (lo + hi) >> 1;
    this.select(lo, hi, mid, axis);
    const next = (axis + 1) % 3;
    this.build(lo, mid - 1, next);
    this.build(mid + 1, hi, next);
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
   * Nearest point to (x,y,z) whose squared distance is below maxD2; returns its index and squared
   * distance, or index -1 when none is closer than maxD2.
   */
  nearest(x: number, y: number, z: number, maxD2 = Infinity): { i: number; d2: number } {
    const best = { i: -1, d2: maxD2 };
    if (this.size > 0) this.search(0, this.size - 1, 0, x, y, z, best);
    return best;
  }

  private search(lo: number, hi: number, axis: number, x: number, y: number, z: number, best: { i: number; d2: number }): void {
    if (hi < lo) return;
    const mid = (lo + hi) >> 1;
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
    if (lo === hi) return;
    const diff = (axis === 0 ? x : axis === 1 ? y : z) - xyz[p + axis];
    const next = (axis + 1) % 3;
    if (diff < 0) {
      this.search(lo, mid - 1, next, x, y, z, best);
      if (diff * diff < best.d2) this.search(mid + 1, hi, next, x, y, z, best);
    } else {
      this.search(mid + 1, hi, next, x, y, z, best);
      if (diff * diff < best.d2) this.search(lo, mid - 1, next, x, y, z, best);
    }
  }
}
