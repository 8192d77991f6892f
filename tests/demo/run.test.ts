import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area } from '@turf/area';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DATA_DIR, DEMO_SPLIT_ABOVE, runDemo, type DemoResult } from '../../src/demo/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { compareUnitAdjacency } from '../../src/propose/split.js';
import { parseCsv } from '../../src/io/csv.js';
import { runCli } from '../helpers.js';

const OUTPUTS = ['plan.csv', 'units.geojson', 'sections.geojson', 'zones.geojson', 'seats.csv', 'report.html'];
const tmp = mkdtempSync(join(tmpdir(), 'decoupage-demo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('runDemo', () => {
  let r: DemoResult;
  const out = join(tmp, 'lib');
  beforeAll(async () => {
    r = await runDemo(out, { generatedAt: new Date('2025-01-01T00:00:00Z') });
  });

  it('finds the demo data inside the package (data/demo)', () => {
    expect(DEMO_DATA_DIR.replace(/\\/g, '/')).toMatch(/\/data\/demo\/$/);
    expect(existsSync(join(DEMO_DATA_DIR, 'zones.geojson'))).toBe(true);
  });

  it('writes every output into the folder', () => {
    expect(r.outputs.map((o) => o.file).sort()).toEqual([...OUTPUTS].sort());
    for (const f of OUTPUTS) expect(existsSync(join(out, f)), f).toBe(true);
  });

  it('links the island and proposes a compliant plan covering every zone', () => {
    expect(r.graph.islands.length).toBe(1);
    expect(r.graph.linksAdded.length).toBe(1);
    expect(r.check.ok).toBe(true);
    const plan = parseCsv(readFileSync(join(out, 'plan.csv'), 'utf8'));
    expect(plan.columns).toEqual(['zone', 'zone_name', 'section', 'section_name']);
    // one row per unit: the 39 other zones and the 30 communes of Valmorance
    expect(plan.rows.map((x) => x.zone).sort()).toEqual(r.units.zones.map((z) => z.id).sort());
    expect(plan.rows).toHaveLength(39 + 30);
    // more sections than départements, each within the rules
    expect(r.check.sections.length).toBeGreaterThan(4);
    for (const s of r.check.sections) {
      expect(s.members).toBeGreaterThanOrEqual(10_000);
      expect(s.seats).toBeGreaterThanOrEqual(6);
    }
  });

  it('splits Valmorance (Z01) into its communes, which the plan divides into several sections', () => {
    expect(r.zones.zones.filter((z) => z.members > DEMO_SPLIT_ABOVE).map((z) => z.id)).toEqual(['Z01']);
    expect(r.units.split.map((s) => [s.id, s.units.length])).toEqual([['Z01', 30]]);
    // the communes come from the same map: their borders match the zones exactly, no snapping
    const diff = compareUnitAdjacency(buildGraph(r.zones), r.units, r.graph);
    expect(diff).toEqual({ missing: [], extra: [], disconnected: [] });
    expect(r.graph.edges.some((e) => e.kind === 'snapped')).toBe(false);
    const sections = new Set(r.units.split[0].units.map((u) => r.proposal.plan.get(u)));
    // 99,589 members: at most 9 sections of 10,000, the commune of Valmorance alone has 35,880
    expect(sections.size).toBeGreaterThanOrEqual(2);
    expect(r.summary).toMatch(new RegExp(`split into its 30 communes, which the proposed plan divides into ${sections.size} sections`));
    // units.geojson: every unit with its members and the zone it comes from
    const units = JSON.parse(readFileSync(join(out, 'units.geojson'), 'utf8')) as FeatureCollection;
    expect(units.features).toHaveLength(69);
    const z01 = units.features.filter((f) => f.properties!.parent_zone === 'Z01');
    expect(z01).toHaveLength(30);
    expect(z01.reduce((s, f) => s + Number(f.properties!.members), 0)).toBe(r.zones.byId.get('Z01')!.members);
    // the communes inherit the département of their zone, so --respect dep still applies to them
    for (const f of z01) expect(f.properties!.dep).toBe('D1');
  });

  it('the département plan breaks the rules in the two small mountain départements', () => {
    const dep = r.departements.check;
    expect(dep.ok).toBe(false);
    const small = dep.sections
      .filter((s) => s.members < 10_000)
      .map((s) => s.id)
      .sort();
    expect(small.length).toBe(2);
    expect(
      dep.sections
        .filter((s) => !s.ok)
        .map((s) => s.id)
        .sort(),
    ).toEqual(small);
  });

  it('compares the list vote: the small départements elect a single list, the proposed sections do not', () => {
    const [depPlan, proposed] = r.comparison.plans;
    // départements of 3 seats where one list holds ~60 % of the votes: D'Hondt gives it every seat
    const small = r.departements.check.sections
      .filter((s) => s.members < 10_000)
      .map((s) => s.id)
      .sort();
    const single = depPlan.report.sections
      .filter((s) => s.listsRepresented <= 1)
      .map((s) => s.section)
      .sort();
    expect(single).toEqual(small);
    // proposed sections all have ≥ 6 seats, where the mountain list's ~60 % no longer takes every seat
    expect(proposed.singleListSections).toBeLessThan(depPlan.singleListSections);
    expect(r.summary).toContain(`département plan: 2 of 4 sections elect a single list`);
  });

  it('seats.csv and sections.geojson agree with the plan', () => {
    const seats = parseCsv(readFileSync(join(out, 'seats.csv'), 'utf8'));
    expect(seats.columns).toEqual(['section', 'section_name', 'members', 'seats']);
    expect(seats.rows.length).toBe(r.check.sections.length);
    const members = seats.rows.reduce((s, x) => s + Number(x.members), 0);
    expect(members).toBe(r.zones.zones.reduce((s, z) => s + z.members, 0));
    for (const x of seats.rows) expect(Number(x.seats)).toBe(Math.floor(Number(x.members) / 1_500));

    const sections = JSON.parse(readFileSync(join(out, 'sections.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
    expect(sections.features.length).toBe(r.check.sections.length);
    const zones = JSON.parse(readFileSync(join(out, 'zones.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
    expect(zones.features.length).toBe(r.units.zones.length);
    const sumSections = sections.features.reduce((s, f) => s + area(f), 0);
    const sumZones = zones.features.reduce((s, f) => s + area(f), 0);
    expect(Math.abs(sumSections - sumZones) / sumZones).toBeLessThan(1e-6);
  });

  it('writes a self-contained report naming the region', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('Valmorance');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
  });

  it('is reproducible: the same seed gives the same plan', async () => {
    const again = await runDemo(join(tmp, 'again'));
    expect(readFileSync(join(tmp, 'again', 'plan.csv'), 'utf8')).toBe(readFileSync(join(out, 'plan.csv'), 'utf8'));
    expect(again.summary).toBe(r.summary);
  });
});

describe('decoupage demo', () => {
  it('writes the expected files into -o and says where', async () => {
    const dir = join(tmp, 'cli');
    const res = await runCli('demo', '-o', dir, '--lang', 'fr');
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    for (const f of OUTPUTS) {
      expect(existsSync(join(dir, f)), f).toBe(true);
      expect(res.stdout).toContain(f);
    }
    expect(res.stdout).toContain(dir);
    expect(res.stdout).toContain('une seule liste'); // --lang fr also drives the printed summary
    // the French report
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/<html lang="fr"/);
  });

  it('refuses a bad seed with exit code 2', async () => {
    const res = await runCli('demo', '-o', join(tmp, 'bad'), '--seed', 'abc');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--seed');
    expect(existsSync(join(tmp, 'bad'))).toBe(false);
  });
});
