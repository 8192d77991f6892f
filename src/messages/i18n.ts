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
    pct: (share, digits = 1) => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share),
  };
}

/** A whole number the way the English text outputs and messages write it: "12,345". */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
