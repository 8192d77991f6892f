import type { Rules } from './charter.js';

// the charter's shape and the methods' names live in a module without I/O (the editor page says them too); reading
// a charter from option values and rules files is the rule registry's (src/check/rules/resolve.ts: resolveRules)
export { APPORTION_METHODS, type ApportionMethod, type Rules, type SeatRule, type SplitIntoRequest } from './charter.js';

export const DEFAULT_RULES: Rules = {
  minMembers: 10_000,
  minSeats: 6,
  seats: { kind: 'members-per-seat', membersPerSeat: 1_500 },
};
