/** Proposals: Propose and Complete run as jobs on the server; the page polls them and can cancel them. */
import type { JobAnswer, StateAnswer } from '../schemas.js';
import { api } from './api.js';
import { $, L, loadState, message, setDirty, store, words } from './store.js';

export async function runJob(mode: 'propose' | 'complete'): Promise<void> {
  ($('proposals') as HTMLDetailsElement).open = false;
  try {
    const job = await api<JobAnswer>('POST', '/api/propose', { mode, keepAssignments: mode === 'complete' && $<HTMLInputElement>('keep').checked });
    await pollJob(job.id);
  } catch (e) {
    message(L('error', { message: (e as Error).message }), true);
  }
}

export async function pollJob(id: string): Promise<void> {
  const box = $('job');
  box.dataset.cancel = `/api/jobs/${id}/cancel`;
  box.hidden = false;
  for (;;) {
    const s = await api<JobAnswer>('GET', `/api/jobs/${id}`);
    $('job-text').textContent = `${L('running')} ${s.progress}`;
    if (s.state !== 'running') {
      box.hidden = true;
      if (s.state === 'done') {
        loadState(await api<StateAnswer>('GET', '/api/state'));
        setDirty(true);
        // the count on the map: the proposed sections and the locked ones Complete kept
        const onMap = [...store.figures.values()].filter((f) => f.zones > 0).length;
        const kept = onMap - (s.result?.sections ?? 0);
        message(
          L('jobDone', { n: onMap, ub: (s.result?.upperBound ?? 0) + Math.max(0, kept) }) +
            (s.result?.keptShare !== undefined ? ` ${L('kept', { share: words.tr.pct(s.result.keptShare) })}.` : ''),
        );
      } else if (s.state === 'failed') message(L('jobFailed', { error: s.error ?? '' }), true);
      else message(L('jobCancelled'));
      return;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}

export function setupJobs(): void {
  $('propose').addEventListener('click', () => void runJob('propose'));
  $('complete').addEventListener('click', () => void runJob('complete'));
  // the running job's or audit's cancel route (set by whoever shows the box)
  $('job-cancel').addEventListener('click', () => {
    const url = $('job').dataset.cancel;
    if (url) void api('POST', url).catch(() => {});
  });
}
