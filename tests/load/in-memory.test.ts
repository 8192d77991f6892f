/**
 * zonesFromGeoJson: the library takes values. A FeatureCollection and a members table built in memory give a
 * ZoneSet without any file; its errors name the source, the zone, the field and the library's option, which
 * the CLI says as its flag.
 */
import { existsSync } from 'node:fs';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { parseCsv } from '../../src/io/csv.js';
import { zonesFromGeoJson, type Table } from '../../src/index.js';
import { say } from '../../src/messages/index.js';
import { runCli } from '../helpers.js';
import { inputErrorOf, tmpDir, tmpFile } from '../support/files.js';

/** Three squares in a row, A | B | C. */
function squares(): FeatureCollection<Polygon> {
  const square = (x: number): Polygon => ({
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
  return {
    type: 'FeatureCollection',
    features: ['A', 'B', 'C'].map((code, i) => ({ type: 'Feature', properties: { code, name: `Zone ${code}` }, geometry: square(i) })),
  };
}

const MEMBERS: Table = {
  name: 'adhérents.csv',
  columns: ['code', 'members'],
  rows: [
    { code: 'A', members: '120' },
    { code: 'B', members: '1 500' },
    { code: 'C', members: '0' },
  ],
};

describe('zonesFromGeoJson: zones from values in memory', () => {
  it('builds a ZoneSet from a FeatureCollection and a members table, with no file', () => {
    const source = 'nowhere/zones-in-memory.geojson';
    const zs = zonesFromGeoJson(squares(), { source, membersCsv: MEMBERS });
    expect(existsSync(source)).toBe(false); // nothing was read from disk
    expect(zs.file).toBe(source);
    expect(zs.zones.map((z) => [z.id, z.name, z.members])).toEqual([
      ['A', 'Zone A', 120],
      ['B', 'Zone B', 1500],
      ['C', 'Zone C', 0],
    ]);
    expect(zs.byId.get('B')?.geometry.type).toBe('Polygon');
    expect(zs.members.estimated).toBe(false);
    expect(say(zs.members.description, 'en')).toBe('column "members" of adhérents.csv');
    expect(say(zs.members.description, 'fr')).toBe('colonne « members » de adhérents.csv');
  });

  it('takes a table as the CSV parser gives it, and the members property of the features', () => {
    const table = parseCsv('code;members\nA;5\nB;6\nC;7\n', 'counts.csv');
    expect(zonesFromGeoJson(squares(), { membersCsv: table }).zones.map((z) => z.members)).toEqual([5, 6, 7]);
    const fc = squares();
    fc.features.forEach((f, i) => (f.properties!.members = 10 * (i + 1)));
    const zs = zonesFromGeoJson(fc);
    expect(zs.zones.map((z) => z.members)).toEqual([10, 20, 30]);
    expect(zs.file).toBe('zones'); // no source given: messages say "zones"
    expect(say(zs.members.description, 'en')).toBe('property "members" of zones');
  });

  it('estimates from a commune table and commune figures in memory', () => {
    const communes: Table = {
      name: 'pop.csv',
      columns: ['code', 'population'],
      rows: [
        { code: '1', population: '1000' },
        { code: '2', population: '500' },
        { code: '3', population: '250' },
      ],
    };
    const table: Table = {
      name: 'table.csv',
      columns: ['CODGEO', 'ZE2020'],
      rows: [
        { CODGEO: '1', ZE2020: 'A' },
        { CODGEO: '2', ZE2020: 'B' },
        { CODGEO: '3', ZE2020: 'C' },
      ],
    };
    const zs = zonesFromGeoJson(squares(), { estimateMembers: 0.1, communePopulationCsv: communes, communeTable: table });
    expect(zs.zones.map((z) => z.members)).toEqual([100, 50, 25]);
    expect(say(zs.members.description, 'fr')).toBe(
      'estimés : population × 0,1 (colonne « population » de pop.csv, 3 communes additionnées par zone avec table.csv)',
    );
  });

  it('an error names the source, the field and the option (codeCol), never a CLI flag', () => {
    const wrong: Table = { name: 'adhérents.csv', columns: ['zone', 'members'], rows: [{ zone: 'A', members: '1' }] };
    const e = inputErrorOf(() => zonesFromGeoJson(squares(), { source: 'zones-in-memory.geojson', membersCsv: wrong }));
    expect(e).toBeInstanceOf(InputError);
    expect(e.details).toMatchObject({ file: 'adhérents.csv', field: 'code' });
    expect(e.message).toBe('adhérents.csv: field "code": has no column "code" (columns: zone, members)\n  → name the right column with codeCol');
    expect(e.message).not.toMatch(/--/);
    // the same mistake in French, the option still named as the library's
    expect(e.sayIn('fr')).toBe(
      'adhérents.csv : champ « code » : n’a pas de colonne « code » (colonnes : zone, members)\n  → indiquez la bonne colonne avec codeCol',
    );
  });

  it('two sources of member counts: the library names its options, the CLI its flags', async () => {
    const e = inputErrorOf(() => zonesFromGeoJson(squares(), { membersProp: 'members', membersCsv: MEMBERS }));
    expect(e.message).toMatch(
      /^field "members": choose one source of member counts, not membersProp and membersCsv\n {2}→ give exactly one of membersProp, membersCsv, communeMembersCsv, estimateMembers$/,
    );
    const dir = tmpDir('decoupage-in-memory-');
    const zones = tmpFile(dir, 'zones.geojson', JSON.stringify(squares()));
    const csv = tmpFile(dir, 'members.csv', 'code,members\nA,1\nB,2\nC,3\n');
    const r = await runCli('info', zones, '--members', 'members', '--members-csv', csv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('choose one source of member counts, not --members and --members-csv');
    expect(r.stderr).toContain('give exactly one of --members, --members-csv, --commune-members, --estimate-members');
  });

  it('the CLI says the option of a missing column as its flag (--code-col)', async () => {
    const dir = tmpDir('decoupage-in-memory-');
    const zones = tmpFile(dir, 'zones.geojson', JSON.stringify(squares()));
    const csv = tmpFile(dir, 'members.csv', 'zone,members\nA,1\nB,2\nC,3\n');
    const r = await runCli('info', zones, '--members-csv', csv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${csv}: field "code": has no column "code" (columns: zone, members)`);
    expect(r.stderr).toContain('→ name the right column with --code-col');
  });
});
