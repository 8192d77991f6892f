/** The names of the old plans that `--compare-by` builds. */
import type { Table } from './message.js';

export const COMPARE_BY_LABELS = {
  dep: { en: 'one section per département', fr: 'une section par département' },
  reg: { en: 'one section per région', fr: 'une section par région' },
  other: { en: 'one section per "{prop}"', fr: 'une section par « {prop} »' },
} as const satisfies Table;
