// Issue 12, lower severity: finer units far from their zone, a finer unit naming an unknown zone, and one
// rule for a commune given two zones (import --commune-table and --commune-members).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundariesFromCommuneTable } from '../../src/load/boundaries.js';
import { runCli } from '../helpers.js';
import { expectInputError, square, tempDir, zonesText } from './support.js';

const t = tempDir('rules');
const RULES = ['--min-members', '1000', '--min-seats', '1', '--members-per-seat', '1000'];
// two zones; z1 (8,000 members) is split into two communes c1, c2
const zones = t.file(
  'zones.geojson',
  zonesText([
    { code: 'z1', members: 8000 },
    { code: 'z2', members: 3000 },
  ]),
);

function units(c2: { x: number; zone: string }): string {
  return zonesText([
    { code: 'c1', members: 4000, rings: [square(0, 0, 0.05)], props: { ze2020: 'z1' } },
    { code: 'c2', members: 4000, rings: [square(c2.x, 0, 0.05)], props: { ze2020: c2.zone } },
  ]).replace(/"dep":"[AB]",?/g, '');
}

describe('finer units', () => {
  it('a unit 660 km from its zone is exit 2 naming the unit, the zone and the distance', async () => {
    const far = t.file('far.geojson', units({ x: 6, zone: 'z1' }));
    await expectInputError(
      ['propose', zones, ...RULES, '--split-with', far, '--split-above', '5000', '-o', join(t.dir, 'p.csv')],
      /far\.geojson: zone c2, field "ze2020": finer unit c2 says it belongs to zone z1 \(Zone z1\), but lies 6\d\d km away from it/,
    );
  });

  it('units drawn a little apart from their zone are still accepted', async () => {
    const near = t.file('near.geojson', units({ x: 0.05, zone: 'z1' }));
    const r = await runCli('propose', zones, ...RULES, '--split-with', near, '--split-above', '5000', '-o', join(t.dir, 'p-ok.csv'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a unit naming an unknown zone is named with that zone', async () => {
    const stray = t.file(
      'stray.geojson',
      zonesText([
        { code: 'c1', members: 4000, rings: [square(0, 0, 0.05)], props: { ze2020: 'z1' } },
        { code: 'c2', members: 4000, rings: [square(0.05, 0, 0.05)], props: { ze2020: 'z1' } },
        { code: 'c9', members: 10, rings: [square(0.05, 0.05, 0.05)], props: { ze2020: 'Z404' } },
      ]),
    );
    const r = await runCli('propose', zones, ...RULES, '--split-with', stray, '--split-above', '5000', '-o', join(t.dir, 'p-stray.csv'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 finer unit of .*stray\.geojson names a zone that is not in .* was ignored: c9 → Z404/);
  });
});

describe('a commune given two zones: one rule for every reader of the commune table', () => {
  const table = t.file('table.csv', 'CODGEO,ZE2020,DEP,REG\n13001,z1,13,93\n13001,z2,13,93\n84001,z2,84,93\n');

  it('the --commune-members reader refuses it', async () => {
    const members = t.file('cm.csv', 'code,members\n13001,10\n84001,20\n');
    await expectInputError(
      ['info', zones, '--commune-members', members, '--commune-table', table],
      /zone 13001, field "ZE2020": commune 13001 is given two zones \(z1 and z2\)/,
    );
  });

  it('the import reader (boundaries from the table) refuses it the same way', () => {
    expect(() => boundariesFromCommuneTable(table)).toThrow(/zone 13001, field "ZE2020": commune 13001 is given two zones \(z1 and z2\)/);
  });
});
