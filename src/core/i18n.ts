/**
 * The languages of decoupage's outputs and what every translated output shares: filling {placeholders}
 * and writing numbers the way each language does (French: "10 000", "0,42", "3,3 %", with the narrow
 * no-break space U+202F that Intl uses). The report's dictionary (src/report/i18n.ts) and the CLI's text
 * outputs (check, seats, pluralism, propose, demo) are both built on this.
 */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(x: unknown): x is Lang {
  return (LANGS as readonly unknown[]).includes(x);
}

/** A table of the message catalogue (src/messages/): key → the message in every language, side by side. */
export type Labels<K extends string> = Readonly<Record<K, Readonly<Record<Lang, string>>>>;

/** Replace each {name} by params[name]; unknown placeholders are left as they are. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** `t(key, params)` over one language of a catalogue table. */
export function labelsFor<K extends string>(labels: Labels<K>, lang: Lang): (key: K, params?: Record<string, string | number>) => string {
  return (key, params) => fill(labels[key][lang], params);
}

/** Numbers written the way a language writes them. */
export interface NumberFormat {
  /** whole number with the language's grouping: "10,000" / "10 000" */
  int(n: number): string;
  /** number with a fixed count of decimals: "0.42" / "0,42" */
  dec(n: number, digits?: number): string;
  /** share (0.125) as a percentage: "12.5%" / "12,5 %" */
  pct(share: number, digits?: number): string;
}

const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** Intl number formatting for a language (used by the report, and by every French text output). */
export function numberFormat(lang: Lang): NumberFormat {
  const locale = LOCALES[lang];
  const intFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return {
    int: (n) => intFmt.format(n),
    dec: (n, digits = 2) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n),
    pct: (share, digits = 1) =>
      new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share),
  };
}

/**
 * The sentences that say where vote shares come from ("vote shares per zone from votes.csv…") and how large
 * zones were split are still built in English; this says them in French, phrase by phrase; anything not in
 * the set (a file name, a zone name) is left as it is. (Where member counts come from is a message of the
 * catalogue: MembersSource.description.)
 */
/** A replacement template ("… $1 …") as a function, so the phrase table has one type. */
const to =
  (template: string) =>
  (_m: string, ...groups: string[]): string =>
    template.replace(/\$(\d)/g, (_d, k: string) => groups[Number(k) - 1] ?? '');

const SOURCE_PHRASES_FR: [RegExp, (substring: string, ...groups: string[]) => string][] = [
  [/zone\(s\) above ([\d,]+) members split into finer units: /g, to('zone(s) de plus de $1 adhérents découpée(s) en unités plus fines : ')],
  [/ → (\d+) units/g, to(' → $1 unités')],
  // numbers the French way: 1,082 → 1 082 (narrow no-break space, as Intl writes them), × 0.08 → × 0,08
  [/\b(\d{1,3})((?:,\d{3})+)\b/g, (_m: string, head: string, rest: string) => head + rest.replace(/,/g, '\u202f')],
  [/× (\d+)\.(\d+)/g, to('× $1,$2')],
  [/; /g, to(' ; ')],
  [/members of (.+?) shared among its (\d+ )?finer units in proportion to their population/g, to('adhérents de $1 répartis entre ses $2unités fines au prorata de leur population')],
  [/members of (.+?) from its finer units/g, to('adhérents de $1 tirés de ses unités fines')],
  [/, adjusted to the zone total for rounding/g, to(', ajustés au total de la zone (arrondis)')],
  [/given population/g, to('population fournie')],
  [/vote shares per zone from (.+?), combined per section weighted by members/g, to('parts des voix par zone tirées de $1, combinées par section au prorata des adhérents')],
  [/vote shares from (.+?), the same in every zone/g, to('parts des voix tirées de $1, identiques dans chaque zone')],
  [/\(the shares add up to ([\d.]+), not 100: they were rescaled to 100\)/g, to('(les parts totalisent $1 et non 100 : elles ont été ramenées à 100)')],
];

export function sourceIn(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return SOURCE_PHRASES_FR.reduce((s, [re, fr]) => s.replace(re, fr), text);
}

/** A whole number the way the English text outputs and messages write it: "12,345". */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
