import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/io/csv.js';
import { runCli } from '../helpers.js';

// Issue 13, point 5: files that open in French Excel, and that every command still reads back.
const CHECK = new URL('../fixtures/check/', import.meta.url).pathname;
const ZONES = join(CHECK, 'grid.geojson'); // North = A+B+C+D (16,000), South = E + island I (11,000)
const RULES = ['--min-members', '10000', '--members-per-seat', '1000', '--min-seats', '6', '--link', 'I:E'];
const tmp = mkdtempSync(join(tmpdir(), 'decoupage-excel-'));
const out = (name: string) => join(tmp, name);
const text = (name: string) => readFileSync(out(name), 'utf8');

describe('toCsv styles', () => {
  it('";" with decimal commas and a BOM, "," with points; both parse back to the same table', () => {
    const fr = toCsv(
      ['section', 'share'],
      [
        ['Côte d’Azur', 0.25],
        ['Nord', 12],
      ],
      { sep: ';', decimal: ',' },
    );
    expect(fr).toBe('\uFEFFsection;share\nCôte d’Azur;0,25\nNord;12\n');
    const en = toCsv(['section', 'share'], [['Côte d’Azur', 0.25]], { bom: false });
    expect(en).toBe('section,share\nCôte d’Azur,0.25\n');
    expect(parseCsv(fr).rows[0]).toEqual({ section: 'Côte d’Azur', share: '0,25' });
  });
});

describe('French Excel outputs, read back by every command', () => {
  it('propose --lang fr writes plan.csv with ";", a BOM and names next to codes; check, seats, pluralism, export and report read it', async () => {
    const p = await runCli('propose', ZONES, ...RULES, '--lang', 'fr', '-o', out('plan.csv'));
    expect(p.code).toBe(0);
    const plan = text('plan.csv');
    expect(plan.startsWith('\uFEFFzone;zone_name;section;section_name\n')).toBe(true);
    expect(plan).toMatch(/\nI;Île;[^;]+;[^;\n]+\n/); // accents kept, the zone's name next to its code
    for (const cmd of [
      ['check', ZONES, out('plan.csv'), ...RULES],
      ['seats', ZONES, out('plan.csv'), '--members-per-seat', '1000', '--lang', 'fr', '-o', out('sieges.csv')],
      ['pluralism', ZONES, out('plan.csv'), '--compare', join(CHECK, 'plan.csv'), '--lang', 'fr', '-o', out('pluralisme.csv')],
      ['export', ZONES, out('plan.csv'), ...RULES, '-o', out('sections.csv'), '--csv-sep', ';'],
      ['report', ZONES, out('plan.csv'), ...RULES, '--lang', 'fr', '-o', out('rapport.html')],
    ]) {
      const r = await runCli(...cmd);
      expect(r.stderr, cmd[0]).toBe('');
      expect(r.code, cmd[0]).toBe(0);
    }
    expect(text('sieges.csv').startsWith('\uFEFFsection;section_name;members;seats\n')).toBe(true);
    // decimal commas in French: wasted shares and thresholds
    const plur = parseCsv(text('pluralisme.csv'));
    expect(plur.columns.slice(0, 3)).toEqual(['plan', 'section', 'section_name']);
    expect(plur.rows.every((row) => /^\d+(,\d+)?$/.test(row.threshold_exclusion))).toBe(true);
    expect(plur.rows.some((row) => row.threshold_exclusion.includes(','))).toBe(true);
    expect(text('sections.csv').split('\n')[0]).toMatch(/^\uFEFFsection;name;zone_count;zones;/);
  });

  it('--csv-sep "," overrides the French default; "csv-sep" in rules.json sets it too', async () => {
    await runCli('propose', ZONES, ...RULES, '--lang', 'fr', '--csv-sep', ',', '-o', out('plan-comma.csv'));
    expect(text('plan-comma.csv').split('\n')[0]).toBe('\uFEFFzone,zone_name,section,section_name');
    const rules = out('rules.json');
    writeFileSync(rules, JSON.stringify({ 'min-members': 10000, 'members-per-seat': 1000, 'min-seats': 6, 'csv-sep': ';' }));
    const r = await runCli('propose', ZONES, '--rules', rules, '--link', 'I:E', '-o', out('plan-rules.csv'));
    expect(r.code).toBe(0);
    expect(text('plan-rules.csv').split('\n')[0]).toBe('\uFEFFzone;zone_name;section;section_name');
    writeFileSync(rules, JSON.stringify({ 'csv-sep': 'tab' }));
    const bad = await runCli('propose', ZONES, '--rules', rules, '--link', 'I:E', '-o', out('never.csv'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/field "csv-sep": "csv-sep" must be ";" or ",", got "tab"/);
  });

  it('info --members-out in the French style is read back by --members-csv; graph edges.csv by --links', async () => {
    const i = await runCli('info', ZONES, '--csv-sep', ';', '--members-out', out('effectifs.csv'));
    expect(i.code).toBe(0);
    expect(text('effectifs.csv').split('\n')[0]).toBe('\uFEFFcode;name;members;members_estimated');
    const back = await runCli('check', ZONES, join(CHECK, 'plan.csv'), '--members-csv', out('effectifs.csv'), ...RULES);
    expect(back.code).toBe(0);
    const g = await runCli('graph', ZONES, '--csv-sep', ';', '-o', out('voisins.csv'));
    expect(g.code).toBe(0);
    const edges = parseCsv(text('voisins.csv'));
    expect(edges.columns).toEqual(['zone_a', 'zone_a_name', 'zone_b', 'zone_b_name', 'shared_border_km', 'kind']);
    expect(edges.rows.some((row) => row.shared_border_km.includes(','))).toBe(true);
    const linked = await runCli('check', ZONES, join(CHECK, 'plan.csv'), ...RULES.slice(0, 6), '--links', out('voisins.csv'), '--link', 'I:E');
    expect(linked.code).toBe(0);
  });
});

describe('GeoJSON outputs: flat scalar properties (Shapefile and QGIS friendly)', () => {
  it('sections.geojson and zones-with-sections hold no lists or objects', async () => {
    const r = await runCli(
      'export',
      ZONES,
      join(CHECK, 'plan.csv'),
      '--min-members',
      '10000',
      '--min-seats',
      '6',
      '--members-per-seat',
      '1000',
      '--respect',
      'dep',
      '-o',
      out('s.geojson'),
      '--zones-out',
      out('z.geojson'),
    );
    expect(r.code).toBe(0);
    for (const file of ['s.geojson', 'z.geojson']) {
      const fc = JSON.parse(text(file)) as FeatureCollection;
      for (const f of fc.features) {
        for (const [k, v] of Object.entries(f.properties!)) expect(v === null || typeof v !== 'object', `${file} ${k}`).toBe(true);
      }
    }
    const sections = (JSON.parse(text('s.geojson')) as FeatureCollection).features.map((f) => f.properties!);
    const north = sections.find((p) => p.section === 'North')!;
    expect(typeof north.zones).toBe('string');
    expect(String(north.zones).split('; ').length).toBe(north.zone_count);
    expect(sections.some((p) => typeof p.problems === 'string' && p.problems !== '')).toBe(true);
  });
});

// The README's ogr2ogr lines, where GDAL is installed (Debian package gdal-bin); skipped otherwise.
const OGR2OGR = '/usr/bin/ogr2ogr';
describe.skipIf(!existsSync(OGR2OGR))('GDAL converts the GeoJSON outputs as they are (README: ogr2ogr)', () => {
  it('to a Shapefile and a GeoPackage, the zone lists as text fields', async () => {
    const r = await runCli(
      'export',
      ZONES,
      join(CHECK, 'plan.csv'),
      '--min-members',
      '10000',
      '--members-per-seat',
      '1000',
      '--respect',
      'dep',
      '-o',
      out('gis.geojson'),
    );
    expect(r.code).toBe(0);
    for (const [driver, file] of [
      ['ESRI Shapefile', 'gis.shp'],
      ['GPKG', 'gis.gpkg'],
    ]) {
      const c = spawnSync(OGR2OGR, ['-f', driver, out(file), out('gis.geojson')], { encoding: 'utf8' });
      expect(c.status, `${driver}: ${c.stderr}`).toBe(0);
      const info = spawnSync('ogrinfo', ['-al', out(file)], { encoding: 'utf8' });
      expect(info.stdout).toMatch(/zones \(String\) = A; B; C; D/);
    }
  });
});
