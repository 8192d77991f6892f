/**
 * Errors of reading zones and member files, said in French by the CLI (--lang fr): the sentence is French, and
 * it still names the file, the zone and the field; the exit code stays 2. Options are said as the CLI's flags.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { tmpDir, tmpFile } from '../support/files.js';

const FIX = new URL('../fixtures/load/', import.meta.url).pathname;
const ZONES = join(FIX, 'zones.geojson'); // codes 0101, 0102, 0201, 0202
const dir = tmpDir('decoupage-messages-fr-');
const square = (x: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 1],
      [x, 0],
    ],
  ],
});
const layer = (props: Record<string, unknown>[]) =>
  JSON.stringify({ type: 'FeatureCollection', features: props.map((p, i) => ({ type: 'Feature', properties: p, geometry: square(i) })) });

const PLAN = tmpFile(dir, 'plan.csv', 'zone,section\n0101,S1\n0102,S1\n0201,S2\n0202,S2\n');

/** `decoupage check ZONES PLAN … --lang fr`: the zones are read first; their error is the run's error. */
async function french(zones: string, ...args: string[]): Promise<string> {
  const r = await runCli('check', zones, PLAN, ...args, '--lang', 'fr');
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return r.stderr;
}

describe('reading zones and members: errors in French', () => {
  it('two zones with the same id', async () => {
    const file = tmpFile(
      dir,
      'doublon.geojson',
      layer([
        { code: 'A', members: 1 },
        { code: 'A', members: 2 },
      ]),
    );
    const err = await french(file);
    expect(err).toContain(`erreur : ${file} : zone A, champ « code » : deux entités ont le même identifiant (entités n° 1 et n° 2)`);
    expect(err).toContain('→ chaque zone doit avoir son propre identifiant : corrigez le doublon, ou choisissez une autre propriété d’identifiant avec --id');
  });

  it('a negative member count', async () => {
    const file = tmpFile(
      dir,
      'negatif.geojson',
      layer([
        { code: 'A', members: 3 },
        { code: 'B', members: -3 },
      ]),
    );
    const err = await french(file);
    expect(err).toContain(`${file} : zone B, champ « members » : le nombre d’adhérents est négatif (-3)`);
    expect(err).toContain('→ un nombre d’adhérents vaut 0 ou plus : corrigez la valeur');
  });

  it('a damaged JSON says where, in French', async () => {
    const file = tmpFile(dir, 'casse.geojson', '{"type": "FeatureCollection", "features": [\n  {"type": "Feature",}\n]}');
    const err = await french(file);
    expect(err).toContain(
      `${file} : n’est pas du JSON valide (ligne 2, colonne 22 : un nom entre "guillemets" est attendu (pas de virgule après la dernière entrée, pas d’apostrophes))`,
    );
    expect(err).toContain('→ le fichier est abîmé ou n’est pas du GeoJSON');
  });

  it('a text damaged by a wrong conversion (U+FFFD)', async () => {
    const file = join(dir, 'abime.csv');
    writeFileSync(file, 'code,members\n0101,1\n0102,2\n0201,3\n0202,\uFFFD\n');
    const err = await french(ZONES, '--members-csv', file);
    expect(err).toContain(`${file} : la ligne 5 contient le caractère de remplacement U+FFFD`);
    expect(err).toContain('→ rouvrez le fichier d’origine et enregistrez-le en « CSV UTF-8 »');
  });

  it('a commune the commune table does not know, with the flag to leave it out', async () => {
    const communes = tmpFile(dir, 'communes.csv', 'code,members\n01001,700\n01002,500\n01003,5400\n02001,2000\n02002,10\n99999,4\n');
    const table = join(FIX, 'commune-table.csv');
    const err = await french(ZONES, '--commune-members', communes, '--commune-table', table);
    expect(err).toContain(`${communes} : champ « code » : 1 code de commune absent de la table des communes commune-table.csv : 99999`);
    expect(err).toContain('écartez-les avec --skip-unknown');
  });

  it('a members CSV that misses a zone names the flags to check', async () => {
    const csv = tmpFile(dir, 'incomplet.csv', 'code,members\n0101,1\n0102,2\n0201,3\n');
    const err = await french(ZONES, '--members-csv', csv);
    expect(err).toContain(`${csv} : zone 0202, champ « code » : 1 zone sans ligne : 0202`);
    expect(err).toContain('(vérifiez --code-col et --id)');
  });

  it('English stays as it was', async () => {
    const file = tmpFile(
      dir,
      'doublon-en.geojson',
      layer([
        { code: 'A', members: 1 },
        { code: 'A', members: 2 },
      ]),
    );
    const r = await runCli('check', file, PLAN);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: ${file}: zone A, field "code": two features have the same id (features #1 and #2)`);
    expect(r.stderr).toContain('→ every zone needs its own id: fix the duplicate, or choose another id property with --id');
  });
});

describe('where members come from, in French outputs', () => {
  const PROPOSE = new URL('../fixtures/propose/', import.meta.url).pathname;
  it('propose --split-population --lang fr says how the units got their members in French', async () => {
    const f = (name: string) => join(PROPOSE, name);
    const r = await runCli(
      'propose',
      f('split-zones.geojson'),
      '--members',
      'members',
      '--split-with',
      f('split-units.geojson'),
      '--split-above',
      '30000',
      '--split-population',
      f('split-population.csv'),
      '--split-snap',
      '0',
      '--min-members',
      '10000',
      '--members-per-seat',
      '1500',
      '--min-seats',
      '6',
      '-o',
      join(dir, 'plan-split.csv'),
      '--lang',
      'fr',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /les effectifs des unités fines sont des estimations : adhérents de B Bigtown répartis entre ses \d+ unités fines au prorata de leur population \(colonne « population » de split-population\.csv\)/,
    );
    expect(r.stdout).not.toMatch(/members of|finer units|column "population"/);
  });

  it('check --lang fr says estimated members in French (estimate from the population property)', async () => {
    const r = await runCli('check', ZONES, PLAN, '--estimate-members', '0.08', '--min-members', '1', '--lang', 'fr');
    expect(r.stdout).toContain('estimés : population × 0,08 (propriété « population » de zones.geojson)');
    expect(r.stdout).not.toContain('estimated as');
  });
});
