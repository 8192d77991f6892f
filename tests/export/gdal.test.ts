/**
 * Every format decoupage writes, read back by a real GDAL (ogrinfo): feature counts, field names and types,
 * extents, and for GeoPackage the QGIS style rows and GDAL's own validity checks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection, Position } from 'geojson';
import proj4 from 'proj4';
import { beforeAll, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv.js';
import { KNOWN_CRS } from '../../src/load/insee.js';
import { SECTION_PALETTE } from '../../src/export/colour.js';
import { runCli } from '../helpers.js';
import { describeWithGdal, ogrSql, ogrSummary, VALIDATE_GPKG, type OgrLayer } from '../support/gdal.js';
import { COMMUNE_TABLE_2022, INSEE_ZIP, itWithRealData } from '../support/real-data.js';

const DEMO = new URL('../../data/demo/', import.meta.url).pathname;
const ZONES = join(DEMO, 'zones.geojson');
const PLAN = join(DEMO, 'plan-departements.csv');
const ARGS = ['--members', 'members', '--min-members', '10000', '--members-per-seat', '1500'];

/** The bounding box [minX, minY, maxX, maxY] of a collection's coordinates, through `project`. */
function bbox(fc: FeatureCollection, project: (p: Position) => Position = (p) => p): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = project(c as Position);
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fc.features) visit((f.geometry as { coordinates: unknown }).coordinates);
  return b;
}

function expectExtent(layer: OgrLayer, want: [number, number, number, number], digits: number): void {
  expect(layer.extent).toBeDefined();
  layer.extent!.forEach((v, i) => expect(v).toBeCloseTo(want[i], digits));
}

const layerOf = (layers: OgrLayer[], name: string) => {
  const l = layers.find((x) => x.name === name);
  if (!l) throw new Error(`no layer ${name} in ${layers.map((x) => x.name).join(', ')}`);
  return l;
};

describeWithGdal('GDAL reads back what decoupage writes', () => {
  let dir: string;
  let sections: FeatureCollection;
  let zones: FeatureCollection;
  let said: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gdal-'));
    // the same plan as GeoJSON (the reference) and as a GeoPackage with both layers in one file
    const ref = await runCli('export', ZONES, PLAN, ...ARGS, '-o', join(dir, 'sections.geojson'), '--zones-out', join(dir, 'zones.geojson'));
    expect(ref.code).toBe(0);
    sections = JSON.parse(readFileSync(join(dir, 'sections.geojson'), 'utf8')) as FeatureCollection;
    zones = JSON.parse(readFileSync(join(dir, 'zones.geojson'), 'utf8')) as FeatureCollection;
    const gpkg = join(dir, 'plan.gpkg');
    const r = await runCli('export', ZONES, PLAN, ...ARGS, '-o', gpkg, '--zones-out', gpkg);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    said = r.stdout;
  });

  it('GeoPackage: layers sections and zones with the counts decoupage printed, typed fields, the extent of the GeoJSON', () => {
    const { layers, stderr } = ogrSummary(join(dir, 'plan.gpkg'));
    expect(stderr).toBe(''); // GDAL warns on stderr about anything it finds wrong in a GeoPackage
    expect(layers.map((l) => l.name)).toEqual(['sections', 'zones', 'layer_styles']);
    const s = layerOf(layers, 'sections');
    const z = layerOf(layers, 'zones');
    // what decoupage said it wrote, what the GeoJSON holds and what GDAL reads agree
    expect(said).toContain(`(gpkg): ${s.count} sections`);
    expect(said).toContain(`layer zones: ${z.count} zones`);
    expect(s.count).toBe(sections.features.length);
    expect(z.count).toBe(zones.features.length);
    expect(s.geometry).toBe('Multi Polygon');
    expect(s.epsg).toBe(4326);
    // the GeoJSON's flat properties, in order, then the map colour
    expect(Object.keys(s.fields)).toEqual([...Object.keys(sections.features[0].properties!), 'colour']);
    expect(s.fields).toMatchObject({
      section: 'String',
      name: 'String',
      zones: 'String',
      zone_count: 'Integer64',
      members: 'Integer64',
      seats: 'Integer64',
      members_estimated: 'Integer(Boolean)',
      compliant: 'Integer(Boolean)',
      rule_min_members: 'Integer(Boolean)',
      link_km: 'Real',
      compactness: 'Real',
      area_km2: 'Real',
      colour: 'String',
    });
    expect(Object.keys(z.fields)).toEqual(Object.keys(zones.features[0].properties!));
    expect(z.fields).toMatchObject({ zone: 'String', zone_name: 'String', members: 'Integer64', section: 'String' });
    expectExtent(s, bbox(sections), 6);
    expectExtent(z, bbox(zones), 6);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('GeoPackage: the values GDAL reads are those of the GeoJSON', () => {
    const { rows } = ogrSql(join(dir, 'plan.gpkg'), 'SELECT section, members, seats, compliant, zones, colour FROM sections ORDER BY section');
    expect(rows.map((r) => [r.section, Number(r.members), Number(r.seats), r.compliant === '1', r.zones])).toEqual(
      sections.features.map((f) => [f.properties!.section, f.properties!.members, f.properties!.seats, f.properties!.compliant, f.properties!.zones]),
    );
    for (const r of rows) expect(SECTION_PALETTE as readonly string[]).toContain(r.colour);
    // the map colouring: no two sections sharing a border have the same colour (GDAL's spatial SQL judges)
    const touching = ogrSql(
      join(dir, 'plan.gpkg'),
      'SELECT a.section AS a, b.section AS b, a.colour = b.colour AS same FROM sections a, sections b WHERE a.section < b.section AND ST_Length(ST_Intersection(a.geom, b.geom)) > 0',
    ).rows;
    expect(touching.length).toBeGreaterThan(0);
    expect(touching.filter((t) => t.same === '1')).toEqual([]);
  });

  it('GeoPackage: one default QGIS style per layer in layer_styles, read with GDAL’s SQLite dialect', () => {
    const { rows, stderr } = ogrSql(
      join(dir, 'plan.gpkg'),
      'SELECT f_table_name, f_geometry_column, styleName, useAsDefault, styleQML FROM layer_styles ORDER BY f_table_name',
    );
    expect(stderr).toBe('');
    expect(rows.map((r) => [r.f_table_name, r.f_geometry_column, r.useAsDefault])).toEqual([
      ['sections', 'geom', '1'],
      ['zones', 'geom', '1'],
    ]);
    const [sec, zon] = rows;
    expect(sec.styleName).toBe('decoupage sections');
    // sections: a categorized renderer on the colour field, one category per colour used, labels with the name
    expect(sec.styleQML).toContain('<renderer-v2 type="categorizedSymbol" attr="colour"');
    const colours = new Set(ogrSql(join(dir, 'plan.gpkg'), 'SELECT DISTINCT colour FROM sections').rows.map((r) => r.colour));
    const categories = [...sec.styleQML.matchAll(/<category symbol="\d+" value="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(categories)).toEqual(colours);
    expect(sec.styleQML).toContain('<text-style fieldName="name"');
    // zones: outlines only
    expect(zon.styleQML).toContain('type="singleSymbol"');
    expect(zon.styleQML).toContain('value="no"'); // no fill
  });

  it('GeoPackage: GDAL finds it valid (integrity check, GDAL’s validator)', () => {
    const file = join(dir, 'plan.gpkg');
    expect(ogrSql(file, 'PRAGMA integrity_check').rows.map((r) => r.integrity_check)).toEqual(['ok']);
    expect(ogrSql(file, 'PRAGMA application_id').rows[0].application_id).toBe(String(0x47504b47));
    // Debian's gdal-bin depends on python3-gdal, which ships GDAL's validator
    expect(VALIDATE_GPKG, 'validate_gpkg.py (python3-gdal)').toBeDefined();
    if (VALIDATE_GPKG) {
      // Debian's python has GDAL's bindings, which the validator uses for its deeper checks
      const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
      const v = spawnSync(python, [VALIDATE_GPKG, file], { encoding: 'utf8' });
      expect(v.stdout + v.stderr).toBe('');
      expect(v.status).toBe(0);
      // and the validator is a real judge: the same file with its application_id (SQLite header, byte 68) wiped fails
      const broken = join(mkdtempSync(join(tmpdir(), 'gdal-broken-')), 'broken.gpkg');
      const bytes = readFileSync(file);
      bytes.fill(0, 68, 72);
      writeFileSync(broken, bytes);
      const b = spawnSync(python, [VALIDATE_GPKG, broken], { encoding: 'utf8' });
      expect(b.status).not.toBe(0);
      expect(b.stderr).toContain('application_id');
    }
  });

  it('GeoPackage in Lambert-93 (--to-crs EPSG:2154): the extent GDAL reads is the GeoJSON’s, projected', async () => {
    const file = join(dir, 'l93.gpkg');
    const r = await runCli('export', ZONES, PLAN, ...ARGS, '-o', file, '--to-crs', 'EPSG:2154');
    expect(r.code).toBe(0);
    const { layers, stderr } = ogrSummary(file);
    expect(stderr).toBe('');
    const s = layerOf(layers, 'sections');
    expect(s.epsg).toBe(2154);
    const conv = proj4(KNOWN_CRS['EPSG:4326'], KNOWN_CRS['EPSG:2154']);
    expectExtent(
      s,
      bbox(sections, (p) => conv.forward([p[0], p[1]])),
      1,
    );
    // --zones-out in its own GeoPackage
    const z = join(dir, 'zones-only.gpkg');
    expect((await runCli('export', ZONES, PLAN, ...ARGS, '-o', join(dir, 'other.gpkg'), '--zones-out', z)).code).toBe(0);
    expect(ogrSummary(z).layers.map((l) => [l.name, l.count])).toEqual([
      ['zones', zones.features.length],
      ['layer_styles', 1],
    ]);
  });

  it('GeoJSON: counts, fields, types and extent', () => {
    const { layers, stderr } = ogrSummary(join(dir, 'sections.geojson'));
    expect(stderr).toBe('');
    expect(layers).toHaveLength(1);
    const s = layers[0];
    expect(s.count).toBe(sections.features.length);
    expect(s.epsg).toBe(4326);
    expect(Object.keys(s.fields)).toEqual(Object.keys(sections.features[0].properties!));
    expect(s.fields).toMatchObject({ section: 'String', members: 'Integer', compliant: 'Integer(Boolean)', compactness: 'Real' });
    expectExtent(s, bbox(sections), 6);
  });

  it('TopoJSON: layers sections and zones with their counts and extents', async () => {
    const file = join(dir, 'plan.topojson');
    const r = await runCli('export', ZONES, PLAN, ...ARGS, '-o', file);
    expect(r.stdout).toContain(`(topojson): ${sections.features.length} sections`);
    const { layers, stderr } = ogrSummary(file);
    expect(stderr).toBe('');
    const s = layerOf(layers, 'sections');
    const z = layerOf(layers, 'zones');
    expect([s.count, z.count]).toEqual([sections.features.length, zones.features.length]);
    expect(Object.keys(s.fields)).toEqual(expect.arrayContaining(['section', 'name', 'members', 'seats']));
    // TopoJSON quantises coordinates: the extent agrees to about 1e-4 degree
    expectExtent(s, bbox(sections), 3);
  });

  it('CSV: one line per section, the columns decoupage wrote', async () => {
    const file = join(dir, 'sections.csv');
    expect((await runCli('export', ZONES, PLAN, ...ARGS, '-o', file)).code).toBe(0);
    const table = parseCsv(readFileSync(file, 'utf8'));
    const { layers, stderr } = ogrSummary(file, '-oo', 'AUTODETECT_TYPE=YES');
    expect(stderr).toBe('');
    expect(layers).toHaveLength(1);
    expect(layers[0].count).toBe(sections.features.length);
    expect(Object.keys(layers[0].fields)).toEqual(table.columns);
    expect(layers[0].fields).toMatchObject({ section: 'String', members: 'Integer', seats: 'Integer', compactness: 'Real' });
  });

  it('propose --gpkg: sections and zones, styled; --geojson x.gpkg a GeoPackage too', async () => {
    const file = join(dir, 'proposed.gpkg');
    const alone = join(dir, 'proposed-sections.gpkg');
    const r = await runCli('propose', ZONES, ...ARGS, '--min-seats', '6', '--auto-link', '-o', join(dir, 'proposed.csv'), '--gpkg', file, '--geojson', alone);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const n = Number(/wrote .*proposed\.gpkg: (\d+) sections and (\d+) zones/.exec(r.stdout)?.[1]);
    const { layers, stderr } = ogrSummary(file);
    expect(stderr).toBe('');
    expect(layers.map((l) => [l.name, l.count])).toEqual([
      ['sections', n],
      ['zones', zones.features.length],
      ['layer_styles', 2],
    ]);
    expect(ogrSummary(alone).layers.map((l) => [l.name, l.count])).toEqual([
      ['sections', n],
      ['layer_styles', 1],
    ]);
    // every zone of the zones layer is in one of the sections of the sections layer
    const inSections = new Set(ogrSql(file, 'SELECT section FROM sections').rows.map((x) => x.section));
    const zoneSections = ogrSql(file, 'SELECT DISTINCT section FROM zones').rows.map((x) => x.section);
    expect(new Set(zoneSections)).toEqual(inSections);
  });

  it('--to-crs without a GeoPackage output is exit 2, and a failed run leaves no .gpkg behind', async () => {
    const out = join(dir, 'nope.geojson');
    const r = await runCli('export', ZONES, PLAN, ...ARGS, '-o', out, '--to-crs', 'EPSG:2154');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--to-crs is for GeoPackage outputs (.gpkg) only');
    const bad = await runCli('export', ZONES, PLAN, ...ARGS, '-o', join(dir, 'bad.gpkg'), '--to-crs', 'EPSG:9999');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown coordinate system "EPSG:9999"');
    expect(readdirSync(dir).filter((f) => f.startsWith('nope') || f.startsWith('bad'))).toEqual([]);
  });

  itWithRealData([INSEE_ZIP, COMMUNE_TABLE_2022], 'import insee-ze -o zones.gpkg: the zones GDAL reads are those of the GeoJSON import', async () => {
    const gj = join(dir, 'ze-93.geojson');
    const gp = join(dir, 'ze-93.gpkg');
    const common = ['import', 'insee-ze', INSEE_ZIP, '--commune-table', COMMUNE_TABLE_2022, '--region', '93'];
    expect((await runCli(...common, '-o', gj)).code).toBe(0);
    const r = await runCli(...common, '-o', gp, '--to-crs', 'EPSG:2154');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const ref = JSON.parse(readFileSync(gj, 'utf8')) as FeatureCollection;
    const { layers, stderr } = ogrSummary(gp);
    expect(stderr).toBe('');
    const z = layerOf(layers, 'zones');
    expect(z.count).toBe(ref.features.length);
    expect(z.epsg).toBe(2154);
    expect(Object.keys(z.fields)).toEqual(Object.keys(ref.features[0].properties!));
    const conv = proj4(KNOWN_CRS['EPSG:4326'], KNOWN_CRS['EPSG:2154']);
    expectExtent(
      z,
      bbox(ref, (p) => conv.forward([p[0], p[1]])),
      1,
    );
    // where the zones come from travels in the layer's description
    expect(ogrSql(gp, "SELECT description FROM gpkg_contents WHERE table_name = 'zones'").rows[0].description).toBe("Insee, zones d'emploi 2020");
  });
});
