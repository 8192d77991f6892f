import type { CheckWords } from './words.js';
import { failing, figure } from './words.js';
import { MAX_SEATS } from '../../core/limits.js';
import type { Failure } from './verdict.js';
import type { Rule } from './types.js';
import { minOf } from '../../core/extremes.js';

declare module './verdict.js' {
  interface MoreRules {
    'min-seats': true;
  }
  interface MoreFailures {
    /** a section below the minimum, or (no section named) a fixed total of seats too small to give every section its minimum */
    'too-few-seats':
      { section: string; value: number; limit: number } | { section?: undefined; total: number; sections: number; minimum: number; needed: number };
  }
}

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
    fewest: sections.length ? minOf(sections.map((s) => s.seats)) : 0,
    ...(rules.seats.kind === 'members-per-seat' ? { membersPerSeat: rules.seats.membersPerSeat } : { total: rules.seats.total, method: rules.seats.method }),
  }),
  incremental: (rules) => rules.seats.kind === 'members-per-seat',
  evaluate(plan) {
    const out: Failure[] = [];
    if (plan.seatShortfall) out.push({ kind: 'too-few-seats', ...plan.seatShortfall });
    return out.concat(minSeats.evaluateSections!(plan, plan.sections));
  },
  evaluateSections: (plan, sections) =>
    sections
      .filter((s) => s.seats < plan.rules.minSeats)
      .map((s): Failure => ({ kind: 'too-few-seats', section: s.id, value: s.seats, limit: plan.rules.minSeats })),
  memberBounds: (rules) => ({ min: rules.seats.kind === 'members-per-seat' ? rules.minSeats * rules.seats.membersPerSeat : 0 }),
  words: {
    label: (f, w) => {
      const rule =
        f.membersPerSeat !== undefined
          ? w.say('label.seatRulePerSeat', { n: figure(f, 'membersPerSeat', w) })
          : w.say('label.seatRuleTotal', { n: figure(f, 'total', w), method: w.method(String(f.method)) });
      return w.say('label.min-seats', { n: figure(f, 'limit', w), rule });
    },
    message: (v, w) => {
      const limit = figure(v.figures, 'limit', w);
      if (v.ok) return Number(v.figures.sections) ? w.say('ok.min-seats', { limit, min: figure(v.figures, 'fewest', w) }) : w.say('ok.noSection');
      const { count, n, list } = failing(v, w);
      const shortfall = v.failures.find((x) => x.kind === 'too-few-seats' && x.section === undefined);
      const note = shortfall ? seatFailure(shortfall, w) : undefined;
      if (note && count === 0) return note;
      const verdict = w.say('fail.min-seats', { n, limit, list });
      return note ? w.say('fail.min-seatsWithNote', { verdict, note }) : verdict;
    },
    failure: (f, w) => seatFailure(f, w),
    problem: (f, w) =>
      f.kind === 'too-few-seats' && f.section !== undefined ? w.say('problem.fewSeats', { value: w.int(f.value), limit: w.int(f.limit) }) : undefined,
  },
};

function seatFailure(f: Failure, w: CheckWords): string | undefined {
  if (f.kind !== 'too-few-seats') return undefined;
  if (f.section === undefined)
    return w.say('failure.seatShortfall', { total: w.int(f.total), sections: w.int(f.sections), minimum: w.int(f.minimum), needed: w.int(f.needed) });
  return w.say('failure.fewSeats', { section: f.section, value: w.int(f.value), limit: w.int(f.limit) });
}
