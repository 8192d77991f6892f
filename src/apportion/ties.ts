import { InputError } from '../core/errors.js';
import { option, said } from '../messages/index.js';
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
    open.map(describeTie).reduce((a, b) => said('plan.seats.ties', { a, b })),
    {
      field: 'tie-break',
      hint: said('plan.seats.tieOpen.hint', { option: option('tieBreak'), seed: option('seed') }),
    },
    1,
  );
}
