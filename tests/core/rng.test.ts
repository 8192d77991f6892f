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
});
