/**
 * Convergence diagnostics for the audit's chains (issue #22, step 5): split-R̂ and effective sample size,
 * as in Gelman et al., Bayesian Data Analysis (3rd ed., 2013), §11.4–11.5. Pure functions on numbers.
 */

function mean(xs: ArrayLike<number>, from = 0, to = xs.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += xs[i];
  return s / (to - from);
}

function variance(xs: ArrayLike<number>, from = 0, to = xs.length): number {
  const m = mean(xs, from, to);
  let s = 0;
  for (let i = from; i < to; i++) s += (xs[i] - m) ** 2;
  return s / (to - from - 1);
}

/** Splits each chain into its two halves (dropping the middle draw of an odd length), all of the same length. */
function halves(chains: readonly ArrayLike<number>[]): number[][] {
  const n = Math.min(...chains.map((c) => c.length));
  const h = Math.floor(n / 2);
  const out: number[][] = [];
  for (const c of chains) {
    out.push(Array.from({ length: h }, (_, i) => c[i]));
    out.push(Array.from({ length: h }, (_, i) => c[n - h + i]));
  }
  return out;
}

/**
 * Potential scale reduction R̂ (Gelman–Rubin) on the given sequences, all of length n ≥ 2:
 * R̂ = sqrt(((n−1)/n · W + B/n) / W), W the mean within-sequence variance, B/n the variance of the means.
 * 1 when every sequence is constant and equal; Infinity when within-variance is 0 but means differ.
 */
export function rhat(sequences: readonly ArrayLike<number>[]): number {
  const m = sequences.length;
  const n = Math.min(...sequences.map((c) => c.length));
  if (m < 2 || n < 2) return NaN;
  const means = sequences.map((c) => mean(c, 0, n));
  const w = mean(sequences.map((c) => variance(c, 0, n)));
  const bOverN = variance(means);
  if (w === 0) return bOverN === 0 ? 1 : Infinity;
  return Math.sqrt(((n - 1) / n) * w + bOverN) / Math.sqrt(w);
}

/** Split-R̂: R̂ on each chain's two halves (BDA3 §11.4). */
export function splitRhat(chains: readonly ArrayLike<number>[]): number {
  return rhat(halves(chains));
}

/**
 * Effective sample size over several chains (BDA3 §11.5): n·m / (1 + 2 Σ ρ̂_t), with ρ̂_t = 1 − V_t / (2 var⁺),
 * V_t the variogram at lag t, summed over Geyer's initial positive sequence (pairs ρ̂_{2k} + ρ̂_{2k+1} > 0);
 * τ is bounded below by 1/log10(n·m) as in Stan, so anticorrelated chains don't claim unbounded ESS.
 * Uses the split halves as sequences. Equal to n·m for constant identical chains (no variation, nothing lost).
 */
export function effectiveSampleSize(chains: readonly ArrayLike<number>[]): number {
  const seqs = halves(chains);
  const m = seqs.length;
  const n = seqs[0]?.length ?? 0;
  if (m === 0 || n < 4) return NaN;
  const w = mean(seqs.map((c) => variance(c)));
  const b = n * variance(seqs.map((c) => mean(c)));
  const varPlus = ((n - 1) / n) * w + b / n;
  if (varPlus === 0) return n * m;
  const rho = (t: number): number => {
    let v = 0;
    for (const c of seqs) for (let i = t; i < n; i++) v += (c[i] - c[i - t]) ** 2;
    v /= m * (n - t);
    return 1 - v / (2 * varPlus);
  };
  // Geyer's initial positive sequence: Γ_k = ρ̂_{2k} + ρ̂_{2k+1} (ρ̂_0 = 1) while positive; τ = −1 + 2 Σ Γ_k.
  let sumPairs = 0;
  for (let t = 0; t + 1 < n; t += 2) {
    const pair = (t === 0 ? 1 : rho(t)) + rho(t + 1);
    if (pair <= 0) break;
    sumPairs += pair;
  }
  const tau = Math.max(-1 + 2 * sumPairs, 1 / Math.log10(n * m));
  return (n * m) / tau;
}
