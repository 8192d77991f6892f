/**
 * The autosave banner: red, and there until the autosave works again. The server never stops for a folder gone
 * read-only or a full disk (src/serve/editor.ts): it keeps the plan in memory and retries; this banner says
 * "not saved: <reason>" meanwhile, from GET /api/autosave, and also when the server itself no longer answers.
 * At start, it says when a damaged autosave was set aside.
 */
import type { AutosaveAnswer } from '../schemas.js';
import { api } from './api.js';
import { banner } from './storage.js';
import { $, L, store } from './store.js';

/** How often the page asks whether the last autosave was written. */
const POLL_MS = 1500;

export function setupAutosaveBanner(): void {
  const el = $('autosave-banner');
  if (store.server.autosaveSetAside) banner(L('autosaveSetAside', { file: store.server.autosaveSetAside }));
  const show = (text: string | null) => {
    if (text === null) {
      el.hidden = true;
      el.textContent = '';
    } else if (el.textContent !== text) {
      el.textContent = text;
      el.hidden = false;
    }
  };
  const poll = async () => {
    try {
      const a = await api<AutosaveAnswer>('GET', '/api/autosave');
      show(a.ok || a.message === null ? null : `${a.message} — ${L('notSavedRetry')}`);
    } catch {
      show(L('notSaved', { reason: L('serverGone') }));
    }
    setTimeout(() => void poll(), POLL_MS);
  };
  void poll();
}
