/**
 * The `audit` job (issue #22): sample valid plans under the plan's charter (src/audit/ensemble.ts), stream one
 * JSON line per sampled plan when asked, and say where the plan sits, measure by measure, with the chains'
 * diagnostics. The plan must be valid (the CLI checks it first, as `check` does).
 */
import { basename } from 'node:path';
import { ESS_MIN, RHAT_LIMIT, runEnsemble, type EnsembleResult, type MetricSummary } from '../audit/ensemble.js';
import { metricsOf, type Metric } from '../audit/metrics.js';
import type { ChainKind } from '../audit/chain.js';
import { textTable } from '../apportion/format.js';
import { checkWords } from '../check/wording.js';
import { InputError, type Lang } from '../core/index.js';
import type { Rules } from '../core/charter.js';
import { numberFormat } from '../core/i18n.js';
import type { Progress } from '../core/progress.js';
import type { Plan, ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import { attributesOf } from '../homogeneity/table.js';
import { openOutputStream, type OutputStream } from '../io/index.js';
import { count, option, said, say, type Said, type Voice } from '../messages/index.js';
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
  withPlans: boolean;
  lang: Lang;
  voice: Voice;
  progress?: Progress;
  /** polled while sampling: true stops (Ctrl-C), what was sampled is kept and reported */
  shouldStop?: () => boolean;
  out(text: string): void;
  note(text: string): void;
}

/** The options of the charter the chain cannot judge yet (a side of a split must then be judged unit by unit). */
const NOT_JUDGED: readonly (keyof Rules & string)[] = ['within', 'splitInto', 'maxSpread'];

export async function runAudit(job: AuditJob): Promise<EnsembleResult> {
  const { zones, rules } = job;
  for (const key of NOT_JUDGED) {
    if (rules[key] !== undefined) {
      const o = option(key);
      throw new InputError(said('audit.unsupported', { option: o }), { field: key, hint: said('audit.unsupported.hint', { option: o }) });
    }
  }
  if (new Set(job.plan.values()).size < 2) throw new InputError(said('audit.oneSection'), { file: job.planFile });
  const votes = job.votesFile ? readVotes(job.votesFile, zones) : undefined;
  const attributes = attributesOf(zones);
  let stream: OutputStream | undefined = job.out_jsonl ? openOutputStream({ path: job.out_jsonl, option: '--out' }) : undefined;
  const setup = { zones, graph: job.graph, rules, plan: job.plan, votes, listMethod: job.listMethod, attributes };
  const keys = metricsOf(setup).map((m) => m.key);
  const started = Date.now();
  const speak = (m: Said) => say(m, { ...job.voice, lang: job.lang });
  let result: EnsembleResult;
  try {
    result = runEnsemble(setup, {
      plans: job.plans,
      chains: job.chains,
      seed: job.seed,
      kind: job.kind,
      burnIn: job.burnIn,
      thin: job.thin,
      timeLimitMs: job.timeLimitSeconds === undefined ? undefined : job.timeLimitSeconds * 1000,
      shouldStop: job.shouldStop,
      withPlans: job.withPlans,
      onSample: stream
        ? (s) => {
            const metrics: Record<string, number> = {};
            keys.forEach((k, i) => (metrics[k] = round(s.values[i]!)));
            const line: Record<string, unknown> = { chain: s.chain, step: s.step, metrics };
            if (s.plan) line.plan = Object.fromEntries(s.plan);
            stream!.write(JSON.stringify(line) + '\n');
          }
        : undefined,
      onProgress: (done, total) => {
        if (done % 50 !== 0 && done !== total) return;
        const seconds = (Date.now() - started) / 1000;
        const rate = done / Math.max(seconds, 1e-3);
        job.progress?.update(
          said('audit.progress', { done: count(done), total: count(total), rate: count(Math.round(rate)), eta: count(Math.ceil((total - done) / rate)) }),
        );
      },
    });
    job.progress?.done();
    stream?.commit();
    stream = undefined;
  } finally {
    stream?.abort();
  }
  job.out(formatAudit(result, job));
  if (result.accepted === 0)
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

const round = (x: number) => (Number.isInteger(x) ? x : Math.round(x * 1e6) / 1e6);

/** The audit as text: what was sampled, the table of measures, where the plan sits, whether the chains mixed. */
export function formatAudit(r: EnsembleResult, job: Pick<AuditJob, 'planFile' | 'seed' | 'lang' | 'voice' | 'timeLimitSeconds'>): string {
  const voice = { ...job.voice, lang: job.lang };
  const t = (m: Said) => say(m, voice);
  const nf = numberFormat(job.lang);
  const w = checkWords(job.lang);
  const title = (m: Metric): string => {
    switch (m.kind) {
      case 'crossing':
        return t(said('audit.metric.crossing', { prop: w.field(m.of!) }));
      case 'split':
        return t(said('audit.metric.split', { prop: w.field(m.of!) }));
      case 'listSeats':
        return t(said('audit.metric.listSeats', { list: m.of! }));
      default:
        return t(said(`audit.metric.${m.kind}`));
    }
  };
  const fmt = (m: Metric, x: number) => (Number.isFinite(x) ? (m.digits ? nf.dec(x, m.digits) : nf.int(x)) : '—');
  const out: string[] = [];
  out.push(
    t(
      said('audit.heading', {
        plan: basename(job.planFile),
        n: count(r.samples),
        chains: r.chains,
        kind: t(said(r.kind === 'recom' ? 'audit.kind.recom' : 'audit.kind.reversible')),
        seed: job.seed,
        burnIn: count(r.burnIn),
        k: r.sections,
      }),
    ),
  );
  if (r.stopped === 'time')
    out.push(
      t(said('audit.stopped.time', { seconds: nf.dec(job.timeLimitSeconds ?? 0, Number.isInteger(job.timeLimitSeconds ?? 0) ? 0 : 1), n: count(r.samples) })),
    );
  if (r.stopped === 'interrupted') out.push(t(said('audit.stopped.interrupted', { n: count(r.samples) })));
  out.push('');
  const header = ['col.metric', 'col.plan', 'col.range', 'col.median', 'col.percentile', 'col.rhat', 'col.ess'] as const;
  const rows = r.summaries.map((s) => [
    title(s.metric),
    fmt(s.metric, s.plan),
    `${fmt(s.metric, s.low)} – ${fmt(s.metric, s.high)}`,
    fmt(s.metric, s.median),
    Number.isFinite(s.percentile) ? nf.dec(s.percentile, 0) : '—',
    Number.isFinite(s.rhat) ? nf.dec(s.rhat, 3) : '—',
    Number.isFinite(s.ess) ? nf.int(Math.round(s.ess)) : '—',
  ]);
  out.push(
    textTable(
      header.map((h) => t(said(`audit.${h}`))),
      rows,
    ),
    '',
  );
  out.push(t(said('audit.verdicts')));
  const verdict = (s: MetricSummary): string => {
    const inside = nf.dec(s.inside * 100, 0);
    const base =
      s.metric.kind === 'listSeats'
        ? t(said('audit.verdict.listSeats', { list: s.metric.of!, value: s.plan, inside, low: fmt(s.metric, s.low), high: fmt(s.metric, s.high) }))
        : t(said('audit.verdict', { metric: title(s.metric), value: fmt(s.metric, s.plan), inside, low: fmt(s.metric, s.low), high: fmt(s.metric, s.high) }));
    if (!s.outlier) return base;
    const pct = nf.dec(s.outlier === 'low' ? 100 - s.percentile : s.percentile, 0);
    return `${base} — ${t(said(s.outlier === 'low' ? 'audit.outlier.low' : 'audit.outlier.high', { pct }))}`;
  };
  const outliers = r.summaries.filter((s) => s.outlier);
  for (const s of r.summaries) out.push(`  - ${verdict(s)}`);
  if (!outliers.length && r.samples > 0) out.push(t(said('audit.none')));
  const fewerCrossings = outliers.find((s) => (s.metric.kind === 'crossing' || s.metric.kind === 'split') && s.outlier === 'low');
  if (fewerCrossings) out.push(t(said('audit.respectAim', { prop: w.field(fewerCrossings.metric.of!) })));
  out.push('');
  const unmixed = r.summaries.filter((s) => !(s.rhat <= RHAT_LIMIT) || !(s.ess >= ESS_MIN));
  if (unmixed.length) {
    out.push(
      t(
        said('error.warning', {
          message: said('audit.unmixed', { list: unmixed.map((s) => title(s.metric)).join(', '), rhat: nf.dec(RHAT_LIMIT, 2), ess: count(ESS_MIN) }),
        }),
      ),
    );
  } else {
    out.push(
      t(
        said('audit.mixed', {
          rhat: nf.dec(Math.max(...r.summaries.map((s) => s.rhat)), 3),
          ess: count(Math.floor(Math.min(...r.summaries.map((s) => s.ess)))),
        }),
      ),
    );
  }
  out.push(t(said('audit.acceptance', { accepted: count(r.accepted), steps: count(r.steps) })));
  return out.join('\n') + '\n';
}
