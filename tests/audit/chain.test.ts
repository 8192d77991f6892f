import { describe, expect, it } from 'vitest';
import { latticeGraph } from '../../src/partition/graph.js';
import { chi2Quantile999, visitFrequencies as run } from '../support/plan-enumeration.js';

describe('reversible ReCom', () => {
  // Sample sizes are fixed and documented: 4×4 into 2 sections of 6–10 members: 200,000 steps, one sample every 20.
  it('visits the valid plans of a 4×4 grid in 2 sections with the spanning-tree-weighted frequencies (χ²)', () => {
    const g = latticeGraph(4, 4);
    const r = run(g, 2, 6, 10, 'reversible', 200_000, 20, 11);
    expect(r.target.size).toBeGreaterThan(20);
    expect(r.invalid).toBe(0);
    expect(r.chi2).toBeLessThan(chi2Quantile999(r.df));
    expect(r.chi2Uniform).toBeGreaterThan(chi2Quantile999(r.df));
  });
  // 3×4 into 3 sections of 3–5 members: 300,000 steps, one sample every 20.
  it('does the same on a 3×4 grid in 3 sections', () => {
    const g = latticeGraph(4, 3);
    const r = run(g, 3, 3, 5, 'reversible', 300_000, 20, 12);
    expect(r.target.size).toBeGreaterThan(20);
    expect(r.invalid).toBe(0);
    expect(r.chi2).toBeLessThan(chi2Quantile999(r.df));
    expect(r.chi2Uniform).toBeGreaterThan(chi2Quantile999(r.df));
  });
  it('plain ReCom keeps every state valid too', () => {
    const g = latticeGraph(4, 4);
    const r = run(g, 2, 6, 10, 'recom', 200_000, 20, 13);
    expect(r.samples).toBe(10_000);
    expect(r.invalid).toBe(0);
    // its frequencies, next to the reversible chain's, are measured by bench/audit-enumeration.ts (BENCHMARKS.md)
  });
});
