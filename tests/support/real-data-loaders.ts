/**
 * Real zone layers with members estimated as population × rate, for tests and benchmarks of every step
 * (no vitest here: benchmarks import this file; tests import it through ./real-data.ts).
 * Population = population légale of each commune from the npm package @etalab/decoupage-administratif
 * (entries of type "commune-actuelle"), summed to zones d'emploi with INSEE's 2023 commune → ZE table
 * through src/load's own aggregation (the --commune-population path of the CLI).
 *
 * Communes unknown to the 2023 table are left out: the collectivités d'outre-mer (975–988, in no ZE)
 * and a few communes created after 2023 (about 20, a few thousand inhabitants in all). PACA has none.
 * The data is never copied into the repository: the population CSV is written once per process to a temp folder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ZoneSet } from '../../src/core/types.js';
import { loadZones } from '../../src/load/zones.js';
import { readCommuneTable, type CommuneTable } from '../../src/load/members.js';
import { toCsv } from '../../src/io/csv.js';
import { COMMUNE_TABLE_2023, FRANCE_ZONES, PACA_COMMUNES, PACA_ZONES } from './real-data-files.js';

interface EtalabCommune {
  code: string;
  nom: string;
  type: string;
  region?: string;
  population?: number;
}

let communesCache: EtalabCommune[] | undefined;
/** Current communes (type "commune-actuelle") with a population. */
export function etalabCommunes(): EtalabCommune[] {
  if (!communesCache) {
    const require = createRequire(import.meta.url);
    const all = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];
    communesCache = all.filter((c) => c.type === 'commune-actuelle' && typeof c.population === 'number');
  }
  return communesCache;
}

/** commune code → population légale, for the communes of the commune → ZE 2023 table. */
export function communePopulation(table: CommuneTable = communeTable2023()): Map<string, number> {
  return new Map(
    etalabCommunes()
      .filter((c) => table.has(c.code))
      .map((c) => [c.code, c.population!]),
  );
}

let tableCache: CommuneTable | undefined;
export function communeTable2023(): CommuneTable {
  return (tableCache ??= readCommuneTable(COMMUNE_TABLE_2023));
}

let tmp: string | undefined;
function tempCsv(name: string, rows: [string, number][]): string {
  tmp ??= mkdtempSync(join(tmpdir(), 'decoupage-real-data-'));
  const path = join(tmp, name);
  writeFileSync(path, toCsv(['code', 'population'], rows));
  return path;
}

let communeCsv: string | undefined;
/** A commune-level population CSV (code,population) of all communes known to the 2023 table. */
export function communePopulationCsv(): string {
  return (communeCsv ??= tempCsv('commune-population.csv', [...communePopulation()]));
}

/** Loads are cached per (file, rate); each call gets its own Zone objects (geometry shared, never mutate it). */
const loaded = new Map<string, ZoneSet>();
function cached(key: string, load: () => ZoneSet): ZoneSet {
  let zs = loaded.get(key);
  if (!zs) loaded.set(key, (zs = load()));
  const zones = zs.zones.map((z) => ({ ...z, properties: { ...z.properties } }));
  return { file: zs.file, zones, byId: new Map(zones.map((z) => [z.id, z])), members: { ...zs.members } };
}

function zonesWithEstimatedMembers(file: string, rate: number): ZoneSet {
  return cached(`${file}|${rate}`, () =>
    loadZones(file, {
      estimateMembers: rate,
      communePopulationCsv: communePopulationCsv(),
      communeTable: COMMUNE_TABLE_2023,
    }),
  );
}

/** The 22 ZE2020 touching PACA, members = round(population × rate). */
export function pacaZonesWithEstimatedMembers(rate = 0.08): ZoneSet {
  return zonesWithEstimatedMembers(PACA_ZONES, rate);
}

/** All 306 ZE2020 (metropolitan France and overseas regions), members = round(population × rate). */
export function franceZonesWithEstimatedMembers(rate = 0.08): ZoneSet {
  return zonesWithEstimatedMembers(FRANCE_ZONES, rate);
}

let pacaCommuneCsv: string | undefined;
/** The 946 PACA communes (properties code, name, dep, reg, ze2020), members = round(population × rate). */
export function pacaCommunesWithEstimatedMembers(rate = 0.08): ZoneSet {
  pacaCommuneCsv ??= tempCsv(
    'paca-commune-population.csv',
    etalabCommunes()
      .filter((c) => c.region === '93')
      .map((c) => [c.code, c.population!]),
  );
  const csv = pacaCommuneCsv;
  return cached(`${PACA_COMMUNES}|${rate}`, () => loadZones(PACA_COMMUNES, { estimateMembers: rate, populationCsv: csv }));
}
