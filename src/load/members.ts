/**
 * Where member counts (or populations) come from: a feature property, a zone-level CSV, or a
 * commune-level CSV summed to zones through a commune → zone table (INSEE's CODGEO,ZE2020 table).
 * Every function here is synchronous and throws InputError naming the file, the zone/commune and the column.
 */
import { basename } from 'node:path';
import { InputError } from '../core/errors.js';
import { readCsv, requireColumn, toCsv, type CsvStyle, type CsvTable } from '../io/csv.js';
import { readNumber } from './numbers.js';
import { formatCount } from '../core/i18n.js';
import { MAX_MEMBERS } from '../core/limits.js';
import type { ZoneSet } from '../core/types.js';

/** Default column names of INSEE's commune → zone d'emploi table (commune-ze2020.csv). */
export const COMMUNE_TABLE_DEFAULTS = { communeCol: 'CODGEO', zoneCol: 'ZE2020' } as const;

/** Commune code columns tried, in order, when the commune CSV's column is not given. */
const COMMUNE_CODE_CANDIDATES = ['code', 'CODGEO', 'codgeo', 'insee', 'code_insee', 'COM', 'com'];

/** At most this many codes are listed in an error, then "and N more". */
const LIST_MAX = 10;

function listSome(items: readonly string[], max = LIST_MAX): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** "12,345", as every English message writes counts. */
export const fmtInt = formatCount;

export interface ValueContext {
  file: string;
  /** zone id, commune code, or "#12 (12th feature)" */
  zone?: string;
  field: string;
}

/**
 * A member count: a whole number ≥ 0. Spaces may separate thousands ("12 345", also with the no-break
 * spaces of French spreadsheets); "12,345" (12.345 or 12345?), "1e3", "12.5", "-3" and "" are rejected
 * with a message saying what to write.
 */
export function parseCount(value: unknown, at: ValueContext): number {
  return parseNumber(value, at, 'count');
}

/** A population (for --estimate-members): a number ≥ 0, decimals allowed with a point or a comma ("0,5"). */
export function parsePopulation(value: unknown, at: ValueContext): number {
  return parseNumber(value, at, 'population');
}

function parseNumber(value: unknown, at: ValueContext, kind: 'count' | 'population'): number {
  const what = kind === 'count' ? 'member count' : 'population';
  const fail = (problem: string, hint: string): never => {
    throw new InputError(problem, { file: at.file, zone: at.zone, field: at.field, hint });
  };
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    fail(`the ${what} is missing`, `fill in the ${what} of every zone (0 if there is none), or remove the zone`);
  }
  let n: number;
  const read = typeof value === 'string' ? readNumber(value) : undefined;
  if (typeof value === 'number') {
    n = value;
  } else if (read?.ok) {
    n = read.value;
  } else if (read?.ambiguous && kind === 'population') {
    return fail(
      `the population "${String(value)}" could be read two ways (a thousands separator or a decimal comma)`,
      `write ${String(value).replace(',', '')} (or ${String(value).replace(',', ' ')}) for a whole number, ${String(value).replace(',', '.')} for a decimal`,
    );
  } else {
    return fail(
      `the ${what} "${String(value)}" is not a number`,
      'write it with digits only, without spaces or thousands separators (for example 12345)',
    );
  }
  if (!Number.isFinite(n)) fail(`the ${what} "${String(value)}" is not a number`, 'write it with digits only (for example 12345)');
  if (n < 0) fail(`the ${what} is negative (${String(value)})`, `a ${what} is 0 or more: fix the value`);
  if (kind === 'count' && !Number.isInteger(n)) {
    fail(`the member count is not a whole number (${String(value)})`, 'member counts are whole numbers of people: round the value');
  }
  if (n > MAX_MEMBERS) {
    fail(`the ${what} ${String(value)} is beyond any real count (at most ${formatCount(MAX_MEMBERS)})`, `check the value: decoupage reads ${what}s up to ${formatCount(MAX_MEMBERS)}`);
  }
  return n;
}

/** Hint added when unmatched codes would match once padded with zeros (spreadsheets drop leading zeros). */
export function leadingZeroHint(codes: readonly string[], known: ReadonlySet<string>): string | undefined {
  const lengths = new Set([...known].map((k) => k.length));
  const lost = codes.find((c) => /^\d+$/.test(c) && [...lengths].some((l) => l > c.length && known.has(c.padStart(l, '0'))));
  if (lost === undefined) return undefined;
  const fixed = [...lengths].map((l) => lost.padStart(l, '0')).find((p) => known.has(p));
  return `the codes look like they lost their leading zeros (${lost} instead of ${fixed}): format the code column as text in your spreadsheet`;
}

/**
 * Read `code → value` from a CSV (one row per zone or per commune). Duplicate and empty codes are errors.
 */
export function readValueCsv(
  file: string,
  codeCol: string,
  valueCol: string,
  opts: { codeOption: string; valueOption: string; kind: 'count' | 'population' },
): Map<string, number> {
  return valuesFromTable(readCsv(file), codeCol, valueCol, opts);
}

export function valuesFromTable(
  table: CsvTable,
  codeCol: string,
  valueCol: string,
  opts: { codeOption: string; valueOption: string; kind: 'count' | 'population' },
): Map<string, number> {
  const file = table.file;
  requireColumn(table, codeCol, opts.codeOption);
  requireColumn(table, valueCol, opts.valueOption);
  const values = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const code = (row[codeCol] ?? '').trim();
    const line = i + 2; // line 1 is the header
    if (code === '') {
      throw new InputError(`line ${line} has no code`, { file, field: codeCol, hint: 'fill in the code or delete the line' });
    }
    if (values.has(code)) {
      throw new InputError(`code ${code} appears on two lines (the second is line ${line})`, {
        file,
        zone: code,
        field: codeCol,
        hint: 'keep one line per code (sum the values if they are parts of the same zone)',
      });
    }
    const at = { file, zone: code, field: valueCol };
    values.set(code, opts.kind === 'count' ? parseCount(row[valueCol], at) : parsePopulation(row[valueCol], at));
  });
  return values;
}

/**
 * Match a CSV's codes to the zone ids, both ways: codes that match no zone and zones with no row are errors.
 */
export function joinToZones(
  values: Map<string, number>,
  zoneIds: readonly string[],
  file: string,
  codeCol: string,
  skipUnknown = false,
): Map<string, number> {
  const ids = new Set(zoneIds);
  // a national file with a regional layer: lines of other zones may be left out when asked
  const unknown = skipUnknown ? [] : [...values.keys()].filter((c) => !ids.has(c));
  const missing = zoneIds.filter((z) => !values.has(z));
  if (unknown.length || missing.length) {
    const parts: string[] = [];
    if (unknown.length) parts.push(`${unknown.length} code(s) match no zone: ${listSome(unknown)}`);
    if (missing.length) parts.push(`${missing.length} zone(s) have no line: ${listSome(missing)}`);
    throw new InputError(parts.join('; '), {
      file,
      zone: unknown[0] ?? missing[0],
      field: codeCol,
      hint:
        leadingZeroHint(unknown, ids) ??
        (unknown.length && !missing.length
          ? 'the CSV needs one line per zone, with the same codes as the zone file (check --code-col and --id); lines of other zones can be left out with --skip-unknown'
          : 'the CSV needs exactly one line per zone, with the same codes as the zone file (check --code-col and --id)'),
    });
  }
  return new Map(zoneIds.map((z) => [z, values.get(z)!]));
}

/** commune code → zone code. */
export type CommuneTable = Map<string, string>;

/** Read a commune → zone table such as INSEE's commune-ze2020.csv (columns CODGEO, ZE2020). */
export function readCommuneTable(
  file: string,
  communeCol: string = COMMUNE_TABLE_DEFAULTS.communeCol,
  zoneCol: string = COMMUNE_TABLE_DEFAULTS.zoneCol,
): CommuneTable {
  const table = readCsv(file, { headerWith: communeCol });
  requireColumn(table, communeCol, '--table-commune-col');
  requireColumn(table, zoneCol, '--table-zone-col');
  const out: CommuneTable = new Map();
  table.rows.forEach((row, i) => {
    const commune = (row[communeCol] ?? '').trim();
    const zone = (row[zoneCol] ?? '').trim();
    if (commune === '' || zone === '') {
      throw new InputError(`line ${i + 2} has an empty ${commune === '' ? 'commune' : 'zone'} code`, {
        file,
        field: commune === '' ? communeCol : zoneCol,
        hint: 'fill in the code or delete the line',
      });
    }
    const before = out.get(commune);
    if (before !== undefined && before !== zone) {
      throw new InputError(`commune ${commune} is given two zones (${before} and ${zone})`, {
        file,
        zone: commune,
        field: zoneCol,
        hint: 'each commune belongs to exactly one zone: keep one line per commune',
      });
    }
    out.set(commune, zone);
  });
  return out;
}

export interface Aggregation {
  /** zone code → sum of its communes' values (zones with no commune in `values` are absent) */
  totals: Map<string, number>;
  /** zone code → number of communes summed */
  communes: Map<string, number>;
  /** commune codes of `values` that the table does not know (often another year's geography) */
  unknown: string[];
}

/** Sum commune-level values to zones through a commune → zone table. Pure; callers decide what unknown codes mean. */
export function aggregateToZones(values: ReadonlyMap<string, number>, table: CommuneTable): Aggregation {
  const totals = new Map<string, number>();
  const communes = new Map<string, number>();
  const unknown: string[] = [];
  for (const [commune, v] of values) {
    const zone = table.get(commune);
    if (zone === undefined) {
      unknown.push(commune);
      continue;
    }
    totals.set(zone, (totals.get(zone) ?? 0) + v);
    communes.set(zone, (communes.get(zone) ?? 0) + 1);
  }
  return { totals, communes, unknown };
}

export interface CommuneCsvOptions {
  /** commune-level CSV */
  file: string;
  /** commune code column; detected (code, CODGEO, insee…) when absent */
  communeCol?: string;
  valueCol: string;
  valueOption: string;
  kind: 'count' | 'population';
  tableFile: string;
  tableCommuneCol?: string;
  tableZoneCol?: string;
  /** leave out communes the table does not know (other year's geography, overseas collectivités) instead of stopping */
  skipUnknown?: boolean;
}

/**
 * Read a commune-level CSV and sum it to the given zones. Communes unknown to the table are errors
 * (usually a different year's geography); communes of zones absent from the layer are left out
 * (a national file with a regional layer is normal) and counted in `outside`.
 */
export function communeValuesToZones(
  zoneIds: readonly string[],
  o: CommuneCsvOptions,
): { values: Map<string, number>; communes: number; outside: number; unknown: number; unknownTotal: number } {
  const raw = readCsv(o.file);
  const communeCol = o.communeCol ?? COMMUNE_CODE_CANDIDATES.find((c) => raw.columns.includes(c)) ?? 'code';
  const values = valuesFromTable(raw, communeCol, o.valueCol, {
    codeOption: '--commune-col',
    valueOption: o.valueOption,
    kind: o.kind,
  });
  const table = readCommuneTable(o.tableFile, o.tableCommuneCol, o.tableZoneCol);
  const agg = aggregateToZones(values, table);
  if (agg.unknown.length && !o.skipUnknown) {
    throw new InputError(`${agg.unknown.length} commune code(s) are not in the commune table ${basename(o.tableFile)}: ${listSome(agg.unknown)}`, {
      file: o.file,
      field: communeCol,
      hint:
        leadingZeroHint(agg.unknown, new Set(table.keys())) ??
        'communes merge every year: use a commune table of the same year as the commune file, fix the codes, or leave them out with --skip-unknown',
    });
  }
  const unknownTotal = agg.unknown.reduce((s, c) => s + (values.get(c) ?? 0), 0);
  const ids = new Set(zoneIds);
  const missing = zoneIds.filter((z) => !agg.totals.has(z));
  if (missing.length) {
    throw new InputError(`${missing.length} zone(s) have no commune in this file: ${listSome(missing)}`, {
      file: o.file,
      zone: missing[0],
      field: communeCol,
      hint: `check that the commune table ${basename(o.tableFile)} uses the same zone codes as the zone file (--table-zone-col, --id)`,
    });
  }
  let outside = 0;
  let inside = 0;
  for (const [z, n] of agg.communes) {
    if (ids.has(z)) inside += n;
    else outside += n;
  }
  return { values: new Map(zoneIds.map((z) => [z, agg.totals.get(z)!])), communes: inside, outside, unknown: agg.unknown.length, unknownTotal };
}

/**
 * A CSV of population per finer unit (e.g. communes, for propose --split-population): a code column
 * (code, CODGEO or insee) and a population column; extra rows (other communes) are fine.
 */
export function readUnitPopulation(file: string, option = '--split-population'): Map<string, number> {
  const table = readCsv(file);
  const codeCol = ['code', 'CODGEO', 'insee'].find((c) => table.columns.includes(c)) ?? 'code';
  return valuesFromTable(table, codeCol, 'population', { codeOption: option, valueOption: option, kind: 'population' });
}

/**
 * One line per zone: code, name, members and whether the figure is an estimate. Written by
 * `info --members-out`; `--members-csv` reads it back, estimates still marked as such.
 */
export function membersCsvText(zones: ZoneSet, style: Partial<CsvStyle> = {}): string {
  const some = zones.members.estimatedIds ? new Set(zones.members.estimatedIds) : undefined;
  return toCsv(
    ['code', 'name', 'members', 'members_estimated'],
    zones.zones.map((z) => [z.id, z.name, z.members, some ? some.has(z.id) : zones.members.estimated]),
    style,
  );
}
