/**
 * The map's colouring: by section (the default) or by an attribute of the zones (--attributes): a choropleth on
 * the report's scale (src/export/choropleth.ts), with the section borders over it and a legend; and the plan's
 * homogeneity (R²), said under the totals and updated with every edit.
 */
import { rampStops, rankScale } from '../../export/choropleth.js';
import { $, L, store, words } from './store.js';

/** the scale of each attribute column, built once from the server's values */
const scales: ReturnType<typeof rankScale>[] = [];

/** Fill the colour menu from the server's attributes (nothing shown when there are none). */
export function setUpLayers(onChange: () => void): void {
  const a = store.server.attributes;
  if (!a || !a.columns.length) return;
  scales.splice(0, scales.length, ...a.columns.map((_, c) => rankScale(a.values.map((row) => row[c]))));
  const select = $<HTMLSelectElement>('colour-by');
  select.replaceChildren(new Option(L('colourSections'), '-1'), ...a.columns.map((col, c) => new Option(col, String(c))));
  $('colour-label').textContent = L('colourBy');
  $('colour-box').hidden = false;
  select.addEventListener('change', () => {
    store.colourBy = Number(select.value);
    renderLegend();
    onChange();
  });
  renderLegend();
}

/** A zone's fill when the map is coloured by an attribute; undefined when it is coloured by section. */
export function attributeFill(zone: number): string | undefined {
  const c = store.colourBy;
  if (c < 0 || !store.server.attributes) return undefined;
  return scales[c]!.fill(store.server.attributes.values[zone]?.[c]);
}

/** Over a zone in no section when the map shows an attribute: a white veil (the legend says so). */
export const UNPLACED_VEIL = 'rgba(255,255,255,0.6)';

/** The hover line's value of the zone, in the shown attribute. */
export function attributeText(zone: number): string | undefined {
  const a = store.server.attributes;
  const c = store.colourBy;
  if (c < 0 || !a) return undefined;
  const v = a.values[zone]?.[c];
  return L('valueOf', { column: a.columns[c]!, value: v === null || v === undefined ? L('noValue') : words.tr.dec(v, scales[c]!.decimals) });
}

function renderLegend(): void {
  const legend = $('legend');
  const c = store.colourBy;
  if (c < 0) {
    legend.replaceChildren();
    return;
  }
  const { sorted, decimals } = scales[c]!;
  const ramp = document.createElement('span');
  ramp.className = 'ramp';
  ramp.style.background = `linear-gradient(to right,${rampStops()})`;
  const lo = sorted.length ? words.tr.dec(sorted[0]!, decimals) : '';
  const hi = sorted.length ? words.tr.dec(sorted[sorted.length - 1]!, decimals) : '';
  const note = document.createElement('div');
  note.textContent = L('legendRank');
  legend.replaceChildren(document.createTextNode(lo), ramp, document.createTextNode(hi), note);
}

/** How many of the least alike sections the line under the totals names (check's line names as many). */
const LEAST_SHOWN = 8;

/** Whether the section is among the least alike (marked in the sections list). */
export function isLeastAlike(section: string): boolean {
  return store.server.homogeneity?.least.includes(section) ?? false;
}

/** The homogeneity line under the totals (hidden without attributes). */
export function renderHomogeneity(): void {
  const h = store.server.homogeneity;
  const p = $('homogeneity');
  if (!h) {
    p.hidden = true;
    return;
  }
  const r2 = (x: number | null) => (x === null ? '—' : words.tr.dec(x, 3));
  // the least alike first, at most LEAST_SHOWN named here (each one is also marked in the sections list)
  const names = h.least.slice(0, LEAST_SHOWN).map((s) => store.figures.get(s)?.name ?? s);
  const list = names.join(', ') + (h.least.length > LEAST_SHOWN ? ', …' : '');
  p.textContent = L('homogeneity', { r2: r2(h.r2), r2w: r2(h.r2Weighted) }) + (names.length ? ` · ${L('leastAlike', { list })}` : '');
  p.hidden = false;
}
