/**
 * The report's words in one language and with one organisation's words (its members word, the names of
 * its fields): the labels themselves are in the message catalogue (src/messages/report.ts, methods.ts,
 * fields.ts), English and French side by side. Placeholders are written {name} and filled by `t`.
 */
import { fill, isLang, LANGS, localeOf, numberFormat, type Lang } from './i18n.js';
import { REPORT_MESSAGES } from '../messages/report.js';
import { METHOD_NAMES, methodNameIn } from '../messages/methods.js';
import { FIELD_LABELS, MEMBERS_WORD } from '../messages/fields.js';

// the languages and number formats are shared with the CLI's text outputs (./i18n.ts)
export { isLang, LANGS, type Lang };

export type LabelKey = keyof typeof REPORT_MESSAGES;
/** The report's labels (the catalogue's "report" namespace). */
export const DICTIONARY = REPORT_MESSAGES;
export { METHOD_NAMES };
/** What the members are called when nobody says otherwise. */
export const DEFAULT_MEMBERS_WORD: Record<Lang, string> = MEMBERS_WORD;

export interface TranslatorOptions {
  /** what the organisation calls its members ("sociétaires"): fills {members} and {Members} in every label */
  membersWord?: string;
  /** prose names of zone properties, plural, over FIELD_LABELS */
  fieldLabels?: Record<string, string>;
}

/**
 * The organisation's words in one language: its members word ({members}, {Members}, with French elision:
 * "nombre d’adhérents", "nombre de sociétaires") and its zone properties in prose. The report's labels
 * (translator below) and the check's catalogue (src/check/wording.ts) fill their templates with it, so
 * both say the same words.
 */
export interface OrganisationWords {
  lang: Lang;
  /** the options these words were made from (to make the same words elsewhere) */
  options: TranslatorOptions;
  /** fills a template: {members} and {Members} from the members word, then French elision */
  fill(template: string, params?: Record<string, string | number>): string;
  /** a zone property in prose, plural: "dep" → "départements"; an unknown one quoted: “bassin” */
  field(prop: string): string;
}

export function organisationWords(lang: Lang, opts: TranslatorOptions = {}): OrganisationWords {
  const word = opts.membersWord?.trim() || DEFAULT_MEMBERS_WORD[lang];
  const defaults = { members: word, Members: capitalise(word) };
  const fields: Record<string, string> = { ...Object.fromEntries(Object.entries(FIELD_LABELS).map(([k, m]) => [k, m[lang]])), ...opts.fieldLabels };
  // French elides "de"/"que" before a vowel: "nombre d’adhérents", but "nombre de sociétaires"
  const elide =
    lang === 'fr' && /^[aeiouyhéèêëàâîïôûœ]/i.test(word)
      ? (text: string) => text.replace(new RegExp(`\\b([dD]e|[qQ]ue) (${escapeRegExp(word)})`, 'g'), (_m, p: string, w: string) => `${p.slice(0, -1)}’${w}`)
      : (text: string) => text;
  return {
    lang,
    options: opts,
    fill: (template, params = {}) => elide(fill(template, { ...defaults, ...params }, lang)),
    field: (prop) => fields[prop] ?? (lang === 'fr' ? `« ${prop} »` : `“${prop}”`),
  };
}

/** Translator and number formatters for one language. */
export interface Translator {
  lang: Lang;
  /** the members word and field labels this translator says (organisationWords) */
  options: TranslatorOptions;
  t(key: LabelKey, params?: Record<string, string | number>): string;
  /** whole number with the language's grouping: "10,000" / "10 000" */
  int(n: number): string;
  /** number with a fixed count of decimals: "0.42" / "0,42" */
  dec(n: number, digits?: number): string;
  /** share as a percentage: "12.5 %" / "12,5 %" */
  pct(share: number, digits?: number): string;
  method(id: string): string;
  date(d: Date): string;
  /** a zone property in prose, plural: "dep" → "départements"; an unknown one quoted: “bassin” */
  field(prop: string): string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "sociétaires" → "Sociétaires" (for the start of a sentence or a column heading). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function translator(lang: Lang, opts: TranslatorOptions = {}): Translator {
  const locale = localeOf(lang);
  const nf = numberFormat(lang);
  const words = organisationWords(lang, opts);
  return {
    lang,
    options: opts,
    // params are inserted as they are: the caller escapes them (labels themselves contain no markup)
    t: (key, params) => words.fill(DICTIONARY[key][lang], params),
    int: nf.int,
    dec: nf.dec,
    pct: nf.pct,
    method: (id) => methodNameIn(id, 'short', lang),
    date: (d) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(d) + ' UTC',
    field: words.field,
  };
}
