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
