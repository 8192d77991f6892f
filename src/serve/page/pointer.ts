/** The pointer on the map: hover tooltip, click to select, drag to paint zones into the active section, pan, wheel zoom. */
import { lockedBy, moveZones, sayLocked } from './api.js';
import { canvas, draw, panBy, sectionOfZone, zoneAt, zoomAt } from './map.js';
import { $, L, select, store, words, zoneGroup } from './store.js';
import { attributeText } from './layers.js';

interface Drag {
  mode: 'pan' | 'paint';
  x: number;
  y: number;
  tx: number;
  ty: number;
  moved: boolean;
  painted: Set<number>;
  refused?: boolean;
}
const gesture: { drag: Drag | null } = { drag: null };

function paintAt(x: number, y: number): void {
  const i = zoneAt(x, y);
  const d = gesture.drag;
  if (!d || i < 0 || store.selected === null || d.painted.has(i) || sectionOfZone(i) === store.selected) return;
  const lock = lockedBy(i);
  if (lock !== null) {
    // said once per gesture, not for every zone the pointer crosses
    if (!d.refused) sayLocked(lock);
    d.refused = true;
    return;
  }
  d.painted.add(i);
  store.pending.set(i, store.selected!);
  draw();
}

export function setupPointer(): void {
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  canvas.addEventListener('pointerdown', (e) => {
    canvas.setPointerCapture(e.pointerId);
    const paint = e.button === 0 && !e.shiftKey && store.selected !== null;
    gesture.drag = { mode: paint ? 'paint' : 'pan', x: e.clientX, y: e.clientY, tx: store.view.tx, ty: store.view.ty, moved: false, painted: new Set() };
    if (paint) paintAt(e.clientX, e.clientY);
  });
  canvas.addEventListener('pointermove', (e) => {
    const d = gesture.drag;
    if (d) {
      if (Math.abs(e.clientX - d.x) + Math.abs(e.clientY - d.y) > 3) d.moved = true;
      if (d.mode === 'pan') return panBy(d.tx + e.clientX - d.x, d.ty + e.clientY - d.y);
      paintAt(e.clientX, e.clientY);
    }
    const i = zoneAt(e.clientX, e.clientY);
    if (i !== store.hover) {
      store.hover = i;
      showHover(e.clientX, e.clientY);
      draw();
    } else if (i >= 0) placeTip(e.clientX, e.clientY);
  });
  canvas.addEventListener('pointerleave', () => {
    store.hover = -1;
    $('hover').hidden = true;
    draw();
  });
  canvas.addEventListener('pointerup', (e) => {
    const d = gesture.drag;
    gesture.drag = null;
    if (!d) return;
    if (d.mode === 'paint' && d.painted.size) {
      void moveZones([...d.painted]);
    } else if (d.mode === 'pan' && !d.moved && e.button === 0) {
      const i = zoneAt(e.clientX, e.clientY);
      select(i >= 0 ? store.assign[i] : null);
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
}

function showHover(x: number, y: number): void {
  const tip = $('hover');
  const { hover, server, figures } = store;
  if (hover < 0) {
    tip.hidden = true;
    return;
  }
  const z = server.zones[hover];
  const s = sectionOfZone(hover);
  tip.replaceChildren();
  const line = (text: string, bold = false) => {
    const d = document.createElement('div');
    d.textContent = text;
    if (bold) d.style.fontWeight = '600';
    tip.append(d);
  };
  line(L('hoverZone', { name: z.name, id: z.id, members: words.tr.int(z.members), n: z.members }), true);
  const group = zoneGroup(hover);
  if (group) line(L('hoverZe', { name: group.name, id: group.id }));
  if (z.dep) line(L('hoverDep', { name: z.depName ?? z.dep, id: z.dep }));
  if (server.rules.within && z.within && server.rules.within !== 'dep') line(`${server.rules.within} ${z.within}`);
  line(s === null ? L('none') : L('hoverSection', { name: figures.get(s)?.name ?? s }));
  const value = attributeText(hover);
  if (value) line(value);
  tip.hidden = false;
  placeTip(x, y);
}

function placeTip(x: number, y: number): void {
  const r = canvas.getBoundingClientRect();
  const tip = $('hover');
  tip.style.left = `${Math.min(x - r.left + 14, r.width - 250)}px`;
  tip.style.top = `${y - r.top + 14}px`;
}
