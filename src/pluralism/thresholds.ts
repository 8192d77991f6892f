/**
 * Seat thresholds of a list vote in a section with M seats and n lists (shares of the valid votes, 0–1).
 *
 * - Threshold of exclusion: the largest share with which a list can still win no seat in the worst case;
 *   any share above it guarantees a seat. Threshold of representation: the smallest share with which a list
 *   can win a seat in the best case. (Rae, Hanby & Loosemore 1971; Lijphart, "Electoral Systems and Party
 *   Systems", 1994, ch. 2.)
 *   D'Hondt: exclusion 1/(M+1), representation 1/(M+n−1).
 *   Hare largest remainder: exclusion k/((k+1)M) with k = min(n−1, M) (the worst case is k rival lists each
 *   taking one seat on a remainder just above ours), representation 1/(nM) (the best case is the rivals'
 *   remainders spread evenly below ours).
 * - Effective threshold (Taagepera 1998, "Nationwide inclusion and exclusion thresholds of representation"):
 *   75% / (M+1), the share at which a list typically starts winning seats; it does not depend on the method.
 */
export type ListMethod = 'dhondt' | 'hare';
export const LIST_METHODS: readonly ListMethod[] = ['dhondt', 'hare'];

export interface Thresholds {
  seats: number;
  lists: number;
  method: ListMethod;
  /** above this share a list is sure of a seat */
  exclusion: number;
  /** below this share a list cannot win a seat */
  representation: number;
  /** Taagepera's effective threshold 0.75/(M+1) */
  effective: number;
}

export function thresholds(seats: number, lists: number, method: ListMethod = 'dhondt'): Thresholds {
  const M = seats;
  const n = Math.max(1, lists);
  if (M <= 0) return { seats: M, lists: n, method, exclusion: 1, representation: 1, effective: 1 };
  if (method === 'dhondt') {
    return { seats: M, lists: n, method, exclusion: 1 / (M + 1), representation: 1 / (M + n - 1), effective: 0.75 / (M + 1) };
  }
  const k = Math.min(n - 1, M);
  return {
    seats: M,
    lists: n,
    method,
    // a single list takes every seat: nothing can exclude it
    exclusion: k === 0 ? 0 : k / ((k + 1) * M),
    representation: 1 / (n * M),
    effective: 0.75 / (M + 1),
  };
}
