import type { Rules } from '../core/rules.js';
import { apportion, seatsByQuota, type ApportionOptions, type ApportionResult, type Tie } from './methods.js';
import { malapportionment, type Malapportionment } from './indices.js';
import { count, said, type Said } from '../messages/index.js';

/**
 * Seats per section under the charter's seat rule.
 * - members-per-seat X: seats = floor(members / X); remainders are dropped (10,499 members at 1,500 → 6 seats).
 *   rules.minSeats is not added here: it is a rule the section must meet (checked by `check`).
 * - a fixed total: every section first gets rules.minSeats, then the remaining seats are shared by
 *   rules.seats.method over members (see `apportion`). Throws InputError (exit 1) when
 *   minSeats × sections > total ("more minimum seats than total seats").
 * Ties on the last seat are settled by `opts.tieBreak` or else by section order; `sectionSeats` reports them.
 */
export function seatsForSections(membersBySection: Map<string, number>, rules: Rules, opts: ApportionOptions = {}): Map<string, number> {
  return sectionSeats(membersBySection, rules, opts).seats;
}

export interface SectionSeatsRow {
  section: string;
  members: number;
  seats: number;
  /** members / seats (Infinity when 0 seats) */
  membersPerSeat: number;
  /** (members per seat − average members per seat) / average, in % (average = all members / all seats) */
  deviationPct: number;
  /** exact proportional share of the seats (members × total seats / all members) */
  quota: number;
}

export interface SectionSeats {
  seats: Map<string, number>;
  rows: SectionSeatsRow[];
  /** which rule gave the seats, said by each output in its language (`say(s.rule, lang)`) */
  rule: Said;
  ties: Tie[];
  overall: Malapportionment;
  /** the full apportionment result when the seats are a fixed total */
  apportionment?: ApportionResult;
}

/** Seats per section with the per-section table, ties and the overall malapportionment. */
export function sectionSeats(membersBySection: Map<string, number>, rules: Rules, opts: ApportionOptions = {}): SectionSeats {
  const weights = [...membersBySection].map(([id, weight]) => ({ id, weight }));
  let seats: Map<string, number>;
  let rule: Said;
  let ties: Tie[] = [];
  let apportionment: ApportionResult | undefined;
  if (rules.seats.kind === 'members-per-seat') {
    const x = rules.seats.membersPerSeat;
    seats = seatsByQuota(weights, x);
    // the example: one member short of 7 seats
    rule = said('seats.rule.perSeat', { n: count(x), example: count(7 * x - 1) });
  } else {
    apportionment = apportion(weights, rules.seats.total, rules.seats.method, { ...opts, minSeats: rules.minSeats });
    seats = apportionment.seats;
    rule = apportionment.rule;
    ties = apportionment.ties;
  }
  const rows = seatRows(membersBySection, seats);
  return { seats, rows, rule, ties, overall: malapportionment(rows), apportionment };
}

/** Per-section table: members, seats, members per seat, deviation from the average, quota. */
export function seatRows(membersBySection: Map<string, number>, seats: Map<string, number>): SectionSeatsRow[] {
  let totalMembers = 0;
  let totalSeats = 0;
  for (const [id, m] of membersBySection) {
    totalMembers += m;
    totalSeats += seats.get(id) ?? 0;
  }
  const average = totalSeats > 0 ? totalMembers / totalSeats : NaN;
  return [...membersBySection].map(([section, members]) => {
    const s = seats.get(section) ?? 0;
    const mps = s > 0 ? members / s : Infinity;
    return {
      section,
      members,
      seats: s,
      membersPerSeat: mps,
      deviationPct: s > 0 && average > 0 ? ((mps - average) / average) * 100 : NaN,
      quota: totalMembers > 0 ? (members * totalSeats) / totalMembers : 0,
    };
  });
}
