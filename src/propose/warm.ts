import { packingModel } from './bound.js';

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
