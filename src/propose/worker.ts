/**
 * A propose worker thread (threads.ts). It loads HiGHS as soon as it starts when a bound will likely need it, so
 * that the WebAssembly is compiled while the main thread builds the graph, and takes requests in order: a search chain (runSearchChain, its outcome
 * written into the shared block the main thread waits on) or a layer's bound facts (boundFacts computed to the
 * end, answered by message).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { boundFacts } from './bound.js';
import { runSearchChain } from './chain.js';
import { loadHighs, type Highs } from './highs.js';
import { warmPackingModels } from './warm.js';
import { beat, chainBlock, chainFailed, writeOutcome, type WorkerReply, type WorkerRequest } from './threads.js';

/** Whether a search chain has come (HiGHS's warm-up then stops). */
let chainCame = false;
// a failure shows again, as an error, when a bound needs HiGHS
const data = workerData as { highs?: boolean; ready?: Int32Array } | null;
let highsAsked = data?.highs === true;
let highs: Promise<unknown> = highsAsked ? prepareHighs() : Promise.resolve(undefined);
function prepareHighs(): Promise<unknown> {
  return loadHighs().then(warmUpHighs, () => undefined);
}
const reply = (m: WorkerReply) => parentPort!.postMessage(m);

parentPort!.on('message', (m: WorkerRequest) => {
  if (m.kind === 'highs') {
    // loaded (or being loaded) once
    if (!highsAsked) ((highsAsked = true), (highs = prepareHighs()));
    return;
  }
  if (m.kind === 'chain') {
    chainCame = true;
    const block = chainBlock(m.buffer, m.p.n);
    try {
      beat(block);
      const outcome = runSearchChain(m.p, m.work, { beat: () => beat(block) });
      writeOutcome(block, outcome);
    } catch {
      chainFailed(block);
    }
    return;
  }
  void (async () => {
    await highs;
    try {
      reply({ id: m.id, facts: await boundFacts(m.p, m.settings) });
    } catch (e) {
      reply({ id: m.id, error: String((e as Error)?.message ?? e) });
    }
  })();
});

// started: threads.ts sends short chains here from now on (before, chain 0 runs on the main thread)
if (data?.ready) Atomics.store(data.ready, 0, 1);

/**
 * A small packing's LP and MIP solved at once (warm.ts), with the bound's options: V8 compiles a WebAssembly function
 * on its first call, so the solver's code is compiled here, while the main thread still reads the zones or builds the
 * graph, rather than during the bound. Not once a search chain has come: the worker is late, and the work is then
 * better left to a bound (which compiles what it calls), if one comes at all.
 */
async function warmUpHighs(h: Highs): Promise<void> {
  const [lp, mip] = warmPackingModels();
  // a turn of the event loop before each: a search chain that has arrived meanwhile goes first
  await new Promise((resolve) => setImmediate(resolve));
  if (chainCame) return;
  h.solve(lp, { output_flag: false, random_seed: 1 });
  await new Promise((resolve) => setImmediate(resolve));
  if (chainCame) return;
  h.solve(mip, { output_flag: false, random_seed: 1, mip_rel_gap: 0, mip_max_nodes: 2_000 });
}
