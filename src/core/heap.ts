/**
 * Binary min-heap of (key, tie-break, id) entries on parallel typed arrays (no array per entry nor per swap): ordered by
 * key, then tie-break, then id, so the order is total and does not depend on how the heap was built. `pop` returns
 * the id; the popped key and tie-break are then in `poppedKey` and `poppedTie`. Propose's seed selection (grow.ts)
 * and the map's colouring (export/colour.ts) use it.
 */
export class MinHeap {
  private keys = new Float64Array(64);
  private ties = new Float64Array(64);
  private ids = new Int32Array(64);
  private n = 0;
  /** the last popped key and tie-break (in a typed array: number fields holding doubles cost V8 a heap number per pop) */
  private readonly popped = new Float64Array(2);
  get poppedKey(): number {
    return this.popped[0];
  }
  get poppedTie(): number {
    return this.popped[1];
  }
  get size(): number {
    return this.n;
  }
  private less(a: number, b: number): boolean {
    const ka = this.keys[a];
    const kb = this.keys[b];
    if (ka !== kb) return ka < kb;
    const ta = this.ties[a];
    const tb = this.ties[b];
    // the id breaks the (rare) equal draws
    return ta < tb || (ta === tb && this.ids[a] < this.ids[b]);
  }
  private swap(a: number, b: number): void {
    const k = this.keys[a];
    this.keys[a] = this.keys[b];
    this.keys[b] = k;
    const t = this.ties[a];
    this.ties[a] = this.ties[b];
    this.ties[b] = t;
    const d = this.ids[a];
    this.ids[a] = this.ids[b];
    this.ids[b] = d;
  }
  /** Empty the heap, keeping its arrays (a heap used again and again allocates nothing once grown). */
  clear(): void {
    this.n = 0;
  }
  /** Add an entry without restoring the heap order: call heapify() after the last one. */
  add(key: number, tie: number, id: number): void {
    this.grow();
    const i = this.n++;
    this.keys[i] = key;
    this.ties[i] = tie;
    this.ids[i] = id;
  }
  /** Restore the heap order after add() (Floyd: linear in the entries). */
  heapify(): void {
    for (let i = (this.n >> 1) - 1; i >= 0; i--) this.down(i);
  }
  private grow(): void {
    if (this.n === this.ids.length) {
      const keys = new Float64Array(2 * this.n);
      keys.set(this.keys);
      this.keys = keys;
      const ties = new Float64Array(2 * this.n);
      ties.set(this.ties);
      this.ties = ties;
      const ids = new Int32Array(2 * this.n);
      ids.set(this.ids);
      this.ids = ids;
    }
  }
  push(key: number, tie: number, id: number): void {
    this.add(key, tie, id);
    let i = this.n - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.less(i, up)) break;
      this.swap(i, up);
      i = up;
    }
  }
  pop(): number {
    this.popped[0] = this.keys[0];
    this.popped[1] = this.ties[0];
    const id = this.ids[0];
    const last = --this.n;
    this.swap(0, last);
    this.down(0);
    return id;
  }
  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.n && this.less(l, m)) m = l;
      if (r < this.n && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
}
