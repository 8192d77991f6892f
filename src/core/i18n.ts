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

/** A label set in every language, typed against the English keys (a label missing in French is a compile error). */
export type Labels<K extends string> = Record<Lang, Record<K, string>>;

/** Replace each {name} by params[name]; unknown placeholders are left as they are. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** `t(key, params)` over one language of a label set. */
export function labelsFor<K extends string>(labels: Labels<K>, lang: Lang): (key: K, params?: Record<string, string | number>) => string {
  const dict = labels[lang];
  return (key, params) => fill(dict[key], params);
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
 * The sentences that say where figures come from ("property "members" of zones.geojson", "estimated as
 * population × 0.08 (…)") are built in English by the loaders,
 * from a small fixed set of phrases. This says them in French, phrase by phrase; anything not in the
 * set (a file name, a zone name) is left as it is.
 */
/** A replacement template ("… $1 …") as a function, so the phrase table has one type. */
const to =
  (template: string) =>
  (_m: string, ...groups: string[]): string =>
    template.replace(/\$(\d)/g, (_d, k: string) => groups[Number(k) - 1] ?? '');

const SOURCE_PHRASES_FR: [RegExp, (substring: string, ...groups: string[]) => string][] = [
  [/estimated as population × ([\d.,]+)/g, to('estimés : population × $1')],
  [/property "([^"]+)" of /g, to('propriété « $1 » de ')],
  [/column "([^"]+)" of /g, to('colonne « $1 » de ')],
  [/ commune\(s\) summed by zone with /g, to(' commune(s) additionnée(s) par zone avec ')],
  [/ commune\(s\) of other zones left out/g, to(' commune(s) d’autres zones écartée(s)')],
  [/ commune\(s\) unknown to the table left out \(([^)]+) inhabitants\)/g, to(' commune(s) absente(s) de la table écartée(s) ($1 habitants)')],
  [/ commune\(s\) unknown to the table left out \(([^)]+) members\)/g, to(' commune(s) absente(s) de la table écartée(s) ($1 adhérents)')],
  [/member counts are estimates: /g, to('les effectifs sont des estimations : ')],
  [/\(marked as estimates by "([^"]+)"\)/g, to('(marquées comme estimations par « $1 »)')],
  [/\((\d+) units marked as estimates by "([^"]+)"\)/g, to('($1 unités marquées comme estimations par « $2 »)')],
  // numbers the French way: 1,082 → 1 082 (narrow no-break space, as Intl writes them), × 0.08 → × 0,08
  [/\b(\d{1,3})((?:,\d{3})+)\b/g, (_m: string, head: string, rest: string) => head + rest.replace(/,/g, '\u202f')],
  [/× (\d+)\.(\d+)/g, to('× $1,$2')],
  [/; /g, to(' ; ')],
  [/ line\(s\) of zones not in the zone file left out/g, to(' ligne(s) de zones absentes du fichier de zones écartée(s)')],
  // how a split zone's members were found, as the members' description of a units layer still says it in English
  // (MembersSource.description is a string; the split notes are messages: plan.split.how.*)
  [/members of (.+?) shared among its (\d+ )?finer units in proportion to their population/g, to('adhérents de $1 répartis entre ses $2unités fines au prorata de leur population')],
  [/members of (.+?) from its finer units/g, to('adhérents de $1 tirés de ses unités fines')],
  [/, adjusted to the zone total for rounding/g, to(', ajustés au total de la zone (arrondis)')],
  [/given population/g, to('population fournie')],
  [/^no member counts$/g, to('pas d’effectifs')],
];

export function sourceIn(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return SOURCE_PHRASES_FR.reduce((s, [re, fr]) => s.replace(re, fr), text);
}

/** A whole number the way the English text outputs and messages write it: "12,345". */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
