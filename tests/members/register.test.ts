import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cleanPostcode, normaliseTown } from '../../src/members/normalise.js';
import { geography } from '../../src/members/geography.js';
import { matchRegister, registerColumns, registerToZones, zoneOf } from '../../src/members/register.js';
import { largestRemainder } from '../../src/apportion/index.js';
import { registerRows } from '../../src/io/register.js';

const COLS = { postcode: 'cp', town: 'ville', street: 'adresse', count: 'n', insee: 'insee', country: 'pays' };
const row = (cp: string, ville: string, extra: Partial<Record<'adresse' | 'n' | 'insee' | 'pays', string>> = {}) =>
  registerRows([{ cp, ville, adresse: '', n: '1', insee: '', pays: '', ...extra }])[0];
const etalab = createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json') as { code: string; type: string; population?: number }[];
const population = (code: string) => etalab.find((c) => c.code === code && c.type !== 'commune-deleguee')!.population!;

describe('town names as envelopes write them', () => {
  it('ST/SAINT, accents, hyphens, CEDEX and arrondissements reduce to one form', () => {
    const same = ['Saint-Maximin-la-Sainte-Baume', 'ST MAXIMIN LA STE BAUME', 'st maximin la ste baume cedex 3', 'SAINT MAXIMIN LA SAINTE-BAUME CEDEX'];
    expect(new Set(same.map(normaliseTown))).toEqual(new Set(['SAINT MAXIMIN LA SAINTE BAUME']));
    expect(normaliseTown('Marseille 13e Arrondissement')).toBe(normaliseTown('MARSEILLE 13'));
    expect(normaliseTown('Paris 1er Arrondissement')).toBe('PARIS 1');
    expect(normaliseTown('Châlons-en-Champagne')).toBe('CHALONS EN CHAMPAGNE');
    expect(normaliseTown('BOULOGNE S/ MER')).toBe(normaliseTown('Boulogne-sur-Mer'));
  });

  it('postal codes: spaces, and the leading 0 spreadsheets drop', () => {
    expect(cleanPostcode('6000')).toBe('06000');
    expect(cleanPostcode('13 013')).toBe('13013');
    expect(cleanPostcode('B-1000')).toBeNull();
    expect(cleanPostcode('123')).toBeNull();
  });
});

describe('matchRegister: each way a line finds its commune', () => {
  it('a postal code serving one commune (the town may be misspelt or missing)', () => {
    expect(geography().byPostcode.get('06000')!.length).toBe(1);
    const r = matchRegister([row('06000', 'NICE'), row('6000', 'nice'), row('06000', ''), row('06000', 'NISSE')], COLS);
    expect(r.lines.postcode).toBe(4);
    expect(r.communes).toEqual([{ code: '06088', name: 'Nice', members: 4, shared: 0, estimated: false }]);
  });

  it('by town name among the communes of a postal code (4 communes share 83470)', () => {
    expect(geography().byPostcode.get('83470')!.length).toBeGreaterThan(1);
    const r = matchRegister([row('83470', 'ST MAXIMIN LA STE BAUME'), row('83470', 'Pourcieux'), row('83470', 'POURCIEUX')], COLS);
    expect(r.lines.town).toBe(3);
    expect(r.communes.map((c) => [c.code, c.members])).toEqual([
      ['83096', 2],
      ['83116', 1],
    ]);
  });

  it('an arrondissement named on the envelope; a delivery office (Puyricard) goes to its commune', () => {
    const r = matchRegister([row('13013', 'MARSEILLE 13E ARRONDISSEMENT'), row('13540', 'PUYRICARD'), row('75001', 'PARIS')], COLS);
    expect(r.communes.map((c) => c.code)).toEqual(['13001', '13213', '75101']);
    expect(r.lines.shared).toBe(0);
  });

  it('CEDEX codes and wrong postal codes: the town is looked up in the département', () => {
    const r = matchRegister([row('13295', 'AIX EN PROVENCE CEDEX 2'), row('06999', 'NICE CEDEX'), row('83000', 'HYERES')], COLS);
    expect(r.lines.town).toBe(3);
    expect(r.otherPostcode).toBe(3);
    expect(r.communes.map((c) => c.code)).toEqual(['06088', '13001', '83069']);
  });

  it('a CEDEX code of Marseille without an arrondissement: shared among the 16 arrondissements by population', () => {
    const r = matchRegister([row('13295', 'MARSEILLE CEDEX 08', { n: '1600' })], COLS);
    expect(r.lines.shared).toBe(1);
    expect(r.communes).toHaveLength(16);
    const codes = r.communes.map((c) => c.code);
    expect(r.communes.map((c) => c.members)).toEqual(largestRemainder(1600, codes.map(population)));
  });

  it('several candidates left: shared in proportion to population, marked as shared', () => {
    // 13013 serves the 12th, 13th and 14th arrondissements; the envelope says only MARSEILLE
    const r = matchRegister([row('13013', 'MARSEILLE', { n: '1000' })], COLS);
    expect(r.lines.shared).toBe(1);
    expect(r.members.shared).toBe(1000);
    const codes = ['13212', '13213', '13214'];
    expect(r.communes.map((c) => c.code)).toEqual(codes);
    expect(r.communes.map((c) => c.members)).toEqual(largestRemainder(1000, codes.map(population)));
    expect(r.communes.map((c) => c.shared)).toEqual(r.communes.map((c) => c.members));
    expect(r.communes.every((c) => c.estimated)).toBe(true);
  });

  it('a single shared line still marks every commune it was shared among as estimated', () => {
    const r = matchRegister([row('13013', 'MARSEILLE')], COLS);
    expect(r.communes.map((c) => [c.members, c.estimated])).toEqual([
      [expect.any(Number), true],
      [expect.any(Number), true],
      [expect.any(Number), true],
    ]);
    expect(r.communes.reduce((s, c) => s + c.members, 0)).toBe(1);
  });

  it('by street: a commune named in the street line decides among the candidates', () => {
    const r = matchRegister([row('83470', '', { adresse: 'Chemin de la Gare, Pourcieux' }), row('83470', '', { adresse: '12 rue des Lilas' })], COLS);
    expect(r.lines.street).toBe(1);
    expect(r.lines.shared).toBe(1);
    expect(r.communes.find((c) => c.code === '83096')!.members).toBeGreaterThanOrEqual(1);
  });

  it('INSEE codes, current or former (a commune merged into a commune nouvelle), before the postal code', () => {
    const r = matchRegister([row('99999', '', { insee: '01340' }), row('', '', { insee: '1015' }), row('05000', '', { insee: '13055' })], COLS);
    expect(r.lines.insee).toBe(3);
    expect(r.communes.map((c) => [c.code, c.members])).toEqual([
      ['01015', 2],
      ['13055', 1],
    ]);
  });

  it('a delegated commune named on the envelope goes to its commune nouvelle', () => {
    const r = matchRegister([row('01300', 'ARBIGNIEU')], COLS);
    expect(r.lines.town).toBe(1);
    expect(r.communes.map((c) => c.code)).toEqual(['01015']);
  });
});

describe('matchRegister: every line accounted for', () => {
  const rows = [
    row('', 'NICE'),
    row('ABCDE', 'NICE'),
    row('99999', 'NULLEPART'),
    row('', '', { insee: '99999' }),
    row('B-1000', 'BRUXELLES', { pays: 'Belgique' }),
    row('06000', 'NICE', { n: 'douze' }),
    row('06000', 'NICE', { n: '12' }),
    row('06000', 'NICE', { pays: 'France' }),
  ];
  it('each bad line is counted with its reason, never dropped; totals in = matched + unmatched', () => {
    const r = matchRegister(rows, COLS, { unreadableLines: 2 });
    expect(r.lines.total).toBe(rows.length + 2);
    expect(r.lines.unmatched).toBe(8);
    expect(Object.fromEntries(r.unmatched.map((g) => [g.reason, g.lines]))).toEqual({
      'no-postcode': 1,
      'bad-postcode': 1,
      'unknown-postcode': 1,
      'unknown-insee': 1,
      foreign: 1,
      'bad-count': 1,
      unreadable: 2,
    });
    // the unreadable count is a line whose members are unknown: 0 in, 0 out
    expect(r.members.total).toBe(1 + 1 + 1 + 1 + 1 + 12 + 1);
    const kinds = ['insee', 'postcode', 'town', 'street', 'shared', 'unmatched'] as const;
    expect(kinds.reduce((s, k) => s + r.lines[k], 0)).toBe(r.lines.total);
    expect(kinds.reduce((s, k) => s + r.members[k], 0)).toBe(r.members.total);
    expect(r.communes.reduce((s, c) => s + c.members, 0)).toBe(r.members.total - r.members.unmatched);
  });

  it('shared lines are rounded so that the communes add up exactly to the lines matched', () => {
    const many = Array.from({ length: 37 }, () => row('13013', 'MARSEILLE'));
    const r = matchRegister(many, COLS);
    expect(r.communes.reduce((s, c) => s + c.members, 0)).toBe(37);
  });
});

describe('register columns', () => {
  it('finds French and English headers, ignoring case, accents and spaces', () => {
    expect(registerColumns(['NOM', 'Code Postal', 'Localité', 'Adresse 1'], {})).toEqual({ postcode: 'Code Postal', town: 'Localité', street: 'Adresse 1' });
    expect(registerColumns(['Name', 'Postcode', 'City', 'Count'], {})).toEqual({ postcode: 'Postcode', town: 'City', count: 'Count' });
    expect(registerColumns(['x', 'CP livraison', 'y'], { postcode: 'cp livraison', town: 'x' })).toEqual({ postcode: 'CP livraison', town: 'x' });
  });

  it('a named column that is absent, or no postal code column: an error naming the columns, not the data', () => {
    expect(() => registerColumns(['Nom', 'CP'], { town: 'Ville' }, 'reg.csv')).toThrow(/reg\.csv: field "Ville": has no column "Ville" \(columns: Nom, CP\)/);
    expect(() => registerColumns(['Nom', 'Ville'], {}, 'reg.csv')).toThrow(/has no postal code column.*postcodeCol/s);
  });
});

describe('communes → zones', () => {
  const table = new Map([
    ['13055', '9312'],
    ['12076', '7601'],
    ['05061', '9302'],
  ]);
  it('arrondissements go to their commune, communes nouvelles newer than the table to a merged commune', () => {
    expect(zoneOf('13213', table)).toBe('9312');
    expect(zoneOf('12218', table)).toBe('7601'); // Conques-en-Rouergue, formed from 12076 and others
    expect(zoneOf('01340', new Map([['01015', '8405']]))).toBe('8405'); // a former code → its current commune
    expect(zoneOf('84007', table)).toBeUndefined();
  });

  it('registerToZones sums per zone and lists communes the table does not know', () => {
    const z = registerToZones(
      [
        { code: '13201', name: 'Marseille 1er', members: 10, shared: 2, estimated: true },
        { code: '13216', name: 'Marseille 16e', members: 5, shared: 0, estimated: false },
        { code: '05061', name: 'Gap', members: 7, shared: 0, estimated: false },
        { code: '84007', name: 'Avignon', members: 3, shared: 0, estimated: false },
      ],
      table,
    );
    expect([...z.zones]).toEqual([
      ['9302', { members: 7, shared: 0, communes: 1, estimated: false }],
      ['9312', { members: 15, shared: 2, communes: 2, estimated: true }],
    ]);
    expect(z.unknown.map((c) => c.code)).toEqual(['84007']);
  });
});
