/**
 * Largest remainder (Hamilton) rounding, the one place it is written: seats between sections (`apportion`
 * "hamilton"), a zone's members between its units (propose --split-with, the members register) and the demo's
 * generated figures all share whole units this way.
 */

/** Equal up to floating-point noise (w × total / Σw is not exact: 0.4 and 0.40000000000000036 are one remainder). */
export function same(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/** Units that could go to several indices with the same remainder: the tie at the cut. */
export interface RemainderTie {
  /** how many units were at stake between the tied indices */
  units: number;
  /** the indices with that remainder, in index order */
  tied: number[];
  /** the ones that got the units */
  winners: number[];
  /** the remainder they share */
  value: number;
}

/**
 * Share `total` whole units between `weights` in proportion, so that the parts add up to `total` exactly:
 * each part is the whole part of its exact share total × w / Σw, and the units left over go one each to the
 * largest fractional remainders. Remainders equal up to floating-point noise tie: `pick(tied, k)` chooses k
 * of the tied indices (given in index order); by default the lower indices win ("ties by index").
 * `tie` is set when more indices tied at the cut than units were left. Throws (a bug) when there is
 * something to share but the weights add up to 0.
 */
export function shareByRemainder(
  total: number,
  weights: readonly number[],
  pick: (tied: number[], k: number) => number[] = (tied, k) => tied.slice(0, k),
): { parts: number[]; tie?: RemainderTie } {
  const parts = weights.map(() => 0);
  if (total === 0 || weights.length === 0) return { parts };
  const sum = weights.reduce((s, w) => s + w, 0);
  if (!(sum > 0)) throw new Error('largest remainder: the weights add up to 0');
  const remainders = weights.map((w, i) => {
    const q = (w * total) / sum;
    let whole = Math.floor(q);
    if (same(q, whole + 1)) whole += 1; // 2.9999999 for an exact 3
    parts[i] = whole;
    return Math.max(0, q - whole);
  });
  let left = total - parts.reduce((s, p) => s + p, 0);
  if (left <= 0) return { parts };
  const order = remainders.map((_, i) => i).sort((a, b) => remainders[b] - remainders[a] || a - b);
  const cut = remainders[order[left - 1]];
  const above = order.filter((i) => remainders[i] > cut && !same(remainders[i], cut));
  const atCut = order.filter((i) => same(remainders[i], cut)).sort((a, b) => a - b);
  for (const i of above) parts[i]++;
  left -= above.length;
  if (atCut.length <= left) {
    for (const i of atCut) parts[i]++;
    return { parts };
  }
  const winners = pick(atCut, left);
  for (const i of winners) parts[i]++;
  return { parts, tie: { units: left, tied: atCut, winners, value: cut } };
}

/**
 * Share `total` (an integer) in proportion to `weights`, rounding by largest remainder so the parts add up
 * exactly to the total; equal remainders go to the lower index (the earlier unit). [] for no weights.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  return shareByRemainder(total, weights).parts;
}
