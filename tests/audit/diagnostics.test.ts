import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.js';
import { effectiveSampleSize, rhat, splitRhat } from '../../src/audit/diagnostics.js';

function iid(seed: number, n: number, shift = 0): number[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => rng.normal() + shift);
}

function ar1(seed: number, n: number, phi: number): number[] {
  const rng = new Rng(seed);
  const xs: number[] = [];
  let x = rng.normal() / Math.sqrt(1 - phi * phi);
  for (let i = 0; i < n; i++) {
    x = phi * x + rng.normal();
    xs.push(x);
  }
  return xs;
}

describe('R̂', () => {
  it('matches the formula on a hand-worked example', () => {
    // means 2 and 4, W = 1, B/n = 2: R̂ = sqrt((2/3)·1 + 2) = 1.63299…
    expect(
      rhat([
        [1, 2, 3],
        [3, 4, 5],
      ]),
    ).toBeCloseTo(Math.sqrt(8 / 3), 10);
  });
  it('is close to 1 for chains from the same distribution and large when they disagree', () => {
    expect(splitRhat([iid(1, 4000), iid(2, 4000)])).toBeLessThan(1.01);
    expect(splitRhat([iid(1, 4000), iid(2, 4000, 1)])).toBeGreaterThan(1.1);
  });
  it('split-R̂ sees a trend inside one chain that plain R̂ misses', () => {
    const trend = (seed: number) => iid(seed, 2000).map((x, i) => x + (4 * i) / 2000);
    expect(rhat([trend(1), trend(2)])).toBeLessThan(1.01);
    expect(splitRhat([trend(1), trend(2)])).toBeGreaterThan(1.2);
  });
});

describe('effective sample size', () => {
  it('is about the number of draws for independent draws', () => {
    const ess = effectiveSampleSize([iid(3, 5000), iid(4, 5000)]);
    expect(ess).toBeGreaterThan(8500);
    expect(ess).toBeLessThan(11500);
  });
  it('is about N(1−φ)/(1+φ) for an AR(1) process', () => {
    const phi = 0.9;
    const n = 20000;
    const expected = (2 * n * (1 - phi)) / (1 + phi);
    const ess = effectiveSampleSize([ar1(5, n, phi), ar1(6, n, phi)]);
    expect(ess).toBeGreaterThan(expected * 0.75);
    expect(ess).toBeLessThan(expected * 1.25);
  });
});
