// Every plan of a small graph into k sections, with its spanning-tree weight, and a chain's visit frequencies
// against that law: the enumeration test of the audit's chains (tests/audit/chain.test.ts) and the figures of
// BENCHMARKS.md (bench/audit-enumeration.ts) come from here.
import { ReComChain, type ChainKind } from '../../src/audit/chain.js';
import { Rng } from '../../src/core/rng.js';
import type { UnitGraph } from '../../src/partition/graph.js';
import { Partition } from '../../src/partition/partition.js';

/** Number of spanning trees of the subgraph induced by `units` (Kirchhoff: a cofactor of the Laplacian). */
export function spanningTrees(g: UnitGraph, units: number[]): number {
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

export function connected(g: UnitGraph, units: number[]): boolean {
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
export function canonical(assignment: ArrayLike<number>): string {
  const names = new Map<number, number>();
  const out: number[] = [];
  for (let i = 0; i < assignment.length; i++) {
    if (!names.has(assignment[i])) names.set(assignment[i], names.size);
    out.push(names.get(assignment[i])!);
  }
  return out.join('');
}

/** Every plan of g into k contiguous sections whose member sums lie in [min, max], with its weight Π τ. */
export function enumeratePlans(g: UnitGraph, k: number, min: number, max: number): Map<string, number> {
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
export function chi2Quantile999(df: number): number {
  const z = 3.0902;
  return df * (1 - 2 / (9 * df) + z * Math.sqrt(2 / (9 * df))) ** 3;
}

export interface VisitFrequencies {
  /** every valid plan (canonical key) with its weight Π τ */
  target: Map<string, number>;
  /** samples per visited plan */
  visits: Map<string, number>;
  samples: number;
  /** samples that were not one of the enumerated plans (must be 0) */
  invalid: number;
  /** χ² of the visits against the spanning-tree-weighted law and against the uniform law over the valid plans */
  chi2: number;
  chi2Uniform: number;
  df: number;
  /** total variation distance of the visit frequencies to each law */
  tvTree: number;
  tvUniform: number;
  /** steps that changed the plan */
  accepted: number;
}

/**
 * Runs a chain from the first enumerated plan for `steps` steps, one sample every `thin`, and compares its visit
 * frequencies with the spanning-tree-weighted law (π ∝ Π τ) and the uniform law over the valid plans.
 */
export function visitFrequencies(
  g: UnitGraph,
  k: number,
  min: number,
  max: number,
  kind: ChainKind,
  steps: number,
  thin: number,
  seed: number,
  target = enumeratePlans(g, k, min, max),
): VisitFrequencies {
  // start: any enumerated plan
  const start = [...target.keys()][0].split('').map(Number);
  const p = new Partition(g, start);
  const ok = (m: number) => m >= min && m <= max;
  const chain = new ReComChain(p, ok, new Rng(seed), kind);
  const visits = new Map<string, number>();
  let samples = 0;
  let invalid = 0;
  for (let t = 1; t <= steps; t++) {
    chain.step();
    if (t % thin === 0) {
      const key = canonical(p.assignment);
      if (!target.has(key)) invalid++;
      visits.set(key, (visits.get(key) ?? 0) + 1);
      samples++;
    }
  }
  return { target, visits, samples, invalid, ...compareWithLaws(target, visits, samples), accepted: chain.accepted };
}

/** χ² and total variation distance of visit counts to the spanning-tree-weighted law and to the uniform law. */
export function compareWithLaws(
  target: Map<string, number>,
  visits: Map<string, number>,
  samples: number,
): Pick<VisitFrequencies, 'chi2' | 'chi2Uniform' | 'df' | 'tvTree' | 'tvUniform'> {
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
  let tvTree = 0;
  let tvUniform = 0;
  for (const [key, w] of target) {
    const f = (visits.get(key) ?? 0) / samples;
    tvTree += Math.abs(f - w / total) / 2;
    tvUniform += Math.abs(f - 1 / target.size) / 2;
  }
  return { chi2, chi2Uniform, df: target.size - 1, tvTree, tvUniform };
}

/** `samples` independent draws from the spanning-tree-weighted law (what an exact sampler would give). */
export function exactDraws(target: Map<string, number>, samples: number, rng: Rng): Map<string, number> {
  const keys = [...target.keys()];
  const cumulative: number[] = [];
  let total = 0;
  for (const k of keys) cumulative.push((total += target.get(k)!));
  const visits = new Map<string, number>();
  for (let i = 0; i < samples; i++) {
    const x = rng.next() * total;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    visits.set(keys[lo]!, (visits.get(keys[lo]!) ?? 0) + 1);
  }
  return visits;
}
