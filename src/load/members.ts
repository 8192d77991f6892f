/**
 * Where member counts (or populations) come from: a feature property, a zone-level CSV, or a
 * commune-level CSV summed to zones through a commune → zone table (INSEE's CODGEO,ZE2020 table).
 * Every function here is synchronous and throws InputError naming the file, the zone/commune and the column.
 */
import { InputError } from '../core/errors.js';
import { readCsv, requireColumn, toCsv, type CsvStyle, type Table } from '../io/csv.js';
import { readNumber } from './numbers.js';
import { count, option, said, shown, type Said, type SaidValue } from '../messages/message.js';
import { MAX_MEMBERS } from '../core/limits.js';
import type { ZoneSet } from '../core/types.js';

/** Default column names of INSEE's commune → zone d'emploi table (commune-ze2020.csv). */
export const COMMUNE_TABLE_DEFAULTS = { communeCol: 'CODGEO', zoneCol: 'ZE2020' } as const;

/** Commune code columns tried, in order, when the commune CSV's column is not given. */
const COMMUNE_CODE_CANDIDATES = ['code', 'CODGEO', 'codgeo', 'insee', 'code_insee', 'COM', 'com'];

/** A column name compared without case, accents, spaces or punctuation ("Adhérents" = "adherents", "code INSEE" = "codeinsee"). */
export const columnKey = (h: string): string =>
  h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * The names a mutual's export gives the columns of a members file (one line per zone or commune), compared by
 * columnKey: the count ("members", "adhérents", "sociétaires", "membres", "effectif"…) and the code ("code",
 * "code commune", "code INSEE", "zone d'emploi"…).
 */
export const MEMBERS_FILE_COLUMNS = {
  count: ['members', 'adherents', 'societaires', 'membres', 'effectif', 'effectifs', 'nbadherents', 'nombreadherents', 'nbsocietaires', 'nbmembres', 'nombre'],
  code: ['code', 'codecommune', 'codeinsee', 'insee', 'codgeo', 'depcom', 'zonedemploi', 'zoneemploi', 'ze2020', 'codeze', 'codezone'],
} as const;

/**
 * The column of a members file to read when none was named: the default name, else the one column whose name
 * is a known one; undefined when none is. Two known ones: exit 2, naming both and the option to choose.
 */
export function recogniseColumn(table: Table, wanted: 'count' | 'code', fallback: string, optionName: string): string | undefined {
  if (table.columns.includes(fallback)) return fallback;
  const names: readonly string[] = MEMBERS_FILE_COLUMNS[wanted];
  const found = table.columns.filter((c) => names.includes(columnKey(c)));
  if (found.length > 1) {
    throw new InputError(said('load.table.twoCandidates', { a: found[0], b: found[1] }), {
      file: table.name,
      hint: said('load.csv.noColumn.hint', { option: option(optionName) }),
    });
  }
  return found[0];
}

/** The last part of a path ("data/members.csv" → "members.csv"), without node:path: this module reads tables in memory too. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** At most this many codes are listed in an error, then "and N more". */
const LIST_MAX = 10;

function listSome(items: readonly string[], max = LIST_MAX): SaidValue {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? said('load.more', { shown, n: items.length - max }) : shown;
}

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
  const fail = (problem: Said, hint: Said): never => {
    throw new InputError(problem, { file: at.file, zone: at.zone, field: at.field, hint });
  };
  const count_ = kind === 'count';
  // a JSON object or list in a property is shown as JSON, never "[object Object]"
  const text = typeof value === 'object' && value !== null ? shown(value) : String(value);
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (count_) fail(said('load.count.missing'), said('load.count.missing.hint'));
    fail(said('load.population.missing'), said('load.population.missing.hint'));
  }
  const notNumber = () => (count_ ? said('load.count.notNumber', { value: text }) : said('load.population.notNumber', { value: text }));
  let n: number;
  const read = typeof value === 'string' ? readNumber(value) : undefined;
  if (typeof value === 'number') {
    n = value;
  } else if (read?.ok) {
    n = read.value;
  } else if (read?.ambiguous && kind === 'population') {
    return fail(
      said('load.population.ambiguous', { value: text }),
      said('load.population.ambiguous.hint', { whole: text.replace(',', ''), spaced: text.replace(',', ' '), decimal: text.replace(',', '.') }),
    );
  } else {
    return fail(notNumber(), said('load.number.digits.hint'));
  }
  // 1e400 in a JSON file is read as Infinity: beyond any real count, not "not a number"
  if (Number.isNaN(n)) fail(notNumber(), said('load.number.digitsOnly.hint'));
  if (n < 0) {
    if (count_) fail(said('load.count.negative', { value: text }), said('load.count.negative.hint'));
    fail(said('load.population.negative', { value: text }), said('load.population.negative.hint'));
  }
  if (n > MAX_MEMBERS) {
    const max = count(MAX_MEMBERS);
    if (count_) fail(said('load.count.beyond', { value: text, max }), said('load.count.beyond.hint', { max }));
    fail(said('load.population.beyond', { value: text, max }), said('load.population.beyond.hint', { max }));
  }
  if (count_ && !Number.isInteger(n)) fail(said('load.count.notWhole', { value: text }), said('load.count.notWhole.hint'));
  return n;
}

/** Hint added when unmatched codes would match once padded with zeros (spreadsheets drop leading zeros). */
export function leadingZeroHint(codes: readonly string[], known: ReadonlySet<string>): Said | undefined {
  const lengths = new Set([...known].map((k) => k.length));
  const lost = codes.find((c) => /^\d+$/.test(c) && [...lengths].some((l) => l > c.length && known.has(c.padStart(l, '0'))));
  if (lost === undefined) return undefined;
  const fixed = [...lengths].map((l) => lost.padStart(l, '0')).find((p) => known.has(p));
  return said('load.codes.lostZeros', { lost, fixed: fixed ?? '' });
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

/** `code → value` from a table in memory (no file read: a CSV as parsed, a spreadsheet's rows); its name is said in errors. */
export function valuesFromTable(
  table: Table,
  codeCol: string,
  valueCol: string,
  opts: { codeOption: string; valueOption: string; kind: 'count' | 'population' },
): Map<string, number> {
  const file = table.name;
  requireColumn(table, codeCol, opts.codeOption);
  requireColumn(table, valueCol, opts.valueOption);
  const values = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const code = (row[codeCol] ?? '').trim();
    const line = i + 2; // line 1 is the header
    if (code === '') {
      throw new InputError(said('load.table.noCode', { line }), { file, field: codeCol, hint: said('load.table.fillOrDelete.hint') });
    }
    if (values.has(code)) {
      throw new InputError(said('load.table.twice', { code, line }), { file, zone: code, field: codeCol, hint: said('load.table.twice.hint') });
    }
    const at = { file, zone: code, field: valueCol };
    values.set(code, opts.kind === 'count' ? parseCount(row[valueCol], at) : parsePopulation(row[valueCol], at));
  });
  return values;
}

/**
 * Match a CSV's codes to the zone ids, both ways: codes that match no zone and zones with no row are errors.
 */
export function joinToZones(values: Map<string, number>, zoneIds: readonly string[], file: string, codeCol: string, skipUnknown = false): Map<string, number> {
  const ids = new Set(zoneIds);
  // a national file with a regional layer: lines of other zones may be left out when asked
  const unknown = skipUnknown ? [] : [...values.keys()].filter((c) => !ids.has(c));
  const missing = zoneIds.filter((z) => !values.has(z));
  if (unknown.length || missing.length) {
    const a = unknown.length ? said('load.join.unknown', { n: unknown.length, list: listSome(unknown) }) : undefined;
    const b = missing.length ? said('load.join.missing', { n: missing.length, list: listSome(missing) }) : undefined;
    const cols = { codeCol: option('codeCol'), idProp: option('idProp') };
    throw new InputError(a && b ? said('load.join.both', { a, b }) : (a ?? b)!, {
      file,
      zone: unknown[0] ?? missing[0],
      field: codeCol,
      hint:
        leadingZeroHint(unknown, ids) ??
        (unknown.length && !missing.length ? said('load.join.skip.hint', { ...cols, skipUnknown: option('skipUnknown') }) : said('load.join.hint', cols)),
    });
  }
  return new Map(zoneIds.map((z) => [z, values.get(z)!]));
}

/** commune code → zone code. */
export type { CommuneTable } from '../core/types.js';
import type { CommuneTable } from '../core/types.js';

/**
 * The one rule of a commune → zone table, wherever it is read (members per commune, départements of a zone): a
 * commune is in one zone; the same line twice is harmless, two zones for one commune are an error.
 */
export function setCommuneZone(zoneOf: Map<string, string>, commune: string, zone: string, file: string, zoneCol: string): void {
  const before = zoneOf.get(commune);
  if (before !== undefined && before !== zone) {
    throw new InputError(said('load.communeTable.twoZones', { commune, a: before, b: zone }), {
      file,
      zone: commune,
      field: zoneCol,
      hint: said('load.communeTable.twoZones.hint'),
    });
  }
  zoneOf.set(commune, zone);
}

/** Read a commune → zone table such as INSEE's commune-ze2020.csv (columns CODGEO, ZE2020). */
export function readCommuneTable(
  file: string,
  communeCol: string = COMMUNE_TABLE_DEFAULTS.communeCol,
  zoneCol: string = COMMUNE_TABLE_DEFAULTS.zoneCol,
): CommuneTable {
  return communeTableFrom(readCsv(file, { headerWith: communeCol }), communeCol, zoneCol);
}

/** A commune → zone table from a table in memory (the rows of commune-ze2020.csv). */
export function communeTableFrom(
  table: Table,
  communeCol: string = COMMUNE_TABLE_DEFAULTS.communeCol,
  zoneCol: string = COMMUNE_TABLE_DEFAULTS.zoneCol,
): CommuneTable {
  const file = table.name;
  requireColumn(table, communeCol, 'tableCommuneCol');
  requireColumn(table, zoneCol, 'tableZoneCol');
  const out: CommuneTable = new Map();
  table.rows.forEach((row, i) => {
    const commune = (row[communeCol] ?? '').trim();
    const zone = (row[zoneCol] ?? '').trim();
    if (commune === '' || zone === '') {
      const line = i + 2;
      throw new InputError(commune === '' ? said('load.communeTable.emptyCommune', { line }) : said('load.communeTable.emptyZone', { line }), {
        file,
        field: commune === '' ? communeCol : zoneCol,
        hint: said('load.table.fillOrDelete.hint'),
      });
    }
    setCommuneZone(out, commune, zone, file, zoneCol);
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
  /** values per commune (a commune-level CSV as parsed) */
  communes: Table;
  /** commune code column; detected (code, CODGEO, insee…) when absent */
  communeCol?: string;
  valueCol: string;
  valueOption: string;
  kind: 'count' | 'population';
  /** the commune → zone table, as parsed (INSEE's commune-ze2020.csv) */
  table: Table;
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
  const raw = o.communes;
  const communeCol = o.communeCol ?? COMMUNE_CODE_CANDIDATES.find((c) => raw.columns.includes(c)) ?? 'code';
  const values = valuesFromTable(raw, communeCol, o.valueCol, {
    codeOption: 'communeCol',
    valueOption: o.valueOption,
    kind: o.kind,
  });
  const table = communeTableFrom(o.table, o.tableCommuneCol, o.tableZoneCol);
  const tableName = baseName(o.table.name);
  const agg = aggregateToZones(values, table);
  if (agg.unknown.length && !o.skipUnknown) {
    throw new InputError(said('load.communes.unknown', { n: agg.unknown.length, table: tableName, list: listSome(agg.unknown) }), {
      file: raw.name,
      field: communeCol,
      hint: leadingZeroHint(agg.unknown, new Set(table.keys())) ?? said('load.communes.unknown.hint', { skipUnknown: option('skipUnknown') }),
    });
  }
  const unknownTotal = agg.unknown.reduce((s, c) => s + (values.get(c) ?? 0), 0);
  const ids = new Set(zoneIds);
  const missing = zoneIds.filter((z) => !agg.totals.has(z));
  if (missing.length) {
    throw new InputError(said('load.communes.zoneMissing', { n: missing.length, list: listSome(missing) }), {
      file: raw.name,
      zone: missing[0],
      field: communeCol,
      hint: said('load.communes.zoneMissing.hint', { table: tableName, tableZoneCol: option('tableZoneCol'), idProp: option('idProp') }),
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
export function readUnitPopulation(file: string, option = 'splitPopulation'): Map<string, number> {
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
