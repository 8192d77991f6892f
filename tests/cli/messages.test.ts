import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// Issue 13, point 6: messages a user can act on.
const LOAD = new URL('../fixtures/load/', import.meta.url).pathname;
const ZONES = join(LOAD, 'zones.geojson'); // codes 0101, 0102, 0201, 0202 (two départements 01 and 02)
const LOST_ZEROS = join(LOAD, 'plan-lost-zeros.csv'); // the same plan after a spreadsheet read the codes as numbers
const tmp = mkdtempSync(join(tmpdir(), 'decoupage-messages-'));
const file = (name: string, text: string) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

describe('a plan whose codes lost their leading zeros', () => {
  for (const command of ['check', 'seats', 'pluralism', 'export', 'report']) {
    it(`${command}: the "format the code column as text" hint, exit 2, nothing written`, async () => {
      const out = join(tmp, `${command}-out`);
      const extra = command === 'export' || command === 'report' ? ['-o', out] : [];
      const rules = command === 'seats' || command === 'pluralism' ? [] : ['--min-members', '1000'];
      const r = await runCli(command, ZONES, LOST_ZEROS, ...rules, ...extra);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/plan-lost-zeros\.csv: zone 101, field "zone": has 4 zone codes that are not in .*zones\.geojson: "101" \(line 2\)/);
      expect(r.stderr).toMatch(
        /→ the codes look like they lost their leading zeros \(101 instead of 0101\): format the code column as text in your spreadsheet/,
      );
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(existsSync(out)).toBe(false);
    });
  }

  it('--compare with such a plan gets the same hint', async () => {
    const plan = file('plan-ok.csv', 'zone,section\n0101,A\n0102,A\n0201,B\n0202,B\n');
    const r = await runCli('pluralism', ZONES, plan, '--compare', LOST_ZEROS);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/format the code column as text/);
  });
});

describe('rules.json', () => {
  it('an unknown key gets "did you mean", in kebab-case, with the list of keys as the README writes them', async () => {
    const rules = file('typo.json', '{"min-member": 10000, "min-seats": 6}');
    const r = await runCli('check', ZONES, join(LOAD, '..', 'check', 'plan.csv'), '--rules', rules);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/typo\.json: field "min-member": unknown key "min-member"/);
    expect(r.stderr).toMatch(/→ did you mean "min-members"\? the keys are: min-members, max-members, min-seats, members-per-seat, seats, method/);
    expect(r.stderr).not.toMatch(/minMembers|membersPerSeat/);
  });

  it('camelCase and snake_case typos are matched to the kebab-case key', async () => {
    const r = await runCli('check', ZONES, LOST_ZEROS, '--rules', file('camel.json', '{"membersPerSeet": 1500}'));
    expect(r.stderr).toMatch(/did you mean "members-per-seat"\?/);
    const far = await runCli('check', ZONES, LOST_ZEROS, '--rules', file('far.json', '{"colour": "red"}'));
    expect(far.stderr).toMatch(/unknown key "colour"\n  → the keys are: min-members/);
  });

  it('a bad value names the key as written in the file, not as an option', async () => {
    const r = await runCli('check', ZONES, LOST_ZEROS, '--rules', file('bad.json', '{"min-seats": "six"}'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json: field "min-seats": "min-seats" must be a whole number from 0 to 100,000, got "six"/);
  });

  it('a JSON syntax error gives line and column and what is wrong', async () => {
    const cases: [string, RegExp][] = [
      ['{\n  "min-members": 10000,\n  "min-seats": 6,\n}\n', /line 4, column 1: a "quoted" name is expected \(no comma after the last entry/],
      ['{\n  "min-members": 10000\n  "min-seats": 6\n}\n', /line 3, column 3: a comma is expected between two entries/],
      ["{\n  'min-seats': 6\n}\n", /line 2, column 3: unexpected character \(text values need "double quotes"\)/],
      ['{\n  "respect": dep\n}\n', /line 2, column 14: unexpected character/],
    ];
    for (const [text, expected] of cases) {
      const r = await runCli('check', ZONES, LOST_ZEROS, '--rules', file('syntax.json', text));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/syntax\.json: is not valid JSON \(line/);
      expect(r.stderr).toMatch(expected);
    }
  });

  it('a JSON plan with a syntax error gets line and column too', async () => {
    const r = await runCli('check', ZONES, file('plan.json', '{"0101": "A",\n "0102": "A",,\n}'), '--min-members', '1000');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/plan\.json: is not valid JSON \(line 2, column 14:/);
  });
});

describe('--help', () => {
  it('"decoupage help options" lists each shared option once, with the commands that take it', async () => {
    const r = await runCli('help', 'options');
    expect(r.code).toBe(0);
    for (const flag of ['--members-csv <file.csv>', '--auto-link', '--min-members <n>', '--tie-break <rule>']) {
      expect(r.stdout.split(flag).length - 1, flag).toBe(1);
    }
    expect(r.stdout).toMatch(/Zones and member counts \(info, graph, propose, seats, check, pluralism, audit, export, report, serve\):/);
    expect(r.stdout).toMatch(/Seats per section \(seats, pluralism\):/);
  });

  it("a command's help shows its own options first and folds the shared ones into one line per group", async () => {
    const r = await runCli('check', '--help');
    expect(r.code).toBe(0);
    const own = r.stdout.indexOf('--markdown');
    const shared = r.stdout.indexOf('Shared options');
    expect(own).toBeGreaterThan(0);
    expect(shared).toBeGreaterThan(own);
    // folded: the flag is named, its description is not repeated here
    expect(r.stdout).toMatch(/Zones and member counts: --id, --name, --members, --members-csv,/);
    expect(r.stdout).not.toMatch(/read member counts from a spreadsheet/);
    expect(r.stdout).toMatch(/decoupage help options/);
  });

  it('"decoupage help <command>" is that command\'s help; an unknown topic is exit 2', async () => {
    expect((await runCli('help', 'seats')).stdout).toMatch(/Usage: decoupage seats/);
    const bad = await runCli('help', 'sectons');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no command "sectons"/);
  });

  it("examples come from the field: a mutual's sections, not the US House", async () => {
    const all = (await Promise.all(['seats', 'propose', 'check', 'pluralism', 'report'].map((c) => runCli(c, '--help')))).map((r) => r.stdout).join('\n');
    expect(all).not.toMatch(/US House|Spanish Congress|\bstate\b/);
    expect(all).toMatch(/a mutual electing 120 delegates in its sections/);
  });
});
