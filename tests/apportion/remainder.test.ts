import { describe, expect, it } from 'vitest';
import { apportion, largestRemainder, shareByRemainder } from '../../src/apportion/index.js';
import { Rng } from '../../src/core/rng.js';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('largest remainder: the one rounding of seats, split members and demo figures', () => {
  it('the parts always add up to the total and stay within 1 of the exact share (random weights)', () => {
    const rng = new Rng(42);
    for (let run = 0; run < 300; run++) {
      const n = 1 + Math.floor(rng.next() * 12);
      const weights = Array.from({ length: n }, () => (rng.next() < 0.2 ? 0 : rng.next() * 10_000));
      if (!(sum(weights) > 0)) continue;
      const total = Math.floor(rng.next() * 5_000);
      const parts = largestRemainder(total, weights);
      expect(sum(parts)).toBe(total);
      parts.forEach((p, i) => {
        expect(Number.isInteger(p)).toBe(true);
        expect(Math.abs(p - (total * weights[i]) / sum(weights))).toBeLessThan(1);
      });
    }
  });

  it('equal remainders go to the lower index', () => {
    expect(largestRemainder(7, [1, 1, 1])).toEqual([3, 2, 2]);
    expect(largestRemainder(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(largestRemainder(1, [5, 5, 5, 5])).toEqual([1, 0, 0, 0]);
  });

  it('remainders equal up to floating-point noise are a tie too, so the lower index wins', () => {
    // 2 × 3/14 and 2 × 10/14 both leave 3/7, but as floats the second is a hair larger
    expect((2 * 10) / 14 - 1).toBeGreaterThan((2 * 3) / 14);
    expect(largestRemainder(2, [3, 10, 1])).toEqual([1, 1, 0]);
  });

  it('says which indices tied at the cut and lets the caller choose among them', () => {
    const byIndex = shareByRemainder(1, [1, 1, 1]);
    expect(byIndex.parts).toEqual([1, 0, 0]);
    expect(byIndex.tie).toEqual({ units: 1, tied: [0, 1, 2], winners: [0], value: 1 / 3 });
    const last = shareByRemainder(1, [1, 1, 1], (tied, k) => tied.slice(-k));
    expect(last.parts).toEqual([0, 0, 1]);
    // no tie when every tied index gets a unit
    expect(shareByRemainder(3, [1, 1, 1]).tie).toBeUndefined();
  });

  it('nothing to share, or no weights', () => {
    expect(largestRemainder(0, [0, 0])).toEqual([0, 0]);
    expect(largestRemainder(5, [])).toEqual([]);
    expect(() => largestRemainder(5, [0, 0])).toThrow(/add up to 0/);
  });

  it('Hamilton seats are this rounding, and its ties are the rounding’s ties', () => {
    const weights = [300, 100, 100];
    // quotas 1.8, 0.6, 0.6: one seat each by the whole parts and the largest remainder, the last one tied
    const r = apportion(
      weights.map((weight, i) => ({ id: `s${i}`, weight })),
      3,
      'hamilton',
    );
    expect([...r.seats.values()]).toEqual([2, 1, 0]);
    expect([...r.seats.values()]).toEqual(largestRemainder(3, weights));
    expect(r.ties).toEqual([{ seats: 1, candidates: ['s1', 's2'], winners: ['s1'], resolvedBy: undefined, value: expect.closeTo(0.6, 12) }]);
  });
});
