import { unitGraphFrom } from '../partition/graph.js';
import { countBound } from './bound.js';
import { runSearchChain } from './chain.js';
import type { Problem } from './problem.js';

/**
 * A worker thread's warm-up of the search (worker.ts): one small chain on a made-up layer, run while the worker
 * waits for its first real chain (the main thread is still reading the zones and building the graph). A worker's
 * code starts cold: its first chain ran ~3 times slower than the same chain run second on one thread (France:
 * ~175 ms against ~55 ms), V8 compiling the search's functions as it went. Warmed up, the real chain runs at speed.
 * Nothing of it reaches a plan: the made-up layer has its own seed, and its outcome is thrown away.
 */
export function warmUpSearch(seed: number): void {
  const p = structuredClone(warmProblem()); // the shapes a real problem has once it has reached the worker
  runSearchChain(p, { seed, constructions: 4, iterations: 200, patience: 50, seeds: [], initial: [], ub: countBound(p) });
}

/** Pieces of warm-up (warmUpSearch) a worker runs at most: two pieces bring a chain most of the way to the speed of a warm one (on France, 30–60 ms of warm-up for a chain of ~60–80 ms instead of ~160–230 ms). */
export const WARM_UP_PIECES = 2;

/**
 * A w × h lattice of zones (rook adjacency) with members of varied sizes: some zones reach the threshold alone,
 * the others need 3 to 6 neighbours, as on real layers.
 */
export function warmProblem(w = 16, h = 16): Problem {
  const n = w * h;
  const nbr: number[][] = [];
  const border: number[][] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const list: number[] = [];
      if (y > 0) list.push((y - 1) * w + x);
      if (x > 0) list.push(y * w + x - 1);
      if (x < w - 1) list.push(y * w + x + 1);
      if (y < h - 1) list.push((y + 1) * w + x);
      nbr.push(list);
      border.push(list.map((j) => 1 + ((j * 31 + y * w + x) % 7)));
    }
  }
  const members = Float64Array.from({ length: n }, (_, i) => (i % 11 === 0 ? 12_000 : 800 + ((i * 7919) % 3000)));
  const ids = Array.from({ length: n }, (_, i) => String(i));
  return {
    n,
    ids,
    names: ids,
    members,
    nbr,
    border,
    graph: unitGraphFrom(nbr, members, ids),
    T: 10_000,
    max: Infinity,
    maxZones: Infinity,
    respect: new Int32Array(n).fill(-1),
    respectValues: [],
    lock: new Int32Array(n).fill(-1),
    lockLabels: [],
    component: new Int32Array(n),
    components: [Array.from({ length: n }, (_, i) => i)],
  };
}
