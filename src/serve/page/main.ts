/**
 * The plan editor page: a canvas map of the zones drawn with d3-geo from the zones' topology (shared
 * arcs, so section borders are a topojson mesh), the sections list with live figures and verdicts, and
 * the controls of the editor's JSON API. Every name is put in the page as text (textContent), never as HTML.
 */
import { geoPath, geoTransform } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh, neighbors } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { charterLines, rulesWords, ruleTitle, sectionProblem } from '../../check/wording.js';
import type { RuleId } from '../../check/types.js';
import { translator, type LabelKey } from '../../core/dictionary.js';
import { fill, type Lang } from '../../core/i18n.js';
import type { Rules } from '../../core/charter.js';
import { SECTION_PALETTE, UNASSIGNED_FILL } from '../../report/colour.js';
import { EDIT_MESSAGES, type EditErrorCode } from '../../session/messages.js';
import type { SectionFigures } from '../../session/figures.js';
import { PAGE_LABELS, type PageKey } from './labels.js';

// ---------- types of the API answers (see src/session and src/serve/editor.ts) ----------

interface Verdict {
  ok: boolean;
  rules: { rule: RuleId; ok: boolean; sections: string[]; count: number; figures: Record<string, number | string> }[];
  unassigned: number;
  sections: number;
  members: number;
  seats: number;
}
interface Update {
  version: number;
  changes?: Record<string, string | null>;
  sections: SectionFigures[];
  verdict: Verdict;
  canUndo: boolean;
  canRedo: boolean;
}
interface ZoneInfo {
  id: string;
  name: string;
  members: number;
  dep: string | null;
  respect: string | null;
  within: string | null;
  parent: string | null;
}
interface State extends Update {
  title: string;
  lang: Lang;
  /** the charter as the editor was given it */
  rules: Rules;
  /** the rules in one line, as `decoupage check` says them */
  rulesText: string;
  membersEstimated: boolean;
  membersNote: string | null;
  zones: ZoneInfo[];
  assignment: (string | null)[];
  compare: { label: string; assignment: (string | null)[] } | null;
  files: { plan: string; autosave: string };
  restoredFrom: string | null;
  dirty: boolean;
  job: string | null;
}
interface JobStatus {
  id: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  progress: string;
  error?: string;
  result?: { sections: number; upperBound: number; keptShare?: number };
}

// ---------- page state ----------

const token = document.querySelector<HTMLMetaElement>('meta[name="decoupage-token"]')!.content;
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
let lang: Lang = document.documentElement.lang === 'fr' ? 'fr' : 'en';
let tr = translator(lang);
let L = (k: PageKey, p?: Record<string, string | number>) => fill(PAGE_LABELS[k][lang], p);
const D = (k: LabelKey, p?: Record<string, string | number>) => tr.t(k, p);

let state: State;
let assign: (string | null)[] = [];
let figures = new Map<string, SectionFigures>();
let selected: string | null = null;
let dirty = false;
const colours = new Map<string, string>();
let zoneIndex = new Map<string, number>();
let adjacency: number[][] = [];

// geometry (base pixel space; the view transform scales and moves it)
let topo: Topology;
let zonesObject: GeometryCollection;
let features: Feature[] = [];
let paths: Path2D[] = [];
let boxes: [number, number, number, number][] = [];
let centroids: [number, number][] = [];
let areas: number[] = [];
let innerBorders: Path2D;
let sectionBorders = new Path2D();
let oldBorders = new Path2D();
/** borders between zones of the coarser layer when some units are the finer units of a split zone (parent_zone) */
let parentBorders: Path2D | null = null;
let base = { k: 1, lon0: 0, lat0: 0, cos: 1, w: 1, h: 1 };
let view = { s: 1, tx: 0, ty: 0 };
let hover = -1;
let flash = -1;
const pending = new Map<number, string>(); // zones painted but not yet answered by the server
let hatch: CanvasPattern | null = null;

const canvas = $<HTMLCanvasElement>('map');
const ctx = canvas.getContext('2d')!;

// ---------- API ----------

async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method };
  if (method === 'POST') {
    init.headers = { 'content-type': 'application/json', 'x-decoupage-token': token };
    init.body = JSON.stringify(body ?? {});
  }
  const r = await fetch(path, init);
  const j = (await r.json()) as T & { error?: string; code?: string; params?: Record<string, string | number> };
  if (!r.ok) {
    // a refused edit is worded in the page's language; other errors come as the server says them
    const code = j.code as EditErrorCode | undefined;
    throw new Error(code && code in EDIT_MESSAGES ? fill(EDIT_MESSAGES[code as keyof typeof EDIT_MESSAGES][lang], j.params ?? {}) : (j.error ?? `HTTP ${r.status}`));
  }
  return j;
}

/** Send an edit; true when the editor took it (a refusal is shown on the page). */
async function edit(path: string, body?: unknown): Promise<boolean> {
  try {
    applyUpdate(await api<Update>('POST', path, body));
    dirty = true;
    showSaveState();
    return true;
  } catch (e) {
    pending.clear();
    message(L('error', { message: (e as Error).message }), true);
    draw();
    return false;
  }
}

// ---------- start ----------

async function start(): Promise<void> {
  const [s, t] = await Promise.all([api<State>('GET', '/api/state'), api<Topology>('GET', '/api/topology')]);
  state = s;
  lang = s.lang;
  tr = translator(lang);
  L = (k, p) => fill(PAGE_LABELS[k][lang], p);
  topo = t;
  zonesObject = topo.objects.zones as GeometryCollection;
  zoneIndex = new Map(s.zones.map((z, i) => [z.id, i]));
  adjacency = neighbors(zonesObject.geometries as GeometryObject[]);
  const fc = feature(topo, zonesObject) as unknown as FeatureCollection;
  // geometries carry the zone index as id
  features = [];
  for (const f of fc.features) features[Number(f.id)] = f;
  setupProjection();
  labelStatic();
  loadState(s);
  dirty = s.dirty;
  showSaveState();
  if (s.restoredFrom) banner(L('restoredServer', { file: s.files.autosave }));
  else offerLocalCopy();
  if (s.job) void pollJob(s.job);
  new ResizeObserver(() => resize()).observe(canvas);
  resize();
  document.body.dataset.ready = 'true';
}

function loadState(s: State): void {
  state = s;
  assign = s.assignment.slice();
  applyUpdate({ ...s, changes: undefined });
  if (s.zones.some((z) => z.parent !== null)) {
    const key = (i: number) => s.zones[i].parent ?? s.zones[i].id;
    parentBorders = meshPath((a, b) => a !== b && key(a) !== key(b));
  }
  if (s.compare) {
    $('old-toggle').hidden = false;
    $('old-toggle').querySelector('span')!.textContent = L('showOld', { label: s.compare.label });
    const old = s.compare.assignment;
    oldBorders = meshPath((a, b) => old[a] !== old[b]);
  }
}

function applyUpdate(u: Update): void {
  for (const [zone, sec] of Object.entries(u.changes ?? {})) {
    const i = zoneIndex.get(zone);
    if (i !== undefined) assign[i] = sec;
  }
  pending.clear();
  figures = new Map(u.sections.map((f) => [f.id, f]));
  state = { ...state, ...u };
  if (selected !== null && !figures.has(selected)) selected = null;
  colourNew();
  sectionBorders = meshPath((a, b) => a === b || assign[a] !== assign[b]);
  renderSide();
  storeLocal();
  draw();
}

// ---------- colours: stable per section, neighbours differ ----------

function colourNew(): void {
  for (const id of [...colours.keys()]) if (!figures.has(id)) colours.delete(id);
  const secAdj = new Map<string, Set<string>>();
  assign.forEach((s, i) => {
    if (s === null) return;
    for (const j of adjacency[i]) {
      const t = assign[j];
      if (t !== null && t !== s) {
        if (!secAdj.has(s)) secAdj.set(s, new Set());
        secAdj.get(s)!.add(t);
      }
    }
  });
  const order = [...figures.keys()].filter((id) => !colours.has(id)).sort((a, b) => (secAdj.get(b)?.size ?? 0) - (secAdj.get(a)?.size ?? 0) || (a < b ? -1 : 1));
  for (const id of order) {
    const used = new Set([...(secAdj.get(id) ?? [])].map((n) => colours.get(n)));
    colours.set(id, SECTION_PALETTE.find((c) => !used.has(c)) ?? SECTION_PALETTE[colours.size % SECTION_PALETTE.length]);
  }
}

// ---------- geometry ----------

function setupProjection(): void {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    } else for (const d of c as unknown[]) visit(d);
  };
  for (const f of features) if (f?.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  base.lon0 = (x0 + x1) / 2;
  base.lat0 = (y0 + y1) / 2;
  base.cos = Math.cos((base.lat0 * Math.PI) / 180);
  // base space: 1000 px for the larger side
  const w = (x1 - x0) * base.cos;
  const h = y1 - y0;
  base.k = 1000 / Math.max(w, h, 1e-9);
  base.w = w * base.k;
  base.h = h * base.k;
  const { k, lon0, lat0, cos } = base;
  // an equirectangular projection centred on the region (planar, so ring winding does not matter)
  const project = geoTransform({
    point(x: number, y: number) {
      this.stream.point((x - lon0) * cos * k + base.w / 2, -(y - lat0) * k + base.h / 2);
    },
  });
  const gp = geoPath(project);
  paths = [];
  features.forEach((f, i) => {
    const p = new Path2D();
    geoPath(project, p as unknown as CanvasRenderingContext2D)(f);
    paths[i] = p;
    const [[bx0, by0], [bx1, by1]] = gp.bounds(f);
    boxes[i] = [bx0, by0, bx1, by1];
    centroids[i] = gp.centroid(f) as [number, number];
    areas[i] = gp.area(f);
  });
  projectMesh = (m: MultiLineString) => {
    const p = new Path2D();
    geoPath(project, p as unknown as CanvasRenderingContext2D)(m);
    return p;
  };
  innerBorders = meshPath((a, b) => a !== b);
}

let projectMesh: (m: MultiLineString) => Path2D = () => new Path2D();

/** Borders (shared arcs) between zones a and b (indices) for which `keep` is true; a === b: the outer edge. */
function meshPath(keep: (a: number, b: number) => boolean): Path2D {
  const m = mesh(topo, zonesObject as GeometryCollection, (a: GeometryObject, b: GeometryObject) => keep(Number(a.id), Number(b.id)));
  return projectMesh(m as MultiLineString);
}

function resize(): void {
  const dpr = window.devicePixelRatio || 1;
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  if (!w || !h) return;
  const first = canvas.width === 300 && canvas.height === 150;
  canvas.width = Math.round(w * dpr);
  canvas.height = Math.round(h * dpr);
  if (first || view.s === 1) fitAll();
  draw();
}

function fitAll(): void {
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  const s = Math.min((w - 20) / base.w, (h - 20) / base.h);
  view = { s, tx: (w - base.w * s) / 2, ty: (h - base.h * s) / 2 };
}

function zoomAt(factor: number, cx: number, cy: number): void {
  const s = Math.max(0.05, Math.min(view.s * factor, 2000));
  view.tx = cx - ((cx - view.tx) * s) / view.s;
  view.ty = cy - ((cy - view.ty) * s) / view.s;
  view.s = s;
  draw();
}

function zoomToZone(i: number): void {
  const [x0, y0, x1, y1] = boxes[i];
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  const s = Math.min(w / 3 / Math.max(x1 - x0, 1e-3), h / 3 / Math.max(y1 - y0, 1e-3), view.s * 8);
  view = { s, tx: w / 2 - ((x0 + x1) / 2) * s, ty: h / 2 - ((y0 + y1) / 2) * s };
  flash = i;
  setTimeout(() => ((flash = -1), draw()), 2500);
  draw();
}

// ---------- drawing ----------

function sectionOfZone(i: number): string | null {
  return pending.get(i) ?? assign[i];
}

function draw(): void {
  if (!paths.length || !canvas.width) return;
  const dpr = window.devicePixelRatio || 1;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#f4f7fa';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(dpr * view.s, 0, 0, dpr * view.s, dpr * view.tx, dpr * view.ty);
  const px = 1 / view.s; // one screen pixel in base units
  hatch ??= makeHatch();
  const bad = new Set([...figures.values()].filter((f) => !f.ok).map((f) => f.id));
  const detached = new Set([...figures.values()].flatMap((f) => f.detached));
  for (let i = 0; i < paths.length; i++) {
    if (!paths[i]) continue;
    const s = sectionOfZone(i);
    ctx.fillStyle = s === null ? UNASSIGNED_FILL : (colours.get(s) ?? UNASSIGNED_FILL);
    ctx.fill(paths[i], 'evenodd');
    if (s !== null && bad.has(s)) {
      ctx.fillStyle = hatch!;
      ctx.fill(paths[i], 'evenodd');
    }
  }
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.lineWidth = 0.6 * px;
  ctx.stroke(innerBorders);
  if (parentBorders) {
    // units of a split zone (its communes) keep thin borders; the zones' own borders are drawn a little darker
    ctx.strokeStyle = 'rgba(60,60,60,0.55)';
    ctx.lineWidth = 1 * px;
    ctx.stroke(parentBorders);
  }
  ctx.strokeStyle = '#333';
  ctx.lineWidth = 2 * px;
  ctx.stroke(sectionBorders);
  if (state.compare && $<HTMLInputElement>('show-old').checked) {
    ctx.setLineDash([6 * px, 4 * px]);
    ctx.strokeStyle = '#7b2fa8';
    ctx.lineWidth = 2.5 * px;
    ctx.stroke(oldBorders);
    ctx.setLineDash([]);
  }
  for (const id of detached) {
    const i = zoneIndex.get(id);
    if (i === undefined) continue;
    ctx.strokeStyle = '#d7191c';
    ctx.lineWidth = 3 * px;
    ctx.stroke(paths[i]);
  }
  if (selected !== null) {
    ctx.strokeStyle = '#1f5fa8';
    ctx.lineWidth = 1.5 * px;
    ctx.setLineDash([4 * px, 3 * px]);
    for (let i = 0; i < paths.length; i++) if (sectionOfZone(i) === selected) ctx.stroke(paths[i]);
    ctx.setLineDash([]);
  }
  for (const i of [hover, flash]) {
    if (i < 0) continue;
    ctx.strokeStyle = i === flash ? '#ff7f00' : '#000';
    ctx.lineWidth = 2.5 * px;
    ctx.stroke(paths[i]);
  }
  drawLabels(dpr);
}

function makeHatch(): CanvasPattern | null {
  const c = document.createElement('canvas');
  c.width = c.height = 8;
  const g = c.getContext('2d')!;
  g.strokeStyle = 'rgba(200,20,10,0.45)';
  g.lineWidth = 1.5;
  g.beginPath();
  g.moveTo(0, 8);
  g.lineTo(8, 0);
  g.stroke();
  return ctx.createPattern(c, 'repeat');
}

function drawLabels(dpr: number): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  const bySection = new Map<string, number[]>();
  assign.forEach((s, i) => {
    if (s === null) return;
    if (!bySection.has(s)) bySection.set(s, []);
    bySection.get(s)!.push(i);
  });
  for (const [id, zs] of bySection) {
    const f = figures.get(id);
    if (!f) continue;
    // label at the zone nearest the area-weighted centre of the section
    let ax = 0, ay = 0, a = 0;
    for (const i of zs) (ax += centroids[i][0] * areas[i]), (ay += centroids[i][1] * areas[i]), (a += areas[i]);
    const cx = ax / (a || 1), cy = ay / (a || 1);
    let best = zs[0], bd = Infinity;
    for (const i of zs) {
      const d = (centroids[i][0] - cx) ** 2 + (centroids[i][1] - cy) ** 2;
      if (d < bd) (bd = d), (best = i);
    }
    const [x, y] = centroids[best];
    const sx = x * view.s + view.tx, sy = y * view.s + view.ty;
    if (sx < -50 || sy < -20 || sx > canvas.clientWidth + 50 || sy > canvas.clientHeight + 20) continue;
    const name = f.name + (f.locked ? ` (${L('locked')})` : '');
    ctx.font = '600 12px system-ui, sans-serif';
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.lineWidth = 3;
    ctx.strokeText(name, sx, sy - 6);
    ctx.fillStyle = f.ok ? '#111' : '#a3180c';
    ctx.fillText(name, sx, sy - 6);
    ctx.font = '11px system-ui, sans-serif';
    const figs = `${tr.int(f.members)} · ${f.seats}`;
    ctx.strokeText(figs, sx, sy + 7);
    ctx.fillText(figs, sx, sy + 7);
  }
}

// ---------- pointer: hover, paint, pan, zoom ----------

function zoneAt(clientX: number, clientY: number): number {
  const r = canvas.getBoundingClientRect();
  const mx = clientX - r.left, my = clientY - r.top;
  const bx = (mx - view.tx) / view.s, by = (my - view.ty) / view.s;
  const dpr = window.devicePixelRatio || 1;
  ctx.setTransform(dpr * view.s, 0, 0, dpr * view.s, dpr * view.tx, dpr * view.ty);
  for (let i = 0; i < paths.length; i++) {
    const b = boxes[i];
    if (!b || bx < b[0] || bx > b[2] || by < b[1] || by > b[3]) continue;
    if (ctx.isPointInPath(paths[i], mx * dpr, my * dpr, 'evenodd')) return i;
  }
  return -1;
}

let drag: { mode: 'pan' | 'paint'; x: number; y: number; tx: number; ty: number; moved: boolean; painted: Set<number> } | null = null;

function canPaint(i: number): boolean {
  if (selected === null || i < 0) return false;
  const target = figures.get(selected);
  if (!target || target.locked) return false;
  const cur = sectionOfZone(i);
  return cur !== selected && !(cur !== null && figures.get(cur)?.locked);
}

canvas.addEventListener('contextmenu', (e) => e.preventDefault());
canvas.addEventListener('pointerdown', (e) => {
  canvas.setPointerCapture(e.pointerId);
  const paint = e.button === 0 && !e.shiftKey && selected !== null;
  drag = { mode: paint ? 'paint' : 'pan', x: e.clientX, y: e.clientY, tx: view.tx, ty: view.ty, moved: false, painted: new Set() };
  if (paint) paintAt(e.clientX, e.clientY);
});
canvas.addEventListener('pointermove', (e) => {
  if (drag) {
    if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 3) drag.moved = true;
    if (drag.mode === 'pan') {
      view.tx = drag.tx + e.clientX - drag.x;
      view.ty = drag.ty + e.clientY - drag.y;
      draw();
      return;
    }
    paintAt(e.clientX, e.clientY);
  }
  const i = zoneAt(e.clientX, e.clientY);
  if (i !== hover) {
    hover = i;
    showHover(e.clientX, e.clientY);
    draw();
  } else if (i >= 0) placeTip(e.clientX, e.clientY);
});
canvas.addEventListener('pointerleave', () => {
  hover = -1;
  $('hover').hidden = true;
  draw();
});
canvas.addEventListener('pointerup', (e) => {
  const d = drag;
  drag = null;
  if (!d) return;
  if (d.mode === 'paint' && d.painted.size) {
    void edit('/api/move', { zones: [...d.painted].map((i) => state.zones[i].id), section: selected });
  } else if (d.mode === 'pan' && !d.moved && e.button === 0) {
    const i = zoneAt(e.clientX, e.clientY);
    select(i >= 0 ? assign[i] : null);
  }
});
canvas.addEventListener(
  'wheel',
  (e) => {
    e.preventDefault();
    const r = canvas.getBoundingClientRect();
    zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
  },
  { passive: false },
);

function paintAt(x: number, y: number): void {
  const i = zoneAt(x, y);
  if (!drag || !canPaint(i) || drag.painted.has(i)) return;
  drag.painted.add(i);
  pending.set(i, selected!);
  draw();
}

function showHover(x: number, y: number): void {
  const tip = $('hover');
  if (hover < 0) {
    tip.hidden = true;
    return;
  }
  const z = state.zones[hover];
  const s = sectionOfZone(hover);
  tip.replaceChildren();
  const line = (text: string, bold = false) => {
    const d = document.createElement('div');
    d.textContent = text;
    if (bold) d.style.fontWeight = '600';
    tip.append(d);
  };
  line(L('hoverZone', { name: z.name, id: z.id, members: tr.int(z.members) }), true);
  const extra = [z.dep ? `dep ${z.dep}` : '', z.parent ? `zone ${z.parent}` : '', state.rules.within && z.within ? `${state.rules.within} ${z.within}` : ''].filter(Boolean);
  if (extra.length) line(extra.join(' · '));
  line(s === null ? L('none') : L('hoverSection', { name: figures.get(s)?.name ?? s }));
  tip.hidden = false;
  placeTip(x, y);
}

function placeTip(x: number, y: number): void {
  const r = canvas.getBoundingClientRect();
  const tip = $('hover');
  tip.style.left = `${Math.min(x - r.left + 14, r.width - 250)}px`;
  tip.style.top = `${y - r.top + 14}px`;
}

// ---------- side panel ----------

function labelStatic(): void {
  document.documentElement.lang = lang;
  const set = (id: string, k: PageKey) => ($(id).textContent = L(k));
  set('undo', 'undo');
  set('redo', 'redo');
  set('propose', 'propose');
  set('complete', 'complete');
  set('keep-label', 'keepAssignments');
  set('compare', 'compare');
  set('check', 'check');
  set('save', 'save');
  set('sections-title', 'sections');
  set('new-section', 'newSection');
  set('job-cancel', 'cancel');
  set('panel-close', 'close');
  $('zin').title = L('zoomIn');
  $('zout').title = L('zoomOut');
  $('zreset').title = L('zoomReset');
  $<HTMLInputElement>('search').placeholder = L('search');
  $('title').textContent = state.title;
  document.title = `decoupage · ${state.title}`;
  const dl = $('downloads');
  dl.querySelector('summary')!.textContent = L('downloads');
  const menu = dl.querySelector('.menu')!;
  menu.replaceChildren();
  for (const [file, k] of [['plan.csv', 'dlPlan'], ['sections.geojson', 'dlSections'], ['report.html', 'dlReport'], ['map.png', 'dlPng']] as const) {
    const a = document.createElement('a');
    a.href = `/api/export/${file}`;
    a.download = file;
    a.textContent = L(k);
    menu.append(a);
  }
}

function renderSide(): void {
  const v = state.verdict;
  const vd = $('verdict');
  const broken = v.rules.filter((r) => !r.ok).length;
  vd.textContent = v.ok ? `✓ ${L('compliant')}` : `✗ ${L('notCompliant', { n: broken })}`;
  vd.className = `verdict ${v.ok ? 'ok' : 'bad'}`;
  $('totals').textContent =
    L('totals', { sections: v.sections, members: tr.int(v.members), seats: tr.int(v.seats) }) +
    (v.unassigned ? ` · ${L('unassigned', { n: v.unassigned })}` : '') +
    (state.membersEstimated ? ` · ${L('estimated')}` : '');
  $<HTMLButtonElement>('undo').disabled = !state.canUndo;
  $<HTMLButtonElement>('redo').disabled = !state.canRedo;

  const list = $('sections');
  list.replaceChildren();
  for (const f of [...figures.values()]) {
    const li = document.createElement('li');
    li.dataset.section = f.id;
    li.className = `${f.ok ? 'ok' : 'bad'}${f.id === selected ? ' sel' : ''}`;
    const sw = document.createElement('span');
    sw.className = 'sw';
    sw.style.background = colours.get(f.id) ?? UNASSIGNED_FILL;
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = f.name + (f.name !== f.id ? ` (${f.id})` : '') + (f.locked ? ` · ${L('locked')}` : '');
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = f.zones === 0 ? L('empty') : f.ok ? '✓' : '✗';
    const fig = document.createElement('span');
    fig.className = 'fig';
    fig.textContent = [
      `${tr.int(f.members)} ${L('members')}`,
      `${f.seats} ${L('seats')}`,
      f.seats ? `${tr.int(Math.round(f.membersPerSeat))} ${L('perSeat')}` : '',
      `${f.zones} ${L('zones')}`,
      `${L('compactness')} ${tr.dec(f.compactness)}`,
      f.crossed.length ? L('crosses', { values: f.crossed.join(', ') }) : '',
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
    li.addEventListener('click', () => select(f.id));
    list.append(li);
  }
  renderActive();
  renderRules();
  $('mode').textContent = selected === null ? L('noSelection') : `${L('selected', { name: figures.get(selected)?.name ?? selected })} — ${L('paintHint')}`;
}

function problemTexts(f: SectionFigures): string[] {
  // the session sends each failure as the check's rule modules give it: said here in the page's language
  const out = f.failures.map((x) => sectionProblem(x, rulesWords(state.rules, lang))).filter((x): x is string => x !== undefined);
  if (f.detached.length) out.push(L('detached', { zones: f.detached.map((z) => state.zones[zoneIndex.get(z)!]?.name ?? z).slice(0, 6).join(', ') + (f.detached.length > 6 ? '…' : '') }));
  return out;
}

function renderActive(): void {
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
  input.value = f.id;
  input.setAttribute('aria-label', L('sectionName'));
  const rename = button(L('rename'), 'rename', () => {
    const to = input.value.trim();
    if (to && to !== f.id) void edit('/api/sections', { op: 'rename', id: f.id, to }).then((ok) => ok && select(to));
  });
  row1.append(input, rename);

  const row2 = document.createElement('div');
  row2.className = 'row';
  const sel = document.createElement('select');
  sel.id = 'merge-select';
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
    if (sel.value) void edit('/api/sections', { op: 'merge', into: f.id, from: sel.value });
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
    let text = `${r.ok ? '✓' : '✗'} ${ruleTitle(r.rule, rulesWords(state.rules, lang))}`;
    if (!r.ok && names.length) text += ` — ${names.slice(0, 6).join(', ')}${names.length > 6 ? '…' : ''}`;
    if (!r.ok && r.rule === 'assignment') text += ` — ${L('unassigned', { n: state.verdict.unassigned })}`;
    if (!r.ok && r.rule === 'section-count') text += ` — ${D('sectionCountDetail', { value: state.verdict.sections, limit: state.rules.sections ?? 0 })}`;
    li.textContent = text;
    ul.append(li);
  }
  // the charter in the report's sentences (its deviation bounds follow the plan as it is edited)
  const words = document.createElement('p');
  words.className = 'small muted';
  words.textContent = charterLines(state.rules, lang, { sections: state.verdict.sections, members: state.verdict.members }).join(' ');
  box.append(h, ul, words);
}

function select(id: string | null): void {
  selected = id;
  renderSide();
  draw();
}

function message(text: string, error = false): void {
  const m = $('message');
  m.textContent = text;
  m.className = `message${error ? ' err' : ''}`;
  m.hidden = false;
}

function banner(text: string, actions: [string, () => void][] = []): void {
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

function showSaveState(): void {
  $('savestate').textContent = dirty ? L('unsaved') : L('allSaved');
}

// ---------- the page's own copy (localStorage) ----------

function storageKey(): string {
  return `decoupage-editor:${state.title}:${state.zones.length}:${state.zones[0]?.id ?? ''}`;
}

function storeLocal(): void {
  try {
    const locked = [...figures.values()].filter((f) => f.locked).map((f) => f.id);
    localStorage.setItem(storageKey(), JSON.stringify({ at: new Date().toISOString(), assignment: assign, locked }));
  } catch {
    // storage full or disabled: the server's autosave still holds the work
  }
}

function offerLocalCopy(): void {
  let saved: { at: string; assignment: (string | null)[]; locked: string[] } | null = null;
  try {
    saved = JSON.parse(localStorage.getItem(storageKey()) ?? 'null');
  } catch {
    saved = null;
  }
  if (!saved || saved.assignment.length !== state.assignment.length) return;
  if (saved.assignment.every((s, i) => s === state.assignment[i])) return;
  const copy = saved;
  banner(L('restoreLocal', { when: tr.date(new Date(copy.at)) }), [
    [L('restore'), () => {
      const plan: Record<string, string> = {};
      copy.assignment.forEach((s, i) => s !== null && (plan[state.zones[i].id] = s));
      void edit('/api/plan', { plan, locked: copy.locked });
    }],
    [L('discard'), () => storeLocal()],
  ]);
}

// ---------- commands ----------

$('undo').addEventListener('click', () => void edit('/api/undo'));
$('redo').addEventListener('click', () => void edit('/api/redo'));
$('new-section').addEventListener('click', async () => {
  const before = new Set(figures.keys());
  await edit('/api/sections', { op: 'new' });
  const created = [...figures.keys()].find((k) => !before.has(k));
  if (created) select(created);
});
$('save').addEventListener('click', async () => {
  try {
    const r = await api<{ file: string; zones: number }>('POST', '/api/save');
    dirty = false;
    showSaveState();
    message(L('saved', { file: r.file, n: r.zones }));
  } catch (e) {
    message(L('error', { message: (e as Error).message }), true);
  }
});
$('propose').addEventListener('click', () => void runJob('propose'));
$('complete').addEventListener('click', () => void runJob('complete'));
$('job-cancel').addEventListener('click', () => {
  const id = $('job').dataset.job;
  if (id) void api('POST', `/api/jobs/${id}/cancel`).catch(() => {});
});
$('zin').addEventListener('click', () => zoomAt(1.5, canvas.clientWidth / 2, canvas.clientHeight / 2));
$('zout').addEventListener('click', () => zoomAt(1 / 1.5, canvas.clientWidth / 2, canvas.clientHeight / 2));
$('zreset').addEventListener('click', () => (fitAll(), draw()));
$('show-old').addEventListener('change', () => draw());
$('check').addEventListener('click', async () => {
  const r = await api<{ text: string }>('GET', '/api/check');
  const pre = document.createElement('pre');
  pre.textContent = r.text;
  openPanel(pre);
});
$('compare').addEventListener('click', () => void showCompare());

async function runJob(mode: 'propose' | 'complete'): Promise<void> {
  try {
    const job = await api<JobStatus>('POST', '/api/propose', { mode, keepAssignments: mode === 'complete' && $<HTMLInputElement>('keep').checked });
    await pollJob(job.id);
  } catch (e) {
    message(L('error', { message: (e as Error).message }), true);
  }
}

async function pollJob(id: string): Promise<void> {
  const box = $('job');
  box.dataset.job = id;
  box.hidden = false;
  for (;;) {
    const s = await api<JobStatus>('GET', `/api/jobs/${id}`);
    $('job-text').textContent = `${L('running')} ${s.progress}`;
    if (s.state !== 'running') {
      box.hidden = true;
      if (s.state === 'done') {
        loadState(await api<State>('GET', '/api/state'));
        dirty = true;
        showSaveState();
        message(L('jobDone', { n: s.result?.sections ?? 0, ub: s.result?.upperBound ?? 0 }) + (s.result?.keptShare !== undefined ? ` ${L('kept', { share: tr.pct(s.result.keptShare) })}.` : ''));
      } else if (s.state === 'failed') message(L('jobFailed', { error: s.error ?? '' }), true);
      else message(L('jobCancelled'));
      return;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function showCompare(): Promise<void> {
  type Cmp = {
    scenario: string | null;
    plans: { label: string; sections: number; singleListSections: number; multiListSections: number; listsRepresented: number; gallagher: number }[];
    changes: { label: string; keptShare: number; zones: { id: string; name: string; from: string | null; to: string | null }[] }[];
  };
  const c = await api<Cmp>('GET', '/api/compare');
  const root = document.createElement('div');
  const h = document.createElement('h3');
  h.textContent = D('comparisonHeading');
  root.append(h);
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
    for (const [x, num] of [[p.label === 'current' ? L('current') : p.label, false], [String(p.sections), true], [String(p.multiListSections), true], [String(p.listsRepresented), true], [tr.dec(p.gallagher, 1), true]] as const) {
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
        const i = zoneIndex.get(z.id);
        if (i !== undefined) zoomToZone(i);
      });
      li.append(a);
      ul.append(li);
    }
    root.append(ul);
  }
  openPanel(root);
}

function openPanel(content: HTMLElement): void {
  $('panel-body').replaceChildren(content);
  $<HTMLDialogElement>('panel').showModal();
}

// ---------- search ----------

const norm = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
$('search').addEventListener('input', () => {
  const q = norm($<HTMLInputElement>('search').value.trim());
  const ul = $('results');
  ul.replaceChildren();
  if (!q) return;
  const hits = state.zones.map((z, i) => ({ z, i })).filter(({ z }) => norm(z.name).includes(q) || norm(z.id).startsWith(q)).slice(0, 10);
  for (const { z, i } of hits) {
    const li = document.createElement('li');
    li.textContent = `${z.name} (${z.id})`;
    li.addEventListener('click', () => {
      ul.replaceChildren();
      zoomToZone(i);
      select(assign[i]);
    });
    ul.append(li);
  }
});

// ---------- keyboard and leaving ----------

document.addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement;
  if (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA') return;
  if (e.key === 'Escape') return select(null);
  if (!(e.ctrlKey || e.metaKey)) return;
  const k = e.key.toLowerCase();
  if (k === 'z' && !e.shiftKey && state.canUndo) (e.preventDefault(), void edit('/api/undo'));
  else if ((k === 'y' || (k === 'z' && e.shiftKey)) && state.canRedo) (e.preventDefault(), void edit('/api/redo'));
});
window.addEventListener('beforeunload', (e) => {
  if (!dirty) return;
  e.preventDefault();
  e.returnValue = '';
});

void start().catch((e: Error) => message(L('error', { message: e.message }), true));
