/**
 * What is said about links, in English and French: each link --auto-link adds (with its distance), the
 * parts it leaves separate, the refusal of a link longer than --max-link-km, and the mark of a section
 * that holds a link ("crosses the sea or a gap: Marie-Galante ↔ Est Grande Terre, 23 km").
 */
import { labelsFor, numberFormat, type Labels, type Lang } from '../core/i18n.js';
import type { ZoneSet } from '../core/types.js';
import { count, option, said, type Said } from '../messages/index.js';
import type { UnlinkedPart } from './links.js';
import type { GraphEdge, ZoneGraphResult } from './types.js';

type Key =
  | 'linked'
  | 'tierDep'
  | 'tierReg'
  | 'noneNeeded'
  | 'noThreshold'
  | 'separate'
  | 'refusedOne'
  | 'refusedMany'
  | 'refusedPart'
  | 'nearest'
  | 'noNearest'
  | 'nearestKm'
  | 'refusedHint'
  | 'zone'
  | 'zones'
  | 'more'
  | 'crosses'
  | 'linkItem';

export const LINK_LABELS: Labels<Key> = {
  en: {
    linked: 'linked {a} ({aName}) to {b} ({bName}), {km} km apart{tier} (--auto-link)',
    tierDep: ', same département',
    tierReg: ', same région',
    noneNeeded: '--auto-link: every separate part has at least {min} members and can form its own section: no link added',
    noThreshold:
      '--auto-link without member counts: every separate part was linked to its nearest part within {max} km (with member counts, only the parts below the threshold are)',
    separate: '--auto-link: left separate (no other part within {max} km): {part}{nearest}',
    refusedOne: '--auto-link refuses a link longer than {max} km (--max-link-km): {part}{nearest}',
    refusedMany: '--auto-link refuses {n} links longer than {max} km (--max-link-km):',
    refusedPart: '{zones}, {members} members, below the threshold of {min}',
    nearest: '; its nearest part is {b} ({bName}), {km} km away',
    noNearest: '; no other part has a vertex',
    nearestKm: '; the nearest other part is {km} km away',
    refusedHint:
      'choose the link yourself if it is what you want (e.g. --link {a}:{b}), set a lower threshold so this part can be a section of its own (--min-members, or "min-members" in rules.json), or allow longer links (--max-link-km)',
    zone: 'the part {list}',
    zones: 'the part of {n} zones {list}',
    more: '… (+{n} more)',
    crosses: 'crosses the sea or a gap: {list}',
    linkItem: '{a} ↔ {b}, {km} km',
  },
  fr: {
    linked: '{a} ({aName}) relié à {b} ({bName}), à {km} km{tier} (--auto-link)',
    tierDep: ', même département',
    tierReg: ', même région',
    noneNeeded: '--auto-link : chaque partie séparée a au moins {min} adhérents et peut former sa propre section : aucune liaison ajoutée',
    noThreshold:
      '--auto-link sans effectifs : chaque partie séparée a été reliée à la partie la plus proche à moins de {max} km (avec des effectifs, seules les parties sous le seuil le sont)',
    separate: '--auto-link : laissée à part (aucune autre partie à moins de {max} km) : {part}{nearest}',
    refusedOne: '--auto-link refuse une liaison de plus de {max} km (--max-link-km) : {part}{nearest}',
    refusedMany: '--auto-link refuse {n} liaisons de plus de {max} km (--max-link-km) :',
    refusedPart: '{zones}, {members} adhérents, sous le seuil de {min}',
    nearest: ' ; la partie la plus proche est {b} ({bName}), à {km} km',
    noNearest: ' ; aucune autre partie n’a de sommet',
    nearestKm: ' ; la partie la plus proche est à {km} km',
    refusedHint:
      'choisissez vous-même la liaison si c’est bien ce que vous voulez (par exemple --link {a}:{b}), fixez un seuil plus bas pour que cette partie forme sa propre section (--min-members, ou "min-members" dans rules.json), ou acceptez des liaisons plus longues (--max-link-km)',
    zone: 'la partie {list}',
    zones: 'la partie de {n} zones {list}',
    more: '… (+{n} autres)',
    crosses: 'franchit la mer ou une discontinuité : {list}',
    linkItem: '{a} ↔ {b}, {km} km',
  },
};

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
  return part.length === 1 ? t('zone', { list }) : t('zones', { n: part.length, list });
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
  if (refused.length === 1) problem = said('plan.graph.refusedOne', { ...options, max, part: describe(refused[0]) });
  else {
    problem = said('plan.graph.refusedMany', { ...options, n: refused.length, max });
    for (const p of shown) problem = said('plan.graph.refusedLine', { before: problem, part: describe(p) });
    if (refused.length > shown.length) problem = said('plan.graph.refusedLine', { before: problem, part: said('plan.graph.refusedMore', { n: refused.length - shown.length }) });
  }
  const first = refused[0];
  const a = zones.zones[first.nearest?.a ?? first.zones[0]].id;
  const b = first.nearest ? zones.zones[first.nearest.b].id : 'ZONE';
  return { problem, hint: said('plan.graph.refused.hint', { links: option('links'), a, b, minMembers: option('minMembers'), maxLinkKm: option('maxLinkKm') }) };
}

function partSaid(zones: ZoneSet, part: readonly number[]): Said {
  const names = part.slice(0, MAX_NAMED).map((i) => `${zones.zones[i].id} ${zones.zones[i].name}`).join(', ');
  const list = part.length > MAX_NAMED ? said('plan.graph.partMore', { list: names, n: part.length - MAX_NAMED }) : names;
  return part.length === 1 ? said('plan.graph.partOne', { list }) : said('plan.graph.partMany', { n: part.length, list });
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
      t('linked', { a: zones.zones[from].id, aName: zones.zones[from].name, b: zones.zones[to].id, bName: zones.zones[to].name, km: formatKm(e.distanceKm ?? 0, lang), tier }),
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

/** The links inside a group of zones (a section), as edges. */
export function linksWithin(graph: ZoneGraphResult | { edges: readonly GraphEdge[]; index: Map<string, number> }, zoneIds: readonly string[]): GraphEdge[] {
  const inside = new Set<number>();
  for (const id of zoneIds) {
    const i = graph.index.get(id);
    if (i !== undefined) inside.add(i);
  }
  return graph.edges.filter((e) => e.kind === 'link' && inside.has(e.a) && inside.has(e.b));
}

/** A section's links as one phrase: "crosses the sea or a gap: Marie-Galante ↔ Est Grande Terre, 23.2 km". */
export function crossesText(links: readonly { aName: string; bName: string; km: number }[], lang: Lang): string {
  const t = labelsFor(LINK_LABELS, lang);
  const list = links.map((l) => t('linkItem', { a: l.aName, b: l.bName, km: formatKm(l.km, lang) })).join(lang === 'fr' ? ' ; ' : '; ');
  return t('crosses', { list });
}
