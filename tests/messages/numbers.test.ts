// numberFormat and formatCount write numbers as Intl.NumberFormat does (they no longer make Intl formatters: the first
// one loads ICU's number data, 11–14 ms of every command). Intl is the oracle here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, LANGS, localeOf, numberFormat } from '../../src/messages/i18n.js';

const intl = (lang: (typeof LANGS)[number], digits: number, style: 'decimal' | 'percent' = 'decimal') =>
  new Intl.NumberFormat(localeOf(lang), { style, minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Doubles of every kind: whole, halves and ties at the decimals written, tiny, huge, negative, −0, NaN, ∞. */
const numbers = fc.oneof(
  fc.double(),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.integer({ min: -1e9, max: 1e9 }),
  // ties: k / 10^d + 5 / 10^(d+1), where the shortest form and the binary value round differently (1.005, 2.675)
  fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 5 })).map(([k, d]) => k / 10 ** d + 5 / 10 ** (d + 1)),
  fc.constantFrom(0, -0, 0.5, -0.5, 1.005, 2.675, 0.1255, 999.995, 9.9999, 1e21, 1.5e-7, -1e-9, 123456789012345680000, Number.MAX_VALUE, Number.MIN_VALUE),
);

describe('numbers written as Intl writes them, without Intl', () => {
  for (const lang of LANGS) {
    it(`${lang}: whole numbers, fixed decimals (0–4) and percentages (0–3)`, () => {
      const nf = numberFormat(lang);
      const ints = intl(lang, 0);
      const decs = [0, 1, 2, 3, 4].map((d) => intl(lang, d));
      const pcts = [0, 1, 2, 3].map((d) => intl(lang, d, 'percent'));
      fc.assert(
        fc.property(numbers, (n) => {
          expect(nf.int(n)).toBe(ints.format(n));
          decs.forEach((f, d) => expect(nf.dec(n, d)).toBe(f.format(n)));
          pcts.forEach((f, d) => expect(nf.pct(n, d)).toBe(f.format(n)));
        }),
        { numRuns: 3000, seed: 25 },
      );
    });
  }

  it("formatCount: the English messages' whole numbers, as toLocaleString wrote them", () => {
    fc.assert(
      fc.property(numbers, (n) => {
        expect(formatCount(n)).toBe(Math.round(n).toLocaleString('en-US'));
      }),
      { numRuns: 3000, seed: 25 },
    );
    expect(formatCount(1234567.4)).toBe('1,234,567');
    expect(numberFormat('fr').dec(1234.005, 2)).toBe('1\u202f234,01');
    expect(numberFormat('fr').pct(0.1255)).toBe('12,6\u00a0%');
  });
});
