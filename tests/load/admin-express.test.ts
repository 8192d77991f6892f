import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadZones } from '../../src/load/zones.js';
import { runCli } from '../helpers.js';
import { writeMadeUpRegion } from '../support/admin-express.js';

const tmp = (p: string) => mkdtempSync(join(tmpdir(), `decoupage-admin-express-${p}-`));

async function zipFolder(dir: string, out: string): Promise<void> {
  const zip = new JSZip();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else zip.file(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  writeFileSync(out, await zip.generateAsync({ type: 'uint8array' }));
}

describe('decoupage import admin-express', () => {
  it('a folder: communes, the city replaced by its arrondissements, each with its commune, zone, département and région', async () => {
    const dir = tmp('folder');
    const region = writeMadeUpRegion(dir, { reunion: true });
    const out = join(dir, 'units.geojson');
    const r = await runCli('import', 'admin-express', region.adminExpress, '--commune-table', region.communeTable, '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /ADECOG_3-2_SHP_LAMB93_FXX-ED2024-02-22\/COMMUNE\.shp: 18 communes, 6 arrondissements \(projection: RGF_1993_Lambert_93 → WGS84\)/,
    );
    expect(r.stdout).toMatch(/D974-ED2024-02-22\/COMMUNE\.shp: 1 commune, 0 arrondissements \(projection: RGR_1992_UTM_Zone_40S → WGS84\)/);
    expect(r.stdout).toContain('replaced by their arrondissements: ZZ055 Massalia (6)');
    expect(r.stdout).toMatch(/warning: 1 unit has no zone d'emploi .*ZZ974/);
    const units = loadZones(out, { membersOptional: true });
    expect(units.zones).toHaveLength(18 + 6 + 1);
    expect(units.byId.has('ZZ055')).toBe(false);
    expect(units.byId.get('ZZ203')!.properties).toMatchObject({
      name: 'Massalia 3e Arrondissement',
      commune: 'ZZ055',
      ze2020: '9901',
      dep: 'D1',
      reg: '99',
      population: 80_000,
    });
    expect(units.byId.get('ZZ031')!.properties).toMatchObject({ commune: 'ZZ031', ze2020: '9903', dep: 'D2', population: 20_000 });
    // Lambert-93 and UTM 40S both end up in longitude/latitude: Provence and La Réunion
    const lonlat = (id: string) => (units.byId.get(id)!.geometry.coordinates as number[][][])[0][0];
    const [lon, lat] = lonlat('ZZ201');
    expect([lon, lat]).toEqual([expect.closeTo(4.73, 1), expect.closeTo(43.2, 0)]);
    const [rlon, rlat] = lonlat('ZZ974');
    expect([rlon, rlat]).toEqual([expect.closeTo(55.5, 0), expect.closeTo(-21.2, 0)]);
  });

  it('a zip, --region, and --members from `decoupage members --communes-out`', async () => {
    const dir = tmp('zip');
    const region = writeMadeUpRegion(dir, { reunion: true });
    const zip = join(dir, 'admin-express.zip');
    await zipFolder(region.adminExpress, zip);
    const members = join(dir, 'communes.csv');
    writeFileSync(
      members,
      'code,name,members,members_shared,members_estimated\nZZ201,Massalia 1er,8100,0,false\nZZ010,Faubourg 1,3900,0,false\nZZ055,Massalia,12,0,false\nZZ974,Île lointaine,5,0,false\n',
    );
    const out = join(dir, 'units.geojson');
    const r = await runCli('import', 'admin-express', zip, '--commune-table', region.communeTable, '--region', '99', '--members', members, '-o', out);
    expect(r.code).toBe(0);
    // the whole city's code is no unit (it is its arrondissements): said, with its members
    expect(r.stdout).toMatch(/warning: 1 code of .*communes\.csv with 12 members is no unit of the layer \(ZZ055\)/);
    const units = loadZones(out, { membersProp: 'members' });
    expect(units.zones).toHaveLength(24); // La Réunion (région 04) left out
    expect(units.byId.get('ZZ201')!.members).toBe(8100);
    expect(units.byId.get('ZZ010')!.members).toBe(3900);
    expect(units.byId.get('ZZ202')!.members).toBe(0);
  });

  it('bad input: exit 2, the file and the field named, nothing written', async () => {
    const dir = tmp('bad');
    const region = writeMadeUpRegion(dir);
    const out = join(dir, 'units.geojson');
    const noTable = await runCli('import', 'admin-express', region.adminExpress, '-o', out);
    expect(noTable.code).toBe(2);
    expect(noTable.stderr).toMatch(/admin-express needs --commune-table/);
    // a layer without INSEE_COM
    const empty = tmp('empty');
    const r = await runCli('import', 'admin-express', empty, '--commune-table', region.communeTable, '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds no COMMUNE\.shp layer.*geoservices\.ign\.fr\/adminexpress/s);
    rmSync(join(region.layerDir, 'COMMUNE.dbf'));
    const noDbf = await runCli('import', 'admin-express', region.adminExpress, '--commune-table', region.communeTable, '-o', out);
    expect(noDbf.code).toBe(2);
    expect(noDbf.stderr).toMatch(/COMMUNE\.shp has no \.dbf file/);
    expect(existsSync(out)).toBe(false);
    expect(noDbf.stderr).not.toMatch(/\n\s+at /);
  });

  it('--help says where to download ADMIN EXPRESS', async () => {
    expect((await runCli('import', '--help')).stdout).toContain('https://geoservices.ign.fr/adminexpress');
  });
});
