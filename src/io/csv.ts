import { createRequire } from 'node:module';
import type * as CsvParse from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { InputError } from '../core/errors.js';
import { option as optionRef, said, type Said } from '../messages/message.js';
import { writeFileAtomic } from './atomic.js';
import { readText } from './read.js';

const lazyRequire = createRequire(import.meta.url);
let csvParse: typeof CsvParse.parse | undefined;
/** csv-parse, loaded at the first CSV read: a command that reads only GeoJSON never compiles it (start-up). */
export function csvParser(): typeof CsvParse.parse {
  return (csvParse ??= (lazyRequire('csv-parse/sync') as typeof CsvParse).parse);
}

/** A table in memory: its name in messages (a file name), its columns, and its rows (cells as text, by column). */
export interface Table {
  name: string;
  columns: string[];
  rows: Record<string, string>[];
}

/** A table read from a CSV file: `name` is the file as the user typed it. */
export interface CsvTable extends Table {
  file: string;
}

/**
 * Read a CSV the way spreadsheets write it: UTF-8 with or without BOM, UTF-16, or windows-1252 (see
 * io/encoding.ts); comma, semicolon (French Excel) or tab separated; header on the first line.
 */
export function readCsv(file: string, opts: { headerWith?: string; personal?: boolean } = {}): CsvTable {
  return parseCsv(skipTitleLines(readText(file), opts.headerWith), file, { personal: opts.personal });
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

/**
 * `personal`: the file holds personal data (a member register): a parse error then says only the line
 * number, never the parser's message, which quotes the line's content.
 */
export function parseCsv(text: string, file = '<csv>', opts: { personal?: boolean } = {}): CsvTable {
  const delimiter = detectSeparator(text);
  let records: string[][];
  try {
    records = csvParser()(text, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (e) {
    const { lines: line, code } = e as { lines?: number; code?: string };
    // quotes are what breaks a CSV in practice: said in the reader's words, with the line; a register's line is
    // never quoted (the parser's own message quotes its content)
    if (opts.personal || code?.includes('QUOTE')) {
      throw new InputError(line ? said('load.csv.unreadableLine', { line }) : said('load.csv.unreadable'), { file, hint: said('load.csv.unreadable.hint') });
    }
    throw new InputError(said('load.csv.parser', { error: (e as Error).message }), { file, hint: said('load.csv.unreadable.hint') });
  }
  if (records.length === 0) throw new InputError(said('load.csv.empty'), { file });
  // the apostrophe decoupage (and OWASP's advice) puts before = + - @ is not part of the value
  const unquote = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
  const columns = records[0].map(unquote);
  const rows = records.slice(1).map((r) => Object.fromEntries(columns.map((c, i) => [c, unquote(r[i] ?? '')])));
  return { file, name: file, columns, rows };
}

/** Separators a spreadsheet may use, in order of preference when the header has as many of each. */
export const CSV_SEPARATORS = [',', ';', '\t'] as const;

/**
 * The separator of a CSV: the one found most often in the header line outside quotes (French Excel writes ';',
 * "Unicode text" exports and copy-pastes write tabs). A header with none of them is read with ','.
 */
export function detectSeparator(text: string): string {
  const firstLine = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  let best: string = ',';
  let most = 0;
  for (const sep of CSV_SEPARATORS) {
    const n = firstLine.split(sep).length - 1;
    if (n > most) {
      best = sep;
      most = n;
    }
  }
  return best;
}

/**
 * Whether a first line reads as a header: a line with a postal code, a phone number, a count, a house number or an
 * e-mail address in it is data — a member's line, when a register was saved without its header.
 */
export function looksLikeHeader(cells: readonly string[]): boolean {
  return !cells.some((c) => /^[\d\s.+()/-]{4,}$/.test(c.trim()) || /@/.test(c) || /^\d+\s*(bis|ter|[a-z])?[\s,]+\S/i.test(c.trim()));
}

/**
 * The columns of a table as a message lists them, for a message about a missing column. When the first line is
 * no header but data, that is the problem said instead (exit 2, how many fields, never their values): a member
 * register given by mistake where a plan, a members file or votes were expected would otherwise have a member's
 * line said as "the columns". The one place a first line is let into a message.
 */
export function sayableColumns(columns: readonly string[], file: string | undefined): string | Said {
  if (columns.length === 0) return said('load.none');
  if (looksLikeHeader(columns)) return columns.join(', ');
  throw new InputError(said('load.csv.notHeader', { n: columns.length }), { file, hint: said('load.csv.notHeader.hint') });
}

/**
 * Throws when the column to read is in the header twice ("zone,section,zone,section"): the rows keep one cell per
 * name, so the other column would be lost without a word.
 */
export function requireOnce(columns: readonly string[], column: string, file: string, option?: string): void {
  const at = columns.flatMap((c, i) => (c === column ? [i + 1] : []));
  if (at.length < 2) return;
  throw new InputError(said('load.register.twoColumns', { column, a: at[0]!, b: at[1]! }), {
    file,
    field: column,
    hint: option ? said('load.register.twoColumns.hint', { option: optionRef(option) }) : undefined,
  });
}

/** Throws a clear error when a required column is missing, listing the columns that exist; `option` is the one naming the column. */
export function requireColumn(table: Table, column: string, option?: string): void {
  requireOnce(table.columns, column, table.name, option);
  if (!table.columns.includes(column)) {
    throw new InputError(said('load.csv.noColumn', { column, columns: sayableColumns(table.columns, table.name) }), {
      file: table.name,
      field: column,
      hint: option ? said('load.csv.noColumn.hint', { option: optionRef(option) }) : undefined,
    });
  }
}

/** A text cell a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @, tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe to open in a spreadsheet: a cell starting with = + - @, tab or CR gets a leading
 * apostrophe, so `=HYPERLINK("http://…")` shows as text instead of running. Numbers are left as they are
 * (nor is text that is a plain number, such as "-0.25"). readCsv removes the apostrophe again, so decoupage reads back what it wrote.
 */
export function neutraliseCell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  return FORMULA_START.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(v) ? `'${v}` : v;
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

/** The separators decoupage writes CSV outputs with (--csv-sep). */
export const OUTPUT_CSV_SEPARATORS = [',', ';'] as const;

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
  // numbers in the style's decimals; every text cell neutralised (see neutraliseCell)
  const cell = (v: string | number | boolean | null | undefined): string => {
    if (typeof v === 'number' && st.decimal === ',') return String(v).replace('.', ',');
    return neutraliseCell(v);
  };
  const text = stringify([columns.map(neutraliseCell), ...rows.map((r) => r.map(cell))], { delimiter: st.sep });
  return st.bom ? `\uFEFF${text}` : text;
}

export function writeCsv(path: string, columns: string[], rows: (string | number | boolean | null | undefined)[][], style: Partial<CsvStyle> = {}): void {
  writeFileAtomic(path, toCsv(columns, rows, style));
}
