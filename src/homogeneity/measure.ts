import { complete, type Attributes } from './attributes.js';

/** The homogeneity of one section: what its zones are like, and how far apart. */
export interface SectionHomogeneity {
  /** zones of the section counted (a value in every column) */
  zones: number;
  /** zones of the section left out (a missing value) */
  missing: number;
  /** per column, the members-weighted mean of the raw values (the plain mean when the section has no member); NaN without a zone */
  mean: number[];
  /** per column, max − min of the raw values; NaN without a zone */
  range: number[];
  /** within-section sum of squares of the standardised values, column-weighted */
  ss: number;
  /** the same, each zone weighted by its members */
  ssWeighted: number;
}

/**
 * How alike the zones of each section are. R² = 1 − within / total, where within is the sum over sections of
 * the squared distances of each zone's standardised values to its section's mean and total the same to the
 * mean of all counted zones (column weights multiply each column's squares). `r2` counts each zone once (the
 * objective, as spopt's max-p does); `r2Weighted` weights each zone by its members (and means are then
 * members-weighted). Zones outside every section or with a missing value are left out (`missing` says how many
 * of the assigned ones).
 */
export interface Homogeneity {
  r2: number;
  r2Weighted: number;
  within: number;
  total: number;
  withinWeighted: number;
  totalWeighted: number;
  /** zones counted */
  zones: number;
  /** zones in a section left out for a missing value */
  missing: number;
  /** indexed by section index (holes for indices no zone uses) */
  sections: SectionHomogeneity[];
}

/**
 * The homogeneity of a plan: `assignment` maps zone → section index (−1 = none); `members` weights zones in
 * the weighted figures (absent: every zone weighs 1, and the weighted figures equal the plain ones).
 */
export function homogeneityOf(attrs: Attributes, assignment: ArrayLike<number>, members?: ArrayLike<number>): Homogeneity {
  const { n, z, raw, weights } = attrs;
  const k = attrs.columns.length;
  if (assignment.length !== n) throw new Error(`homogeneityOf: ${assignment.length} assignments for ${n} zones`);
  const m = (i: number) => (members ? Math.max(0, members[i]) : 1);
  let count = 0;
  for (let i = 0; i < n; i++) if (assignment[i] + 1 > count) count = assignment[i] + 1;

  // per section: counts, Σz, Σmz, Σm, raw sums, min, max
  const used = new Uint8Array(count);
  const zones = new Float64Array(count);
  const missing = new Float64Array(count);
  const msum = new Float64Array(count);
  const zsum = new Float64Array(count * k);
  const zmsum = new Float64Array(count * k);
  const rsum = new Float64Array(count * k);
  const rmsum = new Float64Array(count * k);
  const min = new Float64Array(count * k).fill(Infinity);
  const max = new Float64Array(count * k).fill(-Infinity);
  const gz = new Float64Array(k);
  const gzm = new Float64Array(k);
  let gcount = 0;
  let gm = 0;
  for (let i = 0; i < n; i++) {
    const s = assignment[i];
    if (s < 0) continue;
    used[s] = 1;
    if (!complete(attrs, i)) {
      missing[s]++;
      continue;
    }
    const mi = m(i);
    zones[s]++;
    msum[s] += mi;
    gcount++;
    gm += mi;
    for (let c = 0; c < k; c++) {
      const v = z[i * k + c];
      const r = raw[i * k + c];
      zsum[s * k + c] += v;
      zmsum[s * k + c] += mi * v;
      rsum[s * k + c] += r;
      rmsum[s * k + c] += mi * r;
      if (r < min[s * k + c]) min[s * k + c] = r;
      if (r > max[s * k + c]) max[s * k + c] = r;
      gz[c] += v;
      gzm[c] += mi * v;
    }
  }

  const ss = new Float64Array(count);
  const ssw = new Float64Array(count);
  let total = 0;
  let totalW = 0;
  for (let i = 0; i < n; i++) {
    const s = assignment[i];
    if (s < 0 || !complete(attrs, i)) continue;
    const mi = m(i);
    for (let c = 0; c < k; c++) {
      const v = z[i * k + c];
      const w = weights[c];
      const d = v - zsum[s * k + c] / zones[s];
      ss[s] += w * d * d;
      const g = v - gz[c] / gcount;
      total += w * g * g;
      if (msum[s] > 0) {
        const dw = v - zmsum[s * k + c] / msum[s];
        ssw[s] += w * mi * dw * dw;
      }
      if (gm > 0) {
        const gw = v - gzm[c] / gm;
        totalW += w * mi * gw * gw;
      }
    }
  }

  const sections: SectionHomogeneity[] = [];
  let within = 0;
  let withinW = 0;
  let missingAll = 0;
  for (let s = 0; s < count; s++) {
    if (!used[s]) continue;
    within += ss[s];
    withinW += ssw[s];
    missingAll += missing[s];
    const mean: number[] = [];
    const range: number[] = [];
    for (let c = 0; c < k; c++) {
      const j = s * k + c;
      mean.push(zones[s] === 0 ? NaN : msum[s] > 0 ? rmsum[j] / msum[s] : rsum[j] / zones[s]);
      range.push(zones[s] === 0 ? NaN : max[j] - min[j]);
    }
    sections[s] = { zones: zones[s], missing: missing[s], mean, range, ss: ss[s], ssWeighted: ssw[s] };
  }
  return {
    r2: total > 0 ? 1 - within / total : NaN,
    r2Weighted: totalW > 0 ? 1 - withinW / totalW : NaN,
    within,
    total,
    withinWeighted: withinW,
    totalWeighted: totalW,
    zones: gcount,
    missing: missingAll,
    sections,
  };
}

/**
 * The least homogeneous sections: the top `share` (10 % by default, at least one when any section has a
 * spread) by within-section sum of squares, and any whose range in a column exceeds its limit in `maxSpread`
 * (column → points). Returns section indices, most heterogeneous first.
 */
export function leastHomogeneous(h: Homogeneity, attrs: Attributes, opts: { share?: number; maxSpread?: Record<string, number> } = {}): number[] {
  const share = opts.share ?? 0.1;
  const live = h.sections.map((s, i) => (s ? i : -1)).filter((i) => i >= 0);
  const bySs = live.filter((i) => h.sections[i].ss > 0).sort((a, b) => h.sections[b].ss - h.sections[a].ss || a - b);
  const top = new Set(bySs.slice(0, Math.max(bySs.length > 0 ? 1 : 0, Math.round(live.length * share))));
  for (const [col, limit] of Object.entries(opts.maxSpread ?? {})) {
    const c = attrs.columns.indexOf(col);
    if (c < 0) continue;
    for (const i of live) if (h.sections[i].range[c] > limit) top.add(i);
  }
  return [...top].sort((a, b) => h.sections[b].ss - h.sections[a].ss || a - b);
}
