/**
 * The Audit button: `decoupage audit` on the plan being drawn, run by the server in the background; the page
 * shows its progress, then where the plan sits measure by measure (the unusual ones first) and a link to the
 * audit's report (histograms, the chains' traces) in a new tab.
 */
import type { AuditAnswer } from '../schemas.js';
import { api } from './api.js';
import { openPanel } from './panel.js';
import { $, L, message, words } from './store.js';

export async function runAudit(): Promise<void> {
  try {
    const started = await api<AuditAnswer>('POST', '/api/audit', {});
    const box = $('job');
    box.dataset.cancel = `/api/audit/${started.id}/cancel`;
    box.hidden = false;
    let s = started;
    while (s.state === 'running') {
      $('job-text').textContent = L('auditRunning', { done: words.tr.int(s.done), total: words.tr.int(s.total) });
      await new Promise((r) => setTimeout(r, 400));
      s = await api<AuditAnswer>('GET', `/api/audit/${s.id}`);
    }
    box.hidden = true;
    if (s.state === 'failed') return message(L('auditFailed', { error: s.error ?? '' }), true);
    // stopped during the chains' burn-in: no plan to place the plan among
    if (s.done === 0) return message(L('auditEmpty'));
    showAudit(s);
  } catch (e) {
    $('job').hidden = true;
    message(L('error', { message: (e as Error).message }), true);
  }
}

function showAudit(s: AuditAnswer): void {
  const root = document.createElement('div');
  root.className = 'audit';
  const h = document.createElement('h3');
  h.textContent = L('auditHeading');
  const head = document.createElement('p');
  head.className = 'small';
  head.textContent = s.heading ?? '';
  const list = document.createElement('ul');
  for (const v of s.verdicts ?? []) {
    const li = document.createElement('li');
    li.textContent = v.text;
    if (v.unusual) li.className = 'bad';
    list.append(li);
  }
  const notes = (s.notes ?? []).map((n) => {
    const p = document.createElement('p');
    p.textContent = n;
    return p;
  });
  const mixing = document.createElement('p');
  mixing.className = s.mixed === false ? 'small audit-warn' : 'small muted';
  mixing.textContent = s.mixing ?? '';
  const link = document.createElement('a');
  link.href = `/api/audit/${s.id}/report`;
  link.target = '_blank';
  link.rel = 'noopener';
  link.id = 'audit-report';
  link.textContent = L('auditOpen');
  root.append(h, head, list, ...notes, mixing, link);
  openPanel(root);
}
