/**
 * Numbers as people type them in spreadsheets, French or English: "12345", "12 345" (spaces, including the
 * no-break spaces U+00A0 / U+202F French spreadsheets write, as thousands separators), "0.08" or "0,08"
 * (decimal point or comma). "12,345" is refused as ambiguous: it is 12.345 in French and 12345 in English.
 */

/** A space that may separate thousands: ordinary, no-break (U+00A0) or narrow no-break (U+202F). */
const GROUP = '[ \\u00A0\\u202F]';
const NUMBER = new RegExp(`^([+-]?)(\\d{1,3}(?:${GROUP}\\d{3})+|\\d+)(?:([.,])(\\d+))?$`);

export type NumberReading =
  | { ok: true; value: number }
  /** ambiguous: a comma followed by three digits, which may be a thousands separator or a decimal comma */
  | { ok: false; ambiguous: boolean };

/** Read a number written by a person; no exponents, no thousands commas, surrounding spaces are fine. */
export function readNumber(text: string): NumberReading {
  const m = NUMBER.exec(text.trim());
  if (!m) return { ok: false, ambiguous: false };
  const [, sign, whole, sep, frac] = m;
  const grouped = !/^\d+$/.test(whole);
  // "1,234" could be 1234 or 1.234; "0,125", "1234,5" and "12 345,678" cannot be read as thousands
  if (sep === ',' && !grouped && frac.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) return { ok: false, ambiguous: true };
  const digits = whole.replace(new RegExp(GROUP, 'g'), '');
  return { ok: true, value: Number(`${sign}${digits}${frac === undefined ? '' : '.' + frac}`) };
}
