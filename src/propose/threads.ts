/**
 * Propose on several cores. A `ProposeThreads` is a small pool of worker threads (worker.ts), started as early as
 * possible (before the graph is built, so that they have loaded their code when the search starts). Two
 * kinds of work go to them:
 *  - search chains (chain.ts): chain 0 runs on this thread, the others in the workers (short chains all run in the
 *    workers once they have started), which write their outcome into shared memory; this thread waits for
 *    them with Atomics.wait, so proposeSections stays synchronous;
 *  - the bound's facts (bound.ts: minimal sections and their packing), answered by message while this thread
 *    finishes the plan.
 * Every piece of work depends only on its input, never on where it ran: when a worker cannot start, fails or falls
 * silent, this thread does the piece itself with the same result. So the plan and the bound are the same on one
 * core or several.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript } from '../core/workers.js';
import type { BoundFacts, BoundInput, BoundSettings } from './bound.js';
import { runSearchChain, type ChainEvents, type ChainOutcome, type ChainWork } from './chain.js';
import type { Problem } from './problem.js';

/** Layers smaller than this run their chains one after the other: a worker's start-up would cost more. */
export const MIN_UNITS_FOR_THREADS = 200;
/**
 * A chain's worker silent for this long (not started, or no step done: a chain signals every few steps, many times
 * a second) is given up and stopped, and its chain run here instead, with the same outcome.
 */
const SILENCE_MS = 5_000;

// a chain's shared block: a header of Int32 slots, the objective as 3 doubles, then the assignment
const STATE = 0; // 0 running, 1 done, 2 failed
const BEAT = 1;
const CONSTRUCTIONS = 2;
const STEPS = 3;
const TIMED_OUT = 4;
const HAS_PLAN = 5;
const FAIL_ZONE = 6;
const FAIL_LOCK = 7;
const HEADER = 8;

export interface ChainBlock {
  header: Int32Array;
  objective: Float64Array;
  assignment: Int32Array;
}

export function chainBlock(buffer: SharedArrayBuffer, n: number): ChainBlock {
  return {
    header: new Int32Array(buffer, 0, HEADER),
    objective: new Float64Array(buffer, HEADER * 4, 3),
    assignment: new Int32Array(buffer, HEADER * 4 + 24, n),
  };
}

/** Write a chain's outcome into its block (the worker's side) and wake the waiting thread. */
export function writeOutcome(b: ChainBlock, o: ChainOutcome): void {
  b.header[CONSTRUCTIONS] = o.constructions;
  b.header[STEPS] = o.steps;
  b.header[TIMED_OUT] = o.timedOut ? 1 : 0;
  b.header[HAS_PLAN] = o.assignment ? 1 : 0;
  b.header[FAIL_ZONE] = o.failure ? o.failure.zone : -1;
  b.header[FAIL_LOCK] = o.failure?.lock ?? -2;
  b.objective.set([o.objective.sections, o.objective.respect, o.objective.internal]);
  if (o.assignment) b.assignment.set(o.assignment);
  Atomics.store(b.header, STATE, 1);
  Atomics.notify(b.header, STATE);
}

export function chainFailed(b: ChainBlock): void {
  Atomics.store(b.header, STATE, 2);
  Atomics.notify(b.header, STATE);
}

export function beat(b: ChainBlock): void {
  Atomics.add(b.header, BEAT, 1);
}

function readOutcome(b: ChainBlock): ChainOutcome {
  const h = b.header;
  const zone = h[FAIL_ZONE];
  return {
    assignment: h[HAS_PLAN] ? Int32Array.from(b.assignment) : null,
    objective: { sections: b.objective[0], respect: b.objective[1], internal: b.objective[2] },
    constructions: h[CONSTRUCTIONS],
    steps: h[STEPS],
    timedOut: h[TIMED_OUT] === 1,
    ...(zone >= 0 ? { failure: { zone, ...(h[FAIL_LOCK] !== -2 ? { lock: h[FAIL_LOCK] } : {}) } } : {}),
    ranOn: 'worker',
  };
}

/** What the workers are sent (worker.ts). */
export type WorkerRequest =
  { kind: 'chain'; p: Problem; work: ChainWork; buffer: SharedArrayBuffer } | { kind: 'bound'; id: number; p: BoundInput; settings: BoundSettings };
export type WorkerReply = { id: number; facts?: BoundFacts; error?: string };

export interface ProposeThreads {
  /** how many worker threads (besides this one) */
  readonly size: number;
  /** whether every worker has started (its code loaded): short chains then all go to them */
  readonly ready: boolean;
  /**
   * Run every chain: chain 0 here and the others in the workers, or all in the workers when they are short
   * (shortChains) and the workers ready; the outcomes in chain order. `meanwhile`: work that does not depend on the
   * plan, done here once this thread's chain is (at once when it has none), if a worker's chain is still running then
   * (instead of waiting idle), told by `busy` whether one still is (it may stop when none is); the caller does it
   * later otherwise.
   */
  runChains(p: Problem, works: readonly ChainWork[], events?: ChainEvents, meanwhile?: (busy: () => boolean) => void): ChainOutcome[];
  /**
   * The bound's facts of a layer, computed to the end on a worker (rejects when the worker fails). The request
   * waits until the next search's chains have gone to the workers (they come first: this thread waits for them)
   * or until `flush`.
   */
  boundFacts(p: BoundInput, settings: BoundSettings): Promise<BoundFacts>;
  /** Send the requests held back. */
  flush(): void;
  /** Stop the workers (they never keep the process alive meanwhile); resolves once they have stopped. */
  close(): Promise<void>;
}

/**
 * Start `threads − 1` workers now (default: one per core but this one), or undefined on a single core or when no
 * worker can start (everything then runs on this thread, with the same results).
 */
export function startProposeThreads(threads = availableParallelism(), { silenceMs = SILENCE_MS }: { silenceMs?: number } = {}): ProposeThreads | undefined {
  const workers: Worker[] = [];
  // one flag per worker, set once it has started (worker.ts)
  const readyFlags: Int32Array[] = [];
  for (let k = 0; k < threads - 1; k++) {
    try {
      const ready = new Int32Array(new SharedArrayBuffer(4));
      const w = new Worker(workerScript(import.meta.url, 'propose/worker.js'), { workerData: { ready } });
      w.unref();
      workers.push(w);
      readyFlags.push(ready);
    } catch {
      break;
    }
  }
  if (!workers.length) return undefined;
  const failed = new Set<Worker>();
  let next = 0;
  const held: [Worker, WorkerRequest][] = [];
  const flush = () => {
    for (const [w, r] of held.splice(0)) w.postMessage(r);
  };
  const waiting = new Map<number, { worker: Worker; resolve(f: BoundFacts): void; reject(e: Error): void }>();
  const fail = (w: Worker, e: Error) => {
    failed.add(w);
    for (const [id, x] of waiting) if (x.worker === w) (waiting.delete(id), x.reject(e));
  };
  for (const w of workers) {
    w.on('message', (m: WorkerReply) => {
      const x = waiting.get(m.id);
      if (!x) return;
      waiting.delete(m.id);
      if (![...waiting.values()].some((y) => y.worker === w)) w.unref();
      if (m.facts) x.resolve(m.facts);
      else x.reject(new Error(m.error));
    });
    w.on('error', (e) => fail(w, e));
    w.on('exit', () => fail(w, new Error('a propose worker stopped')));
  }
  const ready = () => readyFlags.every((f) => Atomics.load(f, 0) === 1);
  return {
    size: workers.length,
    get ready() {
      return ready();
    },
    runChains(p, works, events = {}, meanwhile) {
      const threaded = p.n >= MIN_UNITS_FOR_THREADS;
      // short chains all go to the workers once they have started, while this thread does the
      // plan-independent work; else chain 0 runs here and the others in the workers
      const first = threaded && shortChains(p, works) && ready() ? 0 : 1;
      const on = (c: number) => workers[(c - first) % workers.length];
      const running = works.map((work, c) => (c >= first && threaded ? startChain(on(c), p, work) : undefined));
      flush();
      const out: ChainOutcome[] = [];
      if (first === 1) out.push(runSearchChain(p, works[0], events));
      const busy = () => running.some((b) => b && Atomics.load(b.header, STATE) === 0);
      if (meanwhile && busy()) meanwhile(busy);
      // in the order they were sent: a worker runs its chains one after the other
      for (let c = first; c < works.length; c++) {
        const w = on(c);
        const o = running[c] && !failed.has(w) ? awaitChain(running[c], silenceMs) : undefined;
        if (!o && running[c] && !failed.has(w)) giveUp(w);
        out.push(o ?? runSearchChain(p, works[c], c === 0 ? events : {}));
      }
      return out;
    },
    boundFacts(p, settings) {
      // the last worker: the first ones take the chains
      const w = workers[workers.length - 1];
      if (failed.has(w)) return Promise.reject(new Error('a propose worker stopped'));
      const id = next++;
      w.ref(); // the process waits for an answer it awaits
      const answer = new Promise<BoundFacts>((resolve, reject) => waiting.set(id, { worker: w, resolve, reject }));
      const request: WorkerRequest = { kind: 'bound', id, p: { n: p.n, T: p.T, max: p.max, members: p.members, nbr: p.nbr }, settings };
      held.push([w, request]);
      return answer;
    },
    flush,
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };

  function giveUp(w: Worker): void {
    fail(w, new Error('a propose worker fell silent'));
    void w.terminate();
  }

  function startChain(w: Worker, p: Problem, work: ChainWork): ChainBlock | undefined {
    if (failed.has(w)) return undefined;
    const buffer = new SharedArrayBuffer(HEADER * 4 + 24 + 4 * p.n);
    const request: WorkerRequest = { kind: 'chain', p, work, buffer };
    w.postMessage(request);
    return chainBlock(buffer, p.n);
  }
}

/**
 * The worker threads one piece of propose's work uses, decided in one place: none on one thread (`threads: 1`, or a
 * single core); the caller's pool when it passed one; else a pool of its own for layers of MIN_UNITS_FOR_THREADS
 * units or more (smaller ones run here: a worker's start-up would cost more), which `release` stops.
 */
export function threadsFor(opts: { threads?: number; pool?: ProposeThreads }, units: number): { pool: ProposeThreads | undefined; release(): void } {
  if ((opts.threads ?? availableParallelism()) < 2) return { pool: undefined, release() {} };
  if (opts.pool) return { pool: opts.pool, release() {} };
  const own = units >= MIN_UNITS_FOR_THREADS ? startProposeThreads(opts.threads) : undefined;
  return { pool: own, release: () => void own?.close() };
}

/**
 * Chains below this much work (improvement steps × zones per section, the size of what a step re-cuts) all run in the
 * workers, while this thread measures the zones (the `meanwhile` of runChains): France's chains (~6,000 steps, 1.4
 * zones per section: ~9,000) take ~80 + ~25 ms one after the other in a worker, the first one compiling the search's
 * code; one of them here instead took longer, after or before the measures, and compiled that code a second time. The
 * PACA communes' (~19,000 steps, ~29 zones per section: ~540,000) take ~0.6 s each: one here, the other in a worker.
 */
export const SHORT_CHAIN_WORK = 50_000;

/** Whether every chain is short enough for the workers alone (SHORT_CHAIN_WORK). */
export function shortChains(p: Pick<Problem, 'n'>, works: readonly ChainWork[]): boolean {
  return works.every((w) => w.iterations * (p.n / Math.max(1, w.ub)) < SHORT_CHAIN_WORK);
}

/** Run every chain on this thread (no workers). */
export function runChainsHere(p: Problem, works: readonly ChainWork[], events: ChainEvents = {}): ChainOutcome[] {
  return works.map((w, c) => runSearchChain(p, w, c === 0 ? events : {}));
}

/** A worker's outcome, or undefined when it failed or fell silent (its chain is then run here). */
function awaitChain(b: ChainBlock | undefined, silenceMs: number): ChainOutcome | undefined {
  if (!b) return undefined;
  const h = b.header;
  let lastBeat = Atomics.load(h, BEAT);
  let heard = Date.now();
  while (Atomics.load(h, STATE) === 0) {
    Atomics.wait(h, STATE, 0, Math.min(500, silenceMs));
    const now = Atomics.load(h, BEAT);
    if (now !== lastBeat) ((lastBeat = now), (heard = Date.now()));
    else if (Date.now() - heard > silenceMs) return undefined;
  }
  return Atomics.load(h, STATE) === 1 ? readOutcome(b) : undefined;
}
