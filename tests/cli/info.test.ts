import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { itWithRealData, PACA_ZONES } from '../support/real-data.js';

const FIX = new URL('../fixtures/load/', import.meta.url).pathname;
const ZONES = join(FIX, 'zones.geojson');
const tmp = mkdtempSync(join(tmpdir(), 'decoupage-info-'));

function file(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

/** Every bad-input failure: exit 2, a message naming what is wrong, no stack trace. */
async function expectInputError(args: string[], ...expected: (string | RegExp)[]) {
  const r = await runCli(...args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/\n\s+at /);
  for (const e of expected) expect(r.stderr).toMatch(e);
  return r;
}

describe('decoupage info', () => {
  it('summarizes zones: count, total, smallest and largest, properties', async () => {
    const r = await runCli('info', ZONES);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('4 zones');
    expect(r.stdout).toContain('members: 9,600 in all (property "members" of zones.geojson)');
    expect(r.stdout).toMatch(/not estimates/);
    expect(r.stdout).toMatch(/smallest zones:\n\s+0202\s+Forêt\s+0\n/);
    expect(r.stdout).toMatch(/largest zones:\n\s+0102\s+Plaine\s+5,400\n/);
    expect(r.stdout).toMatch(/dep\s+2 values, e\.g\. 01/);
  });

  it('says when figures are estimates', async () => {
    const r = await runCli('info', ZONES, '--estimate-members', '0,08');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ESTIMATES/);
    expect(r.stdout).toContain('estimated as population × 0.08');
  });

  it('accepts a rate in percent', async () => {
    const r = await runCli('info', ZONES, '--estimate-members', '10%', '--json');
    expect(JSON.parse(r.stdout).totalMembers).toBe(12200); // (15000 + 67500 + 37500 + 2000) × 0.1
  });

  it('--json for scripts, with the CSV and commune options', async () => {
    const r = await runCli(
      'info',
      ZONES,
      '--json',
      '--commune-members',
      join(FIX, 'commune-members.csv'),
      '--commune-table',
      join(FIX, 'commune-table.csv'),
      '--top',
      '1',
    );
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ zones: 4, totalMembers: 9600, estimated: false });
    expect(s.smallest).toEqual([{ id: '0202', name: 'Forêt', members: 0 }]);
    expect(s.largest).toEqual([{ id: '0102', name: 'Plaine', members: 5400 }]);
    expect(s.properties.map((p: { name: string }) => p.name)).toEqual(['code', 'name', 'members', 'population', 'dep']);
  });

  it('works without member counts and says how to add them', async () => {
    const p = file(
      'nomembers.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { code: 'A' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [0, 0],
                  [1, 0],
                  [1, 1],
                  [0, 0],
                ],
              ],
            },
          },
        ],
      }),
    );
    const r = await runCli('info', p);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/members: none given \(add --members/);
  });

  it('--help reads for non-programmers', async () => {
    const r = await runCli('info', '--help');
    expect(r.code).toBe(0);
    // the zone and member options are shared: named here, described once in "decoupage help options"
    expect(r.stdout).toMatch(/--estimate-members,/);
    expect(r.stdout).toMatch(/decoupage help options/);
    const shared = await runCli('help', 'options');
    expect(shared.stdout).toMatch(/--estimate-members <rate> +no member counts\? estimate them as population/);
    expect(shared.stdout).toMatch(/--commune-table <file.csv>/);
  });
});

describe('decoupage info: bad input exits 2 without a stack trace', () => {
  it('unreadable file', () => expectInputError(['info', join(tmp, 'nope.geojson')], /nope\.geojson: file not found/));
  it('invalid JSON', () => expectInputError(['info', file('bad.json', '{"type":')], /bad\.json: is not valid JSON/));
  it('not a FeatureCollection', () =>
    expectInputError(['info', file('geom.json', '{"type":"Polygon","coordinates":[]}')], /is a GeoJSON "Polygon", not a FeatureCollection/));
  it('bad member count', () =>
    expectInputError(['info', ZONES, '--members', 'name'], /zone 0101, field "name": the member count "Vallée Haute" is not a number/));
  it('CSV codes matching no zone', () =>
    expectInputError(
      ['info', ZONES, '--members-csv', file('m.csv', 'code,members\n0101,1\nXX,2\n')],
      /m\.csv: zone XX, field "code": 1 code matches no zone: XX; 3 zones have no line/,
    ));
  it('bad rate', () => expectInputError(['info', ZONES, '--estimate-members', 'lots'], /--estimate-members must be a positive number/));
  it('unknown option', () => expectInputError(['info', ZONES, '--memberz', 'x'], /unknown option/));
});

describe('decoupage info --top', () => {
  it('lists as many zones as asked', async () => {
    const r = await runCli('info', ZONES, '--json', '--top', '2');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).smallest).toHaveLength(2);
  });
  // used to fall back silently to 5
  it('a bad --top is an error', () => expectInputError(['info', ZONES, '--top', 'many'], /--top must be a whole number ≥ 1, got "many"/));
  it('--top 0 is an error', () => expectInputError(['info', ZONES, '--top', '0'], /--top must be a whole number ≥ 1/));
});

describe('decoupage info --members-out', () => {
  it('writes the members of every zone, and estimates read back with --members-csv stay estimates', async () => {
    const out = join(tmp, 'members-estimated.csv');
    // the fixture's zones carry a population: 0.1 × population, rounded
    const r = await runCli('info', ZONES, '--estimate-members', '0.1', '--members-out', out);
    expect(r.code).toBe(0);
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('code,name,members,members_estimated');
    expect(lines).toHaveLength(5);
    expect(lines.slice(1).every((l) => l.endsWith(',true'))).toBe(true);
    const back = await runCli('info', ZONES, '--members-csv', out);
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/estimate/i);
    expect(back.stdout).toContain('marked as estimates by "members_estimated"');
  });
});

describe('decoupage info: zones straddling a région border', () => {
  itWithRealData([PACA_ZONES], 'names the PACA zones that cross into other régions (data README: Arles, Avignon, Bollène-Pierrelatte, Valréas)', async () => {
    const r = await runCli('info', PACA_ZONES);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/4 zones straddle a région border, and their members count in full/);
    for (const code of ['0052', '0053', '0055', '0064']) expect(r.stdout).toContain(code);
  });
});
