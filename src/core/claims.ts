/**
 * Work shared by this thread and a worker thread over a list of items (a layer's zones): one Int32 per item, in
 * shared memory, says who does the item and, once done, its outcome. Each side claims an item before doing it, so
 * each item is done once, by whoever comes first; the outcome is the same whoever does it (the work is a function
 * of the item), so the result never depends on the threads' timing. The main thread goes through the items in its
 * own order, the worker typically from the last one back (io/rings.ts, load/measures.ts).
 */

export const FREE = 0;
/** this thread does the item */
export const HERE = 1;
/** the worker does the item */
export const THERE = 2;
/** done by the worker: the item's outcome is no */
export const DONE_NO = 3;
/** done by the worker: yes (or: its figures are written) */
export const DONE_YES = 4;
/** the worker gave no outcome: this thread does the item */
export const DONE_NONE = 5;

/** A list of `n` claims, in shared memory. */
export function newClaims(n: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * n));
}

/**
 * This thread's turn at item k: HERE when the item is now this thread's to do, else the worker's outcome (DONE_NO
 * or DONE_YES), waiting for it while the worker is at the item, `patienceMs` at most (then HERE: a worker gone
 * silent costs a wait, never a result).
 */
export function claimHere(claims: Int32Array, k: number, patienceMs: number): number {
  let s = Atomics.compareExchange(claims, k, FREE, HERE);
  if (s === FREE || s === HERE) return HERE;
  if (s === THERE) {
    Atomics.wait(claims, k, THERE, patienceMs);
    // still the worker's after that long: this thread's now (the worker's outcome, should it come, is the same)
    s = Atomics.compareExchange(claims, k, THERE, HERE);
  }
  return s === DONE_NO || s === DONE_YES ? s : HERE;
}

/** The worker's claim on item k: whether it is the worker's to do. */
export function claimThere(claims: Int32Array, k: number): boolean {
  return Atomics.compareExchange(claims, k, FREE, THERE) === FREE;
}

/** The worker's outcome of item k (DONE_NO, DONE_YES or DONE_NONE), and a wake-up for this thread if it waits. */
export function settle(claims: Int32Array, k: number, outcome: number): void {
  Atomics.store(claims, k, outcome);
  Atomics.notify(claims, k);
}
