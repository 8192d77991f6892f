import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { dbfEncoding, pickZoneLayer, readInseeZones, reprojectorFromPrj } from '../../src/load/insee.js';
import { COMMUNE_TABLE_2022, describeWithRealData, FRANCE_ZONES, INSEE_ZIP } from '../support/real-data.js';
import { encode1252, LAMBERT93_PRJ, writeDbf, writeShp, type TestRecord } from './shapefile-writer.js';

const REAL_ZIP = INSEE_ZIP;

/** Twice the signed area (shoelace): > 0 for counter-clockwise rings in lon/lat. */
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

function polygonsOf(g: { type: string; coordinates: unknown }): Position[][][] {
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
}

describeWithRealData([INSEE_ZIP, FRANCE_ZONES], 'import insee-ze on the real INSEE zip (ze2020_2022.zip)', async () => {
  const result = await readInseeZones(REAL_ZIP);
  const features = result.collection.features;
  // reference: the same layer converted by mapshaper (see ../shared/data/README.md)
  const reference = JSON.parse(readFileSync(FRANCE_ZONES, 'utf8')) as {
    features: { properties: { code: string; name: string; nb_com: number }; geometry: { type: string; coordinates: unknown } }[];
  };
  const refByCode = new Map(reference.features.map((f) => [f.properties.code, f]));

  it('has 306 zones with 4-character string codes, WGS84 and UTF-8', () => {
    expect(features).toHaveLength(306);
    expect(features.every((f) => typeof f.properties!.code === 'string' && /^\d[\dAB]\d\d$/.test(f.properties!.code))).toBe(true);
    expect(features.some((f) => f.properties!.code.startsWith('00'))).toBe(true); // leading zeros kept (0051…0064)
    expect(result.projection).toMatch(/WGS84/);
    expect(result.encoding).toBe('utf-8');
  });

  it("keeps names with accents intact, and agrees with INSEE's labels and commune counts", () => {
    const byCode = new Map(features.map((f) => [f.properties!.code, f.properties!]));
    expect(byCode.get('0051')!.name).toBe('Alençon');
    expect(features.filter((f) => /é/.test(f.properties!.name)).length).toBeGreaterThan(10);
    expect(features.some((f) => f.properties!.name.includes('\uFFFD'))).toBe(false);
    for (const [code, ref] of refByCode) {
      expect(byCode.get(code)?.name, code).toBe(ref.properties.name);
      expect(byCode.get(code)?.nb_com, code).toBe(ref.properties.nb_com);
    }
  });

  it('has the same vertices as the mapshaper conversion of the same layer (lon/lat, 1e-6)', () => {
    for (const f of features) {
      const ref = refByCode.get(f.properties!.code)!;
      const key = (g: { type: string; coordinates: unknown }) =>
        new Set(
          polygonsOf(g)
            .flat(2)
            .map((p) => `${p[0]},${p[1]}`),
        );
      expect(key(f.geometry), f.properties!.code).toEqual(key(ref.geometry));
    }
  });

  it('follows the right-hand rule: exteriors counter-clockwise, holes clockwise', () => {
    let holes = 0;
    for (const f of features) {
      for (const poly of polygonsOf(f.geometry)) {
        expect(signedArea(poly[0])).toBeGreaterThan(0);
        for (const hole of poly.slice(1)) {
          holes++;
          expect(signedArea(hole)).toBeLessThan(0);
        }
      }
    }
    expect(holes).toBeGreaterThan(0); // the layer has holes (enclaves), so the check is not empty
  });

  it('picks the zone layer inside a nested zip, not the commune layer', async () => {
    const inner = readFileSync(REAL_ZIP);
    const real = await JSZip.loadAsync(inner);
    // a commune layer built from the same entries, renamed com_ze2020_2022.*, placed first in the outer zip
    const com = new JSZip();
    for (const f of Object.values(real.files)) com.file(`com_${f.name}`, await f.async('uint8array'));
    const outer = new JSZip();
    outer.file('fonds_ze2020_2022/com_ze2020_2022.zip', await com.generateAsync({ type: 'uint8array' }));
    outer.file('fonds_ze2020_2022/ze2020_2022.zip', inner);
    const nested = await readInseeZones(await outer.generateAsync({ type: 'uint8array' }), 'fonds_ze2020_2022.zip');
    expect(nested.layer).toBe('fonds_ze2020_2022/ze2020_2022.zip/ze2020_2022.shp');
    expect(nested.collection.features).toHaveLength(306);
  });
});

describe('layer picking, encodings and projections', () => {
  it('pickZoneLayer prefers ze… over com_…', () => {
    expect(pickZoneLayer(['com_ze2020_2026.zip', 'ze2020_2026.zip'])).toBe('ze2020_2026.zip');
    expect(pickZoneLayer(['x/com_ze2020_2026.shp', 'x/ze2020_2026.shp'])).toBe('x/ze2020_2026.shp');
    expect(pickZoneLayer(['com_ze2020_2026.zip'])).toBeUndefined();
  });

  it('dbfEncoding reads the .cpg', () => {
    expect(dbfEncoding('UTF-8')).toBe('utf-8');
    expect(dbfEncoding('1252')).toBe('windows-1252');
    expect(dbfEncoding('ANSI 1252')).toBe('windows-1252');
    expect(dbfEncoding(undefined)).toBe('utf-8');
  });

  it('Lambert-93 → WGS84 on known points', () => {
    const project = reprojectorFromPrj(LAMBERT93_PRJ)!;
    // the projection origin: false easting/northing 700000, 6600000 at 3°E, 46.5°N
    const [lon0, lat0] = project([700000, 6600000]);
    expect(lon0).toBeCloseTo(3, 9);
    expect(lat0).toBeCloseTo(46.5, 9);
    // X = 700000 is the central meridian, at any Y
    expect(project([700000, 6200000])[0]).toBeCloseTo(3, 9);
    // 100 km east at 46.5°N is about 100 / (111.32 × cos 46.5°) ≈ 1.30° of longitude
    expect(project([800000, 6600000])[0]).toBeCloseTo(4.3, 1);
    expect(
      reprojectorFromPrj(
        'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
      ),
    ).toBeNull();
  });

  it('imports a Lambert-93 layer in windows-1252 (built here), with a hole', async () => {
    const sq = (x: number, y: number, s: number, cw: boolean): [number, number][] => {
      const r: [number, number][] = [
        [x, y],
        [x + s, y],
        [x + s, y + s],
        [x, y + s],
        [x, y],
      ];
      return cw ? r.reverse() : r; // reverse of a CCW square is clockwise
    };
    const records: TestRecord[] = [
      { rings: [sq(700000, 6600000, 20000, true), sq(705000, 6605000, 5000, false)], fields: { ze2020: '0052', libze2020: 'Sète', nb_com: '12' } },
      { rings: [sq(720000, 6600000, 20000, true)], fields: { ze2020: '1105', libze2020: 'Créteil', nb_com: '3' } },
    ];
    const zip = new JSZip();
    zip.file('ze2020_2030.shp', writeShp(records));
    zip.file('ze2020_2030.dbf', writeDbf(records, encode1252));
    zip.file('ze2020_2030.prj', LAMBERT93_PRJ);
    zip.file('ze2020_2030.cpg', '1252');
    const r = await readInseeZones(await zip.generateAsync({ type: 'uint8array' }), 'lambert.zip');
    expect(r.encoding).toBe('windows-1252');
    expect(r.projection).toBe('RGF_1993_Lambert_93 → WGS84');
    const [a, b] = r.collection.features;
    expect(a.properties).toEqual({ code: '0052', name: 'Sète', nb_com: 12 });
    expect(b.properties).toEqual({ code: '1105', name: 'Créteil', nb_com: 3 });
    const poly = a.geometry.coordinates as Position[][];
    expect(poly).toHaveLength(2);
    expect(poly[0][0]).toEqual([3, 46.5]); // the Lambert-93 origin, rounded to 1e-6
    expect(signedArea(poly[0])).toBeGreaterThan(0);
    expect(signedArea(poly[1])).toBeLessThan(0);
    for (const p of poly.flat()) {
      expect(p[0]).toBeGreaterThan(2.9);
      expect(p[0]).toBeLessThan(3.4);
      expect(p[1]).toBeGreaterThan(46.4);
      expect(p[1]).toBeLessThan(46.8);
      expect(Math.round(p[0] * 1e6) / 1e6).toBe(p[0]);
    }
  });

  it('a zip without a shapefile, or not a zip at all, is a clear error', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    const e = await readInseeZones(await zip.generateAsync({ type: 'uint8array' }), 'empty.zip').catch((x) => x);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/empty\.zip: holds no shapefile \(\.shp\) layer/);
    const f = await readInseeZones(new Uint8Array([1, 2, 3]), 'junk.zip').catch((x) => x);
    expect(f.message).toMatch(/junk\.zip: is not a readable zip file/);
  });

  it('a layer without the INSEE fields names the missing field', async () => {
    const records: TestRecord[] = [
      {
        rings: [
          [
            [0, 0],
            [0, 1],
            [1, 1],
            [1, 0],
            [0, 0],
          ],
        ],
        fields: { code: '1', nom: 'x' },
      },
    ];
    const zip = new JSZip();
    zip.file('zones.shp', writeShp(records));
    zip.file('zones.dbf', writeDbf(records, encode1252));
    const e = await readInseeZones(await zip.generateAsync({ type: 'uint8array' }), 'other.zip').catch((x) => x);
    expect(e).toBeInstanceOf(InputError);
    expect(e.details).toMatchObject({ field: 'ze2020' });
    expect(e.message).toMatch(/has no field "ze2020" \(fields: code, nom\)/);
  });
});

describeWithRealData([INSEE_ZIP, FRANCE_ZONES, COMMUNE_TABLE_2022], 'import with the commune → zone table: départements and régions of each zone', () => {
  it('adds dep/deps/reg/regs from the real INSEE table, matching the shared layer built independently', async () => {
    const { boundariesFromCommuneTable, addBoundaries } = await import('../../src/load/boundaries.js');
    const table = COMMUNE_TABLE_2022;
    const r = await readInseeZones(REAL_ZIP);
    addBoundaries(r.collection, boundariesFromCommuneTable(table), table);
    const byCode = new Map(r.collection.features.map((f) => [String(f.properties!.code), f.properties!]));
    // ze2020-france.geojson carries deps/regs computed by mapshaper + Python from the same table (data/README)
    const reference = JSON.parse(readFileSync(FRANCE_ZONES, 'utf8')) as {
      features: { properties: { code: string; deps: string; regs: string } }[];
    };
    for (const f of reference.features) {
      const p = byCode.get(f.properties.code)!;
      expect(p.deps, f.properties.code).toBe(f.properties.deps);
      expect(p.regs, f.properties.code).toBe(f.properties.regs);
      // the main département is one of them
      expect(String(p.deps).split(';')).toContain(p.dep);
    }
    // Marseille lies in the Bouches-du-Rhône (13), région PACA (93); Arles crosses into Occitanie (76/93)
    expect(byCode.get('9312')).toMatchObject({ dep: '13', reg: '93' });
    expect(byCode.get('0052')!.regs).toBe('76;93');
  });

  it('a table that lacks some zones of the map is an error naming them', async () => {
    const { addBoundaries } = await import('../../src/load/boundaries.js');
    const r = await readInseeZones(REAL_ZIP);
    expect(() => addBoundaries(r.collection, new Map(), 'old-table.csv')).toThrow(/306 zones of the map are not in the commune table/);
  });
});

describeWithRealData([COMMUNE_TABLE_2022], 'a zone crossing a département border', () => {
  it('gets the département of most of its people when a population is given, else of most of its communes', async () => {
    const { boundariesFromCommuneTable } = await import('../../src/load/boundaries.js');
    const table = COMMUNE_TABLE_2022;
    // population légale per commune (npm package @etalab/decoupage-administratif)
    const communes = JSON.parse(readFileSync(new URL('../../node_modules/@etalab/decoupage-administratif/data/communes.json', import.meta.url), 'utf8')) as {
      code: string;
      type: string;
      population?: number;
    }[];
    const population = new Map(communes.filter((c) => c.type === 'commune-actuelle' && c.population).map((c) => [c.code, c.population!]));
    // 0053 Avignon: 15 communes in the Gard (30) but Avignon itself and most people in the Vaucluse (84)
    expect(boundariesFromCommuneTable(table).get('0053')!.dep).toBe('30');
    expect(boundariesFromCommuneTable(table, population).get('0053')).toMatchObject({ dep: '84', deps: '13;30;84', reg: '93' });
  });
});
