import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { say } from '../../src/messages/index.js';
import { aggregateToZones } from '../../src/load/index.js';
import {
  COMMUNE_TABLE_2023,
  communePopulation,
  describeWithRealData,
  FRANCE_ZONES,
  communeTable2023,
  etalabCommunes,
  franceZonesWithEstimatedMembers,
  PACA_COMMUNES,
  PACA_ZONES,
  pacaCommunesWithEstimatedMembers,
  pacaZonesWithEstimatedMembers,
} from '../support/real-data.js';

/** Each PACA commune's ZE as written in the commune layer (joined from the 2022 table by mapshaper, not by our code). */
function pacaCommuneZe(): Map<string, string> {
  const fc = JSON.parse(readFileSync(PACA_COMMUNES, 'utf8')) as { features: { properties: { code: string; ze2020: string } }[] };
  return new Map(fc.features.map((f) => [f.properties.code, f.properties.ze2020]));
}

describeWithRealData([COMMUNE_TABLE_2023, PACA_COMMUNES, PACA_ZONES], 'commune → zone aggregation on the real INSEE table (2023)', () => {
  const table = communeTable2023();
  const population = communePopulation(table);
  const agg = aggregateToZones(population, table);

  it('the table has 306 zones and nothing is lost in the sum', () => {
    expect(new Set(table.values()).size).toBe(306);
    expect(agg.unknown).toEqual([]);
    const sumZones = [...agg.totals.values()].reduce((s, v) => s + v, 0);
    const sumCommunes = [...population.values()].reduce((s, v) => s + v, 0);
    expect(sumZones).toBe(sumCommunes);
  });

  it('each PACA-only zone (9301–9318) totals the population of its communes in the PACA commune layer', () => {
    const ze = pacaCommuneZe();
    const byCommuneLayer = new Map<string, number>();
    for (const c of etalabCommunes().filter((c) => c.region === '93')) {
      const z = ze.get(c.code)!;
      byCommuneLayer.set(z, (byCommuneLayer.get(z) ?? 0) + c.population!);
    }
    const pacaOnly = [...byCommuneLayer.keys()].filter((z) => z.startsWith('93')).sort();
    expect(pacaOnly).toHaveLength(18);
    for (const z of pacaOnly) expect(agg.totals.get(z)).toBe(byCommuneLayer.get(z));
    // and the sum over all PACA communes equals the PACA part of the zone totals
    const pacaSum = [...byCommuneLayer.values()].reduce((s, v) => s + v, 0);
    const pacaCommunes = etalabCommunes().filter((c) => c.region === '93');
    expect(pacaSum).toBe(pacaCommunes.reduce((s, c) => s + c.population!, 0));
  });

  it("commune counts of PACA-only zones match INSEE's nb_com in the zone layer", () => {
    const fc = JSON.parse(readFileSync(PACA_ZONES, 'utf8')) as { features: { properties: { code: string; nb_com: number } }[] };
    for (const f of fc.features.filter((f) => f.properties.code.startsWith('93'))) {
      expect(agg.communes.get(f.properties.code), f.properties.code).toBe(f.properties.nb_com);
    }
  });
});

describeWithRealData(
  [COMMUNE_TABLE_2023, PACA_COMMUNES, PACA_ZONES, FRANCE_ZONES],
  'real zone sets with estimated members (tests/support/real-data.ts)',
  () => {
    it('PACA zones: 22 zones, estimated, 0.08 × population of their communes', () => {
      const zs = pacaZonesWithEstimatedMembers();
      expect(zs.zones).toHaveLength(22);
      expect(zs.members.estimated).toBe(true);
      expect(say(zs.members.description, 'en')).toMatch(/population × 0.08/);
      const marseille = zs.byId.get('9312')!;
      const agg = aggregateToZones(communePopulation(), communeTable2023());
      expect(marseille.members).toBe(Math.round(agg.totals.get('9312')! * 0.08));
      // Marseille commune alone has about 870,000 inhabitants: its zone is far above 10,000 estimated members
      expect(marseille.members).toBeGreaterThan(70_000);
    });

    it('the rate is applied: twice the rate gives about twice the members', () => {
      const a = pacaZonesWithEstimatedMembers(0.05);
      const b = pacaZonesWithEstimatedMembers(0.1);
      a.zones.forEach((z, i) => expect(Math.abs(b.zones[i].members - 2 * z.members)).toBeLessThanOrEqual(1));
    });

    it('France zones: 306 zones, every one with members', () => {
      const zs = franceZonesWithEstimatedMembers(0.08);
      expect(zs.zones).toHaveLength(306);
      expect(zs.zones.every((z) => z.members > 0)).toBe(true);
    });

    it('PACA communes: 946 units, each round(population × rate)', () => {
      const zs = pacaCommunesWithEstimatedMembers(0.08);
      expect(zs.zones).toHaveLength(946);
      const pop = new Map(etalabCommunes().map((c) => [c.code, c.population!]));
      for (const z of zs.zones) expect(z.members).toBe(Math.round(pop.get(z.id)! * 0.08));
    });
  },
);
