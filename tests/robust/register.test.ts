// Issue 19 rows 6–12 and 19b: member registers and members files as a mutual's exports make them. And the
// personal-data guard: registers full of recognisable fake names; none may reach stdout, stderr or any
// output file (only the per-commune counts are written).
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/io/csv.js';
import { runCli } from '../helpers.js';
import { expectInputError, strip, tempDir, zonesText } from './support.js';

const t = tempDir('register');
let n = 0;
/** A fresh output folder. */
function outDir(): string {
  const d = join(t.dir, `out-${++n}`);
  mkdirSync(d);
  return d;
}

/** Fake people: names and streets that appear nowhere in the French geography. */
const FAKE = ['Zorglubovitch', 'Qwertyane', 'Xylophonard', 'Brumbleweed', 'Imaginaire-Yzx', 'Fictive-Wq', 'Gribouillardine', 'Trombolino'];
const person = (i: number) => `${FAKE[i % 4]};${FAKE[(i + 1) % 4]};${i} Impasse ${FAKE[4 + (i % 2)]}`;

/** Everything a person sees: stdout, stderr and every file in `dir`. */
function everything(dir: string, r: { stdout: string; stderr: string }): string {
  return (
    r.stdout +
    r.stderr +
    readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), 'utf8') + readFileSync(join(dir, f), 'latin1'))
      .join('')
  );
}
function noFakeName(text: string): void {
  for (const f of FAKE) expect(text.toUpperCase(), f).not.toContain(f.toUpperCase());
  expect(text).not.toMatch(/0600000\d{3}/);
}

async function members(register: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string; dir: string }> {
  const dir = outDir();
  const r = await runCli('members', register, '-o', join(dir, 'members.csv'), '--unmatched', join(dir, 'unmatched.csv'), ...args);
  return { ...r, dir };
}

describe('row 6: a register without a header line', () => {
  it('says "the first line does not look like a header (7 fields)", and no value of the line', async () => {
    const reg = t.file(
      'noheader.csv',
      ['Zorglubovitch;Qwertyane;12 Impasse Imaginaire-Yzx;13090;AIX EN PROVENCE;0600000001;Trombolino', person(2) + ';13001;MARSEILLE;0600000002;x'].join('\n'),
    );
    const r = await expectInputError(['members', reg, '-o', join(outDir(), 'm.csv')], /the first line does not look like a header \(7 fields\)/);
    noFakeName(r.stdout + r.stderr);
    expect(r.stderr).not.toMatch(/AIX EN PROVENCE|13090/);
  });

  it('--postcode-col naming a column of a header-less register: the column list is not shown either', async () => {
    const reg = t.file('noheader2.csv', ['Zorglubovitch;Qwertyane;13090;AIX EN PROVENCE', 'Brumbleweed;Xylophonard;13001;MARSEILLE'].join('\n'));
    const r = await expectInputError(
      ['members', reg, '--postcode-col', 'CP', '-o', join(outDir(), 'm.csv')],
      /the first line does not look like a header \(4 fields\)/,
    );
    noFakeName(r.stdout + r.stderr);
  });

  it('a real header is still listed when its columns are not known', async () => {
    const reg = t.file('unknown-header.csv', 'Nom;Commune de résidence\nZorglubovitch;NICE\n');
    const r = await expectInputError(['members', reg, '-o', join(outDir(), 'm.csv')], /columns: Nom, Commune de résidence/);
    noFakeName(r.stdout + r.stderr);
  });
});

describe('a register without its header given where another table was expected: its first line is never said', () => {
  const zones = t.file('zones-for-register.geojson', zonesText(strip(4)));
  const plan = t.file('plan-for-register.csv', 'zone,section\nz1,A\nz2,A\nz3,B\nz4,B\n');
  const reg = t.file(
    'noheader-elsewhere.csv',
    [person(1) + ';13090;AIX EN PROVENCE;Zorglubovitch@example.org;0600000001', person(2) + ';13001;MARSEILLE;x@example.org;0600000002'].join('\n') + '\n',
  );
  it.each([
    ['check: as the plan', () => ['check', zones, reg, '--min-members', '1000']],
    ['pluralism --compare', () => ['pluralism', zones, plan, '--compare', reg]],
    ['info --members-csv', () => ['info', zones, '--members-csv', reg]],
    ['pluralism --votes', () => ['pluralism', zones, plan, '--votes', reg]],
    ['graph --links', () => ['graph', zones, '--links', reg]],
    [
      'members --commune-table',
      () => ['members', t.file('ok-register.csv', 'code postal;ville\n13001;MARSEILLE\n'), '--commune-table', reg, '-o', join(outDir(), 'm.csv')],
    ],
    ['check --attributes', () => ['check', zones, plan, '--min-members', '1000', '--attributes', reg, '--similar-by', 'x']],
    ['propose --lock', () => ['propose', zones, '--min-members', '1000', '--lock', reg, '-o', join(outDir(), 'p.csv')]],
  ])('%s: exit 2, "the first line does not look like a header (7 fields)", no value of the line', async (_name, args) => {
    const r = await expectInputError(args(), /the first line does not look like a header \(7 fields\)/, /noheader-elsewhere\.csv/);
    noFakeName(r.stdout + r.stderr);
    expect(r.stdout + r.stderr).not.toMatch(/AIX EN PROVENCE|13090|example\.org/);
  });

  it('a real header is still listed', async () => {
    const other = t.file('header-elsewhere.csv', 'Nom;Ville\nZorglubovitch;NICE\n');
    const r = await expectInputError(['info', zones, '--members-csv', other], /has no column "code" \(columns: Nom, Ville\)/);
    noFakeName(r.stdout + r.stderr);
  });
});

describe('row 7: two columns with the same name', () => {
  it('two "ville" columns: exit 2 naming both positions', async () => {
    const reg = t.file('twoville.csv', 'nom;code postal;ville;adresse;pays;tel;ville\nZorglubovitch;13200;ARLES;x;FRANCE;06;ISTRES\n');
    const r = await expectInputError(['members', reg, '-o', join(outDir(), 'm.csv')], /two columns are called "ville" \(3 and 7\)/);
    noFakeName(r.stdout + r.stderr);
  });
  it('two "code postal" columns: exit 2', async () => {
    const reg = t.file('twocp.csv', 'code postal;nom;ville;Code Postal\n13200;Zorglubovitch;ARLES;06000\n');
    await expectInputError(['members', reg, '-o', join(outDir(), 'm.csv')], /two columns are called "code postal" \(1 and 4\)/);
  });
});

describe('row 8: one stray quote in a register with quoted newlines', () => {
  it('the records with quoted newlines are kept, the broken line is named and counted as unreadable', async () => {
    const lines = ['nom;adresse;code postal;ville'];
    for (let i = 0; i < 60; i++) {
      // every third member has a two-line address, quoted
      lines.push(i % 3 === 0 ? `${FAKE[i % 4]};"${i} Impasse Imaginaire-Yzx\nBâtiment B";06000;NICE` : `${FAKE[i % 4]};${i} rue Fictive-Wq;06000;NICE`);
    }
    lines.splice(31, 0, 'Qwertyane;12 rue "Trombolino;06000;NICE'); // a stray quote, line 32 of the file… before the quoted newlines that follow
    const reg = t.file('stray.csv', lines.join('\n') + '\n');
    const r = await members(reg, '--max-unmatched', '5%');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const m = readCsv(join(r.dir, 'members.csv'));
    // 60 readable members, all in Nice; the broken line counted, not its members
    expect(m.rows).toEqual([{ code: '06088', name: 'Nice', members: '60', members_shared: '0', members_estimated: 'false' }]);
    expect(r.stdout).toContain('read stray.csv: 61 lines, 60 members');
    expect(r.stdout).toMatch(/lines not readable as CSV \(an unbalanced quote\): 1, at line 42;/);
    noFakeName(everything(r.dir, r));
  });
});

describe('row 9: a tab-separated register with one broken line', () => {
  it('keeps the tab separator and names the line', async () => {
    const rows = ['nom\tcode postal\tville', ...Array.from({ length: 40 }, (_, i) => `${FAKE[i % 4]}\t06000\tNICE`)];
    rows.splice(10, 0, 'Qwertyane\t"06000\tNICE');
    const reg = t.file('tabs.csv', rows.join('\n') + '\n');
    const r = await members(reg, '--max-unmatched', '5%');
    expect(r.code).toBe(0);
    expect(readCsv(join(r.dir, 'members.csv')).rows).toEqual([{ code: '06088', name: 'Nice', members: '40', members_shared: '0', members_estimated: 'false' }]);
    expect(r.stdout).toMatch(/lines not readable as CSV \(an unbalanced quote\): 1, at line 11\b/);
    noFakeName(everything(r.dir, r));
  });
});

describe('row 10: a 4-digit postal code', () => {
  it('1300 with town Marseille is not shared among the Ain communes of 01300: unmatched, said', async () => {
    const reg = t.file('pc4.csv', 'nom;code postal;ville\nZorglubovitch;1300;MARSEILLE\nBrumbleweed;1300;BELLEY\n');
    const r = await members(reg, '--max-unmatched', '60%');
    expect(r.code).toBe(0);
    const m = readCsv(join(r.dir, 'members.csv'));
    expect(m.rows.map((x) => x.code)).toEqual(['01034']); // Belley: the town agrees with 01300
    expect(readCsv(join(r.dir, 'unmatched.csv')).rows).toEqual([
      expect.objectContaining({ reason: 'bad-postcode', postcode: '1300', town: 'MARSEILLE', lines: '1', members: '1' }),
    ]);
    noFakeName(everything(r.dir, r));
  });
});

describe('row 11: member counts beyond the documented maximum', () => {
  it.each(['99999999999999999999999', '9007199254740993', '1000000001'])('count %s in a register: exit 2, the line named, nothing written', async (value) => {
    const reg = t.file(`big-${value.length}.csv`, `nom;code postal;ville;nombre\nZorglubovitch;06000;NICE;12\nBrumbleweed;06000;NICE;${value}\n`);
    const dir = outDir();
    const r = await expectInputError(
      ['members', reg, '-o', join(dir, 'm.csv')],
      /line 3, column "nombre": a count beyond any real count \(at most 1,000,000,000\)/,
    );
    expect(r.stderr).not.toContain(value);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a total beyond it: exit 2', async () => {
    const reg = t.file('bigtotal.csv', `code postal;ville;nombre\n06000;NICE;900000000\n06000;NICE;900000000\n`);
    await expectInputError(['members', reg, '-o', join(outDir(), 'm.csv')], /1,800,000,000 members in all, beyond any real count/);
  });
});

describe('row 12: --max-unmatched is a share', () => {
  it.each(['2', '-1', '1.5', '150%', 'abc'])('--max-unmatched %s: exit 2 naming the option and the value', async (value) => {
    const reg = t.file('ok.csv', 'code postal;ville\n06000;NICE\n');
    await expectInputError(
      ['members', reg, '-o', join(outDir(), 'm.csv'), '--max-unmatched', value],
      new RegExp(`--max-unmatched .*${value.replace(/[.%]/g, '\\$&')}`),
      /0 and 1|%/,
    );
  });
  it.each([
    ['0.5', 0.5],
    ['2%', 0.02],
    ['0', 0],
    ['1', 1],
    ['0,25', 0.25],
  ])('--max-unmatched %s is read as %s', async (value) => {
    const reg = t.file('ok2.csv', 'code postal;ville\n06000;NICE\n');
    const r = await members(reg, '--max-unmatched', value);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('row 19b: a French members file', () => {
  const zones = t.file('zones.geojson', zonesText(strip(2)));
  it.each(['adhérents', 'sociétaires', 'membres', 'effectif'])('count column "%s", windows-1252: read, and said which column was taken', async (col) => {
    const text = `code;${col}\nz1;1200\nz2;3400\n`;
    const file = t.file(`fr-${col}.csv`, Buffer.from(text, 'latin1'));
    const r = await runCli('info', zones, '--members-csv', file);
    expect(r.stderr).toMatch(/not UTF-8|windows-1252|^$/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(col);
    expect(r.stdout).toMatch(/4[,\s\u202f]?600/);
  });
  it.each(['code commune', 'code INSEE', "zone d'emploi"])('code column "%s"', async (col) => {
    const file = t.file(`code-${col.length}.csv`, `${col};adhérents\nz1;1200\nz2;3400\n`);
    const r = await runCli('info', zones, '--members-csv', file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
  it('two candidate count columns: exit 2 asking which', async () => {
    const file = t.file('two.csv', 'code;adhérents;membres\nz1;1;2\nz2;3;4\n');
    await expectInputError(['info', zones, '--members-csv', file], /adhérents.*membres/, /--members-col/);
  });
});

describe('personal data: a register full of recognisable fake names never reaches an output', () => {
  it('through every path: matched, unmatched, unreadable, bad counts, foreign, no postcode; only per-commune counts are written', async () => {
    const lines = ['Nom;Prénom;Adresse;Code postal;Ville;Pays;Nombre;Téléphone'];
    for (let i = 0; i < 40; i++) lines.push(`${person(i)};13001;MARSEILLE;FRANCE;1;06000000${String(i).padStart(2, '0')}`);
    lines.push(`${person(41)};;Zorglubovitch;FRANCE;1;0600000101`); // no postcode, a name as town
    lines.push(`${person(42)};ABCDE;Qwertyane;FRANCE;1;0600000102`); // bad postcode
    lines.push(`${person(43)};99999;Xylophonard;FRANCE;1;0600000103`); // unknown postcode
    lines.push(`${person(44)};13001;MARSEILLE;Trombolino;1;0600000104`); // foreign
    lines.push(`${person(45)};13001;MARSEILLE;FRANCE;Gribouillardine;0600000105`); // bad count
    lines.push(`${person(46)};"13001;MARSEILLE;FRANCE;1;0600000106`); // unreadable
    const reg = t.file('private.csv', lines.join('\n') + '\n');
    const dir = outDir();
    const r = await runCli('members', reg, '-o', join(dir, 'members.csv'), '--unmatched', join(dir, 'unmatched.csv'), '--max-unmatched', '50%', '--lang', 'fr');
    expect(r.code).toBe(0);
    noFakeName(everything(dir, r));
    expect(existsSync(join(dir, 'members.csv'))).toBe(true);
  });
});
