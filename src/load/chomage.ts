/**
 * `decoupage import insee-chomage FILE.xlsx`: INSEE's workbook of localised unemployment rates by zone d'emploi
 * ("Taux de chômage localisés par zone d'emploi", chomage-zone-t1-2003-t3-2023.xlsx) as published: sheet
 * "txcho_ze", a header line of codes (ZE2020, LIBZE2020, REG, LIBREG, 2003-T1 … 2023-T3) under title lines,
 * one line per zone. It becomes the attributes CSV that --attributes reads: code,name,unemployment_2023t3,…
 * The xlsx reader (read-excel-file) is loaded only by this command.
 */
import { InputError } from '../core/errors.js';
import { toCsv, type CsvStyle } from '../io/csv.js';
import { readBytes } from '../io/read.js';
import { said } from '../messages/message.js';

/** The quarters written when --quarters is not given: the latest, five and ten years before (3rd quarters). */
export const DEFAULT_QUARTERS = ['2023-T3', '2018-T3', '2013-T3'] as const;
export const CHOMAGE_SHEET = 'txcho_ze';
const CODE = 'ZE2020';
const NAME = 'LIBZE2020';
/** How far down the header line may be (it is line 6 in the workbooks of 2023). */
const HEADER_WITHIN = 20;

export interface ChomageTable {
  columns: string[];
  rows: (string | number)[][];
  /** zones of the workbook without a rate in some quarters (an empty cell, never 0) */
  missing: { code: string; name: string; quarters: string[] }[];
  /** the sheet's title line ("… en France hors Mayotte et Guyane"), said as the source */
  title: string;
}

/** "2023-T3" → "unemployment_2023t3" (the column names of ze2020-unemployment.csv). */
export function quarterColumn(q: string): string {
  return `unemployment_${q.replace('-T', 't').toLowerCase()}`;
}

/** Read --quarters: "2023-T3,2018-T3". */
export function parseQuarters(text: string): string[] {
  const qs = text
    .split(/[,;\s]+/)
    .filter((s) => s !== '')
    .map((s) => s.toUpperCase());
  if (qs.length === 0 || qs.some((q) => !/^\d{4}-T[1-4]$/.test(q)))
    throw new InputError(said('homogeneity.import.badQuarter', { value: text }), { field: 'quarters' });
  return qs;
}

/** The rates of the chosen quarters, per zone, from the workbook's bytes. */
export async function readChomageWorkbook(file: string, quarters: readonly string[] = DEFAULT_QUARTERS): Promise<ChomageTable> {
  const { default: readXlsxFile } = await import('read-excel-file/node');
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await readXlsxFile(readBytes(file));
  } catch (e) {
    throw new InputError(said('homogeneity.import.unreadable', { problem: (e as Error).message }), { file });
  }
  const sheet = sheets.find((s) => s.sheet === CHOMAGE_SHEET);
  if (!sheet) throw new InputError(said('homogeneity.import.noSheet', { sheet: CHOMAGE_SHEET, sheets: sheets.map((s) => s.sheet).join(', ') }), { file });
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
  const at = sheet.data.slice(0, HEADER_WITHIN).findIndex((r) => r.some((c) => text(c) === CODE));
  if (at < 0) throw new InputError(said('homogeneity.import.noHeader', { sheet: CHOMAGE_SHEET, column: CODE, n: HEADER_WITHIN }), { file });
  const header = sheet.data[at].map(text);
  const quarterCols = header.filter((h) => /^\d{4}-T[1-4]$/.test(h));
  const idx = quarters.map((q) => {
    const j = header.indexOf(q);
    if (j < 0)
      throw new InputError(
        said('homogeneity.import.noQuarter', { sheet: CHOMAGE_SHEET, quarter: q, first: quarterCols[0] ?? '?', last: quarterCols.at(-1) ?? '?' }),
        { file, field: q },
      );
    return j;
  });
  const code = header.indexOf(CODE);
  const name = header.indexOf(NAME);
  const rows: (string | number)[][] = [];
  const missing: { code: string; name: string; quarters: string[] }[] = [];
  for (const r of sheet.data.slice(at + 1)) {
    const id = text(r[code]);
    if (id === '') continue;
    const values = idx.map((j) => (typeof r[j] === 'number' ? (r[j] as number) : text(r[j]) === '' ? NaN : Number(text(r[j]).replace(',', '.'))));
    const label = name >= 0 ? text(r[name]) : '';
    // a quarter without a rate stays an empty cell (never 0), and the zone is named
    if (values.some((v) => !Number.isFinite(v))) missing.push({ code: id, name: label, quarters: quarters.filter((_, j) => !Number.isFinite(values[j])) });
    rows.push([id, label, ...values.map((v) => (Number.isFinite(v) ? v : ''))]);
  }
  const title =
    sheet.data
      .slice(0, at)
      .map((r) => text(r[0]))
      .find((t) => t !== '') ?? '';
  return { columns: ['code', 'name', ...quarters.map(quarterColumn)], rows, missing, title };
}

/** The attributes CSV of a ChomageTable. */
export function chomageCsv(t: ChomageTable, style: Partial<CsvStyle> = {}): string {
  return toCsv(t.columns, t.rows, style);
}
