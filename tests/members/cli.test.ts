import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/io/csv.js';
import { readCommuneTable } from '../../src/load/members.js';
import { generateRegister, registerCsv, toWindows1252 } from '../../scripts/register.js';
import { runCli, SHARED_DATA } from '../helpers.js';
import { itWithRealData, COMMUNE_TABLE_2022 } from '../support/real-data.js';

const TABLE = join(SHARED_DATA, 'commune-ze2020.csv');
const tmp = (p: string) => mkdtempSync(join(tmpdir(), `decoupage-members-${p}-`));

/** Fake people: names and streets that appear nowhere in the French geography. */
const FAKE = ['Zorglubovitch', 'Qwertyane', 'Xylophonard', 'Brumbleweed', 'Impasse Imaginaire-Yzx', 'Allée Fictive-Wq'];
const PRIVATE_REGISTER = [
  'Nom;Prénom;Adresse;Code postal;Ville;Téléphone',
  'Zorglubovitch;Qwertyane;12 Impasse Imaginaire-Yzx;13090;AIX EN PROVENCE;0600000001',
  'Xylophonard;Brumbleweed;3 Allée Fictive-Wq;83470;ST MAXIMIN LA STE BAUME;0600000002',
  'Zorglubovitch;Brumbleweed;Allée Fictive-Wq;;MARSEILLE;0600000003',
  'Qwertyane;Xylophonard;Impasse Imaginaire-Yzx;ABCDE;Zorglubovitch;0600000004',
  'Brumbleweed;Zorglubovitch;Impasse Imaginaire-Yzx;13013;MARSEILLE;0600000005',
].join('\r\n');

/** What the user sees: stdout, stderr and every file written in `dir` (the register itself is elsewhere). */
function everything(dir: string, r: { stdout: string; stderr: string }): string {
  return (
    r.stdout +
    r.stderr +
    readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), 'latin1') + readFileSync(join(dir, f), 'utf8'))
      .join('')
  );
}

describe('decoupage members', () => {
  itWithRealData([COMMUNE_TABLE_2022], 'French Excel: ";" and Windows-1252, members per zone, per commune, unmatched; totals in = out', async () => {
    const dir = tmp('excel');
    const reg = generateRegister({
      counts: new Map([
        ['13001', 300],
        ['83116', 120],
        ['13213', 80],
        ['05061', 50],
      ]),
      seed: 3,
      unusable: 0.02,
    });
    writeFileSync(join(dir, 'register.csv'), toWindows1252(registerCsv(reg)));
    const r = await runCli(
      'members',
      join(dir, 'register.csv'),
      '--commune-table',
      TABLE,
      '-o',
      join(dir, 'members.csv'),
      '--communes-out',
      join(dir, 'communes.csv'),
      '--unmatched',
      join(dir, 'unmatched.csv'),
      '--max-unmatched',
      '5%',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/columns: postal code "Code postal", town "Ville", street "Adresse", country "Pays"/);
    const lines = reg.rows.length;
    expect(r.stdout).toContain(`read register.csv: ${lines} lines, ${lines} members`);
    const zones = readCsv(join(dir, 'members.csv'));
    const communes = readCsv(join(dir, 'communes.csv'));
    const unmatched = readCsv(join(dir, 'unmatched.csv'));
    const sum = (t: typeof zones, col: string) => t.rows.reduce((s, x) => s + Number(x[col] || 0), 0);
    const lost = sum(unmatched, 'members');
    expect(sum(zones, 'members') + lost).toBe(lines);
    expect(sum(communes, 'members') + lost).toBe(lines);
    expect(lost).toBeGreaterThan(0);
    expect(r.stdout).toContain(`members in = out: ${lines} = ${lines - lost} matched + ${lost} not matched`);
    // the zones of the four communes (INSEE's table): every matched member is in one of them
    const table = readCommuneTable(TABLE);
    const expected = new Set(['13001', '83116', '13055', '05061'].map((c) => table.get(c)!));
    expect(expected.size).toBe(4);
    const z = (code: string) => Number(zones.rows.find((x) => x.code === code)?.members);
    expect([...expected].reduce((s, c) => s + z(c), 0) + lost).toBe(lines);
    expect(zones.rows.filter((x) => !expected.has(x.code)).every((x) => x.members === '0')).toBe(true);
    expect(zones.rows).toHaveLength(306); // every zone of the table, so --members-csv finds each one
    expect(communes.columns).toEqual(['code', 'name', 'members', 'members_shared', 'members_estimated']);
  });

  it('UTF-8 with BOM, English headers, counts per line, --lang fr', async () => {
    const dir = tmp('english');
    writeFileSync(join(dir, 'reg.csv'), '\uFEFFpostcode,city,count\n06000,Nice,120\n13013,MARSEILLE,30\n05000,Gap,7\n');
    const r = await runCli('members', join(dir, 'reg.csv'), '-o', join(dir, 'm.csv'), '--lang', 'fr');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('reg.csv lu : 3 lignes, 157 adhérents');
    expect(r.stdout).toMatch(/répartis selon la population/);
    const m = readCsv(join(dir, 'm.csv'));
    expect(m.rows.find((x) => x.code === '06088')).toMatchObject({ name: 'Nice', members: '120', members_estimated: 'false' });
    expect(m.rows.reduce((s, x) => s + Number(x.members), 0)).toBe(157);
    expect(m.rows.filter((x) => x.code.startsWith('132')).every((x) => x.members_estimated === 'true')).toBe(true);
  });

  itWithRealData([COMMUNE_TABLE_2022], '--insee-col: the register already has INSEE codes', async () => {
    const dir = tmp('insee');
    writeFileSync(join(dir, 'reg.csv'), 'id;code_insee\n1;13055\n2;1340\n3;06088\n');
    const r = await runCli('members', join(dir, 'reg.csv'), '--insee-col', 'code_insee', '--commune-table', TABLE, '-o', join(dir, 'm.csv'));
    expect(r.code).toBe(0);
    const m = readCsv(join(dir, 'm.csv'));
    // 01340 merged into Arboys en Bugey (01015): it counts in 01015's zone
    const table = readCommuneTable(TABLE);
    const want = ['01015', '13055', '06088'].map((c) => table.get(c)!).sort();
    expect(m.rows.filter((x) => Number(x.members) > 0).map((x) => x.code)).toEqual(want);
    expect(m.rows.reduce((s, x) => s + Number(x.members), 0)).toBe(3);
  });

  it('above --max-unmatched (default 0.5 %): exit 1, the members file is not written, the unmatched one is', async () => {
    const dir = tmp('too-many');
    writeFileSync(join(dir, 'reg.csv'), 'cp;ville\n06000;NICE\n99999;NULLEPART\n');
    const r = await runCli('members', join(dir, 'reg.csv'), '-o', join(dir, 'm.csv'), '--unmatched', join(dir, 'u.csv'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/50\.00% of the register is not matched, above --max-unmatched 0\.50%/);
    expect(existsSync(join(dir, 'm.csv'))).toBe(false);
    expect(readCsv(join(dir, 'u.csv')).rows).toEqual([
      { reason: 'unknown-postcode', reason_text: 'unknown postal code and town', postcode: '99999', town: '?', lines: '1', members: '1' },
    ]);
  });

  itWithRealData([COMMUNE_TABLE_2022], 'no member line, name or address in any output or error', async () => {
    const dir = tmp('private');
    const input = tmp('private-input');
    writeFileSync(join(input, 'register.csv'), PRIVATE_REGISTER);
    const r = await runCli(
      'members',
      join(input, 'register.csv'),
      '--commune-table',
      TABLE,
      '-o',
      join(dir, 'members.csv'),
      '--communes-out',
      join(dir, 'communes.csv'),
      '--unmatched',
      join(dir, 'unmatched.csv'),
      '--max-unmatched',
      '0.5',
    );
    expect(r.code).toBe(0);
    // a name in the town column of an unmatched line is not a known town: it is not listed either
    const all = everything(dir, r);
    for (const f of FAKE) expect(all.toUpperCase()).not.toContain(f.toUpperCase());
    expect(r.stdout).toMatch(/unreadable postal code: — \(not a known town\): 1 line/);
    expect(all).not.toMatch(/0600000\d{3}/);
    // a broken line (an unbalanced quote) is counted as unreadable, never shown; the other lines are read
    const good = Array.from({ length: 300 }, () => 'Brumbleweed;06000;NICE');
    writeFileSync(
      join(input, 'broken.csv'),
      ['Nom;Code postal;Ville', ...good.slice(0, 150), 'Zorglubovitch;"13090;AIX', ...good.slice(150), '"Qwertyane"x;13013";MARSEILLE'].join('\n'),
    );
    const out = tmp('broken-out');
    const bad = await runCli('members', join(input, 'broken.csv'), '-o', join(out, 'm.csv'), '--max-unmatched', '1%', '--unmatched', join(out, 'u.csv'));
    expect(bad.code).toBe(0);
    expect(bad.stdout).toContain('read broken.csv: 302 lines, 300 members');
    expect(bad.stdout).toMatch(/unreadable line: — —: 2 lines, 0 members/);
    expect(readCsv(join(out, 'm.csv')).rows).toEqual([{ code: '06088', name: 'Nice', members: '300', members_shared: '0', members_estimated: 'false' }]);
    const seen = everything(out, bad);
    for (const f of FAKE) expect(seen).not.toContain(f);
  });

  it('bad options and columns: exit 2, the file and the column named, nothing written', async () => {
    const dir = tmp('bad');
    writeFileSync(join(dir, 'reg.csv'), 'Nom;Ville\nZorglubovitch;NICE\n');
    const r = await runCli('members', join(dir, 'reg.csv'), '-o', join(dir, 'm.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reg\.csv: field "code postal": has no postal code column \(columns: Nom, Ville\)/);
    expect(r.stderr).not.toContain('Zorglubovitch');
    const r2 = await runCli('members', join(dir, 'reg.csv'), '--postcode-col', 'CP', '-o', join(dir, 'm.csv'));
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/has no column "CP"/);
    expect((await runCli('members', join(dir, 'missing.csv'), '-o', join(dir, 'm.csv'))).stderr).toMatch(/missing\.csv: file not found/);
    expect(readdirSync(dir)).toEqual(['reg.csv']);
  });
});
