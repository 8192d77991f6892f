import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { say } from '../../src/messages/index.js';
import { inputErrorOf, tmpDir, tmpFile } from '../support/files.js';
import { aggregateToZones, loadZones, readCommuneTable, type LoadZonesOptions } from '../../src/load/index.js';

const FIX = new URL('../fixtures/load/', import.meta.url).pathname;
const ZONES = join(FIX, 'zones.geojson');
const TABLE = join(FIX, 'commune-table.csv');
const COMMUNES = join(FIX, 'commune-members.csv');
const tmp = tmpDir('decoupage-members-');

const csv = (name: string, text: string): string => tmpFile(tmp, name, text);

/** The InputError thrown by loadZones (fails the test when none is thrown). */
const errorOf = (opts: LoadZonesOptions, zones = ZONES): InputError => inputErrorOf(() => loadZones(zones, opts));
/** The hint of an error, in English, options named as the library's. */
const hintOf = (e: InputError): string => say(e.details.hint ?? '', 'en');

const members = (opts: LoadZonesOptions) => loadZones(ZONES, opts).zones.map((z) => z.members);

describe('members from a zone-level CSV', () => {
  it('joins on the code column (values of members.csv, trimmed)', () => {
    const zs = loadZones(ZONES, { membersCsv: join(FIX, 'members.csv') });
    expect(zs.zones.map((z) => z.members)).toEqual([1250, 5500, 3100, 10]);
    expect(zs.members.estimated).toBe(false);
    expect(say(zs.members.description, 'en')).toBe('column "members" of members.csv');
  });

  it('reads semicolon CSVs with other column names (--code-col, --members-col)', () => {
    expect(members({ membersCsv: join(FIX, 'members-semicolon.csv'), codeCol: 'zone', membersCol: 'adherents' })).toEqual([1, 2, 3, 4]);
  });

  it('a missing column lists the columns that exist', () => {
    const e = errorOf({ membersCsv: join(FIX, 'members-semicolon.csv') });
    expect(e.details).toMatchObject({ field: 'code' });
    expect(e.message).toMatch(/no column "code" \(columns: zone, adherents\)/);
  });

  it('codes that match no zone and zones with no line are both named', () => {
    const p = csv('unmatched.csv', 'code,members\n0101,1\n0102,2\n9999,3\n');
    const e = errorOf({ membersCsv: p });
    expect(e.message).toContain('unmatched.csv');
    expect(e.message).toMatch(/1 code matches no zone: 9999; 2 zones have no line: 0201, 0202/);
    expect(e.details).toMatchObject({ zone: '9999', field: 'code' });
    expect(e.exitCode).toBe(2);
  });

  it('--skip-unknown leaves out lines of zones that are not in the zone file (a national file), and says so', () => {
    const p = csv('national.csv', 'code,members\n0101,1250\n0102,5500\n0201,3100\n0202,10\n9999,3\n9998,4\n');
    expect(errorOf({ membersCsv: p }).message).toMatch(/skipUnknown/); // the library names its option; the CLI says --skip-unknown
    const zs = loadZones(ZONES, { membersCsv: p, skipUnknown: true });
    expect(zs.zones.map((z) => z.members)).toEqual([1250, 5500, 3100, 10]);
    expect(say(zs.members.description, 'en')).toContain('2 lines of zones not in the zone file left out');
    // zones without a line are still an error: nothing is invented
    const short = csv('short.csv', 'code,members\n0101,1250\n9999,3\n');
    expect(errorOf({ membersCsv: short, skipUnknown: true }).message).toMatch(/3 zones have no line/);
  });

  it('lists at most 10 codes, then "and N more"', () => {
    const rows = Array.from({ length: 14 }, (_, i) => `X${i},1`).join('\n');
    const e = errorOf({ membersCsv: csv('many.csv', `code,members\n0101,1\n0102,1\n0201,1\n0202,1\n${rows}\n`) });
    expect(e.message).toMatch(/14 codes match no zone: X0, X1, .*X9 and 4 more/);
  });

  it('spots codes that lost their leading zeros in a spreadsheet', () => {
    const e = errorOf({ membersCsv: csv('zeros.csv', 'code,members\n101,1\n102,2\n201,3\n202,4\n') });
    expect(hintOf(e)).toMatch(/lost their leading zeros \(101 instead of 0101\)/);
  });

  it('bad member values in the CSV name the code and the column', () => {
    const e = errorOf({ membersCsv: csv('neg.csv', 'code,members\n0101,1\n0102,-5\n0201,3\n0202,4\n') });
    expect(e.details).toMatchObject({ file: join(tmp, 'neg.csv'), zone: '0102', field: 'members' });
    expect(e.message).toMatch(/negative/);
    const f = errorOf({ membersCsv: csv('text.csv', 'code,members\n0101,1\n0102,2\n0201,n/a\n0202,4\n') });
    expect(f.details).toMatchObject({ zone: '0201', field: 'members' });
    const g = errorOf({ membersCsv: csv('empty.csv', 'code,members\n0101,1\n0102,2\n0201,3\n0202,\n') });
    expect(g.message).toMatch(/zone 0202, field "members": the member count is missing/);
  });

  it('duplicate codes in the CSV', () => {
    const e = errorOf({ membersCsv: csv('dupcsv.csv', 'code,members\n0101,1\n0102,2\n0201,3\n0202,4\n0101,9\n') });
    expect(e.details).toMatchObject({ zone: '0101', field: 'code' });
    expect(e.message).toMatch(/appears on two lines \(the second is line 6\)/);
  });

  it('unreadable CSV', () => {
    const e = errorOf({ membersCsv: join(tmp, 'nope.csv') });
    expect(e.message).toMatch(/nope\.csv: file not found/);
  });
});

describe('members from a commune-level CSV summed through a commune → zone table', () => {
  it('sums communes by zone; communes of zones absent from the layer are left out', () => {
    const zs = loadZones(ZONES, { communeMembersCsv: COMMUNES, communeTable: TABLE });
    // by hand from the fixtures: 0101 = 700 + 500, 0102 = 5400, 0201 = 2000 + 1000, 0202 = 0
    expect(zs.zones.map((z) => z.members)).toEqual([1200, 5400, 3000, 0]);
    expect(zs.members.estimated).toBe(false);
    expect(say(zs.members.description, 'en')).toMatch(/6 communes summed by zone with commune-table\.csv; 1 commune of other zones left out/);
  });

  it('commune codes unknown to the table are errors (often another year)', () => {
    const p = csv('communes-unknown.csv', 'code,members\n01001,1\n01003,1\n02001,1\n02003,1\n04004,1\n');
    const e = errorOf({ communeMembersCsv: p, communeTable: TABLE });
    expect(e.details).toMatchObject({ file: p, field: 'code' });
    expect(e.message).toMatch(/1 commune code is not in the commune table commune-table\.csv: 04004/);
    expect(e.message).toMatch(/skipUnknown/);
    expect(hintOf(e)).toMatch(/same year/);
  });

  it('--skip-unknown leaves unknown communes out and says so', () => {
    const p = csv('communes-unknown-skip.csv', 'code,members\n01001,700\n01002,500\n01003,5400\n02001,2000\n02002,1000\n02003,0\n04004,77\n');
    const zs = loadZones(ZONES, { communeMembersCsv: p, communeTable: TABLE, skipUnknown: true });
    // same sums as the fixture by hand (0101 = 700 + 500, …); 04004 (77 members) is left out
    expect(zs.zones.map((z) => z.members)).toEqual([1200, 5400, 3000, 0]);
    expect(say(zs.members.description, 'en')).toMatch(/1 commune unknown to the table left out \(77 members\)/);
  });

  it('zones without any commune are errors', () => {
    const p = csv('communes-partial.csv', 'code,members\n01001,1\n01003,1\n');
    const e = errorOf({ communeMembersCsv: p, communeTable: TABLE });
    expect(e.message).toMatch(/2 zones have no commune in this file: 0201, 0202/);
  });

  it('needs --commune-table', () => {
    expect(hintOf(errorOf({ communeMembersCsv: COMMUNES }))).toMatch(/communeTable/);
  });

  it('aggregateToZones is a plain sum per zone and reports unknown communes', () => {
    const table = readCommuneTable(TABLE);
    const agg = aggregateToZones(
      new Map([
        ['01001', 2],
        ['01002', 3],
        ['02003', 7],
        ['99999', 1],
      ]),
      table,
    );
    expect(agg.totals).toEqual(
      new Map([
        ['0101', 5],
        ['0202', 7],
      ]),
    );
    expect(agg.communes.get('0101')).toBe(2);
    expect(agg.unknown).toEqual(['99999']);
  });

  it('a table giving two zones to one commune is an error', () => {
    const t = csv('table-conflict.csv', 'CODGEO,ZE2020\n01001,0101\n01001,0102\n');
    expect(() => readCommuneTable(t)).toThrow(/commune 01001 is given two zones \(0101 and 0102\)/);
  });
});

describe('estimated members: round(population × rate)', () => {
  it('population from a property', () => {
    const zs = loadZones(ZONES, { estimateMembers: 0.08 });
    // 15000, 67500, 37500, 2000 × 0.08
    expect(zs.zones.map((z) => z.members)).toEqual([1200, 5400, 3000, 160]);
    expect(zs.members.estimated).toBe(true);
    expect(say(zs.members.description, 'en')).toBe('estimated as population × 0.08 (property "population" of zones.geojson)');
  });

  it('rounds to the nearest whole member', () => {
    // 15000 × 0.00003 = 0.45 → 0; 67500 × 0.00003 = 2.025 → 2; 37500 × 0.00003 = 1.125 → 1; 2000 × 0.00003 = 0.06 → 0
    expect(members({ estimateMembers: 0.00003 })).toEqual([0, 2, 1, 0]);
  });

  it('population from a CSV and from a commune-level CSV', () => {
    const p = csv('pop.csv', 'code,population\n0101,1000\n0102,2000.5\n0201,3000\n0202,0\n');
    expect(members({ estimateMembers: 0.1, populationCsv: p })).toEqual([100, 200, 300, 0]);
    const zs = loadZones(ZONES, { estimateMembers: 0.1, communePopulationCsv: COMMUNES, communeTable: TABLE });
    // populations by hand: 0101 = 9000 + 6000, 0102 = 67500, 0201 = 25000 + 12500, 0202 = 2000
    expect(zs.zones.map((z) => z.members)).toEqual([1500, 6750, 3750, 200]);
    expect(zs.members.estimated).toBe(true);
    expect(say(zs.members.description, 'en')).toMatch(/^estimated as population × 0.1 \(column "population" of commune-members\.csv/);
  });

  it('a missing population property tells how to give one', () => {
    const e = errorOf({ estimateMembers: 0.08, populationProp: 'pop' });
    expect(e.details.field).toBe('pop');
    expect(hintOf(e)).toMatch(/populationProp PROPERTY.*populationCsv/);
  });

  it('populations may use a decimal comma and spaces between thousands; "1,234" is ambiguous and refused', () => {
    const p = csv('pop-fr.csv', 'code;population\n0101;1\u202f000\n0102;2\u00a0000,5\n0201;3 000\n0202;0,4\n');
    expect(members({ estimateMembers: 0.1, populationCsv: p })).toEqual([100, 200, 300, 0]);
    const q = csv('pop-ambiguous.csv', 'code,population\n0101,1000\n0102,"2,000"\n0201,3000\n0202,0\n');
    const e = errorOf({ estimateMembers: 0.1, populationCsv: q });
    expect(e.details).toMatchObject({ zone: '0102', field: 'population' });
    expect(e.message).toMatch(/"2,000" could be read two ways/);
    expect(hintOf(e)).toMatch(/write 2000 .* 2\.000 for a decimal/);
  });

  it('member counts in a CSV: spaces between thousands are fine, a comma is not', () => {
    const ok = csv('counts-spaces.csv', 'code,members\n0101,1 250\n0102,5\u202f500\n0201,3100\n0202,10\n');
    expect(members({ membersCsv: ok })).toEqual([1250, 5500, 3100, 10]);
    const bad = csv('counts-comma.csv', 'code,members\n0101,"1,250"\n0102,5500\n0201,3100\n0202,10\n');
    expect(errorOf({ membersCsv: bad }).message).toMatch(/member count "1,250" is not a number/);
  });

  it('a negative population names the zone', () => {
    const p = csv('negpop.csv', 'code,population\n0101,1000\n0102,-2\n0201,3000\n0202,0\n');
    expect(errorOf({ estimateMembers: 0.1, populationCsv: p }).details).toMatchObject({ zone: '0102', field: 'population' });
  });

  it('population options without --estimate-members are refused, not ignored', () => {
    expect(hintOf(errorOf({ populationProp: 'population' }))).toMatch(/estimateMembers RATE/);
    expect(errorOf({ communeTable: TABLE }).message).toMatch(/communeTable is used only with/);
  });

  it('a non-positive rate is refused', () => {
    expect(errorOf({ estimateMembers: 0 }).message).toMatch(/positive number/);
  });
});

describe("the commune → zone table saved from INSEE's workbook", () => {
  it('skips the title lines above the header (the sheet saved as CSV keeps them)', async () => {
    const { readCommuneTable } = await import('../../src/load/members.js');
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'table-')), 'ZE2020_au_01-01-2023.csv');
    writeFileSync(
      file,
      "Zones d'emploi 2020;;;\nMise en ligne le 17/03/2023;;;\n\nSource : Insee;;;\nCODGEO;LIBGEO;ZE2020;DEP\n01001;L'Abergement;8405;01\n13055;Marseille;9312;13\n",
    );
    const table = readCommuneTable(file);
    expect([...table]).toEqual([
      ['01001', '8405'],
      ['13055', '9312'],
    ]);
  });
});
