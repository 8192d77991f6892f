import { Option, type Command } from 'commander';
import { InputError } from '../core/index.js';
import type { Lang } from '../core/index.js';
import { say, said, type Voice } from '../messages/index.js';
import { ENGLISH } from './voice.js';
import type { Plan, ZoneSet } from '../core/index.js';
import { planByProperty } from '../load/index.js';
import { flagKeys } from './flags.js';
import type { LangFlag } from './lang-option.js';

/** --compare-by, for pluralism and report: the old one-section-per-département plan, from the layer itself. */
export function addCompareByOption(cmd: Command, voice: Voice = ENGLISH): Command {
  return cmd.addOption(new Option('--compare-by <property>', say(said('help.compareBy'), voice)).conflicts('compare'));
}

/** What addCompareByOption adds. */
export interface CompareByFlags {
  compareBy?: string;
}

export const COMPARE_BY_FLAGS = flagKeys<CompareByFlags>({ compareBy: true });

/** The --compare-by plan and its label in the comparison (--compare-label when the command has it), or undefined without the option. */
export function compareByFromOptions(
  zones: ZoneSet,
  opts: CompareByFlags & Partial<LangFlag> & { compareLabel?: string },
): { label: string; plan: Plan } | undefined {
  if (opts.compareBy === undefined) return undefined;
  const prop = opts.compareBy;
  if (prop.trim() === '') throw new InputError(said('cli.compareBy.empty'), { field: 'compare-by' });
  const lang: Lang = opts.lang === 'fr' ? 'fr' : 'en';
  const label = say(prop === 'dep' ? said('cli.compareBy.dep') : prop === 'reg' ? said('cli.compareBy.reg') : said('cli.compareBy.other', { prop }), lang);
  return { label: opts.compareLabel ?? label, plan: planByProperty(zones, prop) };
}
