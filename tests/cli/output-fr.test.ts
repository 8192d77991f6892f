// What the commands print with --lang fr: French sentences from the catalogue (output.ts), numbers grouped
// the French way, and none of the English text of those messages.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DEMO_DATA_DIR } from '../../src/demo/index.js';
import { OUTPUT_MESSAGES } from '../../src/messages/output.js';
import { DEMO_LABELS } from '../../src/messages/demo.js';
import { say } from '../../src/messages/index.js';
import { EditorApp } from '../../src/serve/index.js';
import { runCli } from '../helpers.js';
import { encode1252, writeDbf, writeShp, type TestRecord } from '../load/shapefile-writer.js';
import { writeMadeUpRegion } from '../support/admin-express.js';
import { demoConfig } from '../serve/support.js';

const tmp = mkdtempSync(join(tmpdir(), 'decoupage-output-fr-'));
const ZONES = join(DEMO_DATA_DIR, 'zones.geojson');
const PLAN = join(DEMO_DATA_DIR, 'plan-departements.csv');
/** French groups thousands with a narrow no-break space (as Intl writes it). */
const NNBSP = '\u202f';

/**
 * The English words of the output messages: each template cut at its {placeholders}, keeping the phrases
 * (two words or more) that the French template does not share (a flag, a column list).
 */
const ENGLISH_PIECES = Object.values(OUTPUT_MESSAGES).flatMap((m) =>
  m.en
    .split(/\{\w+\}/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 6 && piece.includes(' ') && !m.fr.includes(piece)),
);

function expectNoEnglish(text: string): void {
  expect(ENGLISH_PIECES.length).toBeGreaterThan(50);
  const found = ENGLISH_PIECES.filter((piece) => text.includes(piece));
  expect(found).toEqual([]);
}

async function fr(...args: string[]): Promise<string> {
  const r = await runCli(...args, '--lang', 'fr');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('--lang fr: what the commands print', () => {
  it('the check for English finds the English text of these messages (run without --lang fr)', async () => {
    const r = await runCli('graph', new URL('../fixtures/graph/corner.geojson', import.meta.url).pathname);
    expect(ENGLISH_PIECES.filter((piece) => r.stdout.includes(piece)).length).toBeGreaterThan(5);
  });

  it('info: the summary and the --members-out line', async () => {
    const out = await fr('info', ZONES, '--members', 'members', '--members-out', join(tmp, 'members.csv'));
    expect(out).toContain(`zones.geojson : 40 zones\n`);
    expect(out).toContain(`adhérents : 398${NNBSP}357 au total (propriété « members » de zones.geojson)`);
    expect(out).toContain('ces effectifs sont des décomptes (pas des estimations)');
    expect(out).toMatch(new RegExp(`zones les plus grandes :\\n\\s+Z01\\s+Valmorance\\s+99${NNBSP}589\\n`));
    expect(out).toMatch(/dep\s+4 valeurs, ex\. D1/);
    expect(out).toMatch(/reg\s+1 valeur , ex\. VAL/);
    expect(out).toContain('members.csv écrit : les effectifs de 40 zones');
    expectNoEnglish(out);
  });

  it('info: estimates, and zones without members', async () => {
    const estimated = await fr('info', ZONES, '--estimate-members', '0.08');
    expect(estimated).toContain('ces effectifs sont des ESTIMATIONS, pas des décomptes réels');
    expect(estimated).toContain('× 0,08');
    expectNoEnglish(estimated);
    const none = await fr('info', new URL('../fixtures/graph/corner.geojson', import.meta.url).pathname);
    expect(none).toContain('adhérents : aucun effectif donné (ajoutez --members, --members-csv, --commune-members ou --estimate-members)');
    expectNoEnglish(none);
  });

  it('graph: the summary, the --auto-link link and the file written', async () => {
    const out = await fr('graph', ZONES, '--members', 'members', '--auto-link', '-o', join(tmp, 'edges.csv'));
    expect(out).toContain('voisinage : rook (les zones doivent partager un tronçon de frontière)');
    expect(out).toContain('paires de voisines : 98 (97 par une frontière, 1 par une liaison)');
    expect(out).toContain('parties : 1 (chaque zone est reliée à toutes les autres)');
    expect(out).toContain(`40 zones, 398${NNBSP}357 adhérents : Valmorance`);
    expect(out).toContain(`liaisons ajoutées par --auto-link (seulement les parties de moins de 10${NNBSP}000 adhérents ; au plus 50 km) : 1`);
    expect(out).toContain('relié à Z28 (Baie-Ondine), à 10,7 km');
    expect(out).toContain('paires de voisines écrites dans');
    expectNoEnglish(out);
    // as every CSV written with --lang fr: ";" and decimal commas, for French Excel
    expect(readFileSync(join(tmp, 'edges.csv'), 'utf8')).toMatch(
      /^\uFEFFzone_a;zone_a_name;zone_b;zone_b_name;shared_border_km;kind\nZ01;Valmorance;Z02;Brévalon;\d+,\d+;border\n/,
    );
  });

  it('graph: separate parts, islands and near-misses', async () => {
    const out = await fr('graph', new URL('../fixtures/graph/corner.geojson', import.meta.url).pathname);
    expect(out).toContain('parties : 2 parties séparées');
    expect(out).toContain('îles (zones qui ne touchent aucune autre zone) : 2');
    expect(out).toContain('pour relier les parties séparées, ajoutez --auto-link');
    expect(out).toContain(
      'presque voisines : 1 paire de zones : 1 qui ne se touchent qu’en un point (pas voisines en mode rook ; --contiguity queen les relierait)',
    );
    expect(out).toContain('se touchent en un seul point, non reliées');
    expectNoEnglish(out);
    const snapped = await fr('graph', new URL('../fixtures/graph/gap-2m.geojson', import.meta.url).pathname, '--snap', '2.5');
    expect(snapped).toContain('les frontières distantes de moins de 2,5 m comptent comme communes');
    expect(snapped).toContain('presque voisines : 1 paire de zones : 1 reliée seulement grâce à --snap');
    expect(snapped).toMatch(new RegExp(`à 2,0 m l’une de l’autre sur environ 1${NNBSP}1\\d\\d m de frontière, reliées`));
    expectNoEnglish(snapped);
  });

  it('export: the files written, the estimates and the verdict', async () => {
    const out = await fr('export', ZONES, PLAN, '--estimate-members', '0.04', '-o', join(tmp, 'sections.csv'), '--zones-out', join(tmp, 'zones.geojson'));
    expect(out).toContain('sections.csv écrit (csv) : 4 sections');
    expect(out).toContain('zones.geojson écrit : 40 zones avec leur section');
    expect(out).toContain('remarque : les effectifs sont des estimations (estimés : population × 0,04');
    expect(out).toContain('vérification du découpage : NON CONFORME : 3 règles non respectées (lancez « decoupage check » pour le détail)');
    expectNoEnglish(out);
  });

  it('seats and pluralism: "Écrit :"', async () => {
    const rules = ['--members', 'members', '--members-per-seat', '1500'];
    const seats = await fr('seats', ZONES, PLAN, ...rules, '-o', join(tmp, 'seats.csv'));
    expect(seats).toMatch(new RegExp(`Morance-et-Lys\\s+14\\s+255${NNBSP}401`));
    expect(seats).toContain(`Écrit : ${join(tmp, 'seats.csv')}\n`);
    const pluralism = await fr('pluralism', ZONES, PLAN, ...rules, '--votes', join(DEMO_DATA_DIR, 'votes.csv'), '-o', join(tmp, 'pluralism.csv'));
    expect(pluralism).toContain(`Écrit : ${join(tmp, 'pluralism.csv')}\n`);
    for (const out of [seats, pluralism]) {
      expect(out).not.toContain('Written:');
      expectNoEnglish(out);
    }
  });
});

describe('--lang fr: import', () => {
  const sq = (x: number, y: number, s: number): [number, number][] => [
    [x, y],
    [x, y + s],
    [x + s, y + s],
    [x + s, y],
    [x, y],
  ];
  // two zones d'emploi in Lambert-93; 0052 has a commune in another département (30) and région (11)
  const LAYER: TestRecord[] = [
    { rings: [sq(700000, 6600000, 20000)], fields: { ze2020: '0052', libze2020: 'Sète', nb_com: '3' } },
    { rings: [sq(720000, 6600000, 20000)], fields: { ze2020: '1105', libze2020: 'Créteil', nb_com: '1' } },
  ];

  it('insee-ze: the zones written, those kept, those straddling, the missing populations, what next', async () => {
    const zip = new JSZip();
    zip.file('ze2020_2030.shp', writeShp(LAYER));
    zip.file('ze2020_2030.dbf', writeDbf(LAYER, encode1252));
    zip.file('ze2020_2030.cpg', '1252');
    const zipFile = join(tmp, 'ze2020.zip');
    writeFileSync(zipFile, await zip.generateAsync({ type: 'uint8array' }));
    const table = join(tmp, 'commune-table.csv');
    writeFileSync(table, 'CODGEO,ZE2020,DEP,REG\n34001,0052,34,76\n34002,0052,34,76\n30001,0052,30,11\n94001,1105,94,11\n');
    const population = join(tmp, 'population.csv');
    writeFileSync(population, 'code,population\n34001,1200\n94001,90000\n');
    const zones = join(tmp, 'ze.geojson');
    const out = await fr(
      'import',
      'insee-ze',
      zipFile,
      '-o',
      zones,
      '--from-crs',
      'EPSG:2154',
      '--commune-table',
      table,
      '--commune-population',
      population,
      '--departements',
      '34',
    );
    expect(out).toContain(`ze.geojson écrit : 1 zone d’emploi de la couche ze2020_2030`);
    expect(out).toContain('encodage du texte :');
    expect(out).toContain('zone gardée : la seule zone des départements 34 (1 autre écartée)');
    expect(out).toContain('1 d’entre elles est à cheval sur sa limite (ses adhérents comptent en entier) : 0052 Sète (aussi département 30)');
    expect(out).toMatch(/avertissement : .*population\.csv n’a pas de population pour 2 communes de 1 zone gardée : 0052 Sète \(2 : /);
    expect(out).toContain('ensuite : decoupage info');
    expectNoEnglish(out);
    // info says which zones straddle a région border
    const info = await fr('info', zones, '--members', 'nb_com');
    expect(info).toContain('remarque : 1 zone à cheval sur une limite de région, dont les adhérents comptent en entier : 0052 Sète (régions ');
    expectNoEnglish(info);
  });

  it('admin-express: the layers read, the cities divided, the warnings, what next', async () => {
    const dir = mkdtempSync(join(tmp, 'admin-express-'));
    const region = writeMadeUpRegion(dir, { reunion: true });
    const members = join(dir, 'communes.csv');
    writeFileSync(members, 'code,members\nZZ201,8100\nZZ055,1234\n');
    const out = await fr(
      'import',
      'admin-express',
      region.adminExpress,
      '--commune-table',
      region.communeTable,
      '--members',
      members,
      '-o',
      join(dir, 'units.geojson'),
    );
    expect(out).toMatch(/COMMUNE\.shp lu : 18 communes, 6 arrondissements municipaux \(projection : /);
    expect(out).toContain('remplacées par leurs arrondissements municipaux : ZZ055 Massalia (6)');
    expect(out).toMatch(/avertissement : 1 unité sans zone d’emploi dans .* ZZ974/);
    expect(out).toContain(`avertissement : 1 code de ${members}, avec 1${NNBSP}234 adhérents, n’est aucune unité de la couche (ZZ055)`);
    expect(out).toContain('units.geojson écrit : 25 unités avec code, name, commune, ze2020, dep, reg, population, members');
    expect(out).toContain('ensuite : decoupage propose zones.geojson --split-with');
    expectNoEnglish(out);
  });
});

describe('--lang fr: demo', () => {
  it('the summary and the list of the files written, in French', async () => {
    const out = await fr('demo', '-o', join(tmp, 'demo'));
    expect(out).toContain(`40 zones dans 4 départements, 398${NNBSP}357 adhérents`);
    expect(out).toContain('Scrutin de liste (D’Hondt (plus forte moyenne)');
    for (const file of ['plan.csv', 'units.geojson', 'sections.geojson', 'zones.geojson', 'seats.csv', 'report.html'] as const) {
      expect(out).toContain(DEMO_LABELS[file].fr);
      if (!DEMO_LABELS[file].fr.includes(DEMO_LABELS[file].en)) expect(out).not.toContain(DEMO_LABELS[file].en);
    }
    expectNoEnglish(out);
  }, 60_000);
});

describe('serve: an autosave that cannot be used is said in the user’s language', () => {
  it('names the file and why, in English and in French', async () => {
    for (const [content, en, frWhy] of [
      ['{"format":"other"}', 'not an autosave of the editor', 'ce n’est pas une sauvegarde automatique de l’éditeur'],
      [
        '{"format":"decoupage-editor-autosave","plan":[["NOPE","S1"]],"locked":[]}',
        'zone "NOPE" is not in zones.geojson',
        'la zone « NOPE » n’est pas dans zones.geojson',
      ],
    ]) {
      const dir = mkdtempSync(join(tmp, 'serve-'));
      writeFileSync(join(dir, 'plan.csv.autosave.json'), content);
      const app = new EditorApp(demoConfig(dir));
      expect(app.restoredFrom).toBeUndefined();
      expect(app.warnings).toHaveLength(1);
      // set aside (renamed), never lost nor overwritten: issue 19 row 2
      const aside = app.autosaveSetAside!.split('/').pop();
      expect(say(app.warnings[0], 'en')).toBe(`${app.autosaveFile}: not restored (${en}); set aside as ${aside}, the editor starts from the plan file`);
      expect(say(app.warnings[0], 'fr')).toBe(
        `${app.autosaveFile} : non restauré (${frWhy}) ; mis de côté sous le nom ${aside}, l’éditeur part du fichier de plan`,
      );
      await app.close();
    }
  });
});
