/**
 * The audit in words, once for the terminal and the report: the heading, a row per measure (its title, the plan's
 * value, the central 95 %, median, percentile, diagnostics and the sentence saying where the plan sits), and
 * whether the chains mixed. Titles and sentences are catalogue messages (src/messages/audit.ts).
 */
import { basename } from 'node:path';
import { textTable } from '../apportion/format.js';
import { checkWords } from '../check/wording.js';
import type { Lang } from '../core/i18n.js';
import { numberFormat } from '../core/i18n.js';
import { count, said, say, type Said, type Voice } from '../messages/index.js';
import { ESS_MIN, RHAT_LIMIT, type EnsembleResult, type MetricSummary } from './ensemble.js';
import type { Metric } from './metrics.js';

export interface AuditRow {
  summary: MetricSummary;
  title: string;
  plan: string;
  range: string;
  median: string;
  percentile: string;
  rhat: string;
  ess: string;
  /** where the plan sits, in a sentence (with "unusual: …" when it is an outlier) */
  verdict: string;
  /** the measure's values written the reader's way */
  format(x: number): string;
}

export interface AuditView {
  heading: string;
  /** stopped by the time limit or Ctrl-C */
  stopped?: string;
  header: string[];
  rows: AuditRow[];
  verdictsTitle: string;
  /** "no measure puts the plan outside…", "fewer crossings is what --respect asks…" */
  notes: string[];
  mixed: boolean;
  mixing: string;
  acceptance: string;
}

export interface AuditWordsOptions {
  planFile: string;
  seed: string;
  lang: Lang;
  voice: Voice;
  timeLimitSeconds?: number;
}

/** The audit's words in the reader's language. */
export function auditView(r: EnsembleResult, o: AuditWordsOptions): AuditView {
  const voice = { ...o.voice, lang: o.lang };
  const t = (m: Said) => say(m, voice);
  const nf = numberFormat(o.lang);
  const w = checkWords(o.lang);
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
  const fmt = (m: Metric) => (x: number) => (Number.isFinite(x) ? (m.digits ? nf.dec(x, m.digits) : nf.int(x)) : '—');
  // every plan of the central range has the same value (as written): "exactly 6", not "between 6 and 6"
  const oneValue = (s: MetricSummary, f: (x: number) => string) => Number.isFinite(s.low) && f(s.low) === f(s.high);
  const verdict = (s: MetricSummary): string => {
    const f = fmt(s.metric);
    // no plan sampled (stopped at once): a dash, as for the range, not NaN
    const inside = Number.isFinite(s.inside) ? nf.dec(s.inside * 100, 0) : '—';
    const one = oneValue(s, f);
    const base =
      s.metric.kind === 'listSeats'
        ? t(
            said(one ? 'audit.verdict.listSeats.exactly' : 'audit.verdict.listSeats', {
              list: s.metric.of!,
              value: s.plan,
              inside,
              low: f(s.low),
              high: f(s.high),
            }),
          )
        : t(said(one ? 'audit.verdict.exactly' : 'audit.verdict', { metric: title(s.metric), value: f(s.plan), inside, low: f(s.low), high: f(s.high) }));
    if (!s.outlier) return base;
    const pct = nf.dec(s.outlier === 'low' ? 100 - s.percentile : s.percentile, 0);
    return `${base} — ${t(said(s.outlier === 'low' ? 'audit.outlier.low' : 'audit.outlier.high', { pct }))}`;
  };
  const rows = r.summaries.map((s): AuditRow => {
    const f = fmt(s.metric);
    return {
      summary: s,
      title: title(s.metric),
      plan: f(s.plan),
      range: oneValue(s, f) ? f(s.low) : `${f(s.low)} – ${f(s.high)}`,
      median: f(s.median),
      percentile: Number.isFinite(s.percentile) ? nf.dec(s.percentile, 0) : '—',
      rhat: Number.isFinite(s.rhat) ? nf.dec(s.rhat, 3) : '—',
      ess: Number.isFinite(s.ess) ? nf.int(Math.round(s.ess)) : '—',
      verdict: verdict(s),
      format: f,
    };
  });
  const outliers = r.summaries.filter((s) => s.outlier);
  const notes: string[] = [];
  if (!outliers.length && r.samples > 0) notes.push(t(said('audit.none')));
  const fewerCrossings = outliers.find((s) => (s.metric.kind === 'crossing' || s.metric.kind === 'split') && s.outlier === 'low');
  if (fewerCrossings) notes.push(t(said('audit.respectAim', { prop: w.field(fewerCrossings.metric.of!) })));
  const unmixed = rows.filter((x) => !(x.summary.rhat <= RHAT_LIMIT) || !(x.summary.ess >= ESS_MIN));
  const seconds = o.timeLimitSeconds ?? 0;
  const stopped =
    r.stopped === 'time'
      ? t(said('audit.stopped.time', { seconds: nf.dec(seconds, Number.isInteger(seconds) ? 0 : 1), n: count(r.samples) }))
      : r.stopped === 'interrupted'
        ? t(said('audit.stopped.interrupted', { n: count(r.samples) }))
        : undefined;
  return {
    heading: t(
      said('audit.heading', {
        plan: basename(o.planFile),
        n: count(r.samples),
        chains: r.chains,
        kind: t(said(r.kind === 'recom' ? 'audit.kind.recom' : 'audit.kind.reversible')),
        seed: o.seed,
        burnIn: count(r.burnIn),
        k: r.sections,
      }),
    ),
    ...(stopped ? { stopped } : {}),
    header: (['col.metric', 'col.plan', 'col.range', 'col.median', 'col.percentile', 'col.rhat', 'col.ess'] as const).map((h) => t(said(`audit.${h}`))),
    rows,
    verdictsTitle: t(said('audit.verdicts')),
    notes,
    mixed: unmixed.length === 0,
    mixing: unmixed.length
      ? t(said('audit.unmixed', { list: unmixed.map((x) => x.title).join(', '), rhat: nf.dec(RHAT_LIMIT, 2), ess: count(ESS_MIN) }))
      : t(
          said('audit.mixed', {
            rhat: nf.dec(Math.max(...r.summaries.map((s) => s.rhat)), 3),
            ess: count(Math.floor(Math.min(...r.summaries.map((s) => s.ess)))),
          }),
        ),
    acceptance: t(said('audit.acceptance', { accepted: count(r.accepted), steps: count(r.steps) })),
  };
}

/** The audit as the terminal shows it. */
export function formatAudit(v: AuditView, voice: Voice): string {
  const out = [v.heading];
  if (v.stopped) out.push(v.stopped);
  out.push(
    '',
    textTable(
      v.header,
      v.rows.map((r) => [r.title, r.plan, r.range, r.median, r.percentile, r.rhat, r.ess]),
    ),
    '',
  );
  out.push(v.verdictsTitle, ...v.rows.map((r) => `  - ${r.verdict}`), ...v.notes, '');
  out.push(v.mixed ? v.mixing : say(said('error.warning', { message: v.mixing }), voice));
  out.push(v.acceptance);
  return out.join('\n') + '\n';
}
