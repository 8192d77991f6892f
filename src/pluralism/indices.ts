/**
 * Indices of a list-vote outcome (shares are normalised here, so counts or percentages both work).
 * - Gallagher least-squares index (Gallagher 1991, Electoral Studies 10:1): LSq = √(½ Σ (v_i − s_i)²), with
 *   v_i and s_i in percent. 0 = seats exactly proportional to votes.
 * - Effective number of lists (Laakso & Taagepera 1979, Comparative Political Studies 12:1): N = 1 / Σ p_i².
 *   Equals the number of lists when they are all the same size, and less otherwise.
 */
function normalise(xs: readonly number[]): number[] {
  const s = xs.reduce((a, x) => a + x, 0);
  return s > 0 ? xs.map((x) => x / s) : xs.map(() => 0);
}

export function gallagher(votes: readonly number[], seats: readonly number[]): number {
  if (votes.length !== seats.length) throw new Error('gallagher: votes and seats must have one entry per list');
  const v = normalise(votes);
  const s = normalise(seats);
  const sum = v.reduce((acc, vi, i) => acc + (100 * vi - 100 * s[i]) ** 2, 0);
  return Math.sqrt(sum / 2);
}

export function effectiveNumber(shares: readonly number[]): number {
  const p = normalise(shares);
  const h = p.reduce((a, x) => a + x * x, 0);
  return h > 0 ? 1 / h : 0;
}
