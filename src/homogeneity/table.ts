/**
 * The attributes file (`--attributes FILE`): a code column and numeric columns, per zone, read through the
 * project's CSV reader (`;` or `,`, UTF-8/UTF-16/windows-1252, decimal comma), and `--similar-by`, which says
 * which columns (or differences of two columns) sections should share, with their weights.
 *
 *     --similar-by COL[,COL…]      each ITEM is  [NAME=]EXPR[:WEIGHT]  with EXPR = COL or COL-COL
 *     e.g. unemployment_2023t3,trend=unemployment_2023t3-unemployment_2018t3:0.5
 */
import { notice } from '../core/notices.js';
import { InputError } from '../core/errors.js';
import type { ZoneSet } from '../core/types.js';
import { carryOverToUnits, PARENT_PROP } from '../core/units.js';
import { readCsv, requireColumn, sayableColumns, type Table } from '../io/csv.js';
import { readNumber } from '../load/numbers.js';
import { said } from '../messages/message.js';
import { onUnits, standardise, type Attributes } from './attributes.js';
import type { ZoneAttributes } from './zone-attributes.js';

export type { ZoneAttributes } from './zone-attributes.js';

/** The attributes of a file, by zone code: every numeric column, NaN where a zone has no value. */
export interface AttributeTable {
  file: string;
  /** the numeric columns, in the file's order */
  columns: string[];
  /** every column of the file (for messages) */
  allColumns: string[];
  /** zone code → a value per column (NaN = missing) */
  byZone: Map<string, number[]>;
}

/** One column sections should share: a column of the file or the difference of two, with its weight. */
export interface SimilarBy {
  name: string;
  /** the column, or [a, b] for a − b */
  of: string | [string, string];
  weight: number;
}

/** Cells that say "no value" in statistical tables. */
const MISSING = /^(|nd|n\.d\.|na|n\/a|nan|-|–|s|\.|…|\.\.\.)$/i;

/** The columns a zone code may be in, when the file does not say (--attributes-code). */
const CODE_COLUMNS = ['code', 'ze2020', 'id', 'codgeo', 'CODGEO', 'Code'];

/** Read an attributes CSV: the code column (`codeCol`, else "code" or the first column) and every numeric column. */
export function readAttributeTable(file: string, opts: { codeCol?: string } = {}): AttributeTable {
  return attributeTableOf(readCsv(file), file, opts);
}

export function attributeTableOf(t: Table, file: string, opts: { codeCol?: string } = {}): AttributeTable {
  if (opts.codeCol !== undefined) requireColumn(t, opts.codeCol, 'attributesCode');
  const code = opts.codeCol ?? t.columns.find((c) => CODE_COLUMNS.includes(c)) ?? t.columns[0];
  const others = t.columns.filter((c) => c !== code);
  // a column is numeric when each cell is a number or says "no value", and at least one is a number
  const columns = others.filter((c) => {
    let some = false;
    for (const row of t.rows) {
      const cell = (row[c] ?? '').trim();
      if (MISSING.test(cell)) continue;
      const r = readNumber(cell);
      if (!r.ok) return false;
      some = true;
    }
    return some;
  });
  const byZone = new Map<string, number[]>();
  t.rows.forEach((row, i) => {
    const id = (row[code] ?? '').trim();
    if (id === '') return;
    if (byZone.has(id)) throw new InputError(said('homogeneity.duplicate', { zone: id, line: i + 2 }), { file, zone: id, field: code });
    byZone.set(
      id,
      columns.map((c) => {
        const r = readNumber((row[c] ?? '').trim());
        return r.ok ? r.value : NaN;
      }),
    );
  });
  return { file, columns, allColumns: t.columns, byZone };
}

/** Read `--similar-by`: items separated by commas, each `[NAME=]COL[-COL][:WEIGHT]`. */
export function parseSimilarBy(text: string): SimilarBy[] {
  // a comma followed by a digit is a decimal comma of a weight ("rate:1,5")
  const items = text
    .split(/,(?!\d)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0) throw new InputError(said('homogeneity.similarByEmpty'), { field: 'similar-by', hint: said('homogeneity.similarBy.hint') });
  const out: SimilarBy[] = [];
  for (const item of items) {
    let rest = item;
    let weight = 1;
    const colon = rest.lastIndexOf(':');
    if (colon >= 0) {
      const r = readNumber(rest.slice(colon + 1));
      if (!r.ok || r.value <= 0)
        throw new InputError(said('homogeneity.badWeight', { item }), { field: 'similar-by', hint: said('homogeneity.similarBy.hint') });
      weight = r.value;
      rest = rest.slice(0, colon).trim();
    }
    let name: string | undefined;
    const eq = rest.indexOf('=');
    if (eq >= 0) {
      name = rest.slice(0, eq).trim();
      rest = rest.slice(eq + 1).trim();
    }
    if (rest === '' || name === '')
      throw new InputError(said('homogeneity.badItem', { item }), { field: 'similar-by', hint: said('homogeneity.similarBy.hint') });
    out.push({ name: name ?? rest, of: rest, weight });
  }
  const names = out.map((s) => s.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new InputError(said('homogeneity.twice', { name: twice }), { field: 'similar-by', hint: said('homogeneity.similarBy.hint') });
  return out;
}

/** Resolve an item against the file's columns: a column as named, or the difference of two (split at a '-'). */
function resolve(item: SimilarBy, table: AttributeTable): SimilarBy {
  const expr = item.of as string;
  if (table.columns.includes(expr)) return item;
  for (let at = expr.indexOf('-'); at > 0; at = expr.indexOf('-', at + 1)) {
    const a = expr.slice(0, at).trim();
    const b = expr.slice(at + 1).trim();
    if (table.columns.includes(a) && table.columns.includes(b)) return { ...item, of: [a, b] };
  }
  // name the column that is not there: the whole expression, or the side of a difference that is missing
  const parts = expr.includes('-') ? expr.split('-').map((s) => s.trim()) : [expr];
  const unknown = parts.find((p) => !table.columns.includes(p)) ?? expr;
  if (table.allColumns.includes(unknown)) {
    throw new InputError(said('homogeneity.notNumeric', { column: unknown, columns: sayableColumns(table.columns, table.file) }), {
      file: table.file,
      field: unknown,
    });
  }
  throw new InputError(said('load.csv.noColumn', { column: unknown, columns: sayableColumns(table.allColumns, table.file) }), {
    file: table.file,
    field: unknown,
    hint: said('homogeneity.similarBy.hint'),
  });
}

/**
 * The attributes of a layer (zones, or units of split zones: a unit takes its zone's values): the columns of
 * `similar` (every numeric column when absent), then the file's other numeric columns (which --max-spread may
 * name). Zones without a value are named in one warning and left out of the figures, never 0.
 */
export function zoneAttributes(table: AttributeTable, zones: ZoneSet, similar?: SimilarBy[]): ZoneAttributes {
  const items = (similar ?? table.columns.map((c) => ({ name: c, of: c, weight: 1 }))).map((s) => resolve(s, table));
  const rest = table.columns.filter((c) => !items.some((s) => s.name === c));
  const idx = (c: string) => table.columns.indexOf(c);
  const rowOf = (values: number[]): number[] => [
    ...items.map((s) => (typeof s.of === 'string' ? values[idx(s.of)] : values[idx(s.of[0])] - values[idx(s.of[1])])),
    ...rest.map((c) => values[idx(c)]),
  ];
  const { values } = carryOverToUnits(new Map([...table.byZone].map(([id, v]) => [id, rowOf(v)])), zones);
  const width = items.length + rest.length;
  const byId = new Map<string, number[]>();
  const missing: string[] = [];
  for (const z of zones.zones) {
    const row = values.get(z.id) ?? new Array<number>(width).fill(NaN);
    byId.set(z.id, row);
    if (row.slice(0, items.length).some((v) => !Number.isFinite(v))) missing.push(z.id);
  }
  if (missing.length > 0) {
    const names = missing.map((id) => `${id} ${zones.byId.get(id)?.name ?? ''}`.trim());
    const list = names.length > 12 ? [...names.slice(0, 12), '…'].join(', ') : names.join(', ');
    notice(said('homogeneity.missing', { file: table.file, n: missing.length, list }));
  }
  return { file: table.file, columns: [...items.map((s) => s.name), ...rest], similar: items.length, weights: items.map((s) => s.weight), byId, missing };
}

/**
 * The --similar-by columns of a layer as Attributes (zone order of the ZoneSet), standardised over the zones
 * of the layer (a split zone counts once, its units then take its z-scores).
 */
export function attributesOf(zones: ZoneSet, za: ZoneAttributes | undefined = zones.attributes): Attributes | undefined {
  if (!za) return undefined;
  const k = za.similar;
  const columns = za.columns.slice(0, k);
  const parentOf = (zones as ZoneSet & { parentOf?: ReadonlyMap<string, string> }).parentOf;
  // one row per zone: units of the same zone share their zone's row
  const rowIndex = new Map<string, number>();
  const raw: number[] = [];
  const zoneOfUnit = zones.zones.map((z) => {
    const raw0 = parentOf?.get(z.id) ?? z.properties[PARENT_PROP];
    const key = raw0 === undefined || raw0 === null || String(raw0) === '' ? z.id : String(raw0);
    let i = rowIndex.get(key);
    if (i === undefined) {
      i = rowIndex.size;
      rowIndex.set(key, i);
      raw.push(...za.byId.get(z.id)!.slice(0, k));
    }
    return i;
  });
  return onUnits(standardise(columns, raw, za.weights), zoneOfUnit);
}

/** The attributes file and --similar-by as read (the input of every job that measures homogeneity). */
export interface AttributeInput {
  table: AttributeTable;
  similar?: SimilarBy[];
  /** the number of families of zones in the report (--families; default: by silhouette) */
  families?: number;
}

/** Give a layer (zones, or units of split zones: a unit takes its zone's values) its attributes; returns it. */
export function withAttributes(zones: ZoneSet, input: AttributeInput | undefined): ZoneSet {
  if (input) zones.attributes = zoneAttributes(input.table, zones, input.similar);
  return zones;
}
