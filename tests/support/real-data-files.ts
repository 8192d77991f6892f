/**
 * The real INSEE files that tests and benchmarks read, and where they live. No vitest import here, so the
 * global setup (tests/support/real-data-setup.ts) and the benchmarks can use it too.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Where the real INSEE files live: ../shared/data beside the repository (CI has it; never copied into the
 * repository). DECOUPAGE_DATA_DIR points elsewhere (the test of this very mechanism points it at an empty folder).
 */
export const SHARED_DATA = `${resolve(process.env.DECOUPAGE_DATA_DIR ?? new URL('../../../shared/data/', import.meta.url).pathname)}/`;

/** Set to 1 (as .ci/run does) to turn a missing-data skip into a failure, so real-data tests never silently vanish. */
export const REQUIRE_DATA_VARIABLE = 'DECOUPAGE_REQUIRE_DATA';

export const PACA_ZONES = join(SHARED_DATA, 'ze2020-paca.geojson');
export const FRANCE_ZONES = join(SHARED_DATA, 'ze2020-france.geojson');
export const PACA_COMMUNES = join(SHARED_DATA, 'communes-paca.geojson');
export const COMMUNE_TABLE_2023 = join(SHARED_DATA, 'commune-ze2020-2023.csv');
export const COMMUNE_TABLE_2022 = join(SHARED_DATA, 'commune-ze2020.csv');
export const INSEE_ZIP = join(SHARED_DATA, 'raw/ze2020_2022.zip');
/** INSEE's localised unemployment rates by ZE2020 (issue 21): the workbook as published, and the CSV made from it. */
export const CHOMAGE_XLSX = join(SHARED_DATA, 'raw/chomage-zone-t1-2003-t3-2023.xlsx');
export const UNEMPLOYMENT_CSV = join(SHARED_DATA, 'ze2020-unemployment.csv');
/** What the estimated-members helpers of real-data.ts read. */
export const PACA_ESTIMATE_FILES = [PACA_ZONES, COMMUNE_TABLE_2023] as const;
export const FRANCE_ESTIMATE_FILES = [FRANCE_ZONES, COMMUNE_TABLE_2023] as const;

/** Every file above: the global setup names those missing in one line. */
export const REAL_DATA_FILES = [
  PACA_ZONES,
  FRANCE_ZONES,
  PACA_COMMUNES,
  COMMUNE_TABLE_2023,
  COMMUNE_TABLE_2022,
  INSEE_ZIP,
  CHOMAGE_XLSX,
  UNEMPLOYMENT_CSV,
] as const;

/** The real-data files among `files` that do not exist. */
export function missingRealData(files: readonly string[]): string[] {
  return files.filter((f) => !existsSync(f));
}

/** The one line saying which data is missing and where it comes from. */
export function missingDataLine(missing: readonly string[]): string {
  const shown = (f: string) => relative(process.cwd(), f) || f;
  const names = existsSync(SHARED_DATA) ? missing.map(shown).join(', ') : `${shown(SHARED_DATA)}/ (the whole folder)`;
  return `real data missing: ${names} (see data/README.md, "Real data")`;
}
