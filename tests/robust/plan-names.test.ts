// Issue 19 rows 3–4 for plan files: the schema of src/load/plan-schema.ts on every path in (CSV, JSON, the API:
// tests/serve/hostile.test.ts): section names trimmed and NFC, two spellings of one name refused with both
// lines named, prototype keys read as zone ids.
import { describe, expect, it } from 'vitest';
import { readPlan, planFromInput } from '../../src/load/plan.js';
import { loadZones } from '../../src/load/index.js';
import { runCli } from '../helpers.js';
import { expectInputError, strip, tempDir, zonesText } from './support.js';

const t = tempDir('plan-names');
const zonesFile = t.file('zones.geojson', zonesText(strip(4)));
const RULES = ['--min-members', '1000', '--min-seats', '1', '--members-per-seat', '1000'];

describe('row 4: one normaliser of section names in plan files', () => {
  it('a CSV with " TRIM" (quoted) and "TRIM": exit 2 naming both lines', async () => {
    const plan = t.file('trim.csv', 'zone,section\nz1," TRIM"\nz2,TRIM\nz3,B\nz4,B\n');
    await expectInputError(['check', zonesFile, plan, ...RULES], /section names " TRIM" \(line 2\) and "TRIM" \(line 3\) are one name/);
  });

  it('a JSON plan with "Hérault" composed and decomposed: exit 2', async () => {
    const plan = t.file('nfc.json', JSON.stringify({ z1: 'H\u00e9rault', z2: 'He\u0301rault', z3: 'B', z4: 'B' }));
    await expectInputError(['check', zonesFile, plan, ...RULES], /section names "Hérault" \(line 1\) and "He\\u0301rault" \(line 2\) are one name/);
  });

  it('a lone decomposed name is read composed (as plan.csv writes it back)', () => {
    const plan = t.file('lone.csv', 'zone,section\nz1,He\u0301rault\nz2,He\u0301rault\nz3,B\nz4,B\n');
    const zones = loadZones(zonesFile);
    expect(planFromInput(readPlan(plan, zones), zones).get('z1')).toBe('H\u00e9rault');
  });

  it('row 3: a JSON plan {"__proto__": …} names the unknown zone instead of dropping it', async () => {
    const plan = t.file('proto.json', '{"z1":"A","z2":"A","z3":"B","z4":"B","__proto__":"X"}');
    await expectInputError(['seats', zonesFile, plan, '--members-per-seat', '1000'], /zone "__proto__" is not in/);
    const c = await runCli('check', zonesFile, plan, ...RULES);
    expect(c.code).toBe(1);
    expect(c.stdout).toContain('zone "__proto__" is not in the zone layer (line 5)');
  });

  it('the same names written once are read as before', async () => {
    const plan = t.file('ok.csv', 'zone,section\nz1, A \nz2,A\nz3,B\nz4,B\n');
    const r = await runCli('check', zonesFile, plan, ...RULES);
    expect(r.code).toBe(0);
  });
});

describe('a column to read that is in the header twice', () => {
  it('a plan "zone,section,zone,section": exit 2 naming both positions, not one column silently dropped', async () => {
    const dup = t.file('dup-header.csv', 'zone,section,zone,section\nz1,A,z2,B\n');
    await expectInputError(
      ['check', zonesFile, dup, '--min-members', '1'],
      /dup-header\.csv: field "zone": two columns are called "zone" \(1 and 3\)/,
      /--plan-zone/,
    );
    const named = t.file('dup-named.csv', 'zone,part,part\nz1,A,B\n');
    await expectInputError(
      ['check', zonesFile, named, '--min-members', '1', '--plan-section', 'part', '--lang', 'fr'],
      /deux colonnes s’appellent « part » \(2 et 3\)/,
    );
  });

  it('a members file with two "code" columns: exit 2', async () => {
    const dup = t.file('dup-members.csv', 'code,members,code\nz1,5,z2\n');
    await expectInputError(['info', zonesFile, '--members-csv', dup], /two columns are called "code" \(1 and 3\)/, /--code-col/);
  });
});
