/**
 * On real geography: a register of PACA made to match population × 8 % per commune (about 417,000 lines,
 * envelope spellings, CEDEX and wrong codes) gives back those members per zone d'emploi within 0.5 %.
 */
import { registerRows } from '../../src/io/register.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommuneTable } from '../../src/load/members.js';
import { matchRegister, registerColumns, registerToZones, zoneOf } from '../../src/members/register.js';
import { generateRegister, registerCounts } from '../../scripts/register.js';
import { SHARED_DATA } from '../helpers.js';
import { describeWithRealData, PACA_COMMUNES, COMMUNE_TABLE_2022, COMMUNE_TABLE_2023 } from '../support/real-data.js';

describeWithRealData(
  [COMMUNE_TABLE_2022, PACA_COMMUNES, COMMUNE_TABLE_2023],
  'members from a generated PACA register (real postal codes, INSEE commune → zone table)',
  () => {
    it('gives back population × 8 % per zone within 0.5 %, every line accounted for', () => {
      const table = readCommuneTable(join(SHARED_DATA, 'commune-ze2020.csv'));
      const counts = registerCounts('93', 0.08);
      const expected = new Map<string, number>();
      for (const [code, n] of counts) {
        const z = zoneOf(code, table);
        expect(z, `commune ${code} has a zone`).toBeDefined();
        expected.set(z!, (expected.get(z!) ?? 0) + n);
      }
      expect(expected.size).toBe(22);

      const reg = generateRegister({ counts, seed: 11 });
      expect(reg.rows.length).toBeGreaterThan(200_000);
      expect(reg.made.cedex).toBeGreaterThan(1000);
      expect(reg.made.wrongCode).toBeGreaterThan(1000);
      const rows = reg.rows.map((r) => Object.fromEntries(reg.header.map((h, i) => [h, r[i]])));
      const result = matchRegister(registerRows(rows), registerColumns(reg.header, {}));
      expect(result.lines.total).toBe(reg.rows.length);
      expect(result.members.unmatched).toBeLessThanOrEqual(reg.made.unusable);
      const zones = registerToZones(result.communes, table);
      expect(zones.unknown).toEqual([]);
      const total = [...zones.zones.values()].reduce((s, z) => s + z.members, 0);
      expect(total + result.members.unmatched).toBe(reg.rows.length);
      for (const [zone, want] of expected) {
        const got = zones.zones.get(zone)?.members ?? 0;
        expect(Math.abs(got - want) / want, `zone ${zone}: ${got} vs ${want}`).toBeLessThan(0.005);
      }
      expect([...zones.zones.keys()].sort()).toEqual([...expected.keys()].sort());
    });
  },
);
