/**
 * Connected components of an adjacency list, largest first (ties: the component holding the lowest
 * zone index first), each listing its zone indices in ascending order. Deterministic.
 */
export function connectedComponents(neighbors: readonly (readonly number[])[]): number[][] {
  const n = neighbors.length;
  const seen = new Uint8Array(n);
  const out: number[][] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    seen[s] = 1;
    const comp = [s];
    for (let k = 0; k < comp.length; k++) {
      for (const v of neighbors[comp[k]]) {
        if (!seen[v]) {
          seen[v] = 1;
          comp.push(v);
        }
      }
    }
    comp.sort((a, b) => a - b);
    out.push(comp);
  }
  // stable sort: equal sizes keep the order of their lowest index
  return out.sort((a, b) => b.length - a.length);
}

/** Minimal union-find over 0..n-1. */
export class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]];
      x = p[x];
    }
    return x;
  }
  /** join two sets; false when they were already one */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    // keep the smaller root so that roots are deterministic
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
    return true;
  }
}
