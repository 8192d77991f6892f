/**
 * One chain of the audit's ensemble in a worker thread (src/audit/threads.ts): it receives the zones without
 * their outlines, the UnitGraph, the charter and the plan as plain data, runs `runChain` with the chain's own
 * seed (so the values are those of the same chain on the main thread), writes its JSON lines to its own file
 * when asked, and posts its progress and its run.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { chainDeadline, prepareEnsemble, runChain, sampleLine } from './ensemble.js';
import type { ChainWorkerInput, ChainWorkerMessage } from './threads.js';

const input = workerData as ChainWorkerInput;
const post = (m: ChainWorkerMessage) => parentPort!.postMessage(m);
const stop = new Int32Array(input.stop);
const zones = { ...input.zones, byId: new Map(input.zones.zones.map((z) => [z.id, z])) };
const ensembleInput = { ...input.setup, zones, unitGraph: input.unitGraph, plan: new Map(input.plan) };
const prep = prepareEnsemble(ensembleInput, input.opts);
const fd = input.linesFile ? openSync(input.linesFile, 'w') : undefined;
let buffer = '';
let sampled = 0;
const run = runChain(ensembleInput, prep, input.chain, {
  seed: input.opts.seed,
  withPlans: input.opts.withPlans,
  // the worker's start-up is not taken from the chain's share of the time limit
  deadline: chainDeadline(input.deadline, Date.now(), input.rounds, 1),
  shouldStop: () => Atomics.load(stop, 0) === 1,
  onSample:
    fd === undefined
      ? undefined
      : (s) => {
          buffer += sampleLine(input.keys, s);
          if (buffer.length >= 1 << 16) {
            writeSync(fd, buffer);
            buffer = '';
          }
        },
  onSampled: () => {
    if (++sampled % 25 === 0) post({ type: 'progress', sampled: 25 });
  },
});
if (fd !== undefined) {
  if (buffer) writeSync(fd, buffer);
  closeSync(fd);
}
post({ type: 'progress', sampled: sampled % 25 });
post({ type: 'done', run });
