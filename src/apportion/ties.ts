import { InputError } from '../core/errors.js';
import { describeTie } from './format.js';
import type { Tie } from './methods.js';

/**
 * Stop when a seat is tied and no --tie-break rule settled it: decoupage does not pick a winner by itself.
 * InputError with exit code 1 (the rules cannot be applied as given), naming the tied sections.
 */
export function requireSettledTies(ties: readonly Tie[]): void {
  const open = ties.filter((t) => !t.resolvedBy);
  if (open.length === 0) return;
  throw new InputError(
    open.map(describeTie).join('; '),
    {
      field: 'tie-break',
      hint: 'decoupage does not pick a winner by itself: add --tie-break largest (the larger section), first (plan order) or random-seeded (with --seed)',
    },
    1,
  );
}
