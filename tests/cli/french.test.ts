import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { CATALOGUE, placeholdersOf, say, said } from '../../src/messages/index.js';
import { runCli } from '../helpers.js';

// Issue 9: `--lang fr` covers every command's --help and every error of the command line, through the catalogue.
const LOAD = new URL('../fixtures/load/', import.meta.url).pathname;
const ZONES = join(LOAD, 'zones.geojson');
const PLAN = join(LOAD, '..', 'check', 'plan.csv');

type Entry = { key: string; en: string; fr: string };
const HELP: Entry[] = Object.entries(CATALOGUE.help).map(([key, m]) => ({ key, en: m.en, fr: m.fr }));

/** Help text as read, whatever its wrapping: runs of spaces and line breaks as one space (no-break spaces kept). */
const flat = (text: string) => text.replace(/[ \n]+/g, ' ');

/** The help messages whose English text, untranslated, would show in a French help (whole, wrapping aside). */
function englishLeftIn(output: string): string[] {
  const out = flat(output);
  return HELP.filter((m) => m.en !== m.fr)
    .flatMap((m) => m.en.split(/\{\w+\}/).map((part) => ({ key: m.key, part: flat(part).trim() })))
    .filter(({ key, part }) => part.length >= 20 && out.includes(part) && !flat(HELP.find((m) => m.key === key)!.fr).includes(part))
    .map(({ key, part }) => `help.${key}: ${part}`);
}

/** The French texts of a command's own help messages (no placeholder, not the one-line summary of the list). */
function frenchOf(command: string): Entry[] {
  return HELP.filter((m) => m.key.startsWith(command + '.') && !m.key.endsWith('.summary') && placeholdersOf(m.en).length === 0);
}

describe('--help in French', () => {
  for (const { name } of COMMANDS) {
    it(`${name} --help --lang fr: every word of its help in French, none of the English left`, async () => {
      const r = await runCli(name, '--help', '--lang', 'fr');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`${say(said('help.title.usage'), 'fr')} decoupage ${name} [options]`);
      expect(r.stdout).toContain(say(said('help.title.options'), 'fr'));
      expect(r.stdout).toContain('afficher l’aide d’une commande');
      expect(r.stdout).toMatch(/par défaut/);
      const own = frenchOf(name);
      expect(own.length).toBeGreaterThan(0);
      for (const m of own) expect(flat(r.stdout), `help.${m.key}`).toContain(flat(m.fr).trim());
      expect(englishLeftIn(r.stdout)).toEqual([]);
      expect(r.stdout).not.toMatch(/Usage:|Options:|Arguments:|\(default:|\(choices:|show help for a command/);
    });
  }

  it('the root help, with --lang before or without --help, lists every command by its French summary', async () => {
    for (const argv of [
      ['--lang', 'fr'],
      ['--lang', 'fr', '--help'],
      ['--help', '--lang=fr'],
      ['help', '--lang', 'fr'],
    ]) {
      const r = await runCli(...argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stdout).toContain('Utilisation\u00a0: decoupage [options] [commande]');
      expect(r.stdout).toContain('Commandes\u00a0:');
      for (const { name } of COMMANDS) expect(flat(r.stdout), name).toContain(flat(say(said(`help.${name}.summary` as 'help.check.summary'), 'fr')));
      expect(englishLeftIn(r.stdout)).toEqual([]);
    }
  });

  it('"decoupage help options" describes every shared option in French', async () => {
    const r = await runCli('help', 'options', '--lang', 'fr');
    expect(r.code).toBe(0);
    const shared = HELP.filter((m) => /^(zone|neighbours|rules|seatRules)\./.test(m.key));
    expect(shared.length).toBeGreaterThan(30);
    for (const m of shared) expect(flat(r.stdout), m.key).toContain(flat(m.fr.split(/\{\w+\}/)[0]).trim());
    expect(r.stdout).toContain('Zones et effectifs (');
    expect(englishLeftIn(r.stdout)).toEqual([]);
  });

  it('DECOUPAGE_LANG=fr speaks French too, and the English help is still the English of the catalogue', async () => {
    const saved = process.env.DECOUPAGE_LANG;
    process.env.DECOUPAGE_LANG = 'fr';
    try {
      expect((await runCli('seats', '--help')).stdout).toContain('Utilisation\u00a0: decoupage seats');
    } finally {
      if (saved === undefined) delete process.env.DECOUPAGE_LANG;
      else process.env.DECOUPAGE_LANG = saved;
    }
    const en = await runCli('check', '--help');
    expect(en.stdout).toMatch(/^Usage: decoupage check \[options\] <zones> <plan>/);
    for (const m of frenchOf('check')) expect(flat(en.stdout), m.key).toContain(flat(m.en).trim());
  });
});

describe('errors of the command line in French (exit 2)', () => {
  const AFTER = '(lancez avec --help pour voir les options)';
  it.each([
    [['check', ZONES, PLAN, '--bogus'], 'erreur : option inconnue « --bogus »'],
    [['chek'], 'erreur : commande inconnue « chek »\n(vouliez-vous dire check ?)'],
    [['check', ZONES], 'erreur : argument obligatoire manquant : « plan »'],
    [['propose', ZONES], 'erreur : l’option obligatoire « -o, --output <plan.csv> » manque'],
    [
      ['check', ZONES, PLAN, '--contiguity', 'diagonal'],
      'erreur : option « --contiguity <rule> » : la valeur « diagonal » n’est pas possible. Valeurs possibles : rook, queen.',
    ],
    [
      ['import', 'shapefile', 'x.zip', '-o', 'z.geojson'],
      'erreur : la valeur « shapefile » n’est pas possible pour l’argument « format ». Valeurs possibles : insee-ze, admin-express, insee-chomage.',
    ],
    [['check', ZONES, PLAN, 'extra'], 'erreur : trop d’arguments pour « check » : la commande en attend 2, elle en a reçu 3.'],
    [['info', ZONES, '--top'], 'erreur : l’option « --top <n> » attend une valeur'],
    [
      ['pluralism', ZONES, PLAN, '--compare', PLAN, '--compare-by', 'dep'],
      'erreur : l’option « --compare-by <property> » ne peut pas être utilisée avec l’option « --compare <other-plan.csv> »',
    ],
  ])('%j', async (argv, message) => {
    const r = await runCli(...argv, '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\n${AFTER}\n`);
  });

  it('the same errors in English keep commander’s wording', async () => {
    const r = await runCli('chek');
    expect(r.stderr).toBe("error: unknown command 'chek'\n(Did you mean check?)\n(run with --help to see the options)\n");
    expect((await runCli('check', ZONES)).stderr).toMatch(/^error: missing required argument 'plan'\n/);
    expect((await runCli('check', ZONES, PLAN, 'x')).stderr).toMatch(/^error: too many arguments for 'check'\. Expected 2 arguments but got 3\.\n/);
  });

  it('number options: what to write, in French, with the hint and the figures the French way', async () => {
    const top = await runCli('info', ZONES, '--top', '0', '--lang', 'fr');
    expect(top.code).toBe(2);
    expect(top.stderr).toBe('erreur : champ « top » : --top doit être un nombre entier ≥ 1, et non « 0 »\n');
    const seed = await runCli('--lang', 'fr', 'propose', ZONES, '-o', 'plan.csv', '--seed', 'abc');
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain('--seed doit être un nombre entier ≥ 0, et non « abc »\n  → par exemple --seed 1 ; tout nombre entier convient');
    const constructions = await runCli('propose', ZONES, '-o', 'plan.csv', '--constructions', '20000', '--lang', 'fr');
    expect(constructions.code).toBe(2);
    expect(constructions.stderr).toContain('--constructions doit être un nombre entier de 1 à 10\u202f000, et non « 20000 »');
    const km = await runCli('check', ZONES, PLAN, '--auto-link', '--max-link-km', '-5', '--lang', 'fr');
    expect(km.code).toBe(2);
    expect(km.stderr).toContain('--max-link-km doit être un nombre de km > 0, et non « -5 »');
  });

  it('options of the CLI layer that need one another say so in French', async () => {
    const r = await runCli('check', ZONES, PLAN, '--max-link-km', '5', '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'erreur : champ « max-link-km » : --max-link-km demande --auto-link (elle borne les liens qu’ajoute --auto-link)\n  → ajoutez --auto-link\n',
    );
    const split = await runCli('propose', ZONES, '-o', 'plan.csv', '--split-id', 'code', '--lang', 'fr');
    expect(split.code).toBe(2);
    expect(split.stderr).toBe(
      'erreur : champ « split-id » : --split-id demande --split-with (le fichier des unités plus fines)\n  → ajoutez --split-with communes.geojson --split-above N\n',
    );
    const help = await runCli('help', 'sectons', '--lang', 'fr');
    expect(help.code).toBe(2);
    expect(help.stderr).toMatch(/^erreur : pas de commande « sectons » ; les commandes sont : demo, import, /);
  });

  it('"decoupage help <command>" and --lang=fr speak French too', async () => {
    for (const argv of [
      ['help', 'propose', '--lang', 'fr'],
      ['propose', '--lang=fr', '--help'],
      ['--lang', 'fr', 'propose', '--help'],
    ]) {
      const r = await runCli(...argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stdout).toContain('Utilisation\u00a0: decoupage propose [options] <zones>');
      expect(r.stdout).toContain(say(said('help.heading', { title: said('help.group.split') }), 'fr'));
      expect(englishLeftIn(r.stdout)).toEqual([]);
    }
  });

  it('--lang before the command name is the command’s --lang', async () => {
    const fr = await runCli('--lang', 'fr', 'check', ZONES, PLAN, '--min-members', '1000');
    const en = await runCli('check', ZONES, PLAN, '--min-members', '1000');
    expect(fr.code).toBe(en.code);
    expect(fr.stdout).toMatch(/^Règles/);
    expect(en.stdout).toMatch(/^Rules/);
  });
});

describe('--csv-sep is an option of seats and pluralism (it was added only once the command ran)', () => {
  for (const command of ['seats', 'pluralism']) {
    it(`${command} --csv-sep ";" writes a semicolon CSV, and its --help lists the option`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'decoupage-csv-sep-'));
      const plan = join(dir, 'plan.csv');
      writeFileSync(plan, 'zone,section\n0101,A\n0102,A\n0201,B\n0202,B\n');
      const out = join(dir, 'out.csv');
      const r = await runCli(command, ZONES, plan, '--members-per-seat', '100', '--csv-sep', ';', '-o', out);
      expect(r.code).toBe(0);
      expect(readFileSync(out, 'utf8').split('\n')[0]).toMatch(/^\ufeff?(plan;)?section;section_name;members;seats/);
      expect((await runCli(command, '--help')).stdout).toMatch(/--csv-sep <sep> +separator of the CSV files written/);
    });
  }
});
