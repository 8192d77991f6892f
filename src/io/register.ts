import { parse } from 'csv-parse/sync';
import { parseCsv, type CsvTable } from './csv.js';
import { readTextWithEncoding } from './read.js';
import type { TextEncoding } from './encoding.js';

/** A register as read: its table, and the lines that could not be read (counted, never shown). */
export interface RegisterTable extends CsvTable {
  /** 1-based line numbers of the file's lines that are not readable CSV (an unbalanced quote…) */
  unreadable: number[];
  /** how the file was decoded (French Excel writes windows-1252); the members command says it in its summary */
  encoding: TextEncoding;
}

/**
 * Read a member register (personal data): like readCsv, but a broken line does not stop the reading. When
 * the file does not parse as a whole, it is read again line by line: each line that is not readable CSV is
 * counted in `unreadable` (by its number) and the others are kept. Errors never quote the file's content.
 * (Cells with line breaks inside quotes cannot be told from broken lines on that second reading.)
 */
export function readRegisterCsv(file: string): RegisterTable {
  const { text, encoding } = readTextWithEncoding(file, undefined, { say: false });
  try {
    return { ...parseCsv(text, file, { personal: true }), unreadable: [], encoding };
  } catch {
    const lines = text.split(/\r?\n/);
    const header = parseCsv(lines[0] ?? '', file, { personal: true });
    const delimiter = (lines[0].match(/;/g)?.length ?? 0) > (lines[0].match(/,/g)?.length ?? 0) ? ';' : ',';
    const rows: Record<string, string>[] = [];
    const unreadable: number[] = [];
    lines.forEach((line, i) => {
      if (i === 0 || line.trim() === '') return;
      let cells: string[][];
      try {
        cells = parse(line, { delimiter, relax_column_count: true, trim: true });
      } catch {
        unreadable.push(i + 1);
        return;
      }
      const r = cells[0] ?? [];
      rows.push(Object.fromEntries(header.columns.map((c, k) => [c, r[k] ?? ''])));
    });
    return { file, name: file, columns: header.columns, rows, unreadable, encoding };
  }
}
