/**
 * The errors of rules, propose, split and votes (src/messages/plan.ts) in French through the CLI (--lang fr),
 * options said as the flags the user typed, with the exit codes of the English run.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const PROPOSE = new URL('../fixtures/propose/', import.meta.url).pathname;
const CHECK = new URL('../fixtures/check/', import.meta.url).pathname;
const ISLAND = join(PROPOSE, 'island.geojson'); // the island I (Île-de-Ré, 3,214 members) touches no other zone
const tmp = mkdtempSync(join(tmpdir(), 'decoupage-plan-fr-'));
const out = join(tmp, 'plan.csv');
const SEATS = ['--min-seats', '1', '--members-per-seat', '1'];

describe('plan errors in French (--lang fr)', () => {
  it('infeasible rules: the part below the threshold, its members the French way, what to do; exit 1', async () => {
    const r = await runCli('propose', ISLAND, ...SEATS, '-o', out, '--lang', 'fr');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^erreur : la partie \{Île-de-Ré\} a 3\s214 adhérents < 10\s000 : aucune section ne peut y atteindre le seuil/);
    expect(r.stderr).toContain('→ reliez-la à une zone voisine (--link I:ZONE ou --auto-link) ou baissez --min-members');
    // the same run in English keeps its words and its code
    const en = await runCli('propose', ISLAND, ...SEATS, '-o', out);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('component {Île-de-Ré} has 3,214 members < 10,000: no section there can reach the threshold');
    expect(en.stderr).toContain('link it to a neighbouring zone (--link I:ZONE or --auto-link) or lower --min-members');
  });

  it('a badly written --split-into, and --split-into without finer units; exit 2', async () => {
    const bad = await runCli('propose', ISLAND, ...SEATS, '--split-into', '9312', '-o', out, '--lang', 'fr');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('champ « split-into » : --split-into doit être de la forme ZONE:K, par exemple 9312:2 (reçu : "9312")');
    expect(bad.stderr).toContain('→ K est le nombre de sections que doit former la zone découpée : un nombre entier ≥ 1');
    const alone = await runCli('propose', ISLAND, ...SEATS, '--split-into', 'I:2', '-o', out, '--lang', 'fr');
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--split-into demande --split-with (les unités plus fines en lesquelles la zone est divisée) et --split-above');
    expect(alone.stderr).toContain('→ ajoutez --split-with communes.geojson --split-above N');
  });

  it('a lock on a zone that does not exist; exit 2', async () => {
    const lock = join(tmp, 'lock.csv');
    writeFileSync(lock, 'zone,section\nNOPE,X\n');
    const r = await runCli('propose', ISLAND, ...SEATS, '--min-members', '3000', '--link', 'I:E', '--lock', lock, '-o', out, '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('zone NOPE, champ « zone » : est verrouillée mais ne fait pas partie des zones');
    expect(r.stderr).toContain('→ vérifiez les codes de zone du fichier de verrouillage');
  });

  it('a votes file of no known layout, and a vote that is not a number; exit 2', async () => {
    const votes = join(tmp, 'votes.csv');
    writeFileSync(votes, 'parti,score\nA,10\n');
    const r = await runCli('pluralism', join(CHECK, 'grid.geojson'), join(CHECK, 'plan.csv'), '--votes', votes, '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${votes} : a les colonnes parti, score, qui ne correspondent à aucune des présentations de votes`);
    expect(r.stderr).toContain('→ utilisez « list,share » (ou list,votes) pour tout le territoire');
    writeFileSync(votes, 'list,votes\nA,beaucoup\n');
    const nan = await runCli('pluralism', join(CHECK, 'grid.geojson'), join(CHECK, 'plan.csv'), '--votes', votes, '--lang', 'fr');
    expect(nan.code).toBe(2);
    expect(nan.stderr).toContain('champ « votes » : ligne 2 : « beaucoup » n’est pas un nombre ≥ 0');
  });
});
