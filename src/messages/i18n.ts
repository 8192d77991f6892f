/**
 * The languages of decoupage's outputs and what every translated output shares: filling {placeholders}
 * and writing numbers the way each language does (French: "10 000", "0,42", "3,3 %", with the narrow
 * no-break space U+202F that Intl uses: numberFormat writes them as Intl does). The report's dictionary
 * (src/report/i18n.ts) and the CLI's text outputs (check, seats, pluralism, propose, demo) are both built on this.
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

/** How each language writes a number: the symbols of its locale's CLDR data, as Intl.NumberFormat gives them. */
interface Symbols {
  group: string;
  decimal: string;
  /** after a percentage's figure */
  percent: string;
}
const SYMBOLS: Record<Lang, Symbols> = {
  en: { group: ',', decimal: '.', percent: '%' },
  fr: { group: '\u202f', decimal: ',', percent: '\u00a0%' },
};

/** Number formatting for a language (the report, and every French text output). */
export function numberFormat(lang: Lang): NumberFormat {
  const s = SYMBOLS[lang];
  return {
    int: (n) => decimal(n, 0, s),
    dec: (n, digits = 2) => decimal(n, digits, s),
    pct: (share, digits = 1) => decimal(share, digits, s, 2) + s.percent,
  };
}

/**
 * `n` written as Intl.NumberFormat writes it with `digits` decimals in the language of `s` (tests/messages/numbers.test.ts
 * checks that the two agree), times 10^scale (2 for a percentage, the point moved, not the double multiplied):
 * rounded half away from zero on the double's shortest decimal form, as ICU rounds (1.005 → "1.01", where toFixed
 * says "1.00"), grouped by thousands, a minus on any negative number, −0 included. Not Intl itself: making the first
 * Intl number formatter loads ICU's number data, 11–14 ms of every command that says a figure.
 */
function decimal(n: number, digits: number, s: Symbols, scale = 0): string {
  if (Number.isNaN(n)) return 'NaN';
  const minus = n < 0 || Object.is(n, -0) ? '-' : '';
  if (!Number.isFinite(n)) return minus + '∞';
  // the shortest decimal form ("123.45", "1.5e-7", "1e+21"): its digits, and how many come before the point
  const text = String(Math.abs(n));
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf('.');
  let figures = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let point = (dot < 0 ? mantissa.length : dot) + (e < 0 ? 0 : Number(text.slice(e + 1))) + scale;
  if (point < 0) ((figures = '0'.repeat(-point) + figures), (point = 0));
  const kept = point + digits;
  if (figures.length <= kept) figures += '0'.repeat(kept - figures.length);
  else {
    const up = figures.charCodeAt(kept) >= 53; // '5' or more: away from zero
    figures = figures.slice(0, kept);
    if (up) {
      figures = addOne(figures);
      if (figures.length > kept) point++;
    }
  }
  const whole = figures.slice(0, point).replace(/^0+(?=.)/, '') || '0';
  return minus + grouped(whole, s.group) + (digits > 0 ? s.decimal + figures.slice(point) : '');
}

/** A string of decimal digits plus one ("199" → "200", "99" → "100", "" → "1"). */
function addOne(figures: string): string {
  let i = figures.length - 1;
  while (i >= 0 && figures[i] === '9') i--;
  return (i < 0 ? '1' : figures.slice(0, i) + String.fromCharCode(figures.charCodeAt(i) + 1)) + '0'.repeat(figures.length - 1 - i);
}

/** Whole digits grouped by thousands ("1234567" → "1,234,567"). */
function grouped(whole: string, group: string): string {
  let out = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = out.length; i < whole.length; i += 3) out += group + whole.slice(i, i + 3);
  return out;
}

/** A whole number the way the English text outputs and messages write it: "12,345". */
export function formatCount(n: number): string {
  return decimal(Math.round(n), 0, SYMBOLS.en);
}
