/** Numbers as the text outputs write them (no I/O: the check's wording, which the editor page bundles, uses them). */
import { formatCount, numberFormat, type Lang } from '../core/i18n.js';

export const int = (n: number) => (Number.isFinite(n) ? formatCount(n) : '—');
export const dec = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '—');
export const signedPct = (n: number) => (Number.isFinite(n) ? `${n >= 0 ? '+' : ''}${n.toFixed(1)} %` : '—');

/** The numbers of the text tables: English as they always were ("10,000", "0.42", "+1.5 %"), French by Intl ("10 000", "0,42", "+1,5 %"). */
export interface TextNumbers {
  int(n: number): string;
  dec(n: number, digits?: number): string;
  /** a percentage given in percent (1.5 → "+1.5 %") with its sign */
  signedPct(n: number): string;
}

export function textNumbers(lang: Lang = 'en'): TextNumbers {
  if (lang === 'en') return { int, dec, signedPct };
  const nf = numberFormat(lang);
  const finite = (f: (n: number) => string) => (n: number) => (Number.isFinite(n) ? f(n) : '—');
  return {
    int: finite((n) => nf.int(Math.round(n))),
    dec: (n, d = 2) => finite((x) => nf.dec(x, d))(n),
    signedPct: finite((n) => `${n >= 0 ? '+' : ''}${nf.pct(n / 100, 1)}`),
  };
}
