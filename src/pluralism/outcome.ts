import { apportion, type Tie } from '../apportion/methods.js';
import { Rng } from '../core/rng.js';
import { effectiveNumber, gallagher } from './indices.js';
import { thresholds, type ListMethod, type Thresholds } from './thresholds.js';

/** One section as the list vote sees it: its members (the electorate), seats, and vote shares per list. */
export interface SectionVote {
  section: string;
  members: number;
  seats: number;
  /** share of each list (same order as the scenario's lists), summing to 1 */
  shares: number[];
}

export interface SectionOutcome {
  section: string;
  members: number;
  seats: number;
  shares: Record<string, number>;
  seatsByList: Record<string, number>;
  /** lists winning at least one seat here */
  listsRepresented: number;
  /** share of this section's votes cast for lists that won no seat here */
  wastedShare: number;
  thresholds: Thresholds;
  ties: Tie[];
}

export interface OutcomeTotals {
  seats: number;
  seatsByList: Record<string, number>;
  /** overall vote share of each list (0–1), members-weighted over the sections */
  votesByList: Record<string, number>;
  /** lists winning at least one seat somewhere */
  listsRepresented: number;
  /** sections where more than one list wins a seat */
  multiListSections: number;
  /** Gallagher least-squares index, in % (overall votes vs overall seats) */
  gallagher: number;
  effectiveListsByVotes: number;
  effectiveListsBySeats: number;
  /** share of all votes (0–1) cast for a list that won no seat in its section */
  wastedShare: number;
}

export interface ListOutcome {
  method: ListMethod;
  lists: string[];
  votes: Record<string, number>;
  sections: SectionOutcome[];
  totals: OutcomeTotals;
}

/**
 * Allocate each section's seats between the lists by D'Hondt ("plus forte moyenne", the French municipal
 * and regional rule) or Hare largest remainder, and sum up. A section's votes are its members × shares.
 */
export function listOutcome(lists: string[], sections: readonly SectionVote[], method: ListMethod = 'dhondt'): ListOutcome {
  const outs: SectionOutcome[] = [];
  const seatTotals = lists.map(() => 0);
  const voteTotals = lists.map(() => 0);
  let wastedVotes = 0;
  let allVotes = 0;
  for (const s of sections) {
    const weights = lists.map((id, i) => ({ id, weight: s.shares[i] * Math.max(s.members, 1) }));
    // equal averages: the seat goes to the list with more votes (French Code électoral, art. L. 262 and L. 338)
    const res = apportion(weights, s.seats, method === 'dhondt' ? 'dhondt' : 'hamilton', { tieBreak: 'largest' });
    // With equal votes too, the law gives the seat to the oldest candidate: unknown here, so the tie stays
    // open (list order gave it provisionally) instead of being called settled.
    const votesOf = new Map(weights.map((w) => [w.id, w.weight]));
    for (const t of res.ties) {
      // votes decide unless the last winner and the first loser have the same votes
      const v = t.candidates.map((c) => votesOf.get(c) ?? 0).sort((a, b) => b - a);
      const k = t.seats;
      if (k < v.length && v[k - 1] - v[k] <= 1e-9 * Math.max(1, v[k - 1])) delete t.resolvedBy;
    }
    const won = lists.map((l) => res.seats.get(l) ?? 0);
    const wasted = s.shares.reduce((acc, x, i) => acc + (won[i] === 0 ? x : 0), 0);
    won.forEach((w, i) => (seatTotals[i] += w));
    s.shares.forEach((x, i) => (voteTotals[i] += x * s.members));
    wastedVotes += wasted * s.members;
    allVotes += s.members;
    outs.push({
      section: s.section,
      members: s.members,
      seats: s.seats,
      shares: Object.fromEntries(lists.map((l, i) => [l, s.shares[i]])),
      seatsByList: Object.fromEntries(lists.map((l, i) => [l, won[i]])),
      listsRepresented: won.filter((w) => w > 0).length,
      wastedShare: wasted,
      thresholds: thresholds(s.seats, lists.filter((_, i) => s.shares[i] > 0).length, method),
      ties: res.ties,
    });
  }
  const votes = Object.fromEntries(lists.map((l, i) => [l, allVotes > 0 ? voteTotals[i] / allVotes : 0]));
  return {
    method,
    lists,
    votes,
    sections: outs,
    totals: {
      seats: seatTotals.reduce((a, x) => a + x, 0),
      seatsByList: Object.fromEntries(lists.map((l, i) => [l, seatTotals[i]])),
      votesByList: votes,
      listsRepresented: seatTotals.filter((x) => x > 0).length,
      multiListSections: outs.filter((o) => o.listsRepresented > 1).length,
      gallagher: gallagher(voteTotals, seatTotals),
      effectiveListsByVotes: effectiveNumber(voteTotals),
      effectiveListsBySeats: effectiveNumber(seatTotals),
      wastedShare: allVotes > 0 ? wastedVotes / allVotes : 0,
    },
  };
}

export interface SimulationResult {
  draws: number;
  concentration: number;
  seed: number | string;
  /** per list: probability (0–1) of at least one seat in each section */
  bySection: Record<string, Record<string, number>>;
  /** per list: probability of at least one seat somewhere */
  overall: Record<string, number>;
  /** average number of lists represented, and of sections electing more than one list */
  meanListsRepresented: number;
  meanMultiListSections: number;
}

/**
 * Uncertainty around a scenario: `draws` times, every section's shares are drawn from a Dirichlet
 * distribution centred on the scenario (parameters concentration × shares; larger = closer to the scenario:
 * a 40 % list has a standard deviation of about √(0.4 × 0.6 / (C+1)), 4.9 points at C = 100), independently
 * per section, and the seats are allocated again.
 */
export function simulateOutcome(
  lists: string[],
  sections: readonly SectionVote[],
  opts: { draws: number; concentration: number; seed?: number | string; method?: ListMethod },
): SimulationResult {
  const rng = new Rng(opts.seed ?? 1);
  const method = opts.method ?? 'dhondt';
  const hitsBySection = new Map(sections.map((s) => [s.section, lists.map(() => 0)]));
  const hitsOverall = lists.map(() => 0);
  let sumLists = 0;
  let sumMulti = 0;
  for (let d = 0; d < opts.draws; d++) {
    const drawn = sections.map((s) => ({ ...s, shares: rng.dirichlet(s.shares.map((x) => x * opts.concentration)) }));
    const out = listOutcome(lists, drawn, method);
    out.sections.forEach((o) => {
      const h = hitsBySection.get(o.section)!;
      lists.forEach((l, i) => (h[i] += o.seatsByList[l] > 0 ? 1 : 0));
    });
    lists.forEach((l, i) => (hitsOverall[i] += out.totals.seatsByList[l] > 0 ? 1 : 0));
    sumLists += out.totals.listsRepresented;
    sumMulti += out.totals.multiListSections;
  }
  const n = Math.max(1, opts.draws);
  return {
    draws: opts.draws,
    concentration: opts.concentration,
    seed: opts.seed ?? 1,
    bySection: Object.fromEntries([...hitsBySection].map(([s, h]) => [s, Object.fromEntries(lists.map((l, i) => [l, h[i] / n]))])),
    overall: Object.fromEntries(lists.map((l, i) => [l, hitsOverall[i] / n])),
    meanListsRepresented: sumLists / n,
    meanMultiListSections: sumMulti / n,
  };
}
