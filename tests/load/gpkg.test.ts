/**
 * GeoPackage as an input layer: a file written by GDAL (ogr2ogr, Lambert-93) or by decoupage reads as the same
 * zones as the GeoJSON it came from; a file that is not a GeoPackage is exit 2 naming it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGpkgSupport } from '../../src/io/gpkg.js';
import { loadZones } from '../../src/load/zones.js';
import { runCli } from '../helpers.js';
import { describeWithGdal } from '../support/gdal.js';

const DEMO = new URL('../../data/demo/', import.meta.url).pathname;
const ZONES = join(DEMO, 'zones.geojson');
const PLAN = join(DEMO, 'plan-departements.csv');
const CHECK = ['--members', 'members', '--auto-link', '--min-members', '10000', '--members-per-seat', '1500', '--json'];
const tmp = () => mkdtempSync(join(tmpdir(), 'gpkg-in-'));

beforeAll(loadGpkgSupport);

describe('GeoPackage input', () => {
  it('the zones of a GeoPackage decoupage wrote (import -o zones.gpkg) are those of the GeoJSON', async () => {
    const dir = tmp();
    // export's zones layer holds every zone with its properties: read it back as a zone layer
    const gpkg = join(dir, 'plan.gpkg');
    expect((await runCli('export', ZONES, PLAN, '--members', 'members', '-o', gpkg, '--zones-out', gpkg)).code).toBe(0);
    const fromGeojson = loadZones(ZONES, { membersProp: 'members' });
    const fromGpkg = loadZones(gpkg, { membersProp: 'members', layer: 'zones', idProp: 'zone' });
    expect(fromGpkg.zones.map((z) => [z.id, z.name, z.members])).toEqual(fromGeojson.zones.map((z) => [z.id, z.name, z.members]));
    // written as MultiPolygons (one geometry type per layer), the same rings
    const rings = (g: (typeof fromGpkg.zones)[number]['geometry']) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
    expect(fromGpkg.zones.map((z) => rings(z.geometry))).toEqual(fromGeojson.zones.map((z) => rings(z.geometry)));
    // on the command line: --layer picks the layer; the check is the GeoJSON's
    const viaGpkg = await runCli('check', gpkg, PLAN, ...CHECK, '--layer', 'zones', '--id', 'zone');
    expect(viaGpkg.stderr).toBe('');
    expect(JSON.parse(viaGpkg.stdout)).toEqual(JSON.parse((await runCli('check', ZONES, PLAN, ...CHECK)).stdout));
    const wrong = await runCli('check', gpkg, PLAN, ...CHECK, '--layer', 'zonez');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('has no layer "zonez" (its layers: sections, zones)');
  });

  it('the library: planGpkg writes the plan, loadZones reads its zones layer back', async () => {
    const { loadZones: load, readPlan, planFromInput } = await import('../../src/index.js');
    const { planGpkg } = await import('../../src/exports/export.js');
    const zones = load(ZONES, { membersProp: 'members' });
    const plan = planFromInput(readPlan(PLAN, zones), zones);
    const file = join(tmp(), 'lib.gpkg');
    writeFileSync(file, await planGpkg(zones, plan));
    const back = load(file, { layer: 'zones', idProp: 'zone', membersProp: 'members' });
    expect(back.zones.map((z) => [z.id, z.properties.section])).toEqual(zones.zones.map((z) => [z.id, plan.get(z.id)]));
    expect(new Set(load(file, { layer: 'sections', idProp: 'section', membersProp: 'members' }).zones.map((z) => z.id))).toEqual(new Set(plan.values()));
  });

  it('a file that is not a GeoPackage, or a missing layer, is exit 2 naming the file', async () => {
    const dir = tmp();
    const bad = join(dir, 'zones.gpkg');
    writeFileSync(bad, 'not sqlite at all');
    const r = await runCli('check', bad, PLAN, ...CHECK);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('zones.gpkg');
    expect(r.stderr).toContain('is not a GeoPackage');
    const gpkg = join(dir, 's.gpkg');
    expect((await runCli('export', ZONES, PLAN, '--members', 'members', '-o', gpkg)).code).toBe(0);
    expect(() => loadZones(gpkg, { layer: 'nope' })).toThrow(/has no layer "nope" \(its layers: sections\)/);
    // cut short anywhere (a copy interrupted): exit 2 naming the file, never a crash
    const whole = readFileSync(gpkg);
    for (const n of [100, 4096, Math.floor(whole.length / 2), whole.length - 1000]) {
      const cut = join(dir, `cut-${n}.gpkg`);
      writeFileSync(cut, whole.subarray(0, n));
      const c = await runCli('info', cut);
      expect(c.code, c.stderr).toBe(2);
      expect(c.stderr).toMatch(new RegExp(`^error: .*cut-${n}\\.gpkg: is (not a GeoPackage|a damaged GeoPackage|cut short)`));
    }
  });
});

describeWithGdal('GeoPackage input written by GDAL', () => {
  it('a Lambert-93 GeoPackage from ogr2ogr checks as its GeoJSON does', async () => {
    const dir = tmp();
    const gpkg = join(dir, 'zones-l93.gpkg');
    const o = spawnSync('ogr2ogr', ['-f', 'GPKG', '-t_srs', 'EPSG:2154', '-nln', 'zones_demo', gpkg, ZONES], { encoding: 'utf8' });
    expect(o.stderr).toBe('');
    expect(o.status).toBe(0);
    const fromGpkg = await runCli('check', gpkg, PLAN, ...CHECK);
    const fromGeojson = await runCli('check', ZONES, PLAN, ...CHECK);
    expect(fromGpkg.stderr).toBe('');
    expect(fromGpkg.code).toBe(fromGeojson.code);
    expect(JSON.parse(fromGpkg.stdout)).toEqual(JSON.parse(fromGeojson.stdout));
    // the outlines come back to WGS84 within a centimetre
    const a = loadZones(gpkg, { membersProp: 'members' });
    const b = loadZones(ZONES, { membersProp: 'members' });
    const first = (z: (typeof a.zones)[number]) => (z.geometry.type === 'Polygon' ? z.geometry.coordinates[0][0] : z.geometry.coordinates[0][0][0]);
    a.zones.forEach((z, i) => {
      expect(first(z)[0]).toBeCloseTo(first(b.zones[i])[0], 6);
      expect(first(z)[1]).toBeCloseTo(first(b.zones[i])[1], 6);
    });
    expect(readFileSync(gpkg).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  });
});

describeWithGdal('import admin-express from the GeoPackage edition', () => {
  it('the same units as from the shapefiles (layers commune and arrondissement_municipal, Lambert-93)', async () => {
    const { writeMadeUpRegion } = await import('../support/admin-express.js');
    const dir = tmp();
    const region = writeMadeUpRegion(dir);
    const gpkg = join(dir, 'ADMIN-EXPRESS-COG.gpkg');
    for (const [k, [shp, layer]] of [
      ['COMMUNE', 'commune'],
      ['ARRONDISSEMENT_MUNICIPAL', 'arrondissement_municipal'],
    ].entries()) {
      // the made-up shapefiles have no .shx index: GDAL rebuilds it
      const o = spawnSync(
        'ogr2ogr',
        [
          '--config',
          'SHAPE_RESTORE_SHX',
          'YES',
          '-f',
          'GPKG',
          ...(k > 0 ? ['-update'] : []),
          '-nln',
          layer,
          '-nlt',
          'PROMOTE_TO_MULTI',
          gpkg,
          join(region.layerDir, `${shp}.shp`),
        ],
        { encoding: 'utf8' },
      );
      expect(o.status, o.stderr).toBe(0);
    }
    const fromShp = join(dir, 'units-shp.geojson');
    const fromGpkg = join(dir, 'units-gpkg.geojson');
    expect((await runCli('import', 'admin-express', region.adminExpress, '--commune-table', region.communeTable, '-o', fromShp)).code).toBe(0);
    const r = await runCli('import', 'admin-express', gpkg, '--commune-table', region.communeTable, '-o', fromGpkg);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('EPSG:2154 → WGS84');
    const a = JSON.parse(readFileSync(fromShp, 'utf8')) as { features: { properties: Record<string, unknown>; geometry: { coordinates: unknown } }[] };
    const b = JSON.parse(readFileSync(fromGpkg, 'utf8')) as typeof a;
    expect(b.features.map((f) => f.properties)).toEqual(a.features.map((f) => f.properties));
    const flat = (c: unknown): number[] => (Array.isArray(c) ? c.flatMap(flat) : [c as number]);
    b.features.forEach((f, i) => {
      const x = flat(f.geometry.coordinates);
      const y = flat(a.features[i].geometry.coordinates);
      expect(x.length).toBe(y.length);
      x.forEach((v, k) => expect(v).toBeCloseTo(y[k], 6));
    });
  });
});
