/**
 * The choropleth's scale (src/export/choropleth.ts), shared by the report and the editor: shades by rank, and the
 * decimals its legend and hover write the values with, enough to tell the lowest from the highest.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/rng.js';
import { numberFormat } from '../../src/core/i18n.js';
import { NO_VALUE_FILL, rankScale, valueDecimals } from '../../src/export/choropleth.js';

describe('valueDecimals', () => {
  it('writes rates with one decimal and shares with as many as they need', () => {
    expect(valueDecimals([5, 7.3, 12])).toBe(1);
    expect(valueDecimals([1200, 35000])).toBe(1);
    expect(valueDecimals([0.05, 0.08, 0.12])).toBe(2);
    expect(valueDecimals([0.101, 0.104])).toBe(3);
    expect(valueDecimals([0.5, 0.9])).toBe(1);
    // one value, or the same everywhere: its own magnitude; nothing at all: one
    expect(valueDecimals([0.004])).toBe(3);
    expect(valueDecimals([])).toBe(1);
    expect(valueDecimals([0, 0])).toBe(1);
    expect(valueDecimals([1e-12, 2e-12])).toBe(6);
  });

  it('tells the lowest value from the highest once written, whatever their scale', () => {
    const nf = numberFormat('fr');
    const rng = new Rng(7);
    for (let k = 0; k < 300; k++) {
      const magnitude = 10 ** Math.floor(rng.next() * 9 - 5);
      const lo = rng.next() * 10 * magnitude;
      const hi = lo + (0.2 + rng.next()) * magnitude;
      const d = valueDecimals([lo, hi]);
      if (hi - lo < 1e-6) continue; // beyond six decimals
      expect(nf.dec(lo, d), `${lo} ${hi}`).not.toBe(nf.dec(hi, d));
    }
  });
});

describe('rankScale', () => {
  it('shades by rank, grey without a value, and carries its decimals', () => {
    const s = rankScale([0.12, null, 0.05, Number.NaN, 0.08]);
    expect(s.sorted).toEqual([0.05, 0.08, 0.12]);
    expect(s.decimals).toBe(2);
    expect(s.rank(0.05)).toBe(0);
    expect(s.rank(0.08)).toBe(0.5);
    expect(s.rank(0.12)).toBe(1);
    expect(s.fill(null)).toBe(NO_VALUE_FILL);
    expect(s.fill(0.05)).not.toBe(s.fill(0.12));
  });
});
