/**
 * The choropleth of an attribute (unemployment rate…), one scale for the report and the editor: ColorBrewer's
 * sequential YlOrRd (colour-blind safe, prints in grey), shaded by rank so that each shade holds as many zones and a
 * few far values (the overseas zones) do not wash out the rest; a zone without a value is grey.
 */
import { interpolateYlOrRd } from 'd3-scale-chromatic';

/** The fill of a zone without a value. */
export const NO_VALUE_FILL = '#d5d9de';

/** The colour of a rank share t in [0, 1] (light → dark). */
export function shadeAt(t: number): string {
  return interpolateYlOrRd(0.08 + 0.92 * t);
}

/** CSS stops of the legend's ramp (light to dark). */
export function rampStops(n = 11): string {
  return Array.from({ length: n }, (_, j) => shadeAt(j / (n - 1))).join(',');
}

/**
 * How many decimals tell the values of an attribute apart (legend, hover): one, more when they span less than one
 * unit (a share from 0.05 to 0.12: two), at most six.
 */
export function valueDecimals(sorted: readonly number[]): number {
  const span = sorted.length ? sorted[sorted.length - 1]! - sorted[0]! : 0;
  const scale = span > 0 ? span : Math.abs(sorted[0] ?? 0);
  if (!(scale > 0) || !Number.isFinite(scale)) return 1;
  return Math.min(6, Math.max(1, -Math.floor(Math.log10(scale))));
}

/** A rank scale over the values that are numbers: each value's shade (ties share the middle of their ranks). */
export function rankScale(values: Iterable<number | null | undefined>): {
  sorted: number[];
  /** the decimals to write the values with (valueDecimals) */
  decimals: number;
  rank(v: number): number;
  fill(v: number | null | undefined): string;
} {
  const sorted: number[] = [];
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) sorted.push(v);
  sorted.sort((a, b) => a - b);
  const rank = (v: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < sorted.length && sorted[end] === v) end++;
    return sorted.length > 1 ? (lo + end - 1) / 2 / (sorted.length - 1) : 0.5;
  };
  return { sorted, decimals: valueDecimals(sorted), rank, fill: (v) => (typeof v === 'number' && Number.isFinite(v) ? shadeAt(rank(v)) : NO_VALUE_FILL) };
}
