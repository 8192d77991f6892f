// What the rules' words share: the sections a verdict's failures name, and percentages written the reader's way.
import { numberFormat, type Lang } from '../../messages/i18n.js';
import type { RuleVerdict } from '../types.js';
import type { CheckWords } from '../wording.js';

/** The sections a verdict's failures name: how many, and the first six. */
export function failing(v: Pick<RuleVerdict, 'failures'>, w: CheckWords): { count: number; list: string } {
  const ids = v.failures.map((x) => x.section).filter((s): s is string => s !== undefined);
  return { count: ids.length, list: w.preview(ids, 6) };
}

/** A percentage limit: "10" or "12,5". */
export function percent(p: number, lang: Lang): string {
  return numberFormat(lang).dec(p, Number.isInteger(p) ? 0 : 1);
}

/** A figure of a verdict as a whole number in words. */
export const figure = (f: RuleVerdict['figures'], k: string, w: CheckWords): string => w.int(Number(f[k] ?? 0));
