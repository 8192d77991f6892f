/**
 * The side panel: the verdict and totals in the header, the sections list with live figures and problems,
 * the active section's controls (rename, merge, lock, delete), the rules, the message. Rendered from the store.
 */
import { charterLines, ruleDetail, rulesWords, ruleTitle, sectionProblem } from '../../check/wording.js';
import { UNASSIGNED_FILL } from '../../export/colour.js';
import type { SectionFigures } from '../../session/figures.js';
import { edit } from './api.js';
import { isLeastAlike, renderHomogeneity } from './layers.js';
import { $, D, L, select, store, subscribe, words, zoneGroup } from './store.js';

export function setupList(): void {
  subscribe('side', renderSide);
}

function renderSide(): void {
  const { server: state, figures, selected } = store;
  const tr = words.tr;
  const v = state.verdict;
  const vd = $('verdict');
  const broken = v.rules.filter((r) => !r.ok).length;
  vd.textContent = v.ok ? `✓ ${L('compliant')}` : `✗ ${L('notCompliant', { n: broken })}`;
  vd.className = `verdict ${v.ok ? 'ok' : 'bad'}`;
  $('totals').textContent =
    L('totals', { sections: v.sections, s: v.sections, members: tr.int(v.members), m: v.members, seats: tr.int(v.seats), d: v.seats }) +
    (v.unassigned ? ` · ${L('unassigned', { n: v.unassigned })}` : '') +
    (state.membersEstimated ? ` · ${L('estimated')}` : '');
  $<HTMLButtonElement>('undo').disabled = !state.canUndo;
  $<HTMLButtonElement>('redo').disabled = !state.canRedo;
  $('savestate').textContent = store.dirty ? L('unsaved') : L('allSaved');
  renderHomogeneity();
  renderMessage();

  const list = $('sections');
  // keyboard focus survives the re-rendering: the same section's item gets it back
  const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.section : undefined;
  list.replaceChildren();
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', L('sectionsLabel'));
  const tabStop = selected !== null && figures.has(selected) ? selected : figures.keys().next().value;
  const warnings = groupWarnings();
  for (const f of [...figures.values()]) {
    const li = document.createElement('li');
    li.dataset.section = f.id;
    li.className = `${f.ok ? 'ok' : 'bad'}${f.id === selected ? ' sel' : ''}`;
    const sw = document.createElement('span');
    sw.className = 'sw';
    sw.style.background = store.colours.get(f.id) ?? UNASSIGNED_FILL;
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = f.name + (f.locked ? ` · ${L('locked')}` : '');
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = f.zones === 0 ? L('empty') : f.ok ? '✓' : '✗';
    const fig = document.createElement('span');
    fig.className = 'fig';
    fig.textContent = [
      L('members', { m: tr.int(f.members), n: f.members }),
      L('seats', { n: f.seats }),
      f.seats ? `${tr.int(Math.round(f.membersPerSeat))} ${L('perSeat')}` : '',
      L('zones', { n: f.zones }),
      `${L('compactness')} ${tr.dec(f.compactness)}`,
      f.crossed.length ? L('crosses', { values: f.crossed.map(placeName).join(', ') }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    li.append(sw, name, badge, fig);
    for (const p of problemTexts(f)) {
      const d = document.createElement('span');
      d.className = 'prob';
      d.textContent = p;
      li.append(d);
    }
    if (isLeastAlike(f.id)) {
      const d = document.createElement('span');
      d.className = 'warn least';
      d.textContent = `≠ ${L('leastAlikeSection')}`;
      li.append(d);
    }
    for (const w of warnings.get(f.id) ?? []) {
      const d = document.createElement('span');
      d.className = 'warn';
      d.textContent = `⚠ ${w}`;
      li.append(d);
    }
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', String(f.id === selected));
    li.tabIndex = f.id === tabStop ? 0 : -1;
    li.addEventListener('click', () => select(f.id));
    li.addEventListener('keydown', (e) => listKey(e, li));
    list.append(li);
  }
  if (focused !== undefined) [...list.children].find((li) => (li as HTMLElement).dataset.section === focused)?.setAttribute('data-refocus', '');
  list.querySelector<HTMLElement>('[data-refocus]')?.focus();
  renderActive();
  renderRules();
  $('mode').textContent = selected === null ? L('noSelection') : `${L('selected', { name: figures.get(selected)?.name ?? selected })} — ${L('paintHint')}`;
}

/** The sections list as a listbox: arrows, Home and End move the focus, Enter or Space makes the section active. */
function listKey(e: KeyboardEvent, li: HTMLLIElement): void {
  const items = [...li.parentElement!.children] as HTMLElement[];
  const k = items.indexOf(li);
  const to = { ArrowDown: k + 1, ArrowUp: k - 1, Home: 0, End: items.length - 1 }[e.key];
  if (to !== undefined) {
    e.preventDefault();
    const next = items[Math.max(0, Math.min(items.length - 1, to))];
    for (const x of items) x.tabIndex = x === next ? 0 : -1;
    next.focus();
  } else if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    select(li.dataset.section!);
  }
}

/**
 * Sections that split a zone d'emploi (when the units are communes): the section holding most of the zone's
 * members is told it splits it, each other one that it takes communes away from the rest of their zone.
 */
function groupWarnings(): Map<string, string[]> {
  const { server, assign } = store;
  const groups = new Map<string, { name: string; parts: Map<string, number[]> }>();
  assign.forEach((sec, i) => {
    const g = zoneGroup(i);
    if (!g || sec === null) return;
    const entry = groups.get(g.id) ?? groups.set(g.id, { name: g.name, parts: new Map() }).get(g.id)!;
    (entry.parts.get(sec) ?? entry.parts.set(sec, []).get(sec)!).push(i);
  });
  const out = new Map<string, string[]>();
  const say = (sec: string, text: string) => (out.get(sec) ?? out.set(sec, []).get(sec)!).push(text);
  const names = (zs: number[]) =>
    zs
      .slice(0, 4)
      .map((i) => server.zones[i].name)
      .join(', ') + (zs.length > 4 ? '…' : '');
  for (const { name, parts } of groups.values()) {
    if (parts.size < 2) continue;
    const members = (zs: number[]) => zs.reduce((a, i) => a + server.zones[i].members, 0);
    const [home] = [...parts].sort((a, b) => members(b[1]) - members(a[1]) || b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
    say(home, L('splitsZe', { name, zones: names([...parts].filter(([s]) => s !== home).flatMap(([, zs]) => zs)) }));
    for (const [sec, zs] of parts) if (sec !== home) say(sec, L('takesFromZe', { name, zones: names(zs) }));
  }
  return out;
}

/** A value of the `respect` property said by name when it is a département code the zones name (13 → Bouches-du-Rhône). */
function placeName(value: string): string {
  if (store.server.rules.respect !== 'dep') return value;
  return store.server.zones.find((z) => z.dep === value)?.depName ?? value;
}

function renderMessage(): void {
  const m = $('message');
  const msg = store.message;
  m.hidden = msg === null;
  m.textContent = msg?.text ?? '';
  m.className = `message${msg?.error ? ' err' : ''}`;
}

function problemTexts(f: SectionFigures): string[] {
  const state = store.server;
  // the session sends each failure as the check's rule modules give it: said here in the page's language
  const out = f.failures.map((x) => sectionProblem(x, rulesWords(state.rules, store.lang))).filter((x): x is string => x !== undefined);
  if (f.detached.length)
    out.push(
      L('detached', {
        zones:
          f.detached
            .map((z) => state.zones[store.zoneIndex.get(z)!]?.name ?? z)
            .slice(0, 6)
            .join(', ') + (f.detached.length > 6 ? '…' : ''),
      }),
    );
  return out;
}

function renderActive(): void {
  const { figures, selected } = store;
  const box = $('active');
  box.replaceChildren();
  box.hidden = selected === null;
  if (selected === null) return;
  const f = figures.get(selected)!;
  const h = document.createElement('strong');
  h.textContent = L('selected', { name: f.name });
  box.append(h);

  const row1 = document.createElement('div');
  row1.className = 'row';
  const input = document.createElement('input');
  input.id = 'rename-input';
  input.value = f.name;
  input.setAttribute('aria-label', L('sectionName'));
  const rename = button(L('rename'), 'rename', () => {
    const to = input.value.trim();
    if (to && to !== f.name) void edit('/api/sections', { op: 'rename', id: f.id, to }).then((ok) => ok && select(to));
  });
  row1.append(input, rename);

  const row2 = document.createElement('div');
  row2.className = 'row';
  const sel = document.createElement('select');
  sel.id = 'merge-select';
  sel.setAttribute('aria-label', L('mergeLabel'));
  const opt0 = document.createElement('option');
  opt0.value = '';
  opt0.textContent = L('mergeInto');
  sel.append(opt0);
  for (const o of figures.values()) {
    if (o.id === f.id) continue;
    const opt = document.createElement('option');
    opt.value = o.id;
    opt.textContent = o.name;
    sel.append(opt);
  }
  const merge = button(L('merge'), 'merge', () => {
    // the result keeps its name (a generated id becomes that name): it stays the active section
    if (sel.value)
      void edit('/api/sections', { op: 'merge', into: f.id, from: sel.value }).then(
        (ok) => ok && select(store.figures.has(f.id) ? f.id : ([...store.figures.values()].find((o) => o.name === f.name)?.id ?? null)),
      );
  });
  row2.append(sel, merge);

  const row3 = document.createElement('div');
  row3.className = 'row';
  row3.append(button(f.locked ? L('unlock') : L('lock'), 'lock', () => void edit('/api/sections', { op: 'lock', id: f.id, locked: !f.locked })));
  if (f.zones === 0) row3.append(button(L('delete'), 'delete', () => void edit('/api/sections', { op: 'delete', id: f.id })));
  box.append(row1, row2, row3);
}

function button(text: string, id: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.id = `section-${id}`;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

function renderRules(): void {
  const { server: state, figures } = store;
  const box = $('rules');
  box.replaceChildren();
  const h = document.createElement('h2');
  h.textContent = L('rulesHeading');
  const ul = document.createElement('ul');
  for (const r of state.verdict.rules) {
    const li = document.createElement('li');
    li.className = r.ok ? 'ok' : 'bad';
    li.dataset.rule = r.rule;
    const names = r.sections.map((s) => figures.get(s)?.name ?? s);
    let text = `${r.ok ? '✓' : '✗'} ${ruleTitle(r.rule, rulesWords(state.rules, store.lang))}`;
    if (!r.ok && names.length) text += ` — ${names.slice(0, 6).join(', ')}${names.length > 6 ? '…' : ''}`;
    if (!r.ok && Number(r.figures.unassigned) > 0) text += ` — ${L('unassigned', { n: Number(r.figures.unassigned) })}`;
    const detail = r.ok ? undefined : ruleDetail(r, rulesWords(state.rules, store.lang));
    if (detail !== undefined) text += ` — ${detail}`;
    li.textContent = text;
    ul.append(li);
  }
  // the charter in the report's sentences (its deviation bounds follow the plan as it is edited)
  const words_ = document.createElement('p');
  words_.className = 'small muted';
  words_.textContent = charterLines(state.rules, store.lang, { sections: state.verdict.sections, members: state.verdict.members }).join(' ');
  box.append(h, ul, words_);
}
