/**
 * The within-section sum of squares of the standardised attributes, kept up to date on a Partition (an
 * `Updater`): per section the number of counted units, Σz and Σz² per column, so that a move costs O(k) and
 * a section's sum of squares is Σ_c w_c (Σz² − (Σz)² / n). It is the objective propose's homogenise stage
 * minimises: each unit counted once (as spopt's max-p and `homogeneityOf`'s `r2`); units with a missing value
 * are left out, as the measure leaves them out.
 */
import type { Partition, Updater } from '../partition/partition.js';
import { complete, type Attributes } from './attributes.js';

export interface WithinSS {
  /** columns */
  k: number;
  /** per section: units counted (a value in every column) */
  count: Float64Array;
  /** per section and column (s * k + c): Σz */
  sum: Float64Array;
  /** per section and column (s * k + c): Σz² */
  sq: Float64Array;
  /** per section: its within sum of squares (column-weighted) */
  ss: Float64Array;
  /** Σ over sections of ss */
  total: number;
}

/** Per unit, what the updater needs: whether it counts, its z row (0 when it does not count). */
export interface UnitValues {
  k: number;
  weights: Float64Array;
  counted: Uint8Array;
  /** n × k row-major, 0 for units left out */
  z: Float64Array;
}

export function unitValues(attrs: Attributes): UnitValues {
  const k = attrs.columns.length;
  const counted = new Uint8Array(attrs.n);
  const z = new Float64Array(attrs.n * k);
  for (let u = 0; u < attrs.n; u++) {
    if (!complete(attrs, u)) continue;
    counted[u] = 1;
    for (let c = 0; c < k; c++) z[u * k + c] = attrs.z[u * k + c]!;
  }
  return { k, weights: Float64Array.from(attrs.weights), counted, z };
}

/** The sum of squares of a group from its count, Σz and Σz² (at offset `o` of `sum` and `sq`). */
export function groupSS(v: UnitValues, n: number, sum: ArrayLike<number>, sq: ArrayLike<number>, o = 0): number {
  if (n <= 1) return 0;
  let ss = 0;
  for (let c = 0; c < v.k; c++) {
    const s = sum[o + c]!;
    ss += v.weights[c]! * (sq[o + c]! - (s * s) / n);
  }
  return ss > 0 ? ss : 0;
}

function grown(a: Float64Array, n: number): Float64Array {
  if (a.length >= n) return a;
  const b = new Float64Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

function fit(w: WithinSS, capacity: number): void {
  w.count = grown(w.count, capacity);
  w.ss = grown(w.ss, capacity);
  w.sum = grown(w.sum, w.count.length * w.k);
  w.sq = grown(w.sq, w.count.length * w.k);
}

function add(v: UnitValues, w: WithinSS, s: number, u: number, sign: 1 | -1): void {
  const { k, z } = v;
  w.count[s]! += sign;
  for (let c = 0; c < k; c++) {
    const x = z[u * k + c]!;
    w.sum[s * k + c]! += sign * x;
    w.sq[s * k + c]! += sign * x * x;
  }
  if (w.count[s] === 0) {
    // no drift on an emptied section
    for (let c = 0; c < k; c++) w.sum[s * k + c] = w.sq[s * k + c] = 0;
  }
  const before = w.ss[s]!;
  w.ss[s] = groupSS(v, w.count[s]!, w.sum, w.sq, s * k);
  w.total += w.ss[s]! - before;
}

/** The within-section sum of squares of `attrs` (in the partition's unit order) as an Updater. */
export function withinSSUpdater(attrs: Attributes | UnitValues, key = 'within-ss'): Updater<WithinSS> & { values: UnitValues } {
  const v = 'counted' in attrs ? attrs : unitValues(attrs);
  return {
    key,
    values: v,
    init(p: Partition): WithinSS {
      if (p.g.n * v.k !== v.z.length) throw new Error(`withinSSUpdater: attributes for ${v.z.length / v.k} units, the partition has ${p.g.n}`);
      const cap = Math.max(4, p.capacity);
      const w: WithinSS = {
        k: v.k,
        count: new Float64Array(cap),
        sum: new Float64Array(cap * v.k),
        sq: new Float64Array(cap * v.k),
        ss: new Float64Array(cap),
        total: 0,
      };
      for (let u = 0; u < p.g.n; u++) {
        const s = p.assignment[u]!;
        if (s < 0 || !v.counted[u]) continue;
        w.count[s]!++;
        for (let c = 0; c < v.k; c++) {
          const x = v.z[u * v.k + c]!;
          w.sum[s * v.k + c]! += x;
          w.sq[s * v.k + c]! += x * x;
        }
      }
      for (let s = 0; s < cap; s++) {
        w.ss[s] = groupSS(v, w.count[s]!, w.sum, w.sq, s * v.k);
        w.total += w.ss[s]!;
      }
      return w;
    },
    move(w, p, u, from, to) {
      fit(w, p.capacity);
      if (!v.counted[u]) return;
      if (from >= 0) add(v, w, from, u, -1);
      if (to >= 0) add(v, w, to, u, 1);
    },
    copy: (w) => ({ ...w, count: w.count.slice(), sum: w.sum.slice(), sq: w.sq.slice(), ss: w.ss.slice() }),
  };
}

/**
 * The change of the within sum of squares if unit u moved from section `from` to section `to` (both ≥ 0,
 * different), without moving it: O(k).
 */
export function moveDelta(v: UnitValues, w: WithinSS, u: number, from: number, to: number): number {
  if (!v.counted[u]) return 0;
  const { k, z, weights } = v;
  const nf = w.count[from]!;
  const nt = w.count[to]!;
  let after = 0;
  for (let c = 0; c < k; c++) {
    const x = z[u * k + c]!;
    const wc = weights[c]!;
    if (nf > 1) {
      const s = w.sum[from * k + c]! - x;
      after += wc * (w.sq[from * k + c]! - x * x - (s * s) / (nf - 1));
    }
    const s = w.sum[to * k + c]! + x;
    after += wc * (w.sq[to * k + c]! + x * x - (s * s) / (nt + 1));
  }
  return after - w.ss[from]! - w.ss[to]!;
}
