/** The page's calls to the editor's JSON API (typed by src/serve/schemas.ts). */
import { editMessage, isEditCode } from '../../session/messages.js';
import type { UpdateAnswer } from '../schemas.js';
import { applyUpdate, L, message, setDirty, store, changed } from './store.js';

const token = document.querySelector<HTMLMetaElement>('meta[name="decoupage-token"]')!.content;

export async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method };
  if (method === 'POST') {
    init.headers = { 'content-type': 'application/json', 'x-decoupage-token': token };
    init.body = JSON.stringify(body ?? {});
  }
  const r = await fetch(path, init);
  const j = (await r.json()) as T & { error?: string; code?: string; params?: Record<string, string | number> };
  if (!r.ok) {
    // a refused edit is worded in the page's language; other errors come as the server says them
    throw new Error(isEditCode(j.code) ? editMessage(j.code, j.params ?? {}, store.lang) : (j.error ?? `HTTP ${r.status}`));
  }
  return j;
}

/** Send an edit; true when the editor took it (a refusal is shown on the page). */
export async function edit(path: string, body?: unknown): Promise<boolean> {
  try {
    applyUpdate(await api<UpdateAnswer>('POST', path, body));
    setDirty(true);
    return true;
  } catch (e) {
    store.pending.clear();
    message(L('error', { message: (e as Error).message }), true);
    changed('map');
    return false;
  }
}

/** The locked section that forbids moving zone i into the active section, if any. */
export function lockedBy(i: number): string | null {
  const { selected, figures } = store;
  const cur = store.pending.get(i) ?? store.assign[i];
  if (selected !== null && figures.get(selected)?.locked) return selected;
  if (cur !== null && cur !== selected && figures.get(cur)?.locked) return cur;
  return null;
}

/** Say that a section is locked (a click or a key that would change it). */
export function sayLocked(id: string): void {
  message(L('lockedSection', { name: store.figures.get(id)?.name ?? id }), true);
}

/** Move zones (indices) into the active section: refused on the page, and said, when a locked section is involved. */
export async function moveZones(zones: number[]): Promise<boolean> {
  const { selected } = store;
  if (selected === null || !zones.length) return false;
  for (const i of zones) {
    const lock = lockedBy(i);
    if (lock !== null) {
      sayLocked(lock);
      return false;
    }
  }
  const todo = zones.filter((i) => store.assign[i] !== selected);
  if (!todo.length) return false;
  return edit('/api/move', { zones: todo.map((i) => store.server.zones[i].id), section: selected });
}
