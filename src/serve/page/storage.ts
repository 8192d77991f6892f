/** The page's own copy of the plan in the browser (localStorage), offered back when it differs from the server's. */
import { edit } from './api.js';
import { $, L, store, subscribe, words } from './store.js';

function storageKey(): string {
  const s = store.server;
  return `decoupage-editor:${s.title}:${s.zones.length}:${s.zones[0]?.id ?? ''}`;
}

function storeLocal(): void {
  try {
    const locked = [...store.figures.values()].filter((f) => f.locked).map((f) => f.id);
    localStorage.setItem(storageKey(), JSON.stringify({ at: new Date().toISOString(), assignment: store.assign, locked }));
  } catch {
    // storage full or disabled: the server's autosave still holds the work
  }
}

export function banner(text: string, actions: [string, () => void][] = []): void {
  const b = $('banner');
  b.replaceChildren(document.createTextNode(text + ' '));
  for (const [label, act] of actions) {
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.textContent = label;
    btn.addEventListener('click', () => {
      b.hidden = true;
      act();
    });
    b.append(btn, document.createTextNode(' '));
  }
  b.hidden = false;
}

/** At start: offer the browser's copy when it differs; then keep it up to date after every change. */
export function setupStorage(): void {
  const state = store.server;
  let saved: { at: string; assignment: (string | null)[]; locked: string[] } | null = null;
  try {
    saved = JSON.parse(localStorage.getItem(storageKey()) ?? 'null');
  } catch {
    saved = null;
  }
  subscribe('side', storeLocal);
  if (!saved || saved.assignment.length !== state.assignment.length) return storeLocal();
  if (saved.assignment.every((s, i) => s === state.assignment[i])) return;
  const copy = saved;
  banner(L('restoreLocal', { when: words.tr.date(new Date(copy.at)) }), [
    [
      L('restore'),
      () => {
        const plan: Record<string, string> = {};
        copy.assignment.forEach((s, i) => s !== null && (plan[state.zones[i].id] = s));
        void edit('/api/plan', { plan, locked: copy.locked });
      },
    ],
    [L('discard'), () => storeLocal()],
  ]);
}
