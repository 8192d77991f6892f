import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { InputError } from '../core/errors.js';
import { writeFileAtomic } from './atomic.js';
import { readText } from './read.js';

export interface CsvTable {
  file: string;
  columns: string[];
  rows: Record<string, string>[];
}

/**
 * Read a CSV the way spreadsheets write it: UTF-8 with or without BOM, comma or semicolon separated
 * (French Excel uses ';'), header on the first line.
 */
export function readCsv(file: string, opts: { headerWith?: string } = {}): CsvTable {
  return parseCsv(skipTitleLines(readText(file), opts.headerWith), file);
}

/**
 * INSEE's workbooks put title lines above the header ("Zones d'emploi 2020 … Source : Insee"): a sheet
 * saved as CSV keeps them. Start at the first line that names the expected column.
 */
function skipTitleLines(text: string, headerWith: string | undefined): string {
  if (headerWith === undefined) return text;
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => l.split(/[;,\t]/).some((cell) => cell.trim().replace(/^"|"$/g, '') === headerWith));
  return at > 0 ? lines.slice(at).join('\n') : text;
}

export function parseCsv(text: string, file = '<csv>'): CsvTable {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (e) {
    throw new InputError(`is not a readable CSV file: ${(e as Error).message}`, { file });
  }
  if (records.length === 0) throw new InputError('is empty (a header line is expected)', { file });
  const columns = records[0];
  const rows = records.slice(1).map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ''])));
  return { file, columns, rows };
}

/** Throws a clear error when a required column is missing, listing the columns that exist. */
export function requireColumn(table: CsvTable, column: string, option?: string): void {
  if (!table.columns.includes(column)) {
    throw new InputError(`has no column "${column}" (columns: ${table.columns.join(', ')})`, {
      file: table.file,
      field: column,
      hint: option ? `name the right column with ${option}` : undefined,
    });
  }
}

/**
 * How a CSV output is written, for the spreadsheet that opens it. French Excel expects ";" between fields and
 * decimal commas ("0,25"); every Excel needs the UTF-8 byte-order mark to read accents. readCsv reads all of them.
 */
export interface CsvStyle {
  /** field separator (default ",") */
  sep: ',' | ';';
  /** decimal separator of numbers (default "."; "," in French) */
  decimal: '.' | ',';
  /** start with the UTF-8 byte-order mark (default true) */
  bom: boolean;
}

export const CSV_SEPARATORS = [',', ';'] as const;

/**
 * The style of a separator: ";" goes with decimal commas (French Excel: the comma is the decimal mark, hence
 * the semicolon), "," with decimal points. Default: ";" in French, "," in English. A BOM in both.
 */
export function csvStyleFor(lang: 'en' | 'fr', sep?: ',' | ';'): CsvStyle {
  const s = sep ?? (lang === 'fr' ? ';' : ',');
  return { sep: s, decimal: s === ';' ? ',' : '.', bom: true };
}

const DEFAULT_STYLE: CsvStyle = { sep: ',', decimal: '.', bom: true };

export function toCsv(columns: string[], rows: (string | number | boolean | null | undefined)[][], style: Partial<CsvStyle> = {}): string {
  const st = { ...DEFAULT_STYLE, ...style };
  const cell = (v: string | number | boolean | null | undefined): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number' && st.decimal === ',') return String(v).replace('.', ',');
    return String(v);
  };
  const text = stringify([columns, ...rows.map((r) => r.map(cell))], { delimiter: st.sep });
  return st.bom ? `\uFEFF${text}` : text;
}

export function writeCsv(
  path: string,
  columns: string[],
  rows: (string | number | boolean | null | undefined)[][],
  style: Partial<CsvStyle> = {},
): void {
  writeFileAtomic(path, toCsv(columns, rows, style));
}
