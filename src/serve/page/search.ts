/** The search box: a zone by name or code, centred on the map. */
import { zoomToZone } from './map.js';
import { $, select, store } from './store.js';

const norm = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

export function setupSearch(): void {
  $('search').addEventListener('input', () => {
    const q = norm($<HTMLInputElement>('search').value.trim());
    const ul = $('results');
    ul.replaceChildren();
    if (!q) return;
    const hits = store.server.zones.map((z, i) => ({ z, i })).filter(({ z }) => norm(z.name).includes(q) || norm(z.id).startsWith(q)).slice(0, 10);
    for (const { z, i } of hits) {
      const li = document.createElement('li');
      li.textContent = `${z.name} (${z.id})`;
      li.addEventListener('click', () => {
        ul.replaceChildren();
        zoomToZone(i);
        select(store.assign[i]);
      });
      ul.append(li);
    }
  });
}
