/**
 * What is said about links, in English and French: each link --auto-link adds (with its distance), the
 * parts it leaves separate, the refusal of a link longer than --max-link-km, and the mark of a section
 * that holds a link ("crosses the sea or a gap: Marie-Galante ↔ Est Grande Terre, 23 km").
 */
import { labelsFor, numberFormat, type Lang } from '../core/i18n.js';
import type { ZoneSet } from '../core/types.js';
import { count, option, said, type Said } from '../messages/index.js';
import type { UnlinkedPart } from './links.js';
import type { ZoneGraphResult } from './types.js';
import { LINK_LABELS } from '../messages/links.js';

export { LINK_LABELS };

/** Distances as people read them: one decimal under 100 km, whole km above (and for whole numbers); French decimal comma. */
export function formatKm(km: number, lang: Lang): string {
  const nf = numberFormat(lang);
  return km >= 100 || Number.isInteger(km) ? nf.int(km) : nf.dec(km, 1);
}

const MAX_NAMED = 5;

function partText(zones: ZoneSet, part: readonly number[], lang: Lang): string {
  const t = labelsFor(LINK_LABELS, lang);
  const names = part.slice(0, MAX_NAMED).map((i) => `${zones.zones[i].id} ${zones.zones[i].name}`);
  const list = names.join(', ') + (part.length > MAX_NAMED ? `, ${t('more', { n: part.length - MAX_NAMED })}` : '');
  return t('part', { n: part.length, list });
}

/** The message of a refused automatic link: every part concerned (zones, members) and what to do. */
export function formatRefusal(
  zones: ZoneSet,
  refused: readonly UnlinkedPart[],
  opts: { minMembers: number; maxLinkKm: number },
  lang: Lang,
): { problem: Said; hint: Said } {
  // distances are written in the language of the graph's options (a said value has no decimals of its own)
  const max = formatKm(opts.maxLinkKm, lang);
  const describe = (p: UnlinkedPart) =>
    said('plan.graph.refusedPart', { zones: partSaid(zones, p.zones), n: count(p.members), min: count(opts.minMembers), nearest: nearestSaid(zones, p, lang) });
  const shown = refused.slice(0, 10);
  const options = { autoLink: option('autoLink'), maxLinkKm: option('maxLinkKm') };
  let problem: Said;
  if (refused.length === 1) problem = said('plan.graph.refused', { ...options, n: 1, max, part: describe(refused[0]) });
  else {
    problem = said('plan.graph.refused', { ...options, n: refused.length, max, part: '' });
    for (const p of shown) problem = said('plan.graph.refusedLine', { before: problem, part: describe(p) });
    if (refused.length > shown.length)
      problem = said('plan.graph.refusedLine', { before: problem, part: said('plan.graph.refusedMore', { n: refused.length - shown.length }) });
  }
  const first = refused[0];
  const a = zones.zones[first.nearest?.a ?? first.zones[0]].id;
  const b = first.nearest ? zones.zones[first.nearest.b].id : 'ZONE';
  return { problem, hint: said('plan.graph.refused.hint', { links: option('links'), a, b, minMembers: option('minMembers'), maxLinkKm: option('maxLinkKm') }) };
}

function partSaid(zones: ZoneSet, part: readonly number[]): Said {
  const names = part
    .slice(0, MAX_NAMED)
    .map((i) => `${zones.zones[i].id} ${zones.zones[i].name}`)
    .join(', ');
  const list = part.length > MAX_NAMED ? said('plan.graph.partMore', { list: names, n: part.length - MAX_NAMED }) : names;
  return said('plan.graph.part', { n: part.length, list });
}

function nearestSaid(zones: ZoneSet, p: { nearest?: { b: number; distanceKm: number } }, lang: Lang): Said {
  if (!p.nearest) return said('plan.graph.noNearest');
  const b = zones.zones[p.nearest.b];
  return said('plan.graph.nearest', { b: b.id, bName: b.name, km: formatKm(p.nearest.distanceKm, lang) });
}

/** One line per link --auto-link added (with its distance), or why none was, and the parts left separate. */
export function formatAutoLinks(zones: ZoneSet, graph: ZoneGraphResult, lang: Lang): string[] {
  const info = graph.autoLink;
  if (!info) return [];
  const t = labelsFor(LINK_LABELS, lang);
  const nf = numberFormat(lang);
  const out: string[] = [];
  for (const e of graph.linksAdded) {
    const [from, to] = e.from === e.b ? [e.b, e.a] : [e.a, e.b];
    const tier = e.tier === 'dep' ? t('tierDep') : e.tier === 'reg' ? t('tierReg') : '';
    out.push(
      t('linked', {
        a: zones.zones[from].id,
        aName: zones.zones[from].name,
        b: zones.zones[to].id,
        bName: zones.zones[to].name,
        km: formatKm(e.distanceKm ?? 0, lang),
        tier,
      }),
    );
  }
  const max = formatKm(info.maxLinkKm, lang);
  if (info.minMembers === undefined) {
    if (graph.linksAdded.length) out.push(t('noThreshold', { max }));
    for (const p of info.separate) {
      const nearest = p.nearestKm === undefined ? '' : t('nearestKm', { km: formatKm(p.nearestKm, lang) });
      out.push(t('separate', { max, part: partText(zones, p.zones, lang), nearest }));
    }
  } else if (graph.linksAdded.length === 0 && info.parts > 1) {
    out.push(t('noneNeeded', { min: nf.int(info.minMembers) }));
  }
  return out;
}

/** A section's links as one phrase: "crosses the sea or a gap: Marie-Galante ↔ Est Grande Terre, 23.2 km". */
export function crossesText(links: readonly { aName: string; bName: string; km: number }[], lang: Lang): string {
  const t = labelsFor(LINK_LABELS, lang);
  const list = links.map((l) => t('linkItem', { a: l.aName, b: l.bName, km: formatKm(l.km, lang) })).join(lang === 'fr' ? ' ; ' : '; ');
  return t('crosses', { list });
}
