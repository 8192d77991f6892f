/**
 * Proposals run as jobs in a worker thread: started by POST /api/propose, polled with GET /api/jobs/ID
 * (state and the proposer's progress line), cancelled with POST /api/jobs/ID/cancel. One job at a time.
 */
import { Worker } from 'node:worker_threads';
import type { Lang } from '../core/i18n.js';
import type { Rules } from '../core/rules.js';
import { said, say } from '../messages/index.js';
import type { Zone, ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import { workerScript } from '../core/workers.js';

/** What the worker receives (plain data: maps are rebuilt inside). */
export interface JobInput {
  /** attributes (--attributes): --max-spread is held and the sections made alike, as `propose` does */
  zones: { file: string; zones: Zone[]; members: ZoneSet['members']; attributes?: ZoneSet['attributes'] };
  graph: { ids: string[]; neighbors: number[][]; edges: ZoneGraph['edges'] };
  rules: Rules;
  seed: number;
  lock?: [string, string][];
  prefer?: [string, string][];
  /** the page's language: a failure is said in it */
  lang: Lang;
}

export type JobMessage =
  | { type: 'progress'; message: string }
  | { type: 'done'; plan: [string, string][]; sections: number; upperBound: number; keptShare?: number }
  | { type: 'failed'; message: string };

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobStatus {
  id: string;
  mode: 'propose' | 'complete';
  state: JobState;
  progress: string;
  elapsedMs: number;
  error?: string;
  result?: { sections: number; upperBound: number; keptShare?: number };
}

interface Job {
  status: JobStatus;
  started: number;
  worker: Worker;
}

export class ProposeJobs {
  private readonly jobs = new Map<string, Job>();
  private next = 1;

  /** Start a job; `onDone` receives the plan when the worker finishes (and returns an error message if it cannot be used). */
  start(mode: JobStatus['mode'], input: JobInput, onDone: (plan: Map<string, string>) => string | undefined): JobStatus {
    if (this.running()) throw new JobBusyError(this.running()!.status.id, input.lang);
    const id = String(this.next++);
    const worker = new Worker(workerScript(import.meta.url, 'serve/propose-worker.js'), { workerData: input });
    const job: Job = { status: { id, mode, state: 'running', progress: '', elapsedMs: 0 }, started: Date.now(), worker };
    this.jobs.set(id, job);
    const finish = (state: JobState, error?: string) => {
      if (job.status.state !== 'running') return;
      job.status.state = state;
      job.status.elapsedMs = Date.now() - job.started;
      if (error) job.status.error = error;
      void worker.terminate();
    };
    worker.on('message', (m: JobMessage) => {
      if (job.status.state !== 'running') return;
      if (m.type === 'progress') job.status.progress = m.message;
      else if (m.type === 'failed') finish('failed', m.message);
      else {
        const problem = onDone(new Map(m.plan));
        job.status.result = { sections: m.sections, upperBound: m.upperBound, keptShare: m.keptShare };
        finish(problem ? 'failed' : 'done', problem);
      }
    });
    worker.on('error', (e) => finish('failed', say(said('plan.serve.proposerStoppedBecause', { cause: e.message }), input.lang)));
    worker.on('exit', () => finish('failed', say(said('plan.serve.proposerStopped'), input.lang)));
    return this.status(id)!;
  }

  status(id: string): JobStatus | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    if (job.status.state === 'running') job.status.elapsedMs = Date.now() - job.started;
    return { ...job.status };
  }

  cancel(id: string): JobStatus | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    if (job.status.state === 'running') {
      job.status.state = 'cancelled';
      job.status.elapsedMs = Date.now() - job.started;
      void job.worker.terminate();
    }
    return this.status(id);
  }

  running(): Job | undefined {
    return [...this.jobs.values()].find((j) => j.status.state === 'running');
  }

  async close(): Promise<void> {
    for (const j of this.jobs.values()) if (j.status.state === 'running') this.cancel(j.status.id);
  }
}

export class JobBusyError extends Error {
  /** `message` is said in the page's language: the server sends it to the page as it is */
  constructor(
    readonly job: string,
    lang: Lang = 'en',
  ) {
    super(say(said('plan.serve.busy', { job }), lang));
  }
}
