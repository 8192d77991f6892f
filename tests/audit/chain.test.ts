import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.js';
import { latticeGraph, type UnitGraph } from '../../src/partition/graph.js';
import { Partition } from '../../src/partition/partition.js';
import { ReComChain } from '../../src/audit/chain.js';

/** Number of spanning trees of the subgraph induced by `units` (Kirchhoff: a cofactor of the Laplacian). */
function spanningTrees(g: UnitGraph, units: number[]): number {
  const k = units.length;
  if (k === 1) return 1;
  const index = new Map(units.map((u, i) => [u, i]));
  const L = Array.from({ length: k - 1 }, () => new Array<number>(k - 1).fill(0));
  for (const u of units) {
    const i = index.get(u)!;
    for (let e = g.offsets[u]; e < g.offsets[u + 1]; e++) {
      const j = index.get(g.neighbours[e]);
      if (j === undefined) continue;
      if (i < k - 1) L[i][i]++;
      if (i < k - 1 && j < k - 1) L[i][j]--;
    }
  }
  let det = 1;
  for (let c = 0; c < k - 1; c++) {
    let piv = c;
    for (let r = c + 1; r < k - 1; r++) if (Math.abs(L[r][c]) > Math.abs(L[piv][c])) piv = r;
    if (L[piv][c] === 0) return 0;
    if (piv !== c) {
      [L[piv], L[c]] = [L[c], L[piv]];
      det = -det;
    }
    det *= L[c][c];
    for (let r = c + 1; r < k - 1; r++) {
      const f = L[r][c] / L[c][c];
      for (let x = c; x < k - 1; x++) L[r][x] -= f * L[c][x];
    }
  }
  return Math.round(det);
}

function connected(g: UnitGraph, units: number[]): boolean {
  const set = new Set(units);
  const seen = new Set([units[0]]);
  const stack = [units[0]];
  while (stack.length) {
    const u = stack.pop()!;
    for (let e = g.offsets[u]; e < g.offsets[u + 1]; e++) {
      const v = g.neighbours[e];
      if (set.has(v) && !seen.has(v)) {
        seen.add(v);
        stack.push(v);
      }
    }
  }
  return seen.size === units.length;
}

/** The plan with sections renamed by first appearance: one key per unlabelled plan. */
function canonical(assignment: ArrayLike<number>): string {
  const names = new Map<number, number>();
  const out: number[] = [];
  for (let i = 0; i < assignment.length; i++) {
    if (!names.has(assignment[i])) names.set(assignment[i], names.size);
    out.push(names.get(assignment[i])!);
  }
  return out.join('');
}

/** Every plan of g into k contiguous sections whose member sums lie in [min, max], with its weight Π τ. */
function enumerate(g: UnitGraph, k: number, min: number, max: number): Map<string, number> {
  const plans = new Map<string, number>();
  const a = new Array<number>(g.n).fill(0);
  const rec = (u: number, used: number): void => {
    if (u === g.n) {
      if (used !== k) return;
      let weight = 1;
      for (let s = 0; s < k; s++) {
        const units = a.flatMap((x, i) => (x === s ? [i] : []));
        const m = units.reduce((t, i) => t + g.members[i], 0);
        if (m < min || m > max || !connected(g, units)) return;
        weight *= spanningTrees(g, units);
      }
      plans.set(canonical(a), weight);
      return;
    }
    // sections are numbered by first appearance, so each unlabelled plan is built once
    for (let s = 0; s <= Math.min(used, k - 1); s++) {
      a[u] = s;
      rec(u + 1, Math.max(used, s + 1));
    }
  };
  rec(0, 0);
  return plans;
}

/** Upper 0.999 quantile of χ²(df), Wilson–Hilferty. */
function chi2Quantile999(df: number): number {
  const z = 3.0902;
  return df * (1 - 2 / (9 * df) + z * Math.sqrt(2 / (9 * df))) ** 3;
}

function run(g: UnitGraph, k: number, min: number, max: number, kind: 'recom' | 'reversible', steps: number, thin: number, seed: number) {
  const target = enumerate(g, k, min, max);
  // start: any enumerated plan
  const start = [...target.keys()][0].split('').map(Number);
  const p = new Partition(g, start);
  const ok = (m: number) => m >= min && m <= max;
  const chain = new ReComChain(p, ok, new Rng(seed), kind);
  const visits = new Map<string, number>();
  let samples = 0;
  for (let t = 1; t <= steps; t++) {
    chain.step();
    if (t % thin === 0) {
      const key = canonical(p.assignment);
      // every visited plan is valid: one of the enumerated plans
      expect(target.has(key)).toBe(true);
      visits.set(key, (visits.get(key) ?? 0) + 1);
      samples++;
    }
  }
  const total = [...target.values()].reduce((s, x) => s + x, 0);
  let chi2 = 0;
  for (const [key, w] of target) {
    const expected = (samples * w) / total;
    chi2 += ((visits.get(key) ?? 0) - expected) ** 2 / expected;
  }
  // the same statistic against the uniform law over the valid plans: the test must be able to tell them apart
  let chi2Uniform = 0;
  for (const key of target.keys()) {
    const expected = samples / target.size;
    chi2Uniform += ((visits.get(key) ?? 0) - expected) ** 2 / expected;
  }
  return { target, visits, samples, chi2, chi2Uniform, df: target.size - 1 };
}

describe('reversible ReCom', () => {
  // Sample sizes are fixed and documented: 4×4 into 2 sections of 6–10 members: 200,000 steps, one sample every 20.
  it('visits the valid plans of a 4×4 grid in 2 sections with the spanning-tree-weighted frequencies (χ²)', () => {
    const g = latticeGraph(4, 4);
    const r = run(g, 2, 6, 10, 'reversible', 200_000, 20, 11);
    expect(r.target.size).toBeGreaterThan(20);
    expect(r.chi2).toBeLessThan(chi2Quantile999(r.df));
    expect(r.chi2Uniform).toBeGreaterThan(chi2Quantile999(r.df));
  });
  // 3×4 into 3 sections of 3–5 members: 300,000 steps, one sample every 20.
  it('does the same on a 3×4 grid in 3 sections', () => {
    const g = latticeGraph(4, 3);
    const r = run(g, 3, 3, 5, 'reversible', 300_000, 20, 12);
    expect(r.target.size).toBeGreaterThan(20);
    expect(r.chi2).toBeLessThan(chi2Quantile999(r.df));
    expect(r.chi2Uniform).toBeGreaterThan(chi2Quantile999(r.df));
  });
  it('plain ReCom keeps every state valid too', () => {
    const g = latticeGraph(4, 4);
    const r = run(g, 2, 6, 10, 'recom', 200_000, 20, 13);
    expect(r.samples).toBe(10_000);
    // plain ReCom's frequencies are not the spanning-tree law; print them for BENCHMARKS.md
    console.log(
      `plain ReCom 4×4/2: ${r.target.size} plans, χ² against Π τ = ${r.chi2.toFixed(0)}, against uniform = ${r.chi2Uniform.toFixed(0)} (df ${r.df}, 0.999 quantile ${chi2Quantile999(r.df).toFixed(0)})`,
    );
  });
});
