/**
 * The editor's Audit button (issue #22): `decoupage audit` on the plan being drawn, in the background (the chains
 * run in worker threads, so the editor stays responsive), polled by the page for its progress, then its verdicts
 * and its report (the same page as `audit --report`). One audit at a time; the last ones are kept.
 */
import { auditView, type AuditView } from '../audit/words.js';
import { runEnsembleThreads, type ThreadOptions } from '../audit/threads.js';
import type { EnsembleInput } from '../audit/ensemble.js';
import type { Lang } from '../core/i18n.js';
import type { Rules } from '../core/rules.js';
import { renderAuditReport } from '../report/audit.js';

export interface AuditStatus {
  id: string;
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  heading?: string;
  /** where the plan sits, measure by measure (the unusual ones first), and the notes */
  verdicts?: { text: string; unusual: boolean }[];
  notes?: string[];
  mixing?: string;
  /** false: the chains have not mixed (mixing says for which measures) */
  mixed?: boolean;
  error?: string;
}

interface Run {
  status: AuditStatus;
  /** set by cancel: the chains stop and the audit is made of the plans sampled so far */
  stop: boolean;
  view?: AuditView;
  rules: Rules;
  lang: Lang;
}

export class EditorAudits {
  private readonly runs = new Map<string, Run>();
  private next = 1;

  running(): AuditStatus | undefined {
    return [...this.runs.values()].find((r) => r.status.state === 'running')?.status;
  }

  /** Start sampling `plans` valid plans around the plan of `input`; returns at once. */
  start(input: EnsembleInput, o: { plans: number; seed: number; lang: Lang; planFile: string; threads?: ThreadOptions['threads'] }): AuditStatus {
    const id = String(this.next++);
    const run: Run = { status: { id, state: 'running', done: 0, total: o.plans }, stop: false, rules: input.rules, lang: o.lang };
    this.runs.set(id, run);
    // keep the last five
    for (const old of [...this.runs.keys()].slice(0, -5)) this.runs.delete(old);
    // the two chains always in worker threads (even on one core), so the server keeps answering the page meanwhile
    const chains = 2;
    runEnsembleThreads(
      input,
      { plans: o.plans, chains, seed: o.seed, onProgress: (done) => (run.status.done = done), shouldStop: () => run.stop },
      { threads: o.threads ?? chains },
    ).then(
      (result) => {
        const view = auditView(result, { planFile: o.planFile, seed: String(o.seed), lang: o.lang, voice: { lang: o.lang } });
        run.view = view;
        const rows = [...view.rows.filter((r) => r.summary.outlier), ...view.rows.filter((r) => !r.summary.outlier)];
        run.status = {
          ...run.status,
          state: 'done',
          done: result.samples,
          heading: view.heading,
          verdicts: rows.map((r) => ({ text: r.verdict, unusual: r.summary.outlier !== undefined })),
          notes: view.notes,
          mixing: view.mixing,
          mixed: view.mixed,
        };
      },
      (e: Error) => {
        run.status = { ...run.status, state: 'failed', error: e.message };
      },
    );
    return run.status;
  }

  /** Stop a running audit: it ends with the plans sampled so far (as Ctrl-C does to `decoupage audit`). */
  cancel(id: string): AuditStatus | undefined {
    const run = this.runs.get(id);
    if (run && run.status.state === 'running') run.stop = true;
    return run?.status;
  }

  status(id: string): AuditStatus | undefined {
    return this.runs.get(id)?.status;
  }

  /** The audit's report page, once it is done. */
  report(id: string, planFile: string): string | undefined {
    const run = this.runs.get(id);
    if (!run?.view) return undefined;
    return renderAuditReport(run.view, { lang: run.lang, rules: run.rules, zonesFile: '', planFile });
  }
}
