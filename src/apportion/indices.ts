import { maxOf, minOf } from '../core/extremes.js';
/**
 * Malapportionment: how far seats are from members.
 * - Loosemore–Hanby index (Loosemore & Hanby 1971): D = ½ Σ |seat share − member share|, in %. The share of
 *   seats that would have to move for seats to match members exactly. 0 = perfect.
 * - max/min members per seat: how many times more members a delegate of the most "expensive" section
 *   represents than one of the cheapest (1 = perfect). Sections without seats are left out (and counted).
 */
export interface Malapportionment {
  /** Loosemore–Hanby index in % (0–100) */
  loosemoreHanby: number;
  maxMembersPerSeat: number;
  minMembersPerSeat: number;
  /** maxMembersPerSeat / minMembersPerSeat */
  ratio: number;
  /** sections with members but no seat (their members are unrepresented) */
  sectionsWithoutSeats: number;
  averageMembersPerSeat: number;
}

/** Loosemore–Hanby index in %: ½ Σ |s_i/S − v_i/V| × 100. Works for seats vs members as well as seats vs votes. */
export function loosemoreHanby(pairs: readonly { share: number; seats: number }[]): number {
  const v = pairs.reduce((s, p) => s + p.share, 0);
  const s = pairs.reduce((a, p) => a + p.seats, 0);
  if (v <= 0 || s <= 0) return 0;
  return 50 * pairs.reduce((acc, p) => acc + Math.abs(p.seats / s - p.share / v), 0);
}

export function malapportionment(rows: readonly { members: number; seats: number }[]): Malapportionment {
  const li = loosemoreHanby(rows.map((r) => ({ share: r.members, seats: r.seats })));
  const withSeats = rows.filter((r) => r.seats > 0);
  const mps = withSeats.map((r) => r.members / r.seats);
  const max = mps.length ? maxOf(mps) : NaN;
  const min = mps.length ? minOf(mps) : NaN;
  const totalMembers = rows.reduce((s, r) => s + r.members, 0);
  const totalSeats = rows.reduce((s, r) => s + r.seats, 0);
  return {
    loosemoreHanby: li,
    maxMembersPerSeat: max,
    minMembersPerSeat: min,
    ratio: min > 0 ? max / min : NaN,
    sectionsWithoutSeats: rows.filter((r) => r.seats === 0 && r.members > 0).length,
    averageMembersPerSeat: totalSeats > 0 ? totalMembers / totalSeats : NaN,
  };
}
