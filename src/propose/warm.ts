import { latticeNeighbours, unitGraphFrom } from '../partition/graph.js';
import { countBound, packingModel } from './bound.js';
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

/**
 * Pieces of warm-up (warmUpSearch) a worker runs at most. One piece (~45 ms of CPU on a core otherwise idle while the
 * zones are read) brings France's chain from ~170 ms of CPU cold to ~130 (~60–80 ms of wall time on an idle machine
 * instead of ~160–230): about the CPU it saves, moved off the critical path. More pieces gained little and cost ~50 ms
 * of CPU each, which a busy machine pays.
 */
export const WARM_UP_PIECES = 1;

/**
 * A w × h lattice of zones (rook adjacency) with members of varied sizes: some zones reach the threshold alone,
 * the others need 3 to 6 neighbours, as on real layers.
 */
export function warmProblem(w = 16, h = 16): Problem {
  const n = w * h;
  const nbr = latticeNeighbours(w, h);
  const border = nbr.map((list, i) => list.map((j) => 1 + ((j * 31 + i) % 7)));
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

/**
 * The packing models (LP, then MIP) a worker solves to warm HiGHS up: sets of 2 and 3 zones around a ring of 21 zones
 * and 4 sets of one zone, whose LP optimum is fractional, so that the MIP branches. V8 compiles a WebAssembly function
 * on its first call: a tiny model left most of the solver's code (presolve, simplex, branch and bound) to the first
 * real bound (France: ~60–90 ms for its LP and MIP after a tiny warm-up, ~35–45 ms after this one, which costs ~35 ms
 * more, on a core otherwise idle while the zones are read).
 */
export function warmPackingModels(): [lp: string, mip: string] {
  const k = 21;
  const sets: number[][] = [];
  for (let i = 0; i < k; i++) sets.push([i, (i + 1) % k]);
  for (let i = 0; i < k; i += 3) sets.push([i, (i + 2) % k, (i + 4) % k]);
  for (let i = 0; i < 4; i++) sets.push([k + i]);
  return [packingModel(k + 4, sets, false), packingModel(k + 4, sets, true)];
}
