/**
 * A made-up region in IGN's ADMIN EXPRESS shapefile schema, for the admin-express import and the
 * --split-into tests. Lambert-93 cells of 5 km, columns 0–5 and rows 0–3:
 *
 *   row 3 | Z4: six villages, one per column (ZZ040…ZZ045)
 *   row 2 | ZZ010 ZZ011 ZZ012 (Z1 suburbs) | ZZ022 ZZ023 (Z2) | ZZ032 (Z3)
 *   row 1 | Massalia 4e 5e 6e arr.          | ZZ020 ZZ021 (Z2) | ZZ031 (Z3)
 *   row 0 | Massalia 1er 2e 3e arr.         | ZZ024 ZZ025 (Z2) | ZZ030 (Z3)
 *
 * Massalia (commune ZZ055) is the 3 × 2 block of its six arrondissements ZZ201…ZZ206 (80,000 inhabitants
 * each); the suburbs have 40,000 each, every other commune 20,000. The zones d'emploi 9901–9904 are the
 * rectangles Z1 (cols 0–2, rows 0–2), Z2 (cols 3–4, rows 0–2), Z3 (col 5, rows 0–2), Z4 (row 3), written
 * in WGS84 with every grid vertex along their outline, so that units and zones share their borders exactly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Polygon } from 'geojson';
import proj4 from 'proj4';
import { toCsv } from '../../src/io/csv.js';
import { LAMBERT93_PRJ, writeDbf, writeShp, type TestRecord } from '../load/shapefile-writer.js';

const X0 = 840_000;
const Y0 = 6_260_000;
const CELL = 5_000;
const utf8 = (s: string) => new TextEncoder().encode(s);

interface Cell {
  code: string;
  name: string;
  col: number;
  row: number;
  zone: string;
  population: number;
}

export const CITY = { code: 'ZZ055', name: 'Massalia', zone: '9901' };

export function madeUpCells(): { communes: Cell[]; arrondissements: Cell[] } {
  const arrondissements: Cell[] = [];
  for (let k = 0; k < 6; k++) {
    arrondissements.push({
      code: `ZZ20${k + 1}`,
      name: `Massalia ${k === 0 ? '1er' : `${k + 1}e`} Arrondissement`,
      col: k % 3,
      row: Math.floor(k / 3),
      zone: CITY.zone,
      population: 80_000,
    });
  }
  const communes: Cell[] = [];
  for (let c = 0; c < 3; c++) communes.push({ code: `ZZ01${c}`, name: `Faubourg ${c + 1}`, col: c, row: 2, zone: '9901', population: 40_000 });
  const z2: [number, number][] = [
    [3, 1],
    [4, 1],
    [3, 2],
    [4, 2],
    [3, 0],
    [4, 0],
  ];
  z2.forEach(([col, row], i) => communes.push({ code: `ZZ02${i}`, name: `Bourg ${i + 1}`, col, row, zone: '9902', population: 20_000 }));
  for (let r = 0; r < 3; r++) communes.push({ code: `ZZ03${r}`, name: `Val ${r + 1}`, col: 5, row: r, zone: '9903', population: 20_000 });
  for (let c = 0; c < 6; c++) communes.push({ code: `ZZ04${c}`, name: `Village ${c + 1}`, col: c, row: 3, zone: '9904', population: 20_000 });
  return { communes, arrondissements };
}

/** A rectangle of cells as a ring with every grid vertex, clockwise (shapefile order), in Lambert-93. */
function ring(c0: number, r0: number, c1: number, r1: number): [number, number][] {
  const pts: [number, number][] = [];
  const p = (c: number, r: number): [number, number] => [X0 + c * CELL, Y0 + r * CELL];
  for (let r = r0; r < r1; r++) pts.push(p(c0, r)); // up the west side
  for (let c = c0; c < c1; c++) pts.push(p(c, r1)); // east along the north side
  for (let r = r1; r > r0; r--) pts.push(p(c1, r)); // down the east side
  for (let c = c1; c > c0; c--) pts.push(p(c, r0)); // west along the south side
  pts.push(pts[0]);
  return pts;
}

const ZONES: { code: string; name: string; rect: [number, number, number, number]; dep: string }[] = [
  { code: '9901', name: 'Massalia', rect: [0, 0, 3, 3], dep: 'D1' },
  { code: '9902', name: 'Bourgs', rect: [3, 0, 5, 3], dep: 'D1' },
  { code: '9903', name: 'Vallée', rect: [5, 0, 6, 3], dep: 'D2' },
  { code: '9904', name: 'Hauts', rect: [0, 3, 6, 4], dep: 'D2' },
];

export interface MadeUpRegion {
  /** the folder an ADMIN EXPRESS .7z extracts to (with IGN's nested folder names) */
  adminExpress: string;
  /** the folder holding COMMUNE.shp and ARRONDISSEMENT_MUNICIPAL.shp */
  layerDir: string;
  communeTable: string;
  zones: string;
}

/**
 * Write the region into `dir`: the ADMIN EXPRESS folder, INSEE-style commune → zone table (CODGEO,ZE2020),
 * and the zone layer (GeoJSON, members = 10 % of the population: Z1 60,000, Z2 12,000, Z3 6,000, Z4 12,000).
 */
export function writeMadeUpRegion(dir: string, opts: { reunion?: boolean } = {}): MadeUpRegion {
  const { communes, arrondissements } = madeUpCells();
  const root = join(dir, 'ADMIN-EXPRESS-COG_3-2__SHP_LAMB93_FXX_2024-02-22');
  const layerDir = join(root, 'ADMIN-EXPRESS-COG', '1_DONNEES_LIVRAISON_2024-02-00156', 'ADECOG_3-2_SHP_LAMB93_FXX-ED2024-02-22');
  mkdirSync(layerDir, { recursive: true });
  const cityRecord: TestRecord = {
    rings: [ring(0, 0, 3, 2)],
    fields: communeFields('ZZ055', 'Massalia', 480_000, 'D1'),
  };
  const communeRecords: TestRecord[] = [
    cityRecord,
    ...communes.map((c) => ({
      rings: [ring(c.col, c.row, c.col + 1, c.row + 1)],
      fields: communeFields(c.code, c.name, c.population, c.zone === '9903' || c.zone === '9904' ? 'D2' : 'D1'),
    })),
  ];
  const armRecords: TestRecord[] = arrondissements.map((a) => ({
    rings: [ring(a.col, a.row, a.col + 1, a.row + 1)],
    fields: { ID: `ARM_${a.code}`, NOM: a.name, NOM_M: a.name.toUpperCase(), INSEE_ARM: a.code, INSEE_COM: CITY.code, POPULATION: String(a.population) },
  }));
  writeLayer(layerDir, 'COMMUNE', communeRecords, LAMBERT93_PRJ);
  writeLayer(layerDir, 'ARRONDISSEMENT_MUNICIPAL', armRecords, LAMBERT93_PRJ);
  if (opts.reunion) {
    // a second territory of a France-wide delivery, in RGR92 / UTM zone 40S (La Réunion)
    const d = join(root, 'ADMIN-EXPRESS-COG', '1_DONNEES_LIVRAISON_2024-02-00156', 'ADECOG_3-2_SHP_RGR92UTM40S_D974-ED2024-02-22');
    mkdirSync(d, { recursive: true });
    const sq: [number, number][] = [
      [340_000, 7_660_000],
      [340_000, 7_665_000],
      [345_000, 7_665_000],
      [345_000, 7_660_000],
      [340_000, 7_660_000],
    ];
    writeLayer(d, 'COMMUNE', [{ rings: [sq], fields: communeFields('ZZ974', 'Île lointaine', 30_000, 'D9', '04') }], UTM40S_PRJ);
  }
  const communeTable = join(dir, 'commune-ze.csv');
  writeFileSync(communeTable, toCsv(['CODGEO', 'LIBGEO', 'ZE2020'], [[CITY.code, CITY.name, CITY.zone], ...communes.map((c) => [c.code, c.name, c.zone])]));
  const zonesFile = join(dir, 'zones.geojson');
  writeFileSync(zonesFile, JSON.stringify(zonesCollection()));
  return { adminExpress: root, layerDir, communeTable, zones: zonesFile };
}

const toWgs84 = (p: [number, number]) =>
  proj4(LAMBERT93_PRJ, 'EPSG:4326')
    .forward(p)
    .map((v) => Math.round(v * 1e6) / 1e6);

function zonesCollection(): FeatureCollection<Polygon> {
  const members: Record<string, number> = { '9901': 60_000, '9902': 12_000, '9903': 6_000, '9904': 12_000 };
  return {
    type: 'FeatureCollection',
    features: ZONES.map((z) => ({
      type: 'Feature',
      properties: { code: z.code, name: z.name, dep: z.dep, reg: 'R1', members: members[z.code] },
      // counter-clockwise for GeoJSON
      geometry: {
        type: 'Polygon',
        coordinates: [
          ring(...z.rect)
            .reverse()
            .map(toWgs84),
        ],
      },
    })),
  };
}

function communeFields(code: string, name: string, population: number, dep: string, reg = '99'): Record<string, string> {
  return {
    ID: `COMMUNE_${code}`,
    NOM: name,
    NOM_M: name.toUpperCase(),
    INSEE_COM: code,
    STATUT: 'Commune simple',
    POPULATION: String(population),
    INSEE_CAN: `${dep}01`,
    INSEE_ARR: '1',
    INSEE_DEP: dep,
    INSEE_REG: reg,
    SIREN_EPCI: '200000000',
  };
}

function writeLayer(dir: string, name: string, records: TestRecord[], prj: string): void {
  writeFileSync(join(dir, `${name}.shp`), writeShp(records));
  writeFileSync(join(dir, `${name}.dbf`), writeDbf(records, utf8));
  writeFileSync(join(dir, `${name}.prj`), prj);
  writeFileSync(join(dir, `${name}.cpg`), 'UTF-8');
}

export const UTM40S_PRJ =
  'PROJCS["RGR_1992_UTM_Zone_40S",GEOGCS["GCS_RGR_1992",DATUM["D_RGR_1992",SPHEROID["GRS_1980",6378137.0,298.257222101]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],' +
  'PARAMETER["False_Northing",10000000.0],PARAMETER["Central_Meridian",57.0],PARAMETER["Scale_Factor",0.9996],' +
  'PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
