/**
 * A propose worker thread (threads.ts). It takes requests in order: a search chain (runSearchChain, its outcome
 * written into the shared block the main thread waits on) or a layer's bound facts (boundFacts computed to the
 * end, answered by message; HiGHS is loaded there only if the packing cannot be solved without it).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { boundFacts } from './bound.js';
import { runSearchChain } from './chain.js';
import { beat, chainBlock, chainFailed, writeOutcome, type WorkerReply, type WorkerRequest } from './threads.js';

const data = workerData as { ready?: Int32Array } | null;
const reply = (m: WorkerReply) => parentPort!.postMessage(m);

parentPort!.on('message', (m: WorkerRequest) => {
  if (m.kind === 'chain') {
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
    try {
      reply({ id: m.id, facts: await boundFacts(m.p, m.settings) });
    } catch (e) {
      reply({ id: m.id, error: String((e as Error)?.message ?? e) });
    }
  })();
});

// started: threads.ts sends short chains here from now on (before, chain 0 runs on the main thread)
if (data?.ready) Atomics.store(data.ready, 0, 1);
