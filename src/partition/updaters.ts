/**
 * Updaters that most figures are made of: a per-section sum of a per-unit value (members are built in; areas,
 * perimeters, sums of attributes…), per-section counts of a per-unit label (départements, `within` values), and
 * per-section sums over the edges inside a section (shared border lengths). Arrays are indexed by section and
 * grow with the partition's capacity.
 */
import type { UnitGraph } from './graph.js';
import type { Updater } from './partition.js';

/** Grow a typed array to at least `n` entries (doubling), keeping its values. */
function grown<A extends Float64Array | Int32Array>(a: A, n: number): A {
  if (a.length >= n) return a;
  const b = new (a.constructor as { new (n: number): A })(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** Per section: the sum of `values[u]` over its units. */
export interface SectionSums {
  sums: Float64Array;
}

export function sumUpdater(key: string, values: ArrayLike<number>): Updater<SectionSums> {
  return {
    key,
    init(p) {
      const sums = new Float64Array(Math.max(4, p.capacity));
      for (let u = 0; u < p.g.n; u++) {
        const s = p.assignment[u]!;
        if (s >= 0) sums[s]! += values[u]!;
      }
      return { sums };
    },
    move(v, p, u, from, to) {
      v.sums = grown(v.sums, p.capacity);
      const x = values[u]!;
      if (from >= 0) v.sums[from]! -= x;
      if (to >= 0) v.sums[to]! += x;
    },
    copy: (v) => ({ sums: v.sums.slice() }),
  };
}

/** Per section: how many of its units carry each label (labels[u] ≥ 0; −1 for none), and how many labels it spans. */
export interface SectionLabels {
  /** counts[s * labelCount + label] */
  counts: Int32Array;
  /** distinct labels per section */
  distinct: Int32Array;
  labelCount: number;
}

export function labelUpdater(key: string, labels: ArrayLike<number>, labelCount: number): Updater<SectionLabels> {
  const add = (v: SectionLabels, s: number, label: number, d: number) => {
    const k = s * labelCount + label;
    const before = v.counts[k]!;
    v.counts[k] = before + d;
    if (before === 0 && d > 0) v.distinct[s]!++;
    else if (before + d === 0 && before > 0) v.distinct[s]!--;
  };
  return {
    key,
    init(p) {
      const cap = Math.max(4, p.capacity);
      const v: SectionLabels = { counts: new Int32Array(cap * labelCount), distinct: new Int32Array(cap), labelCount };
      for (let u = 0; u < p.g.n; u++) {
        const s = p.assignment[u]!;
        if (s >= 0 && labels[u]! >= 0) add(v, s, labels[u]!, 1);
      }
      return v;
    },
    move(v, p, u, from, to) {
      v.distinct = grown(v.distinct, p.capacity);
      v.counts = grown(v.counts, v.distinct.length * labelCount);
      const label = labels[u]!;
      if (label < 0) return;
      if (from >= 0) add(v, from, label, -1);
      if (to >= 0) add(v, to, label, 1);
    },
    copy: (v) => ({ counts: v.counts.slice(), distinct: v.distinct.slice(), labelCount }),
  };
}

/**
 * Per section: the sum of `weights[i]` over the CSR entries i (edges u–v, counted once) whose two units are
 * both in the section — e.g. the shared border kilometres inside a section.
 */
export function internalEdgeUpdater(key: string, weights: ArrayLike<number>): Updater<SectionSums> {
  return {
    key,
    init(p) {
      const sums = new Float64Array(Math.max(4, p.capacity));
      const { offsets, neighbours } = p.g;
      for (let u = 0; u < p.g.n; u++) {
        const s = p.assignment[u]!;
        if (s < 0) continue;
        for (let i = offsets[u]!; i < offsets[u + 1]!; i++) {
          const v = neighbours[i]!;
          if (v > u && p.assignment[v] === s) sums[s]! += weights[i]!;
        }
      }
      return { sums };
    },
    move(v, p, u, from, to) {
      v.sums = grown(v.sums, p.capacity);
      const { offsets, neighbours } = p.g;
      for (let i = offsets[u]!; i < offsets[u + 1]!; i++) {
        const t = p.assignment[neighbours[i]!]!;
        if (t < 0) continue;
        if (t === from) v.sums[from]! -= weights[i]!;
        if (t === to) v.sums[to]! += weights[i]!;
      }
    },
    copy: (v) => ({ sums: v.sums.slice() }),
  };
}

/** Labels as indices: each distinct value gets an index in order of first appearance; undefined → −1. */
export function labelIndex(values: readonly (string | undefined)[]): { labels: Int32Array; names: string[] } {
  const names: string[] = [];
  const index = new Map<string, number>();
  const labels = new Int32Array(values.length);
  values.forEach((v, u) => {
    if (v === undefined) {
      labels[u] = -1;
      return;
    }
    let k = index.get(v);
    if (k === undefined) {
      k = names.length;
      names.push(v);
      index.set(v, k);
    }
    labels[u] = k;
  });
  return { labels, names };
}

/** The per-CSR-entry weights of a graph from a function of the two units (e.g. a border length lookup). */
export function edgeWeights(g: UnitGraph, weight: (u: number, v: number) => number): Float64Array {
  const { offsets, neighbours, n } = g;
  const w = new Float64Array(neighbours.length);
  for (let u = 0; u < n; u++) for (let i = offsets[u]!; i < offsets[u + 1]!; i++) w[i] = weight(u, neighbours[i]!);
  return w;
}
