// Issue 12: rows 12 (member bounds), 15 (CSV formula injection, Markdown) and 16 (option bounds).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_MEMBERS } from '../../src/core/limits.js';
import { parseCsv, toCsv } from '../../src/io/csv.js';
import { runCli } from '../helpers.js';
import { expectInputError, square, strip, tempDir, zonesText } from './support.js';

const t = tempDir('values');
const RULES = ['--min-members', '1000', '--min-seats', '1', '--members-per-seat', '1000'];
const zones = t.file('zones.geojson', zonesText(strip(4)));
const plan = t.file('plan.csv', 'zone,section\nz1,A\nz2,A\nz3,B\nz4,B\n');

describe('row 12: member counts are whole numbers from 0 to a documented bound, for every reader and writer', () => {
  it.each([
    ['a property of 1e308', () => [t.file('huge.geojson', zonesText([{ code: 'z1', members: 1e308 }, { code: 'z2' }]))]],
    ['a CSV value beyond the bound', () => [zones, '--members-csv', t.file('huge.csv', `code,members\nz1,${MAX_MEMBERS + 1}\nz2,1\nz3,1\nz4,1\n`)]],
  ])('%s: exit 2 naming the zone', async (_name, args) => {
    const r = await expectInputError(['info', ...args()], /zone z1, field "members"/, /beyond any real count \(at most 1,000,000,000\)/);
    expect(r.stdout).not.toContain('∞');
  });

  it('a property holding an object or a list is shown as JSON, never "[object Object]"', async () => {
    const obj = t.file('obj.geojson', zonesText([{ code: 'z1', members: { n: 12 } }, { code: 'z2' }]));
    const r = await expectInputError(['info', obj], /zone z1, field "members": the member count "\{"n":12\}" is not a number/);
    expect(r.stderr).not.toContain('[object Object]');
    const list = t.file('list.geojson', zonesText([{ code: 'z1' }, { code: 'z2', members: [1, 2] }]));
    await expectInputError(['info', list, '--lang', 'fr'], /zone z2, champ « members » : le nombre d’adhérents « \[1,2\] » n’est pas un nombre/);
  });

  it('1e400 in a JSON file (read as Infinity) is beyond any real count, not "not a number" nor "not a whole number"', async () => {
    const inf = t.file('inf.geojson', zonesText([{ code: 'z1', members: 7777 }, { code: 'z2' }]).replace('7777', '1e400'));
    const r = await expectInputError(['info', inf], /zone z1, field "members": the member count Infinity is beyond any real count \(at most 1,000,000,000\)/);
    expect(r.stderr).not.toMatch(/not a number|not a whole number/);
  });

  it('a total beyond the bound, an estimate beyond it: exit 2', async () => {
    const big = t.file('big.geojson', zonesText(strip(4).map((z) => ({ ...z, members: 400_000_000 }))));
    await expectInputError(['seats', big, plan, '--members-per-seat', '1000'], /1,600,000,000 members in all, beyond any real count/);
    const pop = t.file('pop.geojson', zonesText(strip(2).map((z) => ({ ...z, props: { population: 900_000_000 } }))));
    await expectInputError(['info', pop, '--estimate-members', '2'], /zone z1, field "members": has 1,800,000,000 members, beyond any real count/);
  });

  it('what --members-out writes, --members-csv reads back', async () => {
    const out = join(t.dir, 'members-out.csv');
    const src = t.file(
      'max.geojson',
      zonesText([
        { code: 'z1', members: MAX_MEMBERS },
        { code: 'z2', members: 0 },
      ]),
    );
    expect((await runCli('info', src, '--members-out', out)).code).toBe(0);
    const r = await runCli('info', src, '--members', 'members', '--json');
    const back = await runCli('info', src.replace('max', 'max'), '--members-csv', out, '--json');
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout).totalMembers).toBe(JSON.parse(r.stdout).totalMembers);
  });
});

describe('row 15: names that are formulas or HTML', () => {
  const formula = '=HYPERLINK("http://evil.example","x")';

  it('toCsv neutralises cells starting with = + - @ tab CR, numbers excepted; parseCsv reads the value back', () => {
    const cells = [formula, '+33 1 23', '-cmd', '@SUM(A1)', '\tx', '\rx', 'Marseille', '-0.25'];
    const text = toCsv(['name'], [...cells.map((c) => [c]), [-3]]);
    const written = parseCsv(text.replace(/'/g, '')).rows; // what a spreadsheet would see without the apostrophes
    expect(written.length).toBe(cells.length + 1);
    const raw = text.split('\n');
    expect(raw[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(raw[2]).toBe("'+33 1 23");
    expect(raw[3]).toBe("'-cmd");
    expect(raw[4]).toBe("'@SUM(A1)");
    expect(raw).toContain('Marseille');
    expect(raw).toContain('-0.25');
    expect(raw).toContain('-3');
    expect(parseCsv(text).rows.map((r) => r.name)).toEqual([...cells, '-3']);
  });

  it('a section named as a formula is written neutralised by seats -o and export --format csv', async () => {
    const evil = t.file('evil-plan.csv', `zone,section\nz1,"${formula.replace(/"/g, '""')}"\nz2,"${formula.replace(/"/g, '""')}"\nz3,B\nz4,B\n`);
    const seats = join(t.dir, 'seats.csv');
    expect((await runCli('seats', zones, evil, '--members-per-seat', '1000', '-o', seats)).code).toBe(0);
    const text = readFileSync(seats, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(`);
    expect(text.split('\n').some((l) => l.startsWith('=') || l.startsWith('"='))).toBe(false);
    const sections = join(t.dir, 'sections.csv');
    expect((await runCli('export', zones, evil, ...RULES, '-o', sections)).code).toBe(0);
    expect(readFileSync(sections, 'utf8')).toContain(`"'=HYPERLINK(`);
  });

  it('check --markdown escapes HTML and Markdown in names', async () => {
    const html = '<img src=x onerror=alert(1)>';
    const p = t.file('html-plan.csv', `zone,section\nz1,"${html}"\nz2,"${html}"\nz3,[link](javascript:x)\nz4,[link](javascript:x)\n`);
    const r = await runCli('check', zones, p, ...RULES, '--markdown');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('<img');
    expect(r.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(r.stdout).toContain('\\[link\\](javascript:x)');
  });
});

describe('row 16: options with upper bounds', () => {
  it.each([
    [['seats', zones, plan, '--seats', '1000000000'], /--seats must be a whole number from 1 to 100,000/],
    [['pluralism', zones, plan, '--simulate', '1000000000'], /--simulate must be a whole number from 1 to 100,000/],
    [['pluralism', zones, plan, '--simulate', '0'], /--simulate must be a whole number from 1 to 100,000/],
    [['propose', zones, ...RULES, '-o', join(t.dir, 'p.csv'), '--iterations', '1e12'], /--iterations must be a whole number from 0 to 1,000,000/],
    [['propose', zones, ...RULES, '-o', join(t.dir, 'p.csv'), '--iterations', '1000000000000'], /--iterations must be a whole number from 0 to 1,000,000/],
    [['propose', zones, ...RULES, '-o', join(t.dir, 'p.csv'), '--constructions', '1000000000'], /--constructions must be a whole number from 1 to 10,000/],
    [['graph', zones, '--snap', '10000000'], /--snap must be a distance in metres, from 0 to 10,000/],
    [['check', zones, plan, '--min-members', '1e308'], /--min-members must be a whole number from 0 to 1,000,000,000/],
  ])('%s', async (args, message) => {
    await expectInputError(args as string[], message as RegExp);
  });
});

describe('whole-number rule options read as every number a person types', () => {
  it.each([
    ['an empty --min-members (Number("") is 0)', ['--min-members', ''], /--min-members must be a whole number from 0 to 1,000,000,000, got ""/],
    [
      '--members-per-seat 0x10 (Number reads hex)',
      ['--min-members', '1000', '--members-per-seat', '0x10'],
      /--members-per-seat must be a whole number from 1 to 1,000,000,000, got "0x10"/,
    ],
    ['--seats 0x10', ['--min-members', '1000', '--seats', '0x10'], /--seats must be a whole number from 1 to 100,000, got "0x10"/],
  ])('%s: exit 2 naming the option', async (_name, opts, message) => {
    await expectInputError(['check', zones, plan, ...opts], message);
  });

  it('"10 000" (French thousands) is read; -0 is said 0, never "-0"', async () => {
    const r = await runCli('check', zones, plan, '--min-members', '10\u00a0000', '--members-per-seat', '1000');
    expect(r.stdout).toContain('≥ 10,000 members');
    const parts = t.file(
      'two-parts.geojson',
      zonesText([
        { code: 'z1', rings: [square(0, 0)] },
        { code: 'z2', rings: [square(0.3, 0)] },
      ]),
    );
    const z = await runCli(
      'propose',
      parts,
      '--min-members',
      '-0',
      '--members-per-seat',
      '1000',
      '--min-seats',
      '1',
      '--auto-link',
      '-o',
      join(t.dir, 'negzero.csv'),
    );
    expect(z.code).toBe(0);
    expect(z.stdout + z.stderr).toContain('at least 0 members');
    expect(z.stdout + z.stderr).not.toContain('-0 members');
  });
});
