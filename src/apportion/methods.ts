import { InputError } from '../core/errors.js';
import { option, said, type Said } from '../messages/index.js';
import { methodName } from '../messages/methods.js';
import { Rng } from '../core/rng.js';
import { same, shareByRemainder } from './remainder.js';
import type { ApportionMethod } from '../core/charter.js';

/**
 * Apportionment: share a fixed number of seats between sections (or lists) in proportion to a weight
 * (members, votes). Every method here is a textbook one (Balinski & Young, "Fair Representation", 1982/2001):
 *
 * - divisor methods award seats one at a time to the highest "priority" weight / D(s), where s is the number
 *   of seats already held: D'Hondt/Jefferson D(s) = s+1, Sainte-Laguë/Webster D(s) = s+½,
 *   Huntington-Hill D(s) = √(s(s+1)) (geometric mean), Adams D(s) = s (rounding up).
 *   D(0) = 0 for Huntington-Hill and Adams, so every section with a weight > 0 gets a first seat.
 * - Hamilton / largest remainder: everyone gets the whole part of their Hare quota (weight × seats / total),
 *   the seats left over go to the largest fractional remainders.
 */

export interface Weighted {
  id: string;
  weight: number;
}

/** What to do when the last seat(s) could go to several sections with exactly equal priority. */
export const TIE_BREAKS = ['largest', 'random-seeded', 'first'] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];

export interface ApportionOptions {
  /** every id first gets this many seats; the rest is shared by the method (see `apportion`) */
  minSeats?: number;
  /**
   * How to settle a tie: "largest" (the larger weight wins, then input order), "first" (input order),
   * "random-seeded" (a draw from `seed`). Without it the tie is still settled by input order so that the
   * seats add up, but `ties` lists it with `resolvedBy: undefined`, and callers must show it.
   */
  tieBreak?: TieBreak;
  /** seed for tieBreak "random-seeded" (default 1) */
  seed?: number | string;
}

/** Seats that could go to several ids with exactly the same claim. */
export interface Tie {
  /** how many seats were at stake between the candidates */
  seats: number;
  /** every id with an equal claim to those seats (input order) */
  candidates: string[];
  /** the ids that got them */
  winners: string[];
  /** the rule that decided; undefined = nobody chose one (input order was used provisionally) */
  resolvedBy?: TieBreak;
  /** the equal priority (divisor methods) or remainder (Hamilton) they share */
  value: number;
}

export interface ApportionResult {
  method: ApportionMethod;
  total: number;
  /** seats per id, in input order */
  seats: Map<string, number>;
  /** standard quota per id: weight × total / sum of weights (the exact proportional share) */
  quotas: Map<string, number>;
  ties: Tie[];
  minSeats: number;
  /** how seats were shared, said by each output in its language (`say(result.rule, lang)`) */
  rule: Said;
}

/** The divisor D(s) of a divisor method: priority of the (s+1)-th seat = weight / D(s). */
export function divisor(method: Exclude<ApportionMethod, 'hamilton'>, s: number): number {
  switch (method) {
    case 'dhondt':
      return s + 1;
    case 'sainte-lague':
      return s + 0.5;
    case 'huntington-hill':
      return Math.sqrt(s * (s + 1));
    case 'adams':
      return s;
  }
}

/**
 * Share `seats` between ids in proportion to their weight.
 *
 * Minimum seats (opts.minSeats = m), the way real bodies do it: every id first gets m seats, then the
 * remaining seats are shared by the method.
 * - Divisor methods go on with their priority list from the m seats already held (the US House: every state
 *   first gets 1 seat, then seats 51 to 435 go by Huntington-Hill priority values).
 * - Hamilton shares the remaining seats by largest remainder of the members (the Spanish Congress: 2 seats per
 *   province, the other 248 by largest remainder of population, LOREG art. 162).
 *
 * Errors (InputError, exit 1): more minimum seats than seats; Huntington-Hill or Adams with fewer seats than
 * ids with a weight > 0 (they give each of them a seat); a positive number of seats to share but no weight.
 */
export function apportion(weights: readonly Weighted[], seats: number, method: ApportionMethod, opts: ApportionOptions = {}): ApportionResult {
  const minSeats = opts.minSeats ?? 0;
  if (!Number.isInteger(seats) || seats < 0) throw new Error(`apportion: seats must be a whole number ≥ 0, got ${seats}`);
  if (!Number.isInteger(minSeats) || minSeats < 0) throw new Error(`apportion: minSeats must be a whole number ≥ 0, got ${minSeats}`);
  const seen = new Set<string>();
  for (const w of weights) {
    if (seen.has(w.id)) throw new Error(`apportion: duplicate id "${w.id}"`);
    seen.add(w.id);
    if (!Number.isFinite(w.weight) || w.weight < 0) {
      throw new InputError(said('plan.seats.badWeight', { weight: String(w.weight) }), { zone: w.id });
    }
  }
  const n = weights.length;
  if (minSeats * n > seats) {
    throw new InputError(
      said('plan.seats.minOverTotal', { n, minSeats, needed: minSeats * n, seats }),
      {
        field: 'min-seats',
        hint: said('plan.seats.minOverTotal.hint', { seatsOption: option('seats'), needed: minSeats * n, minSeatsOption: option('minSeats') }),
      },
      1,
    );
  }
  const totalWeight = weights.reduce((s, w) => s + w.weight, 0);
  const quotas = new Map(weights.map((w) => [w.id, totalWeight > 0 ? (w.weight * seats) / totalWeight : 0]));
  const rest = seats - minSeats * n;
  if (rest > 0 && totalWeight === 0) {
    throw new InputError(said('plan.seats.noMembers', { n: rest }), {
      field: 'members',
      hint: said('plan.seats.noMembers.hint'),
    });
  }
  if ((method === 'huntington-hill' || method === 'adams') && minSeats === 0) {
    const positive = weights.filter((w) => w.weight > 0).length;
    if (positive > seats) {
      throw new InputError(
        said('plan.seats.divisorNeedsSeats', { method: methodName(`${method}.short`), n: positive, seats }),
        { field: 'seats', hint: said('plan.seats.divisorNeedsSeats.hint', { seatsOption: option('seats'), n: positive, methodOption: option('method') }) },
        1,
      );
    }
  }

  const base = weights.map(() => minSeats);
  const ties: Tie[] = [];
  const alloc = method === 'hamilton' ? largestRemainder(weights, base, rest, opts, ties) : highestAverages(weights, base, rest, method, opts, ties);
  const out = new Map(weights.map((w, i) => [w.id, alloc[i]]));
  return { method, total: seats, seats: out, quotas, ties, minSeats, rule: describeApportionment(method, seats, minSeats) };
}

/** How seats were shared: "120 seats by D'Hondt / Jefferson (…); every section first gets 6 seats, the remaining seats …" */
export function describeApportionment(method: ApportionMethod, seats: number, minSeats: number): Said {
  const name = methodName(`${method}.long`);
  if (minSeats === 0) return said('seats.rule.total', { n: seats, method: name });
  return said(method === 'hamilton' ? 'seats.rule.total.minHamilton' : 'seats.rule.total.minDivisor', { n: seats, method: name, min: minSeats });
}

/** Divisor methods: one seat at a time to the highest priority weight / D(seats held). */
function highestAverages(
  weights: readonly Weighted[],
  base: number[],
  rest: number,
  method: Exclude<ApportionMethod, 'hamilton'>,
  opts: ApportionOptions,
  ties: Tie[],
): number[] {
  const seats = base.slice();
  const priority = (i: number): number => {
    const w = weights[i].weight;
    if (w === 0) return 0; // a section without members never claims a seat beyond its minimum
    const d = divisor(method, seats[i]);
    return d === 0 ? Infinity : w / d;
  };
  let awarded = 0;
  while (awarded < rest) {
    // the best claim, and everyone who shares it
    let best = -1;
    const pr = weights.map((_, i) => priority(i));
    for (let i = 0; i < pr.length; i++) if (best < 0 || pr[i] > pr[best]) best = i;
    const top = pr[best];
    const tied = pr.map((p, i) => (same(p, top) ? i : -1)).filter((i) => i >= 0);
    const left = rest - awarded;
    if (tied.length <= left) {
      for (const i of tied) seats[i]++;
      awarded += tied.length;
      continue;
    }
    // more equal claims than seats left: a tie
    const winners = breakTie(tied, left, weights, opts);
    for (const i of winners) seats[i]++;
    ties.push({
      seats: left,
      candidates: tied.map((i) => weights[i].id),
      winners: winners.map((i) => weights[i].id),
      resolvedBy: opts.tieBreak,
      value: top,
    });
    awarded = rest;
  }
  return seats;
}

/** Hamilton: whole parts of the Hare quotas of the remaining seats, then the largest remainders (src/apportion/remainder.ts). */
function largestRemainder(weights: readonly Weighted[], base: number[], rest: number, opts: ApportionOptions, ties: Tie[]): number[] {
  const { parts, tie } = shareByRemainder(
    rest,
    weights.map((w) => w.weight),
    (tied, k) => breakTie(tied, k, weights, opts),
  );
  if (tie) {
    ties.push({
      seats: tie.units,
      candidates: tie.tied.map((i) => weights[i].id),
      winners: tie.winners.map((i) => weights[i].id),
      resolvedBy: opts.tieBreak,
      value: tie.value,
    });
  }
  return base.map((b, i) => b + parts[i]);
}

/** Pick `k` of the tied indices (given in input order) by the chosen rule; input order when none is chosen. */
function breakTie(tied: number[], k: number, weights: readonly Weighted[], opts: ApportionOptions): number[] {
  let order = tied.slice().sort((a, b) => a - b);
  if (opts.tieBreak === 'largest') order.sort((a, b) => weights[b].weight - weights[a].weight || a - b);
  else if (opts.tieBreak === 'random-seeded') order = new Rng(opts.seed ?? 1).shuffle(order);
  return order.slice(0, k).sort((a, b) => a - b);
}

/**
 * Members-per-seat quota: seats = floor(members / X). Remainders are dropped: a section of 10,499 members
 * at 1,500 members per seat elects 6 delegates (10,499 / 1,500 = 6.999). No ties are possible.
 */
export function seatsByQuota(weights: readonly Weighted[], membersPerSeat: number): Map<string, number> {
  if (!(membersPerSeat > 0)) throw new Error(`seatsByQuota: membersPerSeat must be > 0, got ${membersPerSeat}`);
  return new Map(weights.map((w) => [w.id, Math.floor(w.weight / membersPerSeat)]));
}
