import { InputError } from '../core/errors.js';
import { said, type Personal } from '../messages/message.js';
import { csvParser, detectSeparator } from './csv.js';
import { readTextWithEncoding } from './read.js';
import type { TextEncoding } from './encoding.js';

/** One line of a register: its cells by column (personal data: the message layer refuses them, see Personal). */
export type RegisterRow = Readonly<Record<string, Personal>>;

/** A register as read: its header, its rows and the lines that could not be read (counted and numbered, never shown). */
export interface RegisterTable {
  file: string;
  /**
   * The cells of the first line, as written. Personal until recognised: a register without a header has a
   * member's name here (src/members/register.ts says only what it recognised).
   */
  columns: Personal[];
  rows: RegisterRow[];
  /** the line of the file where each row starts (1-based; the header is line 1) */
  lines: number[];
  /** 1-based line numbers of the file's lines that are not readable CSV (an unbalanced quote…) */
  unreadable: number[];
  /** how the file was decoded (French Excel writes windows-1252); the members command says it in its summary */
  encoding: TextEncoding;
  /** the separator found in the header (",", ";" or a tab), kept for every line */
  delimiter: string;
}

/** A record may span this many lines (an address of a few lines, quoted); a quote open longer is a broken line. */
const MAX_RECORD_LINES = 8;

const asPersonal = (cells: string[]): Personal[] => cells as Personal[];

/** Rows of a register read elsewhere (a spreadsheet's cells, a test's), marked as the personal data they are. */
export function registerRows(rows: readonly Readonly<Record<string, string>>[]): RegisterRow[] {
  return rows as RegisterRow[];
}
/** Cells that look like an Excel formula were written with an apostrophe before them (io/csv.ts): remove it. */
const unquote = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/**
 * Read a member register (personal data). A broken line does not stop the reading, nor change how the others
 * are read: the separator found in the header is kept, records with quoted line breaks stay whole, and each
 * line that is not readable CSV (a stray quote) is counted by its number in `unreadable`; the lines after it
 * are read as usual. Errors never quote the file's content.
 */
export function readRegisterCsv(file: string): RegisterTable {
  const { text, encoding } = readTextWithEncoding(file, undefined, { say: false });
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectSeparator(body);
  const options = { delimiter, relax_column_count: true, trim: true } as const;
  const firstBreak = body.indexOf('\n');
  let header: string[];
  try {
    header = (csvParser()(firstBreak < 0 ? body : body.slice(0, firstBreak), options) as string[][])[0] ?? [];
  } catch {
    throw new InputError(said('load.csv.unreadableLine', { line: 1 }), { file, hint: said('load.csv.unreadable.hint') });
  }
  if (header.length === 0) throw new InputError(said('load.csv.empty'), { file });
  const columns = asPersonal(header.map(unquote));
  const rows: RegisterRow[] = [];
  const lines: number[] = [];
  const unreadable: number[] = [];
  const add = (cells: string[], line: number) => {
    // own properties defined one by one (Object.fromEntries): a column called "__proto__" or "constructor" is a
    // column like any other, never the object's prototype; registerColumns reads only columns of the header
    rows.push(Object.fromEntries(columns.map((c, k) => [c, unquote(cells[k] ?? '')])) as RegisterRow);
    lines.push(line);
  };

  // the whole file at once (the usual case). Blank lines are kept as records of one empty cell (and skipped
  // here) so that each record's first line is counted: one line per record plus the breaks inside its quoted cells
  try {
    const records = csvParser()(body, { ...options, from_line: 2 }) as string[][];
    let line = 2;
    for (const r of records) {
      const start = line;
      line++;
      for (const cell of r) if (cell.includes('\n')) line += cell.split('\n').length - 1;
      if (r.length === 1 && r[0] === '') continue;
      add(r, start);
    }
    return { file, columns, rows, lines, unreadable, encoding, delimiter };
  } catch {
    rows.length = 0;
    lines.length = 0;
  }

  // a broken line somewhere: record by record. A record is one line, or a few when a quote spans lines and the
  // record then has the header's number of cells; a line that is neither is unreadable, and the next one starts anew.
  const physical = body.split(/\r?\n/);
  let i = 1;
  while (i < physical.length) {
    if (physical[i].trim() === '') {
      i++;
      continue;
    }
    let taken = 0;
    for (let k = 1; k <= MAX_RECORD_LINES && i + k <= physical.length; k++) {
      let records: string[][];
      try {
        records = csvParser()(physical.slice(i, i + k).join('\n'), options) as string[][];
      } catch (e) {
        if ((e as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED') continue; // the quote may close on a later line
        break;
      }
      if (records.length === 1 && (k === 1 || records[0].length === header.length)) {
        add(records[0], i + 1);
        taken = k;
      }
      break;
    }
    if (taken === 0) {
      unreadable.push(i + 1);
      i++;
    } else i += taken;
  }
  return { file, columns, rows, lines, unreadable, encoding, delimiter };
}
