/**
 * The map: zones filled with their section's colour, section borders, the old plan's outlines, labels;
 * zoom and pan. It draws what the store holds, and redraws when the store changes.
 */
import { UNASSIGNED_FILL } from '../../export/colour.js';
import type { Geometry } from './geometry.js';
import { attributeFill, UNPLACED_VEIL } from './layers.js';
import { $, L, store, subscribe, words, zoneGroup } from './store.js';

export const canvas = $<HTMLCanvasElement>('map');
export const ctx = canvas.getContext('2d')!;

/** Derived drawing caches (not state: rebuilt from the store when it changes). */
const cache = {
  geo: null as Geometry | null,
  sectionBorders: new Path2D(),
  bordersOf: -1,
  oldBorders: null as Path2D | null,
  /** borders of the zones d'emploi when the units are communes (or the finer units of split zones), and their names */
  groupBorders: null as Path2D | null,
  groupLabels: [] as { name: string; x: number; y: number }[],
  hatch: null as CanvasPattern | null,
};

export function geometry(): Geometry {
  return cache.geo!;
}

/** Set the map up once the topology and the state are there. */
export function setupMap(geo: Geometry): void {
  cache.geo = geo;
  store.adjacency = geo.adjacency;
  const s = store.server;
  if (s.zones.some((_, i) => zoneGroup(i) !== null)) {
    const key = (i: number) => zoneGroup(i)?.id ?? s.zones[i].id;
    cache.groupBorders = geo.meshPath((a, b) => a !== b && key(a) !== key(b));
    // each zone d'emploi's name at its member commune nearest its area-weighted centre
    const groups = new Map<string, { name: string; zs: number[] }>();
    s.zones.forEach((_, i) => {
      const g = zoneGroup(i);
      if (g) (groups.get(g.id) ?? groups.set(g.id, { name: g.name, zs: [] }).get(g.id)!).zs.push(i);
    });
    for (const { name, zs } of groups.values()) {
      const [x, y] = geo.centroids[nearestCentre(geo, zs)];
      cache.groupLabels.push({ name, x, y });
    }
  }
  if (s.compare) {
    const old = s.compare.assignment;
    cache.oldBorders = geo.meshPath((a, b) => old[a] !== old[b]);
  }
  subscribe('map', draw);
  new ResizeObserver(() => resize()).observe(canvas);
  resize();
}

export function sectionOfZone(i: number): string | null {
  return store.pending.get(i) ?? store.assign[i];
}

// ---------- view ----------

function resize(): void {
  const dpr = window.devicePixelRatio || 1;
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  if (!w || !h) return;
  const before = { w: canvas.width / dpr, h: canvas.height / dpr };
  const first = canvas.width === 300 && canvas.height === 150;
  canvas.width = Math.round(w * dpr);
  canvas.height = Math.round(h * dpr);
  if (first || store.fitted) fitAll();
  else {
    // keep the same centre in view
    const v = store.view;
    v.tx += (w - before.w) / 2;
    v.ty += (h - before.h) / 2;
  }
  draw();
}

export function fitAll(): void {
  const geo = cache.geo!;
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  const s = Math.min((w - 20) / geo.w, (h - 20) / geo.h);
  store.view = { s, tx: (w - geo.w * s) / 2, ty: (h - geo.h * s) / 2 };
  store.fitted = true;
  draw();
}

export function zoomAt(factor: number, cx: number, cy: number): void {
  const v = store.view;
  const s = Math.max(0.05, Math.min(v.s * factor, 2000));
  v.tx = cx - ((cx - v.tx) * s) / v.s;
  v.ty = cy - ((cy - v.ty) * s) / v.s;
  v.s = s;
  store.fitted = false;
  draw();
}

export function panBy(tx: number, ty: number): void {
  store.view.tx = tx;
  store.view.ty = ty;
  store.fitted = false;
  draw();
}

export function zoomToZone(i: number): void {
  const [x0, y0, x1, y1] = cache.geo!.boxes[i];
  const w = canvas.clientWidth;
  const h = canvas.clientHeight;
  const s = Math.min(w / 3 / Math.max(x1 - x0, 1e-3), h / 3 / Math.max(y1 - y0, 1e-3), store.view.s * 8);
  store.view = { s, tx: w / 2 - ((x0 + x1) / 2) * s, ty: h / 2 - ((y0 + y1) / 2) * s };
  store.fitted = false;
  store.flash = i;
  setTimeout(() => ((store.flash = -1), draw()), 2500);
  draw();
}

/** The zone under a point of the window, or -1. */
export function zoneAt(clientX: number, clientY: number): number {
  const geo = cache.geo!;
  const v = store.view;
  const r = canvas.getBoundingClientRect();
  const mx = clientX - r.left,
    my = clientY - r.top;
  const bx = (mx - v.tx) / v.s,
    by = (my - v.ty) / v.s;
  const dpr = window.devicePixelRatio || 1;
  ctx.setTransform(dpr * v.s, 0, 0, dpr * v.s, dpr * v.tx, dpr * v.ty);
  for (let i = 0; i < geo.paths.length; i++) {
    const b = geo.boxes[i];
    if (!b || bx < b[0] || bx > b[2] || by < b[1] || by > b[3]) continue;
    if (ctx.isPointInPath(geo.paths[i], mx * dpr, my * dpr, 'evenodd')) return i;
  }
  return -1;
}

// ---------- drawing ----------

export function draw(): void {
  const geo = cache.geo;
  if (!geo || !canvas.width) return;
  const { view, figures, selected } = store;
  if (cache.bordersOf !== store.assignVersion) {
    cache.sectionBorders = geo.meshPath((a, b) => a === b || store.assign[a] !== store.assign[b]);
    cache.bordersOf = store.assignVersion;
  }
  const dpr = window.devicePixelRatio || 1;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#f4f7fa';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(dpr * view.s, 0, 0, dpr * view.s, dpr * view.tx, dpr * view.ty);
  const px = 1 / view.s; // one screen pixel in base units
  cache.hatch ??= makeHatch();
  const bad = new Set([...figures.values()].filter((f) => !f.ok).map((f) => f.id));
  const detached = new Set([...figures.values()].flatMap((f) => f.detached));
  for (let i = 0; i < geo.paths.length; i++) {
    if (!geo.paths[i]) continue;
    const s = sectionOfZone(i);
    const byValue = attributeFill(i);
    ctx.fillStyle = byValue ?? (s === null ? UNASSIGNED_FILL : (store.colours.get(s) ?? UNASSIGNED_FILL));
    ctx.fill(geo.paths[i], 'evenodd');
    if (s === null && byValue !== undefined) {
      // in no section: still told apart from the placed zones when the fill says the attribute
      ctx.fillStyle = UNPLACED_VEIL;
      ctx.fill(geo.paths[i], 'evenodd');
    }
    if (s !== null && bad.has(s) && byValue === undefined) {
      ctx.fillStyle = cache.hatch!;
      ctx.fill(geo.paths[i], 'evenodd');
    }
  }
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.lineWidth = 0.6 * px;
  ctx.stroke(geo.innerBorders);
  const showGroups = cache.groupBorders !== null && $<HTMLInputElement>('show-ze').checked;
  if (showGroups) {
    // the zones d'emploi over the communes: the committee's unit, the commune the exception
    ctx.strokeStyle = 'rgba(40,40,40,0.75)';
    ctx.lineWidth = 1.3 * px;
    ctx.setLineDash([5 * px, 2.5 * px]);
    ctx.stroke(cache.groupBorders!);
    ctx.setLineDash([]);
  }
  ctx.strokeStyle = '#333';
  ctx.lineWidth = 2 * px;
  ctx.stroke(cache.sectionBorders);
  if (cache.oldBorders && $<HTMLInputElement>('show-old').checked) {
    ctx.setLineDash([6 * px, 4 * px]);
    ctx.strokeStyle = '#7b2fa8';
    ctx.lineWidth = 2.5 * px;
    ctx.stroke(cache.oldBorders);
    ctx.setLineDash([]);
  }
  for (const id of detached) {
    const i = store.zoneIndex.get(id);
    if (i === undefined) continue;
    ctx.strokeStyle = '#d7191c';
    ctx.lineWidth = 3 * px;
    ctx.stroke(geo.paths[i]);
  }
  if (selected !== null) {
    ctx.strokeStyle = '#1f5fa8';
    ctx.lineWidth = 1.5 * px;
    ctx.setLineDash([4 * px, 3 * px]);
    for (let i = 0; i < geo.paths.length; i++) if (sectionOfZone(i) === selected) ctx.stroke(geo.paths[i]);
    ctx.setLineDash([]);
  }
  for (const i of [store.hover, store.cursor, store.flash]) {
    if (i < 0) continue;
    ctx.strokeStyle = i === store.flash ? '#ff7f00' : i === store.cursor ? '#c2185b' : '#000';
    ctx.lineWidth = (i === store.hover ? 2.5 : 3.5) * px;
    ctx.stroke(geo.paths[i]);
  }
  const placed = drawLabels(dpr);
  if (showGroups) drawGroupLabels(dpr, placed);
}

/** The zone among `zs` nearest the area-weighted centre of them all. */
function nearestCentre(geo: Geometry, zs: number[]): number {
  const { centroids, areas } = geo;
  let ax = 0,
    ay = 0,
    a = 0;
  for (const i of zs) ((ax += centroids[i][0] * areas[i]), (ay += centroids[i][1] * areas[i]), (a += areas[i]));
  const cx = ax / (a || 1),
    cy = ay / (a || 1);
  let best = zs[0],
    bd = Infinity;
  for (const i of zs) {
    const d = (centroids[i][0] - cx) ** 2 + (centroids[i][1] - cy) ** 2;
    if (d < bd) ((bd = d), (best = i));
  }
  return best;
}

type Box = [number, number, number, number];

/** The zones d'emploi's names, where the sections' labels left room. */
function drawGroupLabels(dpr: number, placed: Box[]): void {
  const { view } = store;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.font = 'italic 11px system-ui, sans-serif';
  for (const g of cache.groupLabels) {
    const sx = g.x * view.s + view.tx,
      sy = g.y * view.s + view.ty + 20;
    if (sx < -50 || sy < -20 || sx > canvas.clientWidth + 50 || sy > canvas.clientHeight + 20) continue;
    const w = ctx.measureText(g.name).width + 4;
    const box: Box = [sx - w / 2, sy - 7, sx + w / 2, sy + 7];
    if (placed.some((p) => box[0] < p[2] && p[0] < box[2] && box[1] < p[3] && p[1] < box[3])) continue;
    placed.push(box);
    ctx.strokeStyle = 'rgba(255,255,255,0.85)';
    ctx.lineWidth = 3;
    ctx.strokeText(g.name, sx, sy);
    ctx.fillStyle = '#3a3a3a';
    ctx.fillText(g.name, sx, sy);
  }
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

/**
 * Section labels without overlaps: larger sections first, each at its zone nearest the section's centre,
 * else moved a little, else its name alone; a label that finds no free place is left out until the map is
 * zoomed in (the list and the tooltip still name the section).
 */
function drawLabels(dpr: number): Box[] {
  const { centroids, areas } = cache.geo!;
  const { view, figures } = store;
  const tr = words.tr;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  const bySection = new Map<string, number[]>();
  store.assign.forEach((s, i) => {
    if (s === null) return;
    if (!bySection.has(s)) bySection.set(s, []);
    bySection.get(s)!.push(i);
  });
  const size = (zs: number[]) => zs.reduce((a, i) => a + areas[i], 0);
  const order = [...bySection].sort((a, b) => size(b[1]) - size(a[1]));
  const placed: Box[] = [];
  const [W, H] = [canvas.clientWidth, canvas.clientHeight];
  const free = (b: Box) => b[0] >= 0 && b[1] >= 0 && b[2] <= W && b[3] <= H && !placed.some((p) => b[0] < p[2] && p[0] < b[2] && b[1] < p[3] && p[1] < b[3]);
  for (const [id, zs] of order) {
    const f = figures.get(id);
    if (!f) continue;
    const [x, y] = centroids[nearestCentre(cache.geo!, zs)];
    const sx = x * view.s + view.tx,
      sy = y * view.s + view.ty;
    if (sx < -50 || sy < -20 || sx > W + 50 || sy > H + 20) continue;
    const name = f.name + (f.locked ? ` (${L('locked')})` : '');
    const figs = `${tr.int(f.members)} · ${f.seats}`;
    ctx.font = '600 12px system-ui, sans-serif';
    const wName = ctx.measureText(name).width;
    ctx.font = '11px system-ui, sans-serif';
    const wFigs = ctx.measureText(figs).width;
    let done = false;
    for (const lines of [2, 1]) {
      const w = (lines === 2 ? Math.max(wName, wFigs) : wName) + 6;
      const h = lines === 2 ? 28 : 16;
      for (const [dx, dy] of [
        [0, 0],
        [0, -0.7],
        [0, 0.7],
        [-0.4, 0],
        [0.4, 0],
      ]) {
        const cx = sx + dx * w,
          cy = sy + dy * h;
        const box: Box = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
        if (!free(box)) continue;
        placed.push(box);
        const top = lines === 2 ? cy - 6 : cy;
        ctx.font = '600 12px system-ui, sans-serif';
        ctx.strokeStyle = 'rgba(255,255,255,0.9)';
        ctx.lineWidth = 3;
        ctx.strokeText(name, cx, top);
        ctx.fillStyle = f.ok ? '#111' : '#a3180c';
        ctx.fillText(name, cx, top);
        if (lines === 2) {
          ctx.font = '11px system-ui, sans-serif';
          ctx.strokeText(figs, cx, cy + 7);
          ctx.fillText(figs, cx, cy + 7);
        }
        done = true;
        break;
      }
      if (done) break;
    }
  }
  return placed;
}
