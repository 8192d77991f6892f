/**
 * The search box: finds a zone and highlights it on the map (it does not change the active section).
 * Accent-, case-, apostrophe- and hyphen-insensitive, "St"/"Ste" = "Saint"/"Sainte" (the register's town
 * normalisation, src/members/normalise.ts); by code and by postal code too. The results are a listbox:
 * arrows move, Enter picks, Escape closes.
 */
import { normaliseTown } from '../../members/normalise.js';
import { canvas, zoomToZone } from './map.js';
import { $, changed, L, store } from './store.js';

const MAX = 12;

/** The zones a query finds: names containing it (names starting with it first), codes and postal codes starting with it. */
export function findZones(query: string): number[] {
  const q = normaliseTown(query.trim());
  const digits = query.replace(/\s/g, '');
  if (!q && !digits) return [];
  const zones = store.server.zones;
  const names = (normalised.names ??= zones.map((z) => normaliseTown(z.name)));
  const starts: number[] = [];
  const inside: number[] = [];
  zones.forEach((z, i) => {
    if (q && names[i].startsWith(q)) starts.push(i);
    else if (q && names[i].includes(q)) inside.push(i);
    else if (digits && (z.id.toLowerCase().startsWith(digits.toLowerCase()) || z.postcodes.some((p) => p.startsWith(digits)))) inside.push(i);
  });
  return [...starts, ...inside].slice(0, MAX);
}
/** the zones' names, normalised once (a cache, not state) */
const normalised: { names?: string[] } = {};

/** Highlight a zone: centre the map on it and keep it outlined (the keyboard's "found zone"). */
export function pickZone(i: number): void {
  store.cursor = i;
  $('results').replaceChildren();
  // the list is closed: no option is active any more (an id that no longer exists is invalid ARIA)
  $('search').setAttribute('aria-expanded', 'false');
  $('search').removeAttribute('aria-activedescendant');
  zoomToZone(i);
  changed();
  // the keyboard goes on from the map, where m moves the zone and s selects its section
  canvas.focus();
}

export function setupSearch(): void {
  const input = $<HTMLInputElement>('search');
  const ul = $('results');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', 'results');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-label', L('search'));
  ul.setAttribute('role', 'listbox');
  ul.setAttribute('aria-label', L('search'));
  const search = { hits: [] as number[], active: 0 };
  const show = () => {
    ul.replaceChildren();
    input.setAttribute('aria-expanded', String(search.hits.length > 0));
    search.hits.forEach((i, k) => {
      const z = store.server.zones[i];
      const li = document.createElement('li');
      li.id = `result-${k}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(k === search.active));
      li.dataset.zone = z.id;
      li.textContent = `${z.name} (${z.id})` + (z.depName ? ` · ${z.depName}` : '');
      li.addEventListener('mousedown', (e) => e.preventDefault());
      li.addEventListener('click', () => pickZone(i));
      ul.append(li);
    });
    if (search.hits.length) input.setAttribute('aria-activedescendant', `result-${search.active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  input.addEventListener('input', () => {
    search.hits = findZones(input.value);
    search.active = 0;
    show();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!search.hits.length) return;
      e.preventDefault();
      search.active = (search.active + (e.key === 'ArrowDown' ? 1 : search.hits.length - 1)) % search.hits.length;
      show();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (search.hits.length) pickZone(search.hits[search.active]);
    } else if (e.key === 'Escape') {
      search.hits = [];
      show();
    }
  });
  // leaving the box closes the list (a moment later, so that a click on an option still lands)
  input.addEventListener('blur', () => setTimeout(() => document.activeElement !== input && ((search.hits = []), show()), 150));
}
