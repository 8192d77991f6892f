/**
 * Attributes of zones that sections should share (unemployment level and trend…): one value per zone and
 * column, standardised so that columns in different units weigh what their weights say, no more.
 *
 * `raw` and `z` are n × k, row-major, in the zone order of the ZoneSet (or the units of a split plan);
 * NaN is a missing value (a zone the source has no figure for: never 0).
 */
export interface Attributes {
  columns: string[];
  weights: number[];
  n: number;
  /** n*k row-major, zone order of the ZoneSet, NaN = missing */
  raw: Float64Array;
  /** standardised per column over zones with a value (population z-score), NaN = missing */
  z: Float64Array;
}

/** Mean and population standard deviation of one column over the zones that have a value. */
export interface ColumnStats {
  mean: number;
  sd: number;
  count: number;
}

/** Mean and population standard deviation of each column of `raw`, missing values left out. */
export function columnStats(raw: ArrayLike<number>, n: number, k: number): ColumnStats[] {
  const out: ColumnStats[] = [];
  for (let c = 0; c < k; c++) {
    let sum = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const v = raw[i * k + c];
      if (Number.isFinite(v)) {
        sum += v;
        count++;
      }
    }
    const mean = count > 0 ? sum / count : NaN;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const v = raw[i * k + c];
      if (Number.isFinite(v)) ss += (v - mean) * (v - mean);
    }
    out.push({ mean, sd: count > 0 ? Math.sqrt(ss / count) : NaN, count });
  }
  return out;
}

/**
 * Attributes from raw values: each column becomes a population z-score over the zones that have a value
 * ((v − mean) / sd); a constant column gives 0 everywhere it has a value. Weights default to 1 each.
 */
export function standardise(columns: string[], raw: ArrayLike<number>, weights?: number[]): Attributes {
  const k = columns.length;
  if (k === 0) throw new Error('standardise: no column');
  if (raw.length % k !== 0) throw new Error(`standardise: ${raw.length} values is not a multiple of ${k} columns`);
  const n = raw.length / k;
  const w = weights ?? columns.map(() => 1);
  if (w.length !== k) throw new Error(`standardise: ${w.length} weights for ${k} columns`);
  const values = Float64Array.from(raw, (v) => (Number.isFinite(v) ? v : NaN));
  const stats = columnStats(values, n, k);
  const z = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) {
      const v = values[i * k + c];
      const { mean, sd } = stats[c];
      z[i * k + c] = Number.isNaN(v) ? NaN : sd > 0 ? (v - mean) / sd : 0;
    }
  }
  return { columns: [...columns], weights: [...w], n, raw: values, z };
}

/** Whether zone i has a value in every column (the zones that count in the homogeneity figures). */
export function complete(attrs: Attributes, i: number): boolean {
  const k = attrs.columns.length;
  for (let c = 0; c < k; c++) if (Number.isNaN(attrs.z[i * k + c])) return false;
  return true;
}

/**
 * Attributes on units finer than the attribute's zones (communes of a split zone): unit u takes the row of
 * zone `zoneOfUnit[u]` (an index into `attrs`, −1 = none: missing). Standardisation is kept from the zones,
 * so that a zone split in ten communes does not count ten times in the means and spreads.
 */
export function onUnits(attrs: Attributes, zoneOfUnit: ArrayLike<number>): Attributes {
  const k = attrs.columns.length;
  const n = zoneOfUnit.length;
  const raw = new Float64Array(n * k).fill(NaN);
  const z = new Float64Array(n * k).fill(NaN);
  for (let u = 0; u < n; u++) {
    const i = zoneOfUnit[u];
    if (i < 0) continue;
    for (let c = 0; c < k; c++) {
      raw[u * k + c] = attrs.raw[i * k + c];
      z[u * k + c] = attrs.z[i * k + c];
    }
  }
  return { columns: attrs.columns, weights: attrs.weights, n, raw, z };
}
