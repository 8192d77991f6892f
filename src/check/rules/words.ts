// What the rules' words share: the sections a verdict's failures name, and percentages written the reader's way.
import { numberFormat, type Lang } from '../../messages/i18n.js';
import type { RuleVerdict } from './verdict.js';
import type { TranslatorOptions } from '../../core/dictionary.js';
import type { CHECK_MESSAGES } from '../../messages/check.js';

/** The sections a verdict's failures name: how many (also written the reader's way), and the first six. */
export function failing(v: Pick<RuleVerdict, 'failures'>, w: CheckWords): { count: number; n: string; list: string } {
  const ids = v.failures.map((x) => x.section).filter((s): s is string => s !== undefined);
  return { count: ids.length, n: w.int(ids.length), list: w.preview(ids, 6) };
}

/** A percentage limit: "10" or "12,5". */
export function percent(p: number, lang: Lang): string {
  return numberFormat(lang).dec(p, Number.isInteger(p) ? 0 : 1);
}

/** A figure of a verdict as a whole number in words. */
export const figure = (f: RuleVerdict['figures'], k: string, w: CheckWords): string => w.int(Number(f[k] ?? 0));

/** A message of the check's namespace. */
export type CheckMessageId = keyof typeof CHECK_MESSAGES;

/** Figures in words, in one language, with the organisation's words (its members word, its fields' names). */
export interface CheckWords {
  lang: Lang;
  /** the members word and field labels these words say (as the report's translator takes them) */
  options: TranslatorOptions;
  /** a message, {members} / {Members} filled with the members word (French elision: "d’adhérents") */
  say(id: CheckMessageId, params?: Record<string, string | number>): string;
  /** a zone property in prose, plural: "dep" → "départements", else its label, else quoted: “bv” */
  field(prop: string): string;
  int(n: number): string;
  /** a signed percentage with one decimal: "+12.5" / "+12,5" */
  pct(n: number): string;
  /** at most n ids, then "… (k more)" */
  preview(ids: readonly string[], n?: number): string;
  method(id: string): string;
  sep: string;
  colon: string;
}
