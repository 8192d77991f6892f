/**
 * The page's one state store: what the server last said (its typed answers, src/serve/schemas.ts), the plan
 * as drawn, the selection, the colours, the pointer's state. Every module reads it from here and changes it
 * through its functions; a change notifies the views that subscribed (the map redraws, the side panel
 * re-renders), so no module calls another's drawing code.
 */
import type { LabelKey } from '../../core/dictionary.js';
import { translator } from '../../core/dictionary.js';
import { fill, type Lang } from '../../core/i18n.js';
import { colourSections } from '../../export/colour.js';
import type { SectionFigures } from '../../session/figures.js';
import type { StateAnswer, UpdateAnswer } from '../schemas.js';
import { PAGE_LABELS, type PageKey } from './labels.js';

export type { StateAnswer, UpdateAnswer, ZoneInfo, JobAnswer, CompareAnswer, SaveAnswer, CheckAnswer } from '../schemas.js';

export interface Store {
  lang: Lang;
  /** the server's last whole answer, kept up to date with every edit's update */
  server: StateAnswer;
  /** zone index → section id, as drawn */
  assign: (string | null)[];
  figures: Map<string, SectionFigures>;
  zoneIndex: Map<string, number>;
  /** zone index → neighbouring zone indices (shared arcs) */
  adjacency: number[][];
  selected: string | null;
  dirty: boolean;
  colours: Map<string, string>;
  /** zones painted but not yet answered by the server */
  pending: Map<number, string>;
  /** bumped whenever `assign` changes (the map caches its section borders by it) */
  assignVersion: number;
  /** the map's view: scale and offset of the base pixel space (see geometry.ts) */
  view: { s: number; tx: number; ty: number };
  /** true while the view shows the whole map (it is refitted when the window is resized) */
  fitted: boolean;
  hover: number;
  flash: number;
  /** the zone found by the search (outlined; the keyboard moves it or selects its section), -1: none */
  cursor: number;
  /** the map's colouring: -1 by section, else the index of an attribute column (--attributes) */
  colourBy: number;
  /** the message on screen and the plan version it describes (cleared by the next edit) */
  message: { text: string; error: boolean; version: number } | null;
}

export const store: Store = {
  lang: document.documentElement.lang === 'fr' ? 'fr' : 'en',
  server: undefined as unknown as StateAnswer,
  assign: [],
  figures: new Map(),
  zoneIndex: new Map(),
  adjacency: [],
  selected: null,
  dirty: false,
  colours: new Map(),
  pending: new Map(),
  assignVersion: 0,
  view: { s: 1, tx: 0, ty: 0 },
  fitted: true,
  hover: -1,
  flash: -1,
  cursor: -1,
  colourBy: -1,
  message: null,
};

// ---------- words ----------

let tr = translator(store.lang);
export const words = {
  get tr() {
    return tr;
  },
};
/**
 * The page's own words in the page's language. A plural is written "{n:one form|other form}" in the catalogue
 * and chosen by the language's rules (fill: French says "0 règle", "1 règle", "2 règles").
 */
export const L = (k: PageKey, p: Record<string, string | number> = {}): string => fill(PAGE_LABELS[k][store.lang], p, store.lang);
/** The catalogue's shared labels (report, check) in the page's language. */
export const D = (k: LabelKey, p?: Record<string, string | number>): string => tr.t(k, p);

export function setLang(lang: Lang): void {
  store.lang = lang;
  tr = translator(lang);
}

export const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

// ---------- views ----------

type View = 'map' | 'side';
const views: Record<View, (() => void)[]> = { map: [], side: [] };

export function subscribe(view: View, f: () => void): void {
  views[view].push(f);
}

/** Tell the views that the store changed ('map' only: a redraw without re-rendering the side panel). */
export function changed(...which: View[]): void {
  for (const v of which.length ? which : (['side', 'map'] as View[])) for (const f of views[v]) f();
}

// ---------- updates ----------

/** The whole state, as GET /api/state gives it (at start and after a proposal). */
export function loadState(s: StateAnswer): void {
  store.server = s;
  store.assign = s.assignment.slice();
  store.zoneIndex = new Map(s.zones.map((z, i) => [z.id, i]));
  store.assignVersion++;
  applyUpdate({ ...s, changes: undefined });
}

/** An edit's answer: the zones that changed, every section's figures, the verdict. */
export function applyUpdate(u: UpdateAnswer): void {
  for (const [zone, sec] of Object.entries(u.changes ?? {})) {
    const i = store.zoneIndex.get(zone);
    if (i !== undefined) store.assign[i] = sec;
  }
  store.assignVersion++;
  store.pending.clear();
  store.figures = new Map(u.sections.map((f) => [f.id, f]));
  const { changes: _, ...rest } = u;
  store.server = { ...store.server, ...rest };
  if (store.selected !== null && !store.figures.has(store.selected)) store.selected = null;
  // a message describes the state it was said about: an edit that changes the plan clears it
  if (store.message && store.message.version !== u.version) store.message = null;
  recolour();
  // the plan version the page shows (tests and scripts wait for it)
  document.body.dataset.version = String(u.version);
  changed();
}

/** The sections' adjacency on the map as drawn. */
export function sectionAdjacency(): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  store.assign.forEach((s, i) => {
    if (s === null) return;
    for (const j of store.adjacency[i] ?? []) {
      const t = store.assign[j];
      if (t !== null && t !== s) {
        if (!adj.has(s)) adj.set(s, new Set());
        adj.get(s)!.add(t);
      }
    }
  });
  return adj;
}

/**
 * The zone d'emploi a zone belongs to (communes: properties ze2020/ze2020_name; the finer units of a split
 * zone: their parent_zone), or null when the zones are zones d'emploi themselves.
 */
export function zoneGroup(i: number): { id: string; name: string } | null {
  const z = store.server.zones[i];
  if (z.parent !== null) return { id: z.parent, name: z.zeName ?? z.parent };
  if (z.ze !== null) return { id: z.ze, name: z.zeName ?? z.ze };
  return null;
}

/** Colours: a proper colouring of the section adjacency, keeping every colour that is still valid. */
function recolour(): void {
  store.colours = colourSections([...store.figures.keys()], sectionAdjacency(), undefined, store.colours);
}

export function select(id: string | null): void {
  store.selected = id;
  changed();
}

export function setDirty(d: boolean): void {
  store.dirty = d;
  changed('side');
}

/** Say something about the current plan (an error, a result): it stays until the plan changes. */
export function message(text: string, error = false): void {
  store.message = { text, error, version: store.server?.version ?? -1 };
  changed('side');
}
