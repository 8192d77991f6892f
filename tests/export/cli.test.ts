import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv.js';
import { runCli } from '../helpers.js';
import { expectRfc7946 } from './geo-assert.js';

const FIX = new URL('../fixtures/check/', import.meta.url).pathname;
const ZONES = join(FIX, 'grid.geojson');
const PLAN = join(FIX, 'plan.csv');
const RULES = ['--min-members', '10000', '--members-per-seat', '1000'];
const tmp = () => mkdtempSync(join(tmpdir(), 'export-'));

describe('decoupage export', () => {
  it('writes sections.geojson and zones.geojson (RFC 7946) with the figures and verdicts', async () => {
    const dir = tmp();
    const out = join(dir, 'sections.geojson');
    const zonesOut = join(dir, 'zones.geojson');
    const r = await runCli('export', ZONES, PLAN, '-o', out, '--zones-out', zonesOut, ...RULES);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 sections');
    expect(r.stdout).toContain('plan check: NOT COMPLIANT: 1 rule broken');
    const fc = JSON.parse(readFileSync(out, 'utf8')) as FeatureCollection;
    expectRfc7946(fc);
    expect(
      fc.features.map((f) => [f.properties!.section, f.properties!.members, f.properties!.seats, f.properties!.compliant, f.properties!.rule_contiguity]),
    ).toEqual([
      ['North', 16000, 16, true, true],
      ['South', 11000, 11, false, false],
    ]);
    const zones = JSON.parse(readFileSync(zonesOut, 'utf8')) as FeatureCollection;
    expectRfc7946(zones);
    expect(zones.features.map((f) => `${f.properties!.zone}:${f.properties!.section}`)).toEqual([
      'A:North',
      'B:North',
      'C:North',
      'D:North',
      'E:South',
      'I:South',
    ]);
    // no temp files left beside the outputs
    expect(readdirSync(dir).sort()).toEqual(['sections.geojson', 'zones.geojson']);
  });

  it('--format csv: one row per section', async () => {
    const dir = tmp();
    const out = join(dir, 'sections.csv');
    const r = await runCli('export', ZONES, PLAN, '-o', out, ...RULES, '--link', 'I:E');
    expect(r.code).toBe(0);
    const t = parseCsv(readFileSync(out, 'utf8'));
    expect(t.columns).toEqual(
      expect.arrayContaining(['section', 'name', 'zones', 'members', 'seats', 'compliant', 'rule_contiguity', 'compactness', 'area_km2']),
    );
    expect(t.rows.map((row) => [row.section, row.zones, row.members, row.seats, row.compliant])).toEqual([
      ['North', 'A;B;C;D', '16000', '16', 'true'],
      ['South', 'E;I', '11000', '11', 'true'],
    ]);
  });

  it('--format topojson: sections and zones objects that decode back to the same sections', async () => {
    const dir = tmp();
    const out = join(dir, 'sections.json');
    expect((await runCli('export', ZONES, PLAN, '-o', out, '--format', 'topojson', ...RULES)).code).toBe(0);
    const topo = JSON.parse(readFileSync(out, 'utf8')) as Topology;
    expect(topo.type).toBe('Topology');
    expect(Object.keys(topo.objects).sort()).toEqual(['sections', 'zones']);
    const sections = feature(topo, topo.objects.sections) as FeatureCollection;
    expect(sections.features.map((f) => f.properties!.section)).toEqual(['North', 'South']);
  });

  it('exit 2 and no output for a plan that cannot be used (unknown zone, missing zones)', async () => {
    const dir = tmp();
    const out = join(dir, 'sections.geojson');
    const r = await runCli('export', ZONES, join(FIX, 'plan-broken.csv'), '-o', out, ...RULES);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan-broken.csv');
    expect(r.stderr).toContain('zone "X9" is not in');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    const bad = await runCli('export', ZONES, PLAN, '-o', out, '--format', 'shp');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown export format "shp"');
  });
});
