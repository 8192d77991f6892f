import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.js';

describe('Rng', () => {
  it('is reproducible for a seed and differs across seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
  });

  it('draws Dirichlet vectors that sum to 1 with the right mean', () => {
    const rng = new Rng('dirichlet');
    const alpha = [6, 3, 1];
    const mean = [0, 0, 0];
    const n = 4000;
    for (let i = 0; i < n; i++) {
      const d = rng.dirichlet(alpha);
      expect(d.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
      d.forEach((x, k) => (mean[k] += x / n));
    }
    // E[X_k] = alpha_k / sum(alpha) = 0.6, 0.3, 0.1
    expect(mean[0]).toBeCloseTo(0.6, 1);
    expect(mean[1]).toBeCloseTo(0.3, 1);
    expect(mean[2]).toBeCloseTo(0.1, 1);
  });
  it('draws mulberry32 from its 32-bit state, whatever the seed (the state kept in a typed array changes no draw)', () => {
    // mulberry32 written out with a plain number state, as published
    const reference = (seed: number) => {
      let a = seed >>> 0;
      return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = Math.imul(a ^ (a >>> 15), a | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    };
    for (const seed of [0, 1, 42, 2 ** 30, 2 ** 31 + 7, 2 ** 32 - 1, -5, 3.9]) {
      const rng = new Rng(seed);
      const ref = reference(seed);
      for (let i = 0; i < 10_000; i++) expect(rng.next()).toBe(ref());
    }
  });
});
