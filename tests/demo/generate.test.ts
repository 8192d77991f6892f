import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { distance } from '@turf/distance';
import { featureCollection } from '@turf/helpers';
import { kinks } from '@turf/kinks';
import { union } from '@turf/union';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { DEMO_FILES, generateDemo } from '../../src/demo/generate.js';
import { buildGraph } from '../../src/graph/index.js';
import { loadZones } from '../../src/load/index.js';
import { parseCsv } from '../../src/io/csv.js';

const DEMO_DIR = new URL('../../data/demo/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DEMO_DIR), 'utf8');

type ZoneFeature = Feature<Polygon | MultiPolygon, Record<string, string | number>>;
const zones = JSON.parse(read('zones.geojson')) as FeatureCollection<Polygon | MultiPolygon, Record<string, string | number>>;
const communes = JSON.parse(read('metropole-communes.geojson')) as typeof zones;
const members = (f: ZoneFeature) => f.properties.members as number;
const total = zones.features.reduce((s, f) => s + members(f), 0);
const metro = zones.features.reduce((a, b) => (members(a) >= members(b) ? a : b));

describe('demo generator', () => {
  it('is deterministic: two generations in memory are identical', () => {
    expect(generateDemo().files).toEqual(generateDemo().files);
  });

  it('a different seed gives a different region (the seed is really used)', () => {
    expect(generateDemo('another seed').files['zones.geojson']).not.toEqual(generateDemo().files['zones.geojson']);
  });

  it('the committed files in data/demo equal a fresh generation (run `npm run generate-demo` after changing it)', () => {
    const { files } = generateDemo();
    for (const name of DEMO_FILES) expect(read(name), name).toBe(files[name]);
  });
});

describe('demo zones', () => {
  it('has about 40 zones with unique codes, names and integer figures', () => {
    expect(zones.features.length).toBeGreaterThanOrEqual(35);
    expect(zones.features.length).toBeLessThanOrEqual(45);
    const codes = zones.features.map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(zones.features.map((f) => f.properties.name)).size).toBe(codes.length);
    for (const f of zones.features) {
      expect(Number.isInteger(f.properties.members) && members(f) > 0).toBe(true);
      expect(Number.isInteger(f.properties.population)).toBe(true);
      // members are a plausible share of the population
      expect(members(f) / (f.properties.population as number)).toBeGreaterThan(0.05);
      expect(members(f) / (f.properties.population as number)).toBeLessThan(0.1);
    }
  });

  it('has a real-looking skew: ~400,000 members, a metropolis with ~25%, sparse mountain zones', () => {
    expect(total).toBeGreaterThan(350_000);
    expect(total).toBeLessThan(450_000);
    expect(members(metro) / total).toBeGreaterThan(0.22);
    expect(members(metro) / total).toBeLessThan(0.28);
    expect(zones.features.filter((f) => members(f) < 3_000).length).toBeGreaterThanOrEqual(3);
    // mid-size towns between 10,000 and 30,000
    expect(zones.features.filter((f) => members(f) >= 10_000 && members(f) <= 30_000).length).toBeGreaterThanOrEqual(5);
  });

  it('is a fictional region named as such, about 200 km across, in lon/lat', () => {
    expect(zones.features.every((f) => String(f.properties.reg_name).includes('fictive'))).toBe(true);
    const [w, s, e, n] = bbox(zones);
    const widthKm = distance([w, (s + n) / 2], [e, (s + n) / 2], { units: 'kilometers' });
    const heightKm = distance([w, s], [w, n], { units: 'kilometers' });
    expect(widthKm).toBeGreaterThan(150);
    expect(widthKm).toBeLessThan(300);
    expect(heightKm).toBeGreaterThan(150);
    expect(heightKm).toBeLessThan(300);
  });

  it('has 4 départements, two of them under 10,000 members', () => {
    const byDep = new Map<string, number>();
    for (const f of zones.features) byDep.set(String(f.properties.dep), (byDep.get(String(f.properties.dep)) ?? 0) + members(f));
    expect(byDep.size).toBe(4);
    expect([...byDep.values()].filter((m) => m < 10_000).length).toBe(2);
  });

  it('has valid geometries: one polygon per zone, no holes, no self-intersection, counter-clockwise', () => {
    for (const f of zones.features) {
      expect(f.geometry.type, String(f.properties.code)).toBe('Polygon');
      const rings = (f.geometry as Polygon).coordinates;
      expect(rings.length, String(f.properties.code)).toBe(1);
      expect(rings[0][0]).toEqual(rings[0][rings[0].length - 1]);
      expect(signedArea(rings[0])).toBeGreaterThan(0);
      expect(kinks(f as Feature<Polygon>).features.length, String(f.properties.code)).toBe(0);
    }
  });

  it('tiles without overlaps or gaps: the union has the summed area and is mainland + island', () => {
    const sum = zones.features.reduce((s, f) => s + area(f), 0);
    const all = union(featureCollection(zones.features as Feature<Polygon>[]))!;
    expect(Math.abs(area(all) - sum) / sum).toBeLessThan(1e-6);
    expect(all.geometry.type).toBe('MultiPolygon');
    const parts = (all.geometry as MultiPolygon).coordinates;
    expect(parts.length).toBe(2);
    expect(parts.every((p) => p.length === 1)).toBe(true); // no gap inside the region
  });

  it('exactly one zone touches no other zone (the island); the mainland is one connected part', () => {
    const set = loadZones(fileURLToPath(new URL('zones.geojson', DEMO_DIR)), { membersProp: 'members' });
    const graph = buildGraph(set);
    expect(graph.islands.map((i) => set.zones[i].name)).toEqual(['Île de Malvoisine']);
    expect(graph.components.length).toBe(2);
    expect(graph.components.map((c) => c.length).sort((a, b) => a - b)).toEqual([1, set.zones.length - 1]);
    // borders are exact: no contact at a single point, every shared border has a length
    expect(graph.edges.every((e) => e.kind === 'border' && e.sharedBorderKm > 0)).toBe(true);
  });

  it('every département is one connected group of zones', () => {
    const set = loadZones(fileURLToPath(new URL('zones.geojson', DEMO_DIR)), { membersProp: 'members' });
    const graph = buildGraph(set);
    for (const dep of new Set(set.zones.map((z) => String(z.properties.dep)))) {
      const inDep = set.zones.map((z, i) => (z.properties.dep === dep && graph.islands[0] !== i ? i : -1)).filter((i) => i >= 0);
      const seen = new Set([inDep[0]]);
      const stack = [inDep[0]];
      while (stack.length) for (const n of graph.neighbors[stack.pop()!]) if (inDep.includes(n) && !seen.has(n)) (seen.add(n), stack.push(n));
      expect(seen.size, dep).toBe(inDep.length);
    }
  });
});

describe('demo metropolitan communes', () => {
  const inMetro = communes.features;

  it('has about 30 communes of the metropolitan zone whose members and population add up to the zone', () => {
    expect(inMetro.length).toBeGreaterThanOrEqual(25);
    expect(inMetro.length).toBeLessThanOrEqual(35);
    expect(inMetro.every((f) => f.properties.zone === metro.properties.code)).toBe(true);
    expect(inMetro.reduce((s, f) => s + members(f), 0)).toBe(members(metro));
    expect(inMetro.reduce((s, f) => s + (f.properties.population as number), 0)).toBe(metro.properties.population);
    expect(new Set(inMetro.map((f) => f.properties.code)).size).toBe(inMetro.length);
  });

  it('form one connected layer with exact shared borders', () => {
    const set = loadZones(fileURLToPath(new URL('metropole-communes.geojson', DEMO_DIR)), { membersProp: 'members' });
    const graph = buildGraph(set);
    expect(graph.components.length).toBe(1);
    expect(graph.edges.every((e) => e.kind === 'border')).toBe(true);
  });

  it('their union is exactly the metropolitan zone', () => {
    const sum = inMetro.reduce((s, f) => s + area(f), 0);
    const u = union(featureCollection(inMetro as Feature<Polygon>[]))!;
    expect(Math.abs(sum - area(metro)) / area(metro)).toBeLessThan(1e-9);
    expect(Math.abs(area(u) - area(metro)) / area(metro)).toBeLessThan(1e-6);
    // the zone outline uses only commune vertices (identical coordinates, so a topology sees shared arcs)
    const communeVertices = new Set(inMetro.flatMap((f) => (f.geometry as Polygon).coordinates[0].map((p) => p.join(','))));
    expect((metro.geometry as Polygon).coordinates[0].every((p) => communeVertices.has(p.join(',')))).toBe(true);
  });
});

describe('demo plan and votes', () => {
  const codes = zones.features.map((f) => String(f.properties.code));

  it('plan-departements.csv puts every zone in its département, once', () => {
    const plan = parseCsv(read('plan-departements.csv'));
    expect(plan.columns).toEqual(['zone', 'section']);
    expect(plan.rows.map((r) => r.zone).sort()).toEqual([...codes].sort());
    const depName = new Map(zones.features.map((f) => [String(f.properties.code), String(f.properties.dep_name)]));
    for (const r of plan.rows) expect(r.section).toBe(depName.get(r.zone));
  });

  it('votes.csv has one row per zone with shares adding up to 100', () => {
    const votes = parseCsv(read('votes.csv'));
    expect(votes.columns[0]).toBe('zone');
    expect(votes.columns.length).toBeGreaterThanOrEqual(5);
    expect(votes.rows.map((r) => r.zone).sort()).toEqual([...codes].sort());
    for (const r of votes.rows) {
      const shares = votes.columns.slice(1).map((c) => Number(r[c]));
      expect(shares.every((s) => s >= 0)).toBe(true);
      expect(shares.reduce((s, v) => s + v, 0)).toBeCloseTo(100, 6);
    }
    // regional variation: the mountain list dominates in the two small (mountain) départements only
    const depOf = new Map(zones.features.map((f) => [String(f.properties.code), String(f.properties.dep)]));
    const depMembers = new Map<string, number>();
    for (const f of zones.features) depMembers.set(String(f.properties.dep), (depMembers.get(String(f.properties.dep)) ?? 0) + members(f));
    const mountain = (r: Record<string, string>) => depMembers.get(depOf.get(r.zone)!)! < 10_000;
    expect(Math.min(...votes.rows.filter(mountain).map((r) => Number(r.Montagne)))).toBeGreaterThan(50);
    expect(Math.max(...votes.rows.filter((r) => !mountain(r)).map((r) => Number(r.Montagne)))).toBeLessThan(20);
  });
});

describe('demo names are invented', () => {
  it('no zone, commune or département bears the name of a real French commune or département', () => {
    const require = createRequire(import.meta.url);
    const real = new Set<string>();
    for (const file of ['communes.json', 'departements.json']) {
      const list = require(`@etalab/decoupage-administratif/data/${file}`) as { nom: string }[];
      for (const x of list) real.add(x.nom.toLowerCase());
    }
    expect(real.size).toBeGreaterThan(30_000);
    const ours = [
      ...zones.features.map((f) => String(f.properties.name)),
      ...zones.features.map((f) => String(f.properties.dep_name)),
      ...communes.features.map((f) => String(f.properties.name)),
    ];
    expect(ours.filter((n) => real.has(n.toLowerCase()))).toEqual([]);
  });
});

function signedArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}
