import { InputError } from '../core/errors.js';
import { said } from '../messages/index.js';
import type { LinkSpec } from '../graph/types.js';

/**
 * Links name zones; once a zone is split into finer units (propose --split-with) it no longer exists as
 * such, so a link naming it is an InputError asking for one of its units instead.
 */
export function rejectLinksToSplitZones(links: readonly LinkSpec[] | undefined, split: readonly { id: string; units: readonly string[] }[]): void {
  for (const l of links ?? []) {
    for (const id of [l.a, l.b]) {
      const s = split.find((x) => x.id === id);
      if (s) {
        throw new InputError(said('plan.split.linkToSplitZone', { source: l.source, zone: id }), {
          file: l.file,
          zone: id,
          field: 'link',
          hint: said('plan.split.linkToSplitZone.hint', { units: s.units.slice(0, 3).join(', ') }),
        });
      }
    }
  }
}
