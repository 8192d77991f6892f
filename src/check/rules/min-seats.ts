import { MAX_SEATS } from '../../core/limits.js';
import type { Failure } from '../types.js';
import type { Rule } from './types.js';

/**
 * Every section elects at least rules.minSeats delegates. With one seat per X members a section below
 * minSeats × X members cannot (a member bound for propose); with a fixed total shared by a method, a total
 * too small for every minimum is a failure of its own, and a section's seats depend on all the others.
 */
export const minSeats: Rule = {
  id: 'min-seats',
  scope: 'section',
  options: [{ field: 'minSeats', key: 'min-seats', value: '<n>', parse: { kind: 'whole', min: 0, max: MAX_SEATS }, help: 'help.rules.minSeats', order: 40 }],
  applies: () => true,
  figures: ({ rules, totals, sections }) => ({
    limit: rules.minSeats,
    sections: totals.sections,
    fewest: sections.length ? Math.min(...sections.map((s) => s.seats)) : 0,
    ...(rules.seats.kind === 'members-per-seat' ? { membersPerSeat: rules.seats.membersPerSeat } : { total: rules.seats.total, method: rules.seats.method }),
  }),
  incremental: (rules) => rules.seats.kind === 'members-per-seat',
  evaluate(plan) {
    const out: Failure[] = [];
    if (plan.seatShortfall) out.push({ kind: 'too-few-seats', ...plan.seatShortfall });
    return out.concat(minSeats.evaluateSections!(plan, plan.sections));
  },
  evaluateSections: (plan, sections) =>
    sections.filter((s) => s.seats < plan.rules.minSeats).map((s): Failure => ({ kind: 'too-few-seats', section: s.id, value: s.seats, limit: plan.rules.minSeats })),
  memberBounds: (rules) => ({ min: rules.seats.kind === 'members-per-seat' ? rules.minSeats * rules.seats.membersPerSeat : 0 }),
};
