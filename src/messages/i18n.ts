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

/**
 * A message in one language with its figures: each {name} is replaced by params[name] (an unknown placeholder
 * is left as it is), and each plural {name:one form|other form} by the form the language's plural rules
 * choose for the number params[name] (Intl.PluralRules: English says "1 zone", "0 zones", "2 zones"; French
 * "0 zone", "1 zone", "2 zones"). A form may hold placeholders and plurals of its own: "{n:its lock|their {k} locks}".
 * This is the catalogue's one way to say a plural: no message comes in a "one" and a "many" version.
 */
export function fill(template: string, params: Record<string, string | number>, lang: Lang): string {
  return choosePlurals(template, params, lang).replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

const PLURAL_RULES = new Map<Lang, Intl.PluralRules>();

/** The plural category of a count in a language: "one" or another ("other", French "many" for millions…). */
export function pluralOf(n: number, lang: Lang): Intl.LDMLPluralRule {
  let rules = PLURAL_RULES.get(lang);
  if (!rules) PLURAL_RULES.set(lang, (rules = new Intl.PluralRules(localeOf(lang))));
  return rules.select(n);
}

/** A figure as a number, also when it was already written the language's way ("12,345", "12 345", "0,5"). */
function numberIn(value: string | number | undefined, lang: Lang): number {
  if (typeof value === 'number') return value;
  if (value === undefined) return NaN;
  const digits = value.replace(/[\s\u00a0\u202f]/g, '');
  return Number(lang === 'en' ? digits.replace(/,/g, '') : digits.replace(',', '.'));
}

/** Replace each {name:one|other} by its form for params[name]; a form's own braces are kept for fill. */
function choosePlurals(template: string, params: Record<string, string | number>, lang: Lang): string {
  const start = /\{(\w+):/g;
  let out = '';
  let from = 0;
  for (let m = start.exec(template); m; m = start.exec(template)) {
    const forms = pluralForms(template, m.index + m[0].length);
    if (!forms) continue;
    out += template.slice(from, m.index) + choosePlurals(forms.forms[pluralOf(numberIn(params[m[1]!], lang), lang) === 'one' ? 0 : 1]!, params, lang);
    from = forms.end;
    start.lastIndex = forms.end;
  }
  return out + template.slice(from);
}

/** The two forms of a plural whose text starts at `at` (after "{name:"), and where the plural ends; undefined if it is not one. */
export function pluralForms(template: string, at: number): { forms: [string, string]; end: number } | undefined {
  let depth = 0;
  const bars: number[] = [];
  for (let i = at; i < template.length; i++) {
    const c = template[i];
    if (c === '{') depth++;
    else if (c === '|' && depth === 0) bars.push(i);
    else if (c === '}') {
      if (depth > 0) depth--;
      else return bars.length === 1 ? { forms: [template.slice(at, bars[0]), template.slice(bars[0]! + 1, i)], end: i + 1 } : undefined;
    }
  }
  return undefined;
}

/** `t(key, params)` over one language of a catalogue table. */
export function labelsFor<K extends string>(labels: Labels<K>, lang: Lang): (key: K, params?: Record<string, string | number>) => string {
  return (key, params = {}) => fill(labels[key][lang], params, lang);
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
  return {
    int: (n) => formatter(`${locale} int`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(n),
    dec: (n, digits = 2) =>
      formatter(`${locale} dec ${digits}`, () => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })).format(n),
    pct: (share, digits = 1) =>
      formatter(
        `${locale} pct ${digits}`,
        () => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }),
      ).format(share),
  };
}

/**
 * Make the first number formatter of each language now. ICU's data is loaded once per process, the first time a
 * formatter is made (15–40 ms): propose does it while its worker threads search, rather than at its first figure.
 */
export function warmNumberFormats(): void {
  for (const lang of Object.keys(LOCALES) as Lang[]) numberFormat(lang).int(12345);
}

/** Intl's formatters, each made once: making one costs far more than formatting with it (a command says thousands of numbers). */
const FORMATTERS = new Map<string, Intl.NumberFormat>();
function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = FORMATTERS.get(key);
  if (!f) FORMATTERS.set(key, (f = make()));
  return f;
}

/** A whole number the way the English text outputs and messages write it: "12,345". */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
