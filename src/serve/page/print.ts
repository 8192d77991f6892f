/**
 * The print sheet: one A4 landscape page for a committee meeting. The map is the report's (the server's
 * map.png: the same colours, labels placed without collisions, its legend); beside it the plan's name, the
 * date, the verdict and the rules, and the sections' table (members, delegates, zones, départements crossed).
 * Built when Print is asked for; the print stylesheet shows only it.
 */
import { rulesWords, ruleTitle } from '../../check/wording.js';
import { $, L, store, words } from './store.js';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** Build the sheet (waiting for the map); resolves when it is ready to print. */
export async function buildPrintSheet(): Promise<void> {
  const { server: state, figures } = store;
  const tr = words.tr;
  const sheet = $('print');
  delete sheet.dataset.ready;
  const img = el('img', undefined, 'map');
  img.alt = document.getElementById('title')!.textContent ?? '';
  const loaded = new Promise<void>((ok) => {
    img.onload = () => ok();
    img.onerror = () => ok();
  });
  img.src = `/api/export/map.png?v=${state.version}`;
  const side = el('div');
  side.append(el('h1', document.getElementById('title')!.textContent ?? ''), el('p', L('printed', { date: tr.date(new Date()) }), 'date'));
  const v = state.verdict;
  const broken = v.rules.filter((r) => !r.ok).length;
  side.append(el('strong', v.ok ? `✓ ${L('compliant')}` : `✗ ${L('notCompliant', { n: broken })}`, `verdict ${v.ok ? 'ok' : 'bad'}`));
  const rules = el('ul');
  for (const r of v.rules) rules.append(el('li', `${r.ok ? '✓' : '✗'} ${ruleTitle(r.rule, rulesWords(state.rules, store.lang))}`, r.ok ? 'ok' : 'bad'));
  side.append(rules);
  const table = el('table');
  const head = el('tr');
  for (const c of [L('colSection'), L('colMembers'), L('colSeats'), L('colZones'), L('colCrossed')]) head.append(el('th', c));
  table.append(head);
  // the départements a section's zones lie in, by name
  const deps = new Map<string, Set<string>>();
  store.assign.forEach((sec, i) => {
    const z = state.zones[i];
    if (sec !== null && z.dep !== null) (deps.get(sec) ?? deps.set(sec, new Set()).get(sec)!).add(z.depName ?? z.dep);
  });
  for (const f of [...figures.values()].filter((x) => x.zones > 0)) {
    const row = el('tr', undefined, f.ok ? 'ok' : 'bad');
    const crossed = [...(deps.get(f.id) ?? [])];
    for (const [text, num] of [
      [f.name, false],
      [tr.int(f.members), true],
      [String(f.seats), true],
      [String(f.zones), true],
      [crossed.length > 1 ? crossed.join(', ') : '', false],
    ] as const)
      row.append(el('td', text, num ? 'num' : undefined));
    table.append(row);
  }
  side.append(table);
  sheet.replaceChildren(img, side);
  await loaded;
  sheet.dataset.ready = 'true';
}

export async function printPlan(): Promise<void> {
  ($('downloads') as HTMLDetailsElement).open = false;
  await buildPrintSheet();
  window.print();
}
