/**
 * Families of zones: k-means (ml-kmeans) on the standardised attributes groups zones that are alike, whatever
 * their place on the map; K is chosen by the mean silhouette among 2..8 (or given). The start centres are
 * drawn k-means++ style with the project's Rng, so a report is the same for the same seed. A section whose
 * members mostly live in one family is homogeneous in that sense.
 */
import { Rng } from '../core/rng.js';
import { complete, type Attributes } from './attributes.js';

export interface Families {
  k: number;
  /** the mean silhouette of the clustering (−1..1; higher = better separated families) */
  silhouette: number;
  /** whether K was given (--families) rather than chosen */
  forced: boolean;
  /** zone → family (0..k−1), −1 for a zone with a missing value */
  family: Int32Array;
  /** each family's centre, in raw values per column (the mean of its zones) */
  centres: number[][];
}

type KMeans = (data: number[][], k: number, opts: { initialization: number[][]; maxIterations?: number }) => { clusters: number[] };

/** Weighted squared distance between two rows of standardised values (column weights as the homogeneity figures). */
function dist2(a: number[], b: number[], w: number[]): number {
  let s = 0;
  for (let c = 0; c < a.length; c++) s += w[c] * (a[c] - b[c]) * (a[c] - b[c]);
  return s;
}

/** k-means++ start centres, drawn with the Rng. */
function seeds(points: number[][], k: number, w: number[], rng: Rng): number[][] {
  const out = [points[rng.int(points.length)]];
  const d = points.map((p) => dist2(p, out[0], w));
  while (out.length < k) {
    const total = d.reduce((a, b) => a + b, 0);
    let pick = 0;
    if (total > 0) {
      let r = rng.next() * total;
      for (pick = 0; pick < points.length - 1 && r >= d[pick]; pick++) r -= d[pick];
    } else pick = rng.int(points.length);
    out.push(points[pick]);
    points.forEach((p, i) => (d[i] = Math.min(d[i], dist2(p, points[pick], w))));
  }
  return out.map((p) => [...p]);
}

/** The mean silhouette of a clustering (Euclidean distances on the weighted standardised values). */
export function silhouette(points: number[][], labels: number[], k: number, w: number[]): number {
  const n = points.length;
  if (n < 2 || k < 2) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const total = new Float64Array(k);
    const count = new Float64Array(k);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      total[labels[j]] += Math.sqrt(dist2(points[i], points[j], w));
      count[labels[j]]++;
    }
    const own = labels[i];
    if (count[own] === 0) continue; // a family of one zone: silhouette 0
    const a = total[own] / count[own];
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && count[c] > 0) b = Math.min(b, total[c] / count[c]);
    if (Number.isFinite(b)) sum += (b - a) / Math.max(a, b);
  }
  return sum / n;
}

/** Families of the zones with a value in every column: K given, or the best silhouette among 2..8. */
export async function familiesOf(attrs: Attributes, opts: { k?: number; seed?: number | string } = {}): Promise<Families | undefined> {
  const { kmeans } = (await import('ml-kmeans')) as unknown as { kmeans: KMeans };
  const kcols = attrs.columns.length;
  const rows: number[] = [];
  for (let i = 0; i < attrs.n; i++) if (complete(attrs, i)) rows.push(i);
  // the weights scale the axes as they scale the sums of squares
  const sw = attrs.weights.map((w) => Math.sqrt(w));
  const points = rows.map((i) => Array.from({ length: kcols }, (_, c) => attrs.z[i * kcols + c] * sw[c]));
  const ones = attrs.columns.map(() => 1);
  const distinct = new Set(points.map((p) => p.join(','))).size;
  const ks = opts.k !== undefined ? [opts.k] : [2, 3, 4, 5, 6, 7, 8];
  let best: { k: number; labels: number[]; s: number } | undefined;
  for (const k of ks) {
    if (k > distinct) break;
    const rng = new Rng(`families:${opts.seed ?? 1}:${k}`);
    const { clusters } = kmeans(points, k, { initialization: seeds(points, k, ones, rng), maxIterations: 300 });
    const s = silhouette(points, clusters, k, ones);
    if (!best || s > best.s + 1e-12) best = { k, labels: clusters, s };
  }
  if (!best) return undefined;
  // families numbered by their mean first column (family 1 = lowest values), so that colours read in order
  const centres = Array.from({ length: best.k }, () => new Array<number>(kcols).fill(0));
  const sizes = new Array<number>(best.k).fill(0);
  best.labels.forEach((f, j) => {
    sizes[f]++;
    for (let c = 0; c < kcols; c++) centres[f][c] += attrs.raw[rows[j] * kcols + c];
  });
  centres.forEach((c, f) => c.forEach((_, j) => (c[j] /= Math.max(1, sizes[f]))));
  const order = centres.map((_, f) => f).sort((a, b) => centres[a][0] - centres[b][0] || a - b);
  const rank = new Map(order.map((f, r) => [f, r]));
  const family = new Int32Array(attrs.n).fill(-1);
  best.labels.forEach((f, j) => (family[rows[j]] = rank.get(f)!));
  return { k: best.k, silhouette: best.s, forced: opts.k !== undefined, family, centres: order.map((f) => centres[f]) };
}

/** Each section's main family and the share of its members living in it (the share of zones when it has no member). */
export function mainFamilies(families: Families, assignment: ArrayLike<number>, members: ArrayLike<number>): { family: number; share: number }[] {
  const by = new Map<number, Float64Array>();
  const zonesBy = new Map<number, Float64Array>();
  for (let i = 0; i < assignment.length; i++) {
    const s = assignment[i];
    const f = families.family[i];
    if (s < 0 || f < 0) continue;
    if (!by.has(s)) {
      by.set(s, new Float64Array(families.k));
      zonesBy.set(s, new Float64Array(families.k));
    }
    by.get(s)![f] += Math.max(0, members[i]);
    zonesBy.get(s)![f]++;
  }
  const out: { family: number; share: number }[] = [];
  for (const [s, m] of by) {
    const w = m.some((x) => x > 0) ? m : zonesBy.get(s)!;
    const total = w.reduce((a, b) => a + b, 0);
    let f = 0;
    for (let j = 1; j < w.length; j++) if (w[j] > w[f]) f = j;
    out[s] = { family: f, share: total > 0 ? w[f] / total : 0 };
  }
  return out;
}
