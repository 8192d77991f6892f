/**
 * Attributes of the zones from a CSV (`--attributes FILE`): a column of zone codes and numeric columns, as INSEE's
 * localised unemployment per zone d'emploi comes. `--similar-by` says which columns count: `COL`, a derived
 * difference `NAME=COL-COL` (e.g. trend=unemployment_2023t3-unemployment_2018t3), each with an optional `:WEIGHT`.
 * On units finer than the file's zones (communes of a split zone), a unit takes its zone's values.
 */
import { InputError } from '../core/errors.js';
import type { ZoneSet } from '../core/types.js';
import { PARENT_PROP } from '../core/units.js';
import { readCsv } from '../io/csv.js';
import { readNumber } from '../load/numbers.js';
import { count, said, type Said } from '../messages/message.js';
import { standardise, type Attributes } from './attributes.js';

/** One column of --similar-by: a file column, or the difference of two. */
export interface SimilarColumn {
  name: string;
  from: string;
  minus?: string;
  weight: number;
}

/** `unemployment_2023t3,trend=unemployment_2023t3-unemployment_2018t3:2` → its columns. */
export function parseSimilarBy(spec: string): SimilarColumn[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((item) => {
      const m = /^(?:([\p{L}\w.]+)=)?([\p{L}\w.]+)(?:-([\p{L}\w.]+))?(?::(\d+(?:[.,]\d+)?))?$/u.exec(item);
      if (!m || (m[3] !== undefined && m[1] === undefined)) throw new InputError(said('homogeneity.badSpec', { item }), { field: 'similar-by' });
      const weight = m[4] === undefined ? 1 : Number(m[4].replace(',', '.'));
      return { name: m[1] ?? m[2]!, from: m[2]!, ...(m[3] !== undefined ? { minus: m[3] } : {}), weight };
    });
}

const CODE_COLUMNS = ['code', 'zone', 'ze2020', 'codgeo', 'id'];

/** The attributes of every zone (or unit) of a layer, standardised; `missing`: the zones without a value, said as a warning. */
export function readAttributes(file: string, zones: ZoneSet, spec: string): { attributes: Attributes; missing: string[]; warning?: Said } {
  const columns = parseSimilarBy(spec);
  const table = readCsv(file);
  const lower = new Map(table.columns.map((c) => [c.toLowerCase(), c]));
  const codeCol = CODE_COLUMNS.map((c) => lower.get(c)).find((c) => c !== undefined);
  const list = table.columns.join(', ');
  if (codeCol === undefined) throw new InputError(said('homogeneity.noCode', { file, columns: list }), { file, field: 'code' });
  for (const c of columns) {
    for (const col of [c.from, c.minus]) {
      if (col !== undefined && !table.columns.includes(col))
        throw new InputError(said('homogeneity.noColumn', { file, column: col, columns: list }), { file, field: col });
    }
  }
  const k = columns.length;
  const byCode = new Map<string, number[]>();
  table.rows.forEach((row, r) => {
    const code = String(row[codeCol] ?? '').trim();
    const value = (col: string): number => {
      const text = String(row[col] ?? '').trim();
      if (text === '') return NaN;
      const read = readNumber(text);
      if (!read.ok)
        throw new InputError(said('homogeneity.notNumber', { file, line: r + 2, column: col, zone: code, value: text }), { file, zone: code, field: col });
      return read.value;
    };
    byCode.set(
      code,
      columns.map((c) => value(c.from) - (c.minus === undefined ? 0 : value(c.minus))),
    );
  });
  // a unit of a split zone takes its zone's values
  const rowOf = (z: ZoneSet['zones'][number]) => byCode.get(z.id) ?? byCode.get(String(z.properties[PARENT_PROP] ?? ''));
  const raw = new Float64Array(zones.zones.length * k).fill(NaN);
  const missing: string[] = [];
  zones.zones.forEach((z, i) => {
    const values = rowOf(z);
    if (!values || values.some((v) => Number.isNaN(v))) missing.push(z.id);
    if (values) values.forEach((v, c) => (raw[i * k + c] = v));
  });
  const attributes = standardise(
    columns.map((c) => c.name),
    raw,
    columns.map((c) => c.weight),
  );
  const warning = missing.length
    ? said('homogeneity.missing', { n: count(missing.length), file, list: missing.slice(0, 10).join(', ') + (missing.length > 10 ? ', …' : '') })
    : undefined;
  return { attributes, missing, ...(warning ? { warning } : {}) };
}
