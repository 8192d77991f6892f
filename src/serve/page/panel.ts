/** The dialog: the full check as text, the comparison with the other plans. */
import type { CheckAnswer, CompareAnswer } from '../schemas.js';
import { api } from './api.js';
import { zoomToZone } from './map.js';
import { $, D, L, message, store, words } from './store.js';

export function openPanel(content: HTMLElement): void {
  $('panel-body').replaceChildren(content);
  $<HTMLDialogElement>('panel').showModal();
}

export async function showCheck(): Promise<void> {
  const r = await api<CheckAnswer>('GET', '/api/check');
  const pre = document.createElement('pre');
  pre.textContent = r.text;
  openPanel(pre);
}

/** Compare the plan with another plan file (chosen or dropped on the page), as the report compares plans. */
export async function compareWithFile(file: File): Promise<void> {
  try {
    await showCompare(await api<CompareAnswer>('POST', '/api/compare', { label: file.name, text: await file.text() }));
  } catch (e) {
    message(L('error', { message: (e as Error).message }), true);
  }
}

export async function showCompare(answer?: CompareAnswer): Promise<void> {
  const tr = words.tr;
  const c = answer ?? (await api<CompareAnswer>('GET', '/api/compare'));
  const root = document.createElement('div');
  const h = document.createElement('h3');
  h.textContent = D('comparisonHeading');
  const pick = document.createElement('label');
  pick.className = 'small';
  pick.textContent = `${L('openPlan')} `;
  const input = document.createElement('input');
  input.type = 'file';
  input.id = 'open-plan';
  input.accept = '.csv,.json,.geojson,.txt';
  input.addEventListener('change', () => input.files?.[0] && void compareWithFile(input.files[0]));
  pick.append(input);
  root.append(h, pick);
  if (c.scenario) {
    const p = document.createElement('p');
    p.className = 'small';
    p.textContent = D('scenarioLine', { description: c.scenario });
    root.append(p);
  }
  const table = document.createElement('table');
  table.id = 'compare-table';
  const head = [D('colPlan'), D('cardSections'), D('colSectionsMultiList'), D('colListsRepresented'), D('colGallagher')];
  const tr0 = document.createElement('tr');
  for (const x of head) {
    const th = document.createElement('th');
    th.textContent = x;
    tr0.append(th);
  }
  table.append(tr0);
  for (const p of c.plans) {
    const row = document.createElement('tr');
    for (const [x, num] of [
      [p.label === 'current' ? L('current') : p.label, false],
      [String(p.sections), true],
      [String(p.multiListSections), true],
      [String(p.listsRepresented), true],
      [tr.dec(p.gallagher, 1), true],
    ] as const) {
      const td = document.createElement('td');
      td.textContent = x;
      if (num) td.className = 'num';
      row.append(td);
    }
    table.append(row);
  }
  root.append(table);
  for (const ch of c.changes) {
    const p = document.createElement('p');
    p.className = 'changed';
    p.textContent = `${L('changedZones', { n: ch.zones.length, label: ch.label })} · ${L('kept', { share: tr.pct(ch.keptShare) })}`;
    root.append(p);
    const ul = document.createElement('ul');
    ul.className = 'changed-zones';
    for (const z of ch.zones.slice(0, 300)) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = '#';
      a.textContent = `${z.name} (${z.id}): ${z.from ?? '—'} → ${z.to ?? '—'}`;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        $<HTMLDialogElement>('panel').close();
        const i = store.zoneIndex.get(z.id);
        if (i !== undefined) zoomToZone(i);
      });
      li.append(a);
      ul.append(li);
    }
    root.append(ul);
  }
  openPanel(root);
}

/** The keyboard shortcuts, listed. */
export function showShortcuts(): void {
  const root = document.createElement('div');
  const h = document.createElement('h3');
  h.textContent = L('shortcuts');
  const ul = document.createElement('ul');
  ul.id = 'keyslist';
  for (const line of L('shortcutList').split('\n')) {
    const li = document.createElement('li');
    li.textContent = line;
    ul.append(li);
  }
  root.append(h, ul);
  openPanel(root);
}
