import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { circle } from '@turf/circle';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkPlan, polsbyPopper } from '../../src/check/index.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import type { Plan, ZoneSet } from '../../src/core/types.js';
import { dissolveSections, zonesWithSections } from '../../src/export/index.js';
import { planFromInput, readPlan } from '../../src/load/plan.js';
import { describeWithRealData, PACA_COMMUNES, PACA_ZONES } from '../support/real-data.js';
import { rookGraph } from '../check/adjacency.js';
import { zoneSetFrom } from '../support/zoneset.js';
import { canonicalGeometry, expectRfc7946, polygonsOf } from './geo-assert.js';

const FIX = new URL('../fixtures/check/', import.meta.url).pathname;
const readFc = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
const planBy = (zones: ZoneSet, key: (p: Record<string, unknown>) => string): Plan => new Map(zones.zones.map((z) => [z.id, key(z.properties)]));

/** Each section's geodesic area against the sum of its zones' areas. */
function expectAreasConserved(zones: ZoneSet, fc: FeatureCollection<Polygon | MultiPolygon, { zones: string[] }>, tolerance = 1e-4): void {
  for (const f of fc.features) {
    const sum = f.properties.zones.reduce((s, id) => s + area(zones.byId.get(id)!.geometry), 0);
    expect(Math.abs(area(f.geometry) - sum) / sum).toBeLessThan(tolerance);
  }
}

describe('dissolveSections on hand-made fixtures (known outlines)', () => {
  it('grid: four squares become one square, an island stays a separate part', () => {
    const zones = zoneSetFrom(join(FIX, 'grid.geojson'));
    const plan = planFromInput(readPlan(join(FIX, 'plan.csv')), zones);
    const fc = dissolveSections(zones, plan);
    const expected = readFc(join(FIX, 'grid-sections.expected.geojson'));
    expect(fc.features.map((f) => f.properties.section)).toEqual(expected.features.map((f) => f.properties!.section));
    fc.features.forEach((f, i) => {
      expect(f.properties.zones).toEqual(expected.features[i].properties!.zones);
      expect(f.geometry.type).toBe(expected.features[i].geometry.type);
      expect(canonicalGeometry(f.geometry)).toEqual(canonicalGeometry(expected.features[i].geometry));
    });
    expectRfc7946(fc);
    expectAreasConserved(zones, fc);
  });

  it('donut: a zone of another section inside stays a hole; in one section the hole disappears', () => {
    const zones = zoneSetFrom(join(FIX, 'donut.geojson'));
    const fc = dissolveSections(zones, planFromInput(readPlan(join(FIX, 'donut-plan.csv')), zones));
    const expected = readFc(join(FIX, 'donut-sections.expected.geojson'));
    fc.features.forEach((f, i) => expect(canonicalGeometry(f.geometry)).toEqual(canonicalGeometry(expected.features[i].geometry)));
    expectRfc7946(fc);
    expectAreasConserved(zones, fc);

    const whole = dissolveSections(zones, new Map(zones.zones.map((z) => [z.id, 'All'])));
    expect(whole.features).toHaveLength(1);
    expect(whole.features[0].geometry.type).toBe('Polygon');
    expect(canonicalGeometry(whole.features[0].geometry)).toEqual([[['5,44', '5.3,44', '5.4,44', '5.4,44.3', '5.3,44.3', '5,44.3']]]);
  });

  it('properties: figures, compliance per rule from the check report, compactness', () => {
    const zones = zoneSetFrom(join(FIX, 'grid.geojson'));
    zones.zones.forEach((z) => (z.properties = { ...z.properties }));
    const plan = planFromInput(readPlan(join(FIX, 'plan.csv')), zones);
    const rules = resolveRules({ minMembers: 12000, membersPerSeat: 1000, respect: 'dep' });
    const report = checkPlan(zones, rookGraph(zones), plan, rules);
    const [north, south] = dissolveSections(zones, plan, { report }).features.map((f) => f.properties);
    expect(north).toMatchObject({
      section: 'North',
      name: 'North', // the plan named the section: its name is kept
      zones: ['A', 'B', 'C', 'D'],
      zone_names: ['Alpha', 'Bravo', 'Charlie', 'Delta'],
      zone_count: 4,
      members: 16000,
      seats: 16,
      compliant: true,
      rule_contiguity: true,
      rule_min_members: true,
      rule_min_seats: true,
      crossed: ['D1', 'D2'],
      problems: [],
    });
    // South = E + the island I: split (no link) and 11,000 < 12,000
    expect(south).toMatchObject({ compliant: false, rule_contiguity: false, rule_min_members: false, rule_min_seats: true, crossed: ['D2', 'D3'] });
    expect(south.problems).toEqual(['in 2 pieces', '11,000 members < 12,000']);
    // a 0.2° square at 44°N is nearly square on the ground (cos 44° ≈ 0.72 → a 1.39:1 rectangle): PP ≈ 0.77
    expect(north.compactness).toBeGreaterThan(0.74);
    expect(north.compactness).toBeLessThan(0.785);
    expect(north.area_km2).toBeCloseTo((area(zones.byId.get('A')!.geometry) * 4) / 1e6, 0);
  });

  it('zonesWithSections: every zone with its section, unassigned ones with null', () => {
    const zones = zoneSetFrom(join(FIX, 'grid.geojson'));
    const plan: Plan = new Map([
      ['A', 'North'],
      ['E', 'South'],
    ]);
    const fc = zonesWithSections(zones, plan);
    expect(fc.features.map((f) => [f.properties!.zone, f.properties!.section])).toEqual([
      ['A', 'North'],
      ['B', null],
      ['C', null],
      ['D', null],
      ['E', 'South'],
      ['I', null],
    ]);
    expect(fc.features[4].properties).toMatchObject({ zone_name: 'Écho', members: 9000, dep: 'D2' });
    expectRfc7946(fc);
  });
});

describe('polsbyPopper', () => {
  it('is about 1 for a disc and π/4 for a square, lower for a long strip', () => {
    expect(polsbyPopper(circle([5, 0], 10, { steps: 256 }).geometry)).toBeGreaterThan(0.999);
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0.1, 0],
          [0.1, 0.1],
          [0, 0.1],
          [0, 0],
        ],
      ],
    };
    expect(polsbyPopper(square)).toBeCloseTo(Math.PI / 4, 3);
    const strip: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 0.01],
          [0, 0.01],
          [0, 0],
        ],
      ],
    };
    // 4π·(100·1)/(2·101)² ≈ 0.0308
    expect(polsbyPopper(strip)).toBeCloseTo((4 * Math.PI * 100) / (202 * 202), 3);
  });
});

describeWithRealData([PACA_ZONES, PACA_COMMUNES], 'dissolveSections on real data', () => {
  it("PACA zones d'emploi grouped by their first département: areas conserved, valid RFC 7946", () => {
    const zones = zoneSetFrom(PACA_ZONES);
    const plan = planBy(zones, (p) => String(p.deps).split(';')[0]);
    const fc = dissolveSections(zones, plan);
    expect(fc.features.length).toBe(new Set(plan.values()).size);
    expectRfc7946(fc);
    expectAreasConserved(zones, fc);
    // internal borders are gone: a section made of several touching zones has fewer rings than its zones
    for (const f of fc.features) {
      const zoneParts = f.properties.zones.reduce((s, id) => s + polygonsOf(zones.byId.get(id)!.geometry).length, 0);
      expect(polygonsOf(f.geometry).length).toBeLessThanOrEqual(zoneParts);
    }
  });

  describe('PACA communes', () => {
    const communes = zoneSetFrom(PACA_COMMUNES);

    it("grouped by zone d'emploi: areas conserved, island parts kept, enclaves filled", () => {
      const fc = dissolveSections(
        communes,
        planBy(communes, (p) => String(p.ze2020)),
      );
      expect(fc.features).toHaveLength(22);
      expectRfc7946(fc);
      expectAreasConserved(communes, fc);
      const section = (id: string) => fc.features.find((f) => f.properties.section === id)!;
      // Hyères (83069, 7 parts: mainland + Porquerolles, Port-Cros, Levant…) is in 9318 Toulon: every
      // island part comes out as its own polygon of the section, with the same area
      for (const [commune, ze] of [
        ['83069', '9318'],
        ['13055', '9312'],
      ]) {
        const parts = polygonsOf(communes.byId.get(commune)!.geometry);
        expect(parts.length).toBeGreaterThan(1);
        const sectionPolys = polygonsOf(section(ze).geometry);
        const islands = parts
          .map((rings) => ({ rings, a: area({ type: 'Polygon', coordinates: rings }) }))
          .sort((x, y) => y.a - x.a)
          .slice(1);
        for (const island of islands) {
          const match = sectionPolys.filter((rings) => Math.abs(area({ type: 'Polygon', coordinates: rings }) - island.a) / island.a < 1e-6);
          expect(match.length).toBeGreaterThanOrEqual(1);
        }
        expect(section(ze).geometry.type).toBe('MultiPolygon');
      }
      // Eygliers (05052) has a hole filled by another commune of the same zone: no hole is left
      const eyglierSection = communes.byId.get('05052')!.properties.ze2020 as string;
      expect(polygonsOf(section(eyglierSection).geometry).every((rings) => rings.length === 1)).toBe(true);
    });

    it('grouped by département: the Étang de Berre stays a hole in section 13', () => {
      const fc = dissolveSections(
        communes,
        planBy(communes, (p) => String(p.dep)),
      );
      expect(fc.features.map((f) => f.properties.section)).toEqual(['04', '05', '06', '13', '83', '84']);
      expectRfc7946(fc);
      expectAreasConserved(communes, fc);
      const s13 = fc.features.find((f) => f.properties.section === '13')!;
      const holes = polygonsOf(s13.geometry).flatMap((rings) => rings.slice(1));
      // the middle of the Étang de Berre (5.12°E, 43.47°N) lies in one hole of about 155 km²
      const etang = holes.filter((ring) => booleanPointInPolygon([5.12, 43.47], { type: 'Polygon', coordinates: [ring] }));
      expect(etang).toHaveLength(1);
      const km2 = area({ type: 'Polygon', coordinates: [[...etang[0]].reverse()] }) / 1e6;
      expect(km2).toBeGreaterThan(120);
      expect(km2).toBeLessThan(200);
      // and it is not part of the section
      expect(booleanPointInPolygon([5.12, 43.47], s13.geometry)).toBe(false);
    });
  });
});
