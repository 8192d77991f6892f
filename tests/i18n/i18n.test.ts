import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textNumbers } from '../../src/apportion/format.js';
import { fill, isLang, LANGS, numberFormat } from '../../src/core/i18n.js';
import { DEMO_DATA_DIR } from '../../src/demo/run.js';
import { DICTIONARY, translator } from '../../src/report/i18n.js';
import { runCli } from '../helpers.js';

const ZONES = join(DEMO_DATA_DIR, 'zones.geojson');
// the old practice: one section per département (two sections too small, one split by the island)
const DEP_PLAN = join(DEMO_DATA_DIR, 'plan-departements.csv');
const RULES = ['--min-members', '10000', '--members-per-seat', '1500', '--min-seats', '6', '--respect', 'dep'];
const tmp = mkdtempSync(join(tmpdir(), 'i18n-'));

const REPO_ROOT = new URL('../../', import.meta.url).pathname;

/** English words of the translated outputs that must not be left in the French text. */
function expectNoEnglish(output: string, words: string[]): void {
  // the checkout's own path (e.g. a worktree named wt-members) is not text of the output
  const text = output.split(REPO_ROOT).join('<repo>/');
  // names from the data stay as they are: file names, property names quoted « like this » or given to --members
  for (const w of words) expect(text, `"${w}" left in French output`).not.toMatch(new RegExp(`(?<!« |--members |--)\\b${w}\\b(?!\\.(csv|geojson|html))`));
}

describe('filling messages', () => {
  // every message in both languages with the same placeholders: tests/messages/catalogue.test.ts
  it('fill replaces known placeholders only, once', () => {
    expect(fill('{a} et {b}', { a: '{b}' }, 'fr')).toBe('{b} et {b}');
    expect(isLang('fr')).toBe(true);
    expect(isLang('de')).toBe(false);
  });

  it('chooses a plural form by the language’s rules (Intl.PluralRules): English 0 is plural, French 0 singular', () => {
    const t = '{n} {n:zone|zones}';
    expect([0, 1, 2].map((n) => fill(t, { n }, 'en'))).toEqual(['0 zones', '1 zone', '2 zones']);
    expect([0, 1, 2].map((n) => fill(t, { n }, 'fr'))).toEqual(['0 zone', '1 zone', '2 zones']);
    // French says "1,5 zone" (below 2 is singular), English "1.5 zones"
    expect(fill(t, { n: 1.5 }, 'fr')).toBe('1.5 zone');
    expect(fill(t, { n: 1.5 }, 'en')).toBe('1.5 zones');
  });

  it('reads a count already written the language’s way, and fills the placeholders of the chosen form', () => {
    expect(fill('{n:one {x}|{n} of {x}}', { n: '12,345', x: 'A' }, 'en')).toBe('12,345 of A');
    expect(fill('{n:one {x}|{n} of {x}}', { n: '1', x: 'A' }, 'en')).toBe('one A');
    expect(fill('{n:un|{n} sur {x}}', { n: '12\u202f345', x: 'A' }, 'fr')).toBe('12\u202f345 sur A');
    expect(fill('{n:un|plusieurs}', { n: '1,0' }, 'fr')).toBe('un');
    // a plural inside a form, and text that only looks like one is left as it is
    expect(fill('{a:{b:x|y}|z}', { a: 1, b: 2 }, 'en')).toBe('y');
    expect(fill('{ "min-members": {n} }', { n: 3 }, 'en')).toBe('{ "min-members": 3 }');
    expect(fill('{n:no bar}', { n: 1 }, 'en')).toBe('{n:no bar}');
  });
});

describe('French numbers', () => {
  it('groups thousands with a narrow no-break space and writes decimal commas', () => {
    const fr = numberFormat('fr');
    expect(fr.int(10000)).toBe('10\u202f000');
    expect(fr.int(398357)).toBe('398\u202f357');
    expect(fr.dec(0.4216, 2)).toBe('0,42');
    // Intl puts a no-break space before % (U+00A0) and a narrow one between thousands (U+202F), as in the report
    expect(fr.pct(0.033)).toBe('3,3\u00a0%');
    expect(textNumbers('fr').signedPct(7.43)).toBe('+7,4\u00a0%');
    expect(textNumbers('fr').int(Number.POSITIVE_INFINITY)).toBe('—');
    // the report uses the same formatting
    expect(translator('fr').int(10000)).toBe(fr.int(10000));
  });

  it('English text numbers are unchanged', () => {
    expect(textNumbers('en').int(10000)).toBe('10,000');
    expect(textNumbers('en').signedPct(-1.25)).toBe('-1.3 %');
    expect(numberFormat('en').pct(0.033)).toBe('3.3%');
  });
});

describe('--lang fr on the commands', () => {
  it('check: French verdicts per rule and per section, French numbers, same exit code', async () => {
    const en = await runCli('check', ZONES, DEP_PLAN, ...RULES);
    const r = await runCli('check', ZONES, DEP_PLAN, ...RULES, '--lang', 'fr');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(en.code);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Règles : ≥ 10\u202f000 adhérents et ≥ 6 délégués par section');
    expect(r.stdout).toMatch(/✘ ≥ 10\u202f000 adhérents par section : 2 sections sous 10\u202f000 adhérents : /);
    expect(r.stdout).toMatch(/✔ chaque zone dans une et une seule section : les 40 zones/);
    expect(r.stdout).toContain('est en 2 morceaux');
    expect(r.stdout).toMatch(/Hautes-Sorbières .* 5\u202f286 adhérents +3 délégués +← 5\u202f286 adhérents, moins de 10\u202f000/);
    expect(r.stdout).toContain('conseil : 1 zone ne touche aucune autre zone : Z27 (Île de Malvoisine) ; reliez-la avec');
    expect(r.stdout).toContain('✘ chaque section d’un seul tenant : 1 section en plusieurs morceaux');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('NON CONFORME : 3 règles non respectées');
    expectNoEnglish(r.stdout, [
      'members',
      'seats?',
      'delegates',
      'Rules',
      'COMPLIANT',
      'every',
      'below',
      'pieces',
      'hint',
      'crosses',
      'Boundaries',
      'informative',
    ]);
    expect(r.stdout).not.toMatch(/\d,\d{3}/);
  });

  it('check --markdown in French; --json stays the same in both languages', async () => {
    const md = await runCli('check', ZONES, DEP_PLAN, ...RULES, '--lang', 'fr', '--markdown');
    expect(md.stdout).toContain('## Vérification du découpage : NON CONFORME : 3 règles non respectées');
    expect(md.stdout).toContain('| | Règle | Verdict |');
    expect(md.stdout).toContain('| | Section | Nom | Zones | Adhérents | Délégués | D’un seul tenant | Franchit départements | Problèmes |');
    expect(md.stdout).toContain('### Problèmes');
    expect(md.stdout).toContain('| non (2 morceaux) |');
    expectNoEnglish(md.stdout, ['Rule', 'Members', 'Seats', 'Contiguous', 'Problems', 'members', 'yes', 'no']);
    const jsonEn = await runCli('check', ZONES, DEP_PLAN, ...RULES, '--json');
    const jsonFr = await runCli('check', ZONES, DEP_PLAN, ...RULES, '--json', '--lang', 'fr');
    expect(jsonFr.stdout).toBe(jsonEn.stdout);
  });

  it('check of a compliant plan says CONFORME', async () => {
    const plan = join(tmp, 'compliant.csv');
    const p = await runCli('propose', ZONES, ...RULES, '--auto-link', '--iterations', '50', '--constructions', '3', '-o', plan, '--lang', 'fr');
    expect(p.code).toBe(0);
    expect(p.stdout).toMatch(/^section +nom +zones +adhérents +délégués +franchit dep +compacité$/m);
    expect(p.stdout).toMatch(
      /^\d+ sections (: optimal, aucun découpage ne peut en avoir plus|; aucun découpage ne peut en avoir plus de \d+) \(.+\), chacune devant compter au moins 10\u202f000 adhérents$/m,
    );
    expect(p.stdout).toMatch(/relié à .*, à \d+,\d km/);
    expect(p.stdout).toContain('compacité : Polsby–Popper');
    expect(p.stdout).toMatch(/compliant\.csv écrit : 40 zones en \d+ sections/);
    expectNoEnglish(p.stdout, ['name', 'members', 'seats', 'compactness', 'found', 'wrote', 'linked', 'apart']);
    const r = await runCli('check', ZONES, plan, ...RULES, '--auto-link', '--lang', 'fr');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('CONFORME');
    // "0 sections sur 6 les franchissent" is not French: none, one and several are said differently
    expect(r.stdout).toMatch(
      /Limites des départements : (aucune des \d+ sections ne les franchit|1 section sur \d+ les franchit|[2-9]\d* sections sur \d+ les franchissent)/,
    );
    expect(r.stdout).not.toMatch(/\b[01] sections sur/);
    expect(r.stdout).toMatch(
      /✔ ≥ 10\u202f000 adhérents par section : chaque section compte au moins 10\u202f000 adhérents \(la plus petite : \d+\u202f\d{3}\)/,
    );
  });

  it('seats: French headers, rule and figures', async () => {
    const r = await runCli('seats', ZONES, DEP_PLAN, '--seats', '120', '--min-seats', '6', '--lang', 'fr');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^section +zones +adhérents +délégués +quotient +adhérents\/délégué +écart à la moyenne$/m);
    expect(r.stdout).toContain('Délégués : 120 délégués au total, répartis entre les sections selon la méthode D’Hondt');
    expect(r.stdout).toMatch(/total +40 +398\u202f357 +120 +120,00/);
    expect(r.stdout).toContain('indice de Loosemore-Hanby');
    expectNoEnglish(r.stdout, ['members', 'seats?', 'quota', 'average', 'Malapportionment', 'ratio', 'perfect']);
  });

  it('pluralism and --compare: French table, sentences and percentages', async () => {
    const r = await runCli('pluralism', ZONES, DEP_PLAN, '--votes', join(DEMO_DATA_DIR, 'votes.csv'), '--compare', DEP_PLAN, '--lang', 'fr');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Scénario de vote : parts des voix par zone tirées de');
    expect(r.stdout).toMatch(/^section +adhérents +sièges .* listes +voix perdues +siège assuré +seuil effectif$/m);
    expect(r.stdout).toMatch(/Sections élisant plus d’une liste : \d+ sur 4\./);
    expect(r.stdout).toMatch(/Voix n’ayant élu personne \(perdues\) : \d+,\d\u00a0%\./);
    expect(r.stdout).toContain('Pluralisme comparé (');
    expect(r.stdout).toMatch(/listes représentées +\d+ sur \d+/);
    expectNoEnglish(r.stdout, [
      'members',
      'seats',
      'wasted',
      'threshold',
      'Sections electing',
      'Lists represented',
      'Gallagher disproportionality',
      'compared',
      'Vote scenario',
    ]);
    expect(r.stdout).not.toMatch(/\d\.\d %/);
  });

  it('demo: the printed summary in French', async () => {
    const dir = join(tmp, 'demo');
    const r = await runCli('demo', '-o', dir, '--lang', 'fr');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Démo decoupage : ');
    expect(r.stdout).toMatch(/Découpage proposé : \d+ sections \(au plus \d+ possibles\) : CONFORME/);
    expect(r.stdout).toContain('Pratique actuelle, une section par département : 4 sections : NON CONFORME : ');
    expect(r.stdout).toMatch(/découpage par département : 2 sections sur 4 élisent une seule liste/);
    expect(r.stdout).toMatch(/découpage proposé : aucune des \d+ sections n’élit une seule liste/);
    expect(r.stdout).toMatch(/^section +nom +zones\/communes +adhérents +délégués +départements franchis$/m);
    expect(r.stdout).toContain('Ouvrez le rapport : ');
    // left as they are: the member source (the data's own description) and the CSV's column names
    const text = r.stdout.replace(/property "members" of zones\.geojson/g, '').replace('section,members,seats', '');
    expectNoEnglish(text, [
      'members',
      'seats',
      'Rules',
      'Proposed plan',
      'Old practice',
      'single list',
      'COMPLIANT',
      'Graph',
      'island',
      'linked',
      'apart',
      'Wrote',
      'Open the report',
      'the proposed plan',
    ]);
    expect(r.stdout).not.toMatch(/\d,\d{3}/);
  });

  it('English stays the default', async () => {
    const r = await runCli('check', ZONES, DEP_PLAN, ...RULES);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('NOT COMPLIANT: 3 rules broken');
    expect(r.stdout).toContain('members');
  });
});

describe('where the figures come from, in French', () => {
  it("says the loaders' sentences in French, keeping names from the data", async () => {
    const { count, say, said } = await import('../../src/messages/index.js');
    // what loadZones and splitLargeZones build for estimates from a commune CSV, then a zone split by population
    const column = said('load.source.column', { col: 'population', file: 'pop.csv' });
    const communes = said('load.source.communes', { source: column, n: count(34864), table: 'commune-ze2020-2023.csv' });
    const from = said('load.source.unknownInhabitants', { source: communes, n: count(99), total: count(630808) });
    const estimated = said('load.source.estimated', { rate: said('load.decimal', { whole: '0', fraction: '08' }), from });
    const split = said('load.source.splitSharedUnits', { names: '9312 Marseille', n: 32, population: said('load.source.givenPopulation') });
    const description = said('load.source.then', { source: estimated, then: split });
    expect(say(description, 'en')).toBe(
      'estimated as population × 0.08 (column "population" of pop.csv, 34,864 communes summed by zone with commune-ze2020-2023.csv; ' +
        '99 communes unknown to the table left out (630,808 inhabitants)); members of 9312 Marseille shared among its 32 finer units in proportion to their population (given population)',
    );
    expect(say(description, 'fr')).toBe(
      'estimés : population × 0,08 (colonne « population » de pop.csv, 34\u202f864 communes additionnées par zone avec commune-ze2020-2023.csv ; ' +
        '99 communes absentes de la table écartées (630\u202f808 habitants)) ; adhérents de 9312 Marseille répartis entre ses 32 unités fines au prorata de leur population (population fournie)',
    );
  });

  it('the French report says the member source and the vote scenario in French', async () => {
    const out = join(tmp, 'rapport.html');
    const r = await runCli('report', ZONES, DEP_PLAN, '--auto-link', '--lang', 'fr', '--votes', join(DEMO_DATA_DIR, 'votes.csv'), '-o', out);
    expect(r.code).toBe(0);
    const html = (await import('node:fs')).readFileSync(out, 'utf8');
    expect(html).toContain('propriété « members » de zones.geojson');
    expect(html).toContain('parts des voix par zone tirées de votes.csv');
    expect(html).not.toContain('combined per section');
    expect(html).not.toContain(DEMO_DATA_DIR); // no local absolute path in a shared report
  });
});
