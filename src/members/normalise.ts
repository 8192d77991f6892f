/**
 * Town names as envelopes write them, reduced to one comparable form: "ST MAXIMIN LA STE BAUME",
 * "Saint-Maximin-la-Sainte-Baume" and "st maximin la ste baume cedex 3" all become
 * "SAINT MAXIMIN LA SAINTE BAUME"; "Marseille 13e Arrondissement" and "MARSEILLE 13" become "MARSEILLE 13".
 */
const WORDS: Record<string, string> = {
  ST: 'SAINT',
  STE: 'SAINTE',
  STS: 'SAINTS',
  STES: 'SAINTES',
  SAINT: 'SAINT',
  ND: 'NOTRE DAME',
  MT: 'MONT',
  CHX: 'CHATEAUX',
  CHT: 'CHATEAU',
};

/** Upper case, no accents, no punctuation, "ST" → "SAINT", without "CEDEX n" and "ARRONDISSEMENT". */
export function normaliseTown(raw: string): string {
  let n = seen.get(raw);
  if (n === undefined) {
    if (seen.size > 500_000) seen.clear();
    seen.set(raw, (n = normalise(raw)));
  }
  return n;
}

/** The same names come back again and again (tables, registers): each is worked out once. */
const seen = new Map<string, string>();

function normalise(raw: string): string {
  let s = raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/Œ/g, 'OE')
    .replace(/Æ/g, 'AE');
  // "CEDEX", "CEDEX 9", "CEDEX 09" anywhere (usually at the end)
  s = s.replace(/\bCEDEX\b\s*\d*/g, ' ');
  // "S/ MER" → "SUR MER" before punctuation goes
  s = s.replace(/\bS\s*\/\s*/g, ' SUR ');
  s = s.replace(/[^A-Z0-9]+/g, ' ');
  // "13E ARRONDISSEMENT", "1ER ARR", "13EME" → "13"
  s = s.replace(/\b(\d{1,2})\s*(ER|E|EME|EM)\b/g, '$1');
  s = s.replace(/\b(ARRONDISSEMENT|ARRDT|ARRT|ARR)\b/g, ' ');
  const words = s.split(' ').filter((w) => w !== '');
  // a leading article written apart ("LE LAVANDOU", "LA CIOTAT") stays; single letters left by elisions ("L", "D") go
  return words
    .map((w) => WORDS[w] ?? w)
    .filter((w) => !/^[A-Z]$/.test(w) || w === 'Y')
    .join(' ');
}

/** The same name with articles and "SAINT"-words dropped, for a looser second comparison. */
export function looseTown(normalised: string): string {
  return normalised
    .split(' ')
    .filter((w) => !['LE', 'LA', 'LES', 'DE', 'DU', 'DES', 'EN', 'SUR', 'SOUS', 'ET', 'AUX', 'AU'].includes(w))
    .join('');
}

/** A postal code as written ("13013", "13 013", "6000" from a spreadsheet that dropped the 0): 5 digits or null. */
export function cleanPostcode(raw: string): string | null {
  const s = raw.replace(/[\s\u00a0\u202f.]/g, '');
  if (/^\d{5}$/.test(s)) return s;
  if (/^\d{4}$/.test(s)) return '0' + s;
  return null;
}
