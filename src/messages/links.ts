/** What graph and --auto-link say about links between zones. */
import type { Table } from './message.js';

export const LINK_LABELS = {
  linked: {
    en: 'linked {a} ({aName}) to {b} ({bName}), {km} km apart{tier} (--auto-link)',
    fr: '{a} ({aName}) relié à {b} ({bName}), à {km} km{tier} (--auto-link)',
  },
  tierDep: { en: ', same département', fr: ', même département' },
  tierReg: { en: ', same région', fr: ', même région' },
  noneNeeded: {
    en: '--auto-link: every separate part has at least {min} {min:member|members} and can form its own section: no link added',
    fr: '--auto-link : chaque partie séparée a au moins {min} {min:adhérent|adhérents} et peut former sa propre section : aucune liaison ajoutée',
  },
  noThreshold: {
    en: '--auto-link without member counts: every separate part was linked to its nearest part within {max} km (with member counts, only the parts below the threshold are)',
    fr: '--auto-link sans effectifs : chaque partie séparée a été reliée à la partie la plus proche à moins de {max} km (avec des effectifs, seules les parties sous le seuil le sont)',
  },
  separate: {
    en: '--auto-link: left separate (no other part within {max} km): {part}{nearest}',
    fr: '--auto-link : laissée à part (aucune autre partie à moins de {max} km) : {part}{nearest}',
  },
  nearestKm: { en: '; the nearest other part is {km} km away', fr: ' ; la partie la plus proche est à {km} km' },
  part: { en: 'the part {n:|of {n} zones }{list}', fr: 'la partie {n:|de {n} zones }{list}' },
  more: { en: '… (+{n} more)', fr: '… (+{n} {n:autre|autres})' },
  crosses: { en: 'crosses the sea or a gap: {list}', fr: 'franchit la mer ou une discontinuité : {list}' },
  linkItem: { en: '{a} ↔ {b}, {km} km', fr: '{a} ↔ {b}, {km} km' },
} as const satisfies Table;
