import { describe, expect, it } from 'vitest';
import { CATALOGUE, option, say, said } from '../../src/messages/index.js';
import { PROPOSE_LABELS } from '../../src/messages/propose.js';
import { labelsFor, LANGS } from '../../src/core/index.js';

const messages = Object.entries(CATALOGUE).flatMap(([ns, table]) =>
  Object.entries(table as Record<string, Record<string, string>>).map(([key, m]) => ({ id: `${ns}.${key}`, m })),
);

/** Plural nouns that a count may stand before, English and French. */
const NOUNS = [
  ...['zones', 'sections', 'seats', 'units', 'delegates', 'plans', 'lines', 'rows', 'values', 'parts', 'links', 'members', 'communes'],
  ...['pieces', 'characters', 'fields', 'bytes', 'groups', 'pairs', 'lists', 'draws', 'families', 'levels', 'inhabitants', 'others', 'steps'],
  ...['délégués', 'sièges', 'unités', 'lignes', 'valeurs', 'parties', 'liens', 'découpages', 'adhérents', 'morceaux', 'caractères', 'champs'],
  ...['octets', 'groupes', 'paires', 'listes', 'tirages', 'familles', 'niveaux', 'habitants', 'autres'],
];
const COUNT_BEFORE_NOUN = new RegExp(`\\{(\\w+)\\} (${NOUNS.join('|')})(?![\\p{L}])`, 'gu');

/**
 * "message id: placeholder" whose {x} before a plural noun is not a count, so takes no plural form.
 * {members}/{Members} (the organisation's word, filled when said) are left out everywhere.
 */
const NOT_COUNTS = new Set([
  // {links} is the --links option: "use --links links.csv" (a file name)
  'load.links.badOption.hint: links',
  // {splitWith} is the --split-with option: "--split-with communes.geojson" (a file name)
  'plan.propose.zoneAboveMax.hint: splitWith',
  'plan.split.needsSplitWith.hint: splitWith',
  'plan.split.intoNeedsSplitWith.hint: splitWith',
]);

describe('a count before a plural noun takes its plural form', () => {
  it('every "{x} noun" of the catalogue has a plural {x:one|other} for x, in every language', () => {
    const bad = messages.flatMap(({ id, m }) =>
      LANGS.flatMap((lang) => {
        const template = m[lang]!;
        return [...template.matchAll(COUNT_BEFORE_NOUN)]
          .filter(([, x]) => x !== 'members' && x !== 'Members' && !template.includes(`{${x}:`) && !NOT_COUNTS.has(`${id}: ${x}`))
          .map(([hit]) => `${id} (${lang}): ${hit}`);
      }),
    );
    expect(bad).toEqual([]);
  });

  it('keeps no needless exception: each allowed placeholder is still before its noun', () => {
    const used = new Set(messages.flatMap(({ id, m }) => LANGS.flatMap((lang) => [...m[lang]!.matchAll(COUNT_BEFORE_NOUN)].map(([, x]) => `${id}: ${x}`))));
    expect([...NOT_COUNTS].filter((e) => !used.has(e))).toEqual([]);
  });
});

describe('one and two, said in English and French', () => {
  it('the zones written by export', () => {
    const wrote = (n: number) => said('output.export.wroteZones', { file: 'plan.geojson', n });
    expect(say(wrote(1), 'en')).toBe('wrote plan.geojson: 1 zone with its section');
    expect(say(wrote(2), 'en')).toBe('wrote plan.geojson: 2 zones with their section');
    expect(say(wrote(1), 'fr')).toBe('plan.geojson écrit : 1 zone avec sa section');
    expect(say(wrote(2), 'fr')).toBe('plan.geojson écrit : 2 zones avec leur section');
  });

  it('the sections one may ask for, and the parts they need', () => {
    const hint = (ub: number) => said('plan.propose.sectionsAboveBound.hint', { ub, minMembers: option('minMembers') });
    expect(say(hint(1), 'en')).toBe('ask for 1 section or fewer, or lower minMembers');
    expect(say(hint(2), 'en')).toBe('ask for 2 sections or fewer, or lower minMembers');
    expect(say(hint(1), 'fr')).toBe('demandez 1 section ou moins, ou baissez minMembers');
    expect(say(hint(2), 'fr')).toBe('demandez 2 sections ou moins, ou baissez minMembers');
    const triedRange = (b: number) => said('plan.propose.triedRange', { a: 1, b });
    expect(say(triedRange(1), 'fr')).toBe('de 1 à 1 section essayée');
    expect(say(triedRange(2), 'fr')).toBe('de 1 à 2 sections essayées');
  });

  it('the zones outside their section’s main area (a label table, said through labelsFor)', () => {
    const en = labelsFor(PROPOSE_LABELS, 'en');
    const fr = labelsFor(PROPOSE_LABELS, 'fr');
    expect(en('outside', { n: 1, prop: 'dep' })).toBe('1 zone lies outside the main dep of its section');
    expect(en('outside', { n: 2, prop: 'dep' })).toBe('2 zones lie outside the main dep of their section');
    expect(fr('outside', { n: 1, prop: 'département' })).toBe('1 zone est hors du département principal de sa section');
    expect(fr('outside', { n: 2, prop: 'département' })).toBe('2 zones sont hors du département principal de leur section');
    // French says 0 in the singular, English in the plural
    expect(en('outside', { n: 0, prop: 'dep' })).toBe('0 zones lie outside the main dep of their section');
    expect(fr('outside', { n: 0, prop: 'département' })).toBe('0 zone est hors du département principal de sa section');
  });
});
