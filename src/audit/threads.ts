/**
 * The ensemble on several cores: one worker thread per chain (at most `threads` at a time), each with the chain's
 * own seed, so the values are the same as `runEnsemble` gives on one thread; the JSON lines of each chain go to
 * its own temporary file, then into the output in chain order (the same file as on one thread). Ctrl-C and the
 * time limit reach every worker through a shared flag and a deadline.
 */
import { mkdtempSync, openSync, readSync, closeSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Zone, ZoneSet } from '../core/types.js';
import { workerScript } from '../core/workers.js';
import type { UnitGraph } from '../partition/graph.js';
import {
  finishEnsemble,
  prepareEnsemble,
  runEnsemble,
  sampleLine,
  type ChainRun,
  type EnsembleInput,
  type EnsembleOptions,
  type EnsembleResult,
} from './ensemble.js';
import type { MetricSetup } from './metrics.js';

/** What a chain's worker receives (plain data). */
export interface ChainWorkerInput {
  zones: { file: string; zones: Zone[]; members: ZoneSet['members']; attributes?: ZoneSet['attributes'] };
  unitGraph: UnitGraph;
  setup: Omit<MetricSetup, 'zones'>;
  plan: [string, string][];
  opts: EnsembleOptions;
  chain: number;
  /** the ensemble's deadline; the chain takes its share of the time left once started (see chainDeadline) */
  deadline: number;
  /** rounds of chains left on the threads, this chain's included */
  rounds: number;
  /** an Int32Array's buffer: 1 = stop (Ctrl-C) */
  stop: SharedArrayBuffer;
  linesFile?: string;
  keys: string[];
}

export type ChainWorkerMessage = { type: 'progress'; sampled: number } | { type: 'done'; run: ChainRun };

export interface ThreadOptions {
  /** worker threads at most (default: the machine's cores); 1 runs on this thread */
  threads?: number;
  /** the JSON lines, written in chain order */
  lines?: { write(text: string): void };
}

/** Sample the ensemble on up to `threads` cores; the same result as runEnsemble for a seed (without a time limit). */
export async function runEnsembleThreads(input: EnsembleInput, opts: EnsembleOptions, t: ThreadOptions = {}): Promise<EnsembleResult> {
  const prep = prepareEnsemble(input, opts);
  const keys = prep.metrics.map((m) => m.key);
  const threads = Math.max(1, Math.min(t.threads ?? availableParallelism(), prep.chains));
  if (threads === 1) {
    const lines = t.lines;
    return runEnsemble(input, { ...opts, ...(lines ? { onSample: (s) => lines.write(sampleLine(keys, s)) } : {}) });
  }
  const dir = t.lines ? mkdtempSync(join(tmpdir(), 'decoupage-audit-')) : undefined;
  const stop = new SharedArrayBuffer(4);
  const flag = new Int32Array(stop);
  const deadline = opts.timeLimitMs === undefined ? Infinity : Date.now() + opts.timeLimitMs;
  const poll = setInterval(() => {
    if (opts.shouldStop?.()) Atomics.store(flag, 0, 1);
  }, 50);
  const zones = {
    file: input.zones.file,
    members: input.zones.members,
    zones: input.zones.zones.map((z) => ({ ...z, geometry: undefined as unknown as Zone['geometry'] })),
    ...(input.zones.attributes ? { attributes: input.zones.attributes } : {}),
  };
  const setup = { rules: input.rules, votes: input.votes, listMethod: input.listMethod, attributes: input.attributes };
  let done = 0;
  const runs: ChainRun[] = new Array(prep.chains);
  const chainFile = (c: number) => (dir ? join(dir, `chain-${c + 1}.jsonl`) : undefined);
  const runOne = (c: number) =>
    new Promise<void>((resolve, reject) => {
      const data: ChainWorkerInput = {
        zones,
        unitGraph: prep.g,
        setup,
        plan: [...input.plan],
        opts: { ...opts, onSample: undefined, onProgress: undefined, shouldStop: undefined },
        chain: c,
        deadline,
        rounds: Math.ceil((prep.chains - c) / threads),
        stop,
        ...(chainFile(c) ? { linesFile: chainFile(c) } : {}),
        keys,
      };
      const w = new Worker(workerScript(import.meta.url, 'audit/chain-worker.js'), { workerData: data });
      w.on('message', (m: ChainWorkerMessage) => {
        if (m.type === 'progress') {
          done += m.sampled;
          opts.onProgress?.(done, opts.plans);
        } else runs[c] = m.run;
      });
      w.on('error', reject);
      w.on('exit', (code) => (code === 0 && runs[c] ? resolve() : reject(new Error(`the audit's chain ${c + 1} stopped (exit ${code})`))));
    });
  try {
    // a pool of `threads` workers taking the chains in order
    let next = 0;
    await Promise.all(
      Array.from({ length: threads }, async () => {
        while (next < prep.chains) await runOne(next++);
      }),
    );
    if (t.lines) for (let c = 0; c < prep.chains; c++) copyInto(chainFile(c)!, t.lines);
  } finally {
    clearInterval(poll);
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  return finishEnsemble(input, prep, runs);
}

/** A chain's JSON lines into the output, a megabyte at a time. */
function copyInto(file: string, out: { write(text: string): void }): void {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    let carry = '';
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) {
      const text = carry + buf.toString('utf8', 0, n);
      // cut on a line end, so no character is split between two reads
      const end = text.lastIndexOf('\n') + 1;
      out.write(text.slice(0, end));
      carry = text.slice(end);
    }
    if (carry) out.write(carry);
  } finally {
    closeSync(fd);
  }
}
