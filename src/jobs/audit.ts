/**
 * The `audit` job (issue #22): sample valid plans under the plan's charter (src/audit/ensemble.ts), stream one
 * JSON line per sampled plan when asked, and say where the plan sits, measure by measure, with the chains'
 * diagnostics. The plan must be valid (the CLI checks it first, as `check` does).
 */
import { basename } from 'node:path';
import type { EnsembleResult } from '../audit/ensemble.js';
import { runEnsembleThreads } from '../audit/threads.js';
import type { ChainKind } from '../audit/chain.js';
import { InputError, type Lang } from '../core/index.js';
import type { Rules } from '../core/charter.js';
import type { Progress } from '../core/progress.js';
import type { Plan, ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import { attributesOf } from '../homogeneity/table.js';
import { openOutputStream, writeOutputs, type OutputStream } from '../io/index.js';
import { auditView, formatAudit } from '../audit/words.js';
import { count, said, say, type Said, type Voice } from '../messages/index.js';
import { readVotes } from '../pluralism/votes.js';
import type { ListMethod } from '../pluralism/thresholds.js';

export interface AuditJob {
  zones: ZoneSet;
  graph: ZoneGraph;
  rules: Rules;
  plan: Plan;
  planFile: string;
  votesFile?: string;
  listMethod?: ListMethod;
  plans: number;
  chains: number;
  seed: string;
  kind: ChainKind;
  burnIn?: number;
  thin?: number;
  timeLimitSeconds?: number;
  /** --out: the JSON lines; withPlans: each line holds its plan */
  out_jsonl?: string;
  /** --report: the audit as an HTML page (histograms, trace plots) */
  report?: string;
  zonesFile?: string;
  withPlans: boolean;
  /** worker threads for the chains (default: the machine's cores; the result is the same) */
  threads?: number;
  lang: Lang;
  voice: Voice;
  progress?: Progress;
  /** polled while sampling: true stops (Ctrl-C), what was sampled is kept and reported */
  shouldStop?: () => boolean;
  out(text: string): void;
  note(text: string): void;
}

export async function runAudit(job: AuditJob): Promise<EnsembleResult> {
  const { zones, rules } = job;
  if (new Set(job.plan.values()).size < 2) throw new InputError(said('audit.oneSection'), { file: job.planFile });
  const votes = job.votesFile ? readVotes(job.votesFile, zones) : undefined;
  const attributes = attributesOf(zones);
  let stream: OutputStream | undefined = job.out_jsonl ? openOutputStream({ path: job.out_jsonl, option: '--out' }) : undefined;
  const setup = { zones, graph: job.graph, rules, plan: job.plan, votes, listMethod: job.listMethod, attributes };
  const started = Date.now();
  const speak = (m: Said) => say(m, { ...job.voice, lang: job.lang });
  let result: EnsembleResult;
  try {
    const lines = stream;
    result = await runEnsembleThreads(
      setup,
      {
        plans: job.plans,
        chains: job.chains,
        seed: job.seed,
        kind: job.kind,
        burnIn: job.burnIn,
        thin: job.thin,
        timeLimitMs: job.timeLimitSeconds === undefined ? undefined : job.timeLimitSeconds * 1000,
        shouldStop: job.shouldStop,
        withPlans: job.withPlans,
        onProgress: (done, total) => {
          if (done % 50 !== 0 && done !== total) return;
          const seconds = (Date.now() - started) / 1000;
          const rate = done / Math.max(seconds, 1e-3);
          job.progress?.update(
            said('audit.progress', { done: count(done), total: count(total), rate: count(Math.round(rate)), eta: count(Math.ceil((total - done) / rate)) }),
          );
        },
      },
      { threads: job.threads, ...(lines ? { lines: { write: (text: string) => lines.write(text) } } : {}) },
    );
    job.progress?.done();
    stream?.commit();
    stream = undefined;
  } finally {
    stream?.abort();
  }
  const view = auditView(result, job);
  job.out(formatAudit(view, { ...job.voice, lang: job.lang }));
  if (job.report) {
    const { renderAuditReport } = await import('../report/audit.js');
    await writeOutputs([
      {
        path: job.report,
        data: renderAuditReport(view, { lang: job.lang, rules, zonesFile: job.zonesFile ?? '', planFile: job.planFile }),
        option: '--report',
      },
    ]);
    job.out(speak(said('audit.wroteReport', { file: job.report })) + '\n');
  }
  // stuck: steps were tried and none moved (not a run stopped before its first hundred steps)
  if (result.accepted === 0 && result.steps > 0 && (result.stopped === 'done' || result.steps >= 100))
    job.note(speak(said('error.warning', { message: said('audit.stuck', { steps: count(result.steps), k: result.sections }) })) + '\n');
  if (job.out_jsonl) {
    job.out(
      speak(
        said('audit.wroteLines', {
          file: job.out_jsonl,
          n: count(result.samples),
          plans: job.withPlans ? speak(said('audit.withPlans')) : '',
        }),
      ) + '\n',
    );
  }
  return result;
}
