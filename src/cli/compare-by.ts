import { Option, type Command } from 'commander';
import { InputError } from '../core/index.js';
import { labelsFor, type Lang } from '../core/index.js';
import type { Plan, ZoneSet } from '../core/index.js';
import { planByProperty } from '../load/index.js';
import { COMPARE_BY_LABELS as LABELS } from '../messages/index.js';

/** --compare-by, for pluralism and report: the old one-section-per-département plan, from the layer itself. */
export function addCompareByOption(cmd: Command): Command {
  return cmd.addOption(
    new Option('--compare-by <property>', 'compare with the plan of one section per value of this zone property, e.g. dep (one section per département), built from the zones themselves').conflicts('compare'),
  );
}

/** The --compare-by plan and its label in the comparison, or undefined without the option. */
export function compareByFromOptions(zones: ZoneSet, opts: Record<string, unknown>): { label: string; plan: Plan } | undefined {
  if (opts.compareBy === undefined) return undefined;
  const prop = String(opts.compareBy);
  if (prop.trim() === '') throw new InputError('--compare-by needs a zone property, e.g. dep', { field: 'compare-by' });
  const t = labelsFor(LABELS, (opts.lang as Lang | undefined) ?? 'en');
  const label = prop === 'dep' || prop === 'reg' ? t(prop) : t('other', { prop });
  return { label: typeof opts.compareLabel === 'string' ? opts.compareLabel : label, plan: planByProperty(zones, prop) };
}
