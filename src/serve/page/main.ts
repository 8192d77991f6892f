/**
 * The plan editor page. Modules by concern, one state store (store.ts): the map (map.ts, geometry.ts,
 * pointer.ts), the side panel (list.ts), the search (search.ts), the dialog (panel.ts), the proposal jobs
 * (jobs.ts), the browser's copy (storage.ts), the API (api.ts, typed by src/serve/schemas.ts). This file
 * starts them and wires the header's commands and the keyboard. Every name is put in the page as text
 * (textContent), never as HTML.
 */
import type { Topology } from 'topojson-specification';
import type { SaveAnswer, StateAnswer } from '../schemas.js';
import { api, edit, moveZones } from './api.js';
import { buildGeometry } from './geometry.js';
import { pollJob, setupJobs } from './jobs.js';
import { setupList } from './list.js';
import { canvas, draw, fitAll, panBy, setupMap, zoomAt } from './map.js';
import { compareWithFile, showCheck, showCompare, showShortcuts } from './panel.js';
import { printPlan } from './print.js';
import { setupPointer } from './pointer.js';
import { setupSearch } from './search.js';
import { banner, setupStorage } from './storage.js';
import { setupAutosaveBanner } from './banner.js';
import { $, L, loadState, message, select, setDirty, setLang, store } from './store.js';
import type { PageKey } from './labels.js';
import { setUpLayers } from './layers.js';
import { runAudit } from './audit.js';

async function start(): Promise<void> {
  const [s, t] = await Promise.all([api<StateAnswer>('GET', '/api/state'), api<Topology>('GET', '/api/topology')]);
  setLang(s.lang);
  store.server = s;
  store.dirty = s.dirty;
  labelStatic();
  setupMap(buildGeometry(t));
  setupList();
  loadState(s);
  setupStorage();
  setupAutosaveBanner();
  if (s.restoredFrom) banner(L('restoredServer', { file: s.files.autosave }));
  setupPointer();
  setupSearch();
  setupJobs();
  setupCommands();
  if (s.job) void pollJob(s.job);
  document.body.dataset.ready = 'true';
}

function labelStatic(): void {
  const state = store.server;
  document.documentElement.lang = store.lang;
  const set = (id: string, k: PageKey) => ($(id).textContent = L(k));
  set('undo', 'undo');
  set('redo', 'redo');
  set('propose', 'propose');
  set('complete', 'complete');
  set('keep-label', 'keepAssignments');
  set('compare', 'compare');
  set('check', 'check');
  set('audit', 'audit');
  set('save', 'save');
  set('sections-title', 'sections');
  set('new-section', 'newSection');
  set('job-cancel', 'cancel');
  set('panel-close', 'close');
  $('save').title = L('saveTitle', { file: state.files.plan });
  $('check').title = L('checkTitle');
  $('audit').title = L('auditTitle');
  for (const [id, k] of [
    ['zin', 'zoomIn'],
    ['zout', 'zoomOut'],
    ['zreset', 'zoomReset'],
    ['keys', 'shortcuts'],
  ] as const) {
    $(id).title = L(k);
    $(id).setAttribute('aria-label', L(k));
  }
  $('map').setAttribute('aria-label', L('mapLabel'));
  $('map').setAttribute('role', 'application');
  $<HTMLInputElement>('search').placeholder = L('search');
  // the plan's name first (its file), then the region
  const plan = state.files.plan.split(/[\\/]/).pop()!;
  const title = `${plan} — ${state.title}`;
  $('title').textContent = title;
  $('title').title = title;
  document.title = `${title} · decoupage`;
  if (state.zones.some((z) => z.ze !== null || z.parent !== null)) {
    $('ze-toggle').hidden = false;
    $('ze-toggle').querySelector('span')!.textContent = L('showZe');
  }
  if (state.compare) {
    $('old-toggle').hidden = false;
    $('old-toggle').querySelector('span')!.textContent = L('showOld', { label: state.compare.label });
  }
  $('proposals').querySelector('summary')!.textContent = L('proposals');
  const dl = $('downloads');
  dl.querySelector('summary')!.textContent = L('downloads');
  const menu = dl.querySelector('.menu')!;
  menu.replaceChildren();
  const print = document.createElement('button');
  print.type = 'button';
  print.id = 'print-button';
  print.textContent = L('print');
  print.addEventListener('click', () => void printPlan());
  menu.append(print);
  for (const [file, k] of [
    ['plan.csv', 'dlPlan'],
    ['sections.geojson', 'dlSections'],
    ['report.html', 'dlReport'],
    ['map.png', 'dlPng'],
  ] as const) {
    const a = document.createElement('a');
    a.href = `/api/export/${file}`;
    a.download = file;
    a.textContent = L(k);
    menu.append(a);
  }
}

function setupCommands(): void {
  $('undo').addEventListener('click', () => void edit('/api/undo'));
  $('redo').addEventListener('click', () => void edit('/api/redo'));
  $('new-section').addEventListener('click', async () => {
    const before = new Set(store.figures.keys());
    await edit('/api/sections', { op: 'new' });
    const created = [...store.figures.keys()].find((k) => !before.has(k));
    if (created) select(created);
  });
  $('save').addEventListener('click', async () => {
    try {
      const r = await api<SaveAnswer>('POST', '/api/save');
      setDirty(false);
      message(L('saved', { file: r.file, n: r.zones }));
    } catch (e) {
      message(L('error', { message: (e as Error).message }), true);
    }
  });
  $('zin').addEventListener('click', () => zoomAt(1.5, canvas.clientWidth / 2, canvas.clientHeight / 2));
  $('zout').addEventListener('click', () => zoomAt(1 / 1.5, canvas.clientWidth / 2, canvas.clientHeight / 2));
  $('zreset').addEventListener('click', () => fitAll());
  $('show-old').addEventListener('change', () => draw());
  $('show-ze').addEventListener('change', () => draw());
  setUpLayers(() => draw());
  $('check').addEventListener('click', () => void showCheck());
  $('audit').addEventListener('click', () => void runAudit());
  $('keys').addEventListener('click', () => showShortcuts());
  canvas.addEventListener('keydown', (e) => {
    // the map by keyboard: arrows pan, + and − zoom, 0 shows the whole map
    const step = 60;
    const v = store.view;
    const pan: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (pan[e.key]) panBy(v.tx + pan[e.key][0], v.ty + pan[e.key][1]);
    else if (e.key === '+' || e.key === '=') zoomAt(1.5, canvas.clientWidth / 2, canvas.clientHeight / 2);
    else if (e.key === '-' || e.key === '−') zoomAt(1 / 1.5, canvas.clientWidth / 2, canvas.clientHeight / 2);
    else if (e.key === '0') fitAll();
    else return;
    e.preventDefault();
  });
  $('compare').addEventListener('click', () => void showCompare());

  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA') return;
    if (e.key === 'Escape') return select(null);
    if (e.key === '?') return showShortcuts();
    if (!(e.ctrlKey || e.metaKey || e.altKey) && store.cursor >= 0) {
      // the zone found by the search: m moves it into the active section, s selects its section
      if (e.key === 'm') return void moveZones([store.cursor]);
      if (e.key === 's') return select(store.assign[store.cursor]);
    }
    if (!(e.ctrlKey || e.metaKey)) return;
    const k = e.key.toLowerCase();
    const { canUndo, canRedo } = store.server;
    if (k === 'z' && !e.shiftKey && canUndo) (e.preventDefault(), void edit('/api/undo'));
    else if ((k === 'y' || (k === 'z' && e.shiftKey)) && canRedo) (e.preventDefault(), void edit('/api/redo'));
  });
  // a plan file dropped on the page is compared with the current plan
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    if (file) void compareWithFile(file);
  });
  window.addEventListener('beforeunload', (e) => {
    if (!store.dirty) return;
    e.preventDefault();
    e.returnValue = '';
  });
}

void start().catch((e: Error) => {
  // before the side panel is set up: said directly
  const m = $('message');
  m.textContent = L('error', { message: e.message });
  m.className = 'message err';
  m.hidden = false;
});
