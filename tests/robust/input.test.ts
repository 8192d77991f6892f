// Issue 12, the input gate: rows 1, 2, 16 (/dev/zero), 17 (UTF-16, tabs, hints) and 18 (windows-1252).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/encoding.js';
import { readBytes } from '../../src/io/read.js';
import { runCli } from '../helpers.js';
import { expectInputError, strip, tempDir, zonesText } from './support.js';

const t = tempDir('input');
const zones = t.file('zones.geojson', zonesText(strip(2)));

/** "Code zone;Libellé;Sociétaires" as French Excel on Windows saves it: windows-1252, no-break thousands. */
function cp1252(text: string): Buffer {
  const map: Record<string, number> = { é: 0xe9, ô: 0xf4, '\u00a0': 0xa0, '\u202f': 0xa0, ç: 0xe7 };
  return Buffer.from([...text].map((c) => map[c] ?? c.charCodeAt(0)));
}

describe('row 1: a zone file holding JSON null', () => {
  it.each([
    ['null', 'null'],
    ['42', 'a number'],
    ['"text"', 'a string'],
    ['[]', 'a list'],
    ['true', 'a boolean'],
  ])('%s is exit 2 naming the file, never a TypeError', async (json, what) => {
    const f = t.file('null.geojson', json);
    await expectInputError(['info', f], new RegExp(`null\\.geojson: field "type": is not GeoJSON \\(the JSON is ${what}\\), not a FeatureCollection`));
  });

  it.each([
    ['an empty zone file', 'empty.geojson', ''],
    ['a zone file of blank lines', 'blank.geojson', '  \r\n\n'],
  ])('%s: "is empty", not "a value is expected (no comma after the last entry)"', async (_name, name, text) => {
    const r = await expectInputError(['info', t.file(name, text)], new RegExp(`${name.replace('.', '\\.')}: is empty \\(a JSON value is expected\\)`));
    expect(r.stderr).not.toMatch(/comma/);
  });

  it('an empty JSON plan and an empty rules file, in French too', async () => {
    const plan = t.file('empty-plan.json', '');
    await expectInputError(['check', zones, plan, '--min-members', '1', '--lang', 'fr'], /empty-plan\.json : est vide \(une valeur JSON est attendue\)/);
    const rules = t.file('empty-rules.json', '\n');
    const csv = t.file('plan-for-rules.csv', 'zone,section\nz1,A\nz2,A\n');
    await expectInputError(['check', zones, csv, '--rules', rules], /empty-rules\.json: is empty/, /a rules file is one JSON object/);
  });

  it('a cut-off file says where it ends', async () => {
    const f = t.file('cut.geojson', zonesText(strip(2)).slice(0, 120));
    await expectInputError(['info', f], /cut\.geojson: is not valid JSON \(line 1/);
  });

  it('a JSON error in a plan or a rules file gives line and column', async () => {
    const plan = t.file('plan.json', '{\n  "z1": "A",\n  "z2" "A"\n}');
    await expectInputError(['seats', zones, plan], /plan\.json: is not valid JSON \(line 3, column 8/);
    const rules = t.file('rules.json', '{"min-members": 100,}');
    await expectInputError(
      ['check', zones, t.file('p.csv', 'zone,section\nz1,A\nz2,A\n'), '--rules', rules],
      /rules\.json: is not valid JSON \(line 1, column 21/,
    );
  });
});

describe('row 2 and row 16: size limit', () => {
  it('a file above the limit is a clear error, not ERR_STRING_TOO_LONG', async () => {
    const big = t.file('big.geojson', ' '.repeat(3 * 1024 * 1024) + zonesText(strip(2)));
    process.env.DECOUPAGE_MAX_INPUT_MB = '2';
    try {
      await expectInputError(['info', big], /big\.geojson: is 3 MB, more than the 2 MB decoupage reads/, /DECOUPAGE_MAX_INPUT_MB/);
    } finally {
      delete process.env.DECOUPAGE_MAX_INPUT_MB;
    }
  });

  it.runIf(existsSync('/dev/zero'))('/dev/zero stops at the limit instead of running until killed', () => {
    expect(() => readBytes('/dev/zero', undefined, 4 * 1024 * 1024)).toThrow(/\/dev\/zero: is larger than 4 MB \(it does not end\)/);
  });

  it.runIf(existsSync('/dev/zero'))('/dev/zero as a zone file or a members CSV: exit 2', async () => {
    process.env.DECOUPAGE_MAX_INPUT_MB = '4';
    try {
      await expectInputError(['info', '/dev/zero'], /\/dev\/zero: is larger than 4 MB/);
      await expectInputError(['info', zones, '--members-csv', '/dev/zero'], /\/dev\/zero: is larger than 4 MB/);
    } finally {
      delete process.env.DECOUPAGE_MAX_INPUT_MB;
    }
  });

  it('a folder given as a file is named', async () => {
    await expectInputError(['info', t.dir], /is a folder, not a file/);
  });
});

describe('row 18: CSV saved by French Excel in windows-1252', () => {
  it('decodes windows-1252, says so, and reads no-break-space thousands', async () => {
    const csv = t.file('excel.csv', cp1252('Code zone;Libellé;Sociétaires\r\nz1;Bouches-du-Rhône;11\u00a0386\r\nz2;Vaucluse;2\u202f500\r\n'));
    const r = await runCli('info', zones, '--members-csv', csv, '--code-col', 'Code zone', '--members-col', 'Sociétaires', '--json');
    expect(r.stderr).toMatch(/warning: .*excel\.csv: read as windows-1252/);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).totalMembers).toBe(11386 + 2500);
  });

  it('an old plan in windows-1252 reaches the report without a U+FFFD', async () => {
    const plan = t.file('old-plan.csv', cp1252('zone;section\r\nz1;Bouches-du-Rhône\r\nz2;Bouches-du-Rhône\r\n'));
    const r = await runCli('check', zones, plan, '--min-members', '100', '--min-seats', '1', '--members-per-seat', '100');
    expect(r.stdout).toContain('Bouches-du-Rhône');
    expect(r.stdout + r.stderr).not.toContain('\uFFFD');
  });

  it('a file already damaged (holding U+FFFD) is refused, naming the line', async () => {
    const plan = t.file('damaged.csv', 'zone,section\nz1,Bouches-du-Rh\uFFFDne\nz2,A\n');
    await expectInputError(['seats', zones, plan], /damaged\.csv: line 2 holds the replacement character U\+FFFD/);
  });

  it('decodeText: BOM UTF-8, UTF-16 LE/BE with and without BOM, valid UTF-8, else windows-1252', () => {
    const s = 'code\tmembres\nz1\t1 200\n';
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('é')]))).toEqual({ text: 'é', encoding: 'utf-8 (BOM)' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]))).toEqual({ text: s, encoding: 'utf-16le' });
    expect(decodeText(Buffer.from(s, 'utf16le'))).toEqual({ text: s, encoding: 'utf-16le' });
    const be = Buffer.from(s, 'utf16le').swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: s, encoding: 'utf-16be' });
    expect(decodeText(Buffer.from('Sociétaires'))).toEqual({ text: 'Sociétaires', encoding: 'utf-8' });
    expect(decodeText(cp1252('Sociétaires'))).toEqual({ text: 'Sociétaires', encoding: 'windows-1252' });
    // the five bytes windows-1252 leaves unassigned still decode to something that is not U+FFFD
    expect(decodeText(Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d])).text).not.toContain('\uFFFD');
  });
});

describe("row 17: UTF-16 and tab-separated CSV, hints in the file's spelling", () => {
  it('a UTF-16 tab-separated members file (Excel "Unicode text") is read', async () => {
    const csv = t.file('unicode.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('code\tmembers\r\nz1\t1200\r\nz2\t3400\r\n', 'utf16le')]));
    const r = await runCli('info', zones, '--members-csv', csv, '--json');
    expect(r.stderr).toMatch(/unicode\.csv: read as UTF-16/);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).totalMembers).toBe(4600);
  });

  it('a tab-separated plan is read', async () => {
    const plan = t.file('plan.tsv', 'zone\tsection\nz1\tA\nz2\tA\n');
    const r = await runCli('seats', zones, plan, '--members-per-seat', '1000', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).sections).toHaveLength(1);
  });

  it('an unknown rule is answered with the names spelled as the file spells them', async () => {
    const plan = t.file('p2.csv', 'zone,section\nz1,A\nz2,A\n');
    const r = await expectInputError(['check', zones, plan, '--rules', t.file('r1.json', '{"min-member": 10}')], /unknown key "min-member"/);
    expect(r.stderr).toContain('min-members');
    expect(r.stderr).not.toContain('minMembers');
    const r2 = await expectInputError(['check', zones, plan, '--rules', t.file('r2.json', '{"minMember": 10}')], /unknown key "minMember"/);
    expect(r2.stderr).toContain('minMembers');
  });
});
