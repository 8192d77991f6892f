import { normaliseSectionName, visibleName } from './section-name.js';
import { parseJson, readText } from '../io/read.js';
import { extname } from 'node:path';
import { InputError } from '../core/errors.js';
import { option, said, type Said, type SaidValue } from '../messages/message.js';
import { sectionNamesOf, type Plan, type ZoneSet } from '../core/types.js';
import { parseCsv, requireOnce, sayableColumns, toCsv, type CsvStyle } from '../io/csv.js';
import { writeFileAtomic } from '../io/atomic.js';
import { leadingZeroHint } from './members.js';
import { carryOverToUnits } from '../core/units.js';

import type { PlanInput as AnyPlanInput, PlanRow as AnyPlanRow } from '../core/types.js';

/** A row of a plan file: the row of core/types.ts, with its line (CSV) or entry number (JSON, GeoJSON), from 1. */
export interface PlanRow extends AnyPlanRow {
  line: number;
}

/** A plan file as read: its rows with their lines. */
export interface PlanInput extends AnyPlanInput {
  rows: PlanRow[];
}

export interface ReadPlanOptions {
  /** the zones the plan refers to: used to pick the right id column/property when several could fit */
  zones?: ZoneSet;
  /** GeoJSON plans: the feature property holding the section (default "section", then "district") */
  sectionProp?: string;
  /** GeoJSON/CSV plans: the property / column holding the zone id (default: zone, zone_id, code, id…) */
  zoneProp?: string;
}

/** Column / property names accepted for the zone id and the section, in order of preference. */
const ZONE_NAMES = ['zone', 'zone_id', 'zoneid', 'code', 'codgeo', 'id'];
const SECTION_NAMES = ['section', 'section_id', 'district', 'secteur'];

/**
 * Read a plan (zone → section) from a CSV (`zone,section`), a JSON object `{"zone": "section"}`, a JSON
 * array `[{"zone": …, "section": …}]`, or a GeoJSON FeatureCollection whose features carry the section.
 * Only the file's shape is validated here (readable, right columns); zone ids are checked by checkPlan.
 */
export function readPlan(file: string, zonesOrOpts: ZoneSet | ReadPlanOptions = {}): PlanInput {
  return readPlanText(readText(file, said('load.plan.read.hint')), file, zonesOrOpts);
}

/** readPlan on a file's text already read (a plan dropped on the editor's page); `file` names it in messages. */
export function readPlanText(text: string, file: string, zonesOrOpts: ZoneSet | ReadPlanOptions = {}): PlanInput {
  const opts: ReadPlanOptions = isZoneSet(zonesOrOpts) ? { zones: zonesOrOpts } : zonesOrOpts;
  const ext = extname(file).toLowerCase();
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  const input = ext === '.json' || ext === '.geojson' || (ext !== '.csv' && looksJson) ? planFromJsonText(text, file, opts) : planFromCsvText(text, file, opts);
  if (input.rows.length === 0) {
    throw new InputError(said('load.plan.empty'), { file, hint: said('load.plan.empty.hint') });
  }
  if (!opts.zones) return input;
  const onUnits = planRowsOnUnits(input, opts.zones);
  refuseLostLeadingZeros(onUnits, opts.zones);
  return onUnits;
}

/**
 * A plan of the zones given with a units layer (propose --split-with): each unit of a split zone takes its zone's
 * section (a row naming the unit itself wins). The rows keep the line of the zone's row, for messages.
 */
function planRowsOnUnits(input: PlanInput, units: ZoneSet): PlanInput {
  const first = new Map<string, PlanRow>();
  for (const r of input.rows) if (!first.has(r.zone)) first.set(r.zone, r);
  const { values, carried } = carryOverToUnits(first, units);
  if (carried.length === 0) return input;
  const split = new Set(carried.map((c) => c.zone));
  const rows = input.rows.filter((r) => !split.has(r.zone));
  for (const [id, row] of values) if (!first.has(id)) rows.push({ ...row, zone: id });
  return { ...input, rows, carried };
}

/**
 * A plan saved by a spreadsheet that read "0052" as the number 52 matches no zone: that is unusable input
 * (exit 2) with the same hint as for member files, not a plan that breaks the rules.
 */
function refuseLostLeadingZeros(input: PlanInput, zones: ZoneSet): void {
  const unknown = input.rows.filter((r) => r.zone !== '' && !zones.byId.has(r.zone));
  if (unknown.length === 0) return;
  const hint = leadingZeroHint(
    unknown.map((r) => r.zone),
    new Set(zones.byId.keys()),
  );
  if (hint === undefined) return;
  const first = unknown[0];
  const lines = unknown.slice(0, 5).map((r): SaidValue => said('load.plan.zoneAtLine', { zone: r.zone, line: r.line }));
  if (unknown.length > 5) lines.push('…');
  throw new InputError(said('load.plan.lostZeros', { n: unknown.length, zones: zones.file, lines: joinSaid(lines, ', ') }), {
    file: input.file,
    zone: first.zone,
    field: 'zone',
    hint,
  });
}

function isZoneSet(x: ZoneSet | ReadPlanOptions): x is ZoneSet {
  return 'byId' in x && x.byId instanceof Map;
}

function planFromCsvText(text: string, file: string, opts: ReadPlanOptions): PlanInput {
  const table = parseCsv(text, file);
  const zoneCol = pickColumn(table.columns, opts.zoneProp, ZONE_NAMES, 'zone', file, table.rows, opts.zones);
  const sectionCol = pickColumn(table.columns, opts.sectionProp, SECTION_NAMES, 'section', file);
  const rows = table.rows.map((r, i) => ({ zone: (r[zoneCol] ?? '').trim(), section: r[sectionCol] ?? '', line: i + 2 }));
  // a spreadsheet may leave fully empty lines at the end
  return { file, rows: normalisedRows(rows, file).filter((r) => r.zone !== '' || r.section !== '') };
}

function planFromJsonText(text: string, file: string, opts: ReadPlanOptions): PlanInput {
  const data = parseJson(text, file, said('load.plan.json.hint', { object: '{"zone id": "section id", …}', array: '[{"zone": …, "section": …}, …]' }));
  if (Array.isArray(data)) return planFromRecords(data, file, opts, 'entry');
  if (typeof data === 'object' && data !== null) {
    const obj = data as Record<string, unknown>;
    if (obj.type === 'FeatureCollection') {
      if (!Array.isArray(obj.features)) throw new InputError(said('load.plan.noFeatures'), { file });
      const props = obj.features.map((f: unknown, i: number) => {
        const p = (f as { properties?: unknown } | null)?.properties;
        if (typeof p !== 'object' || p === null) {
          throw new InputError(said('load.plan.noProperties', { n: i + 1 }), { file, hint: said('load.plan.noProperties.hint') });
        }
        return p;
      });
      return planFromRecords(props, file, opts, 'feature');
    }
    // {"zone": "section"} object
    const rows: PlanRow[] = Object.entries(obj).map(([zone, section], i) => {
      if (typeof section !== 'string' && typeof section !== 'number') {
        throw new InputError(said('load.plan.badSection', { zone }), {
          file,
          zone,
          hint: said('load.plan.badSection.hint', { example: '{"9312": "Marseille", …}' }),
        });
      }
      return { zone: zone.trim(), section: String(section), line: i + 1 };
    });
    return { file, rows: normalisedRows(rows, file) };
  }
  throw new InputError(said('load.plan.notPlan'), { file });
}

/** Array of {zone, section} records (JSON array entries or GeoJSON feature properties). */
function planFromRecords(records: unknown[], file: string, opts: ReadPlanOptions, what: 'entry' | 'feature'): PlanInput {
  const objects = records.map((r, i) => {
    if (typeof r !== 'object' || r === null || Array.isArray(r)) {
      throw new InputError(what === 'entry' ? said('load.plan.notRecord.entry', { n: i + 1 }) : said('load.plan.notRecord.feature', { n: i + 1 }), { file });
    }
    return r as Record<string, unknown>;
  });
  const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  const asStrings = objects.map((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)])));
  const zoneKey = pickColumn(keys, opts.zoneProp, ZONE_NAMES, 'zone', file, asStrings, opts.zones);
  const sectionKey = pickColumn(keys, opts.sectionProp, SECTION_NAMES, 'section', file);
  const rows = asStrings.map((o, i) => ({ zone: (o[zoneKey] ?? '').trim(), section: o[sectionKey] ?? '', line: i + 1 }));
  return { file, rows: normalisedRows(rows, file) };
}

/**
 * The one normaliser of section names (src/load/plan-schema.ts: trimmed, Unicode NFC) on the rows of a plan
 * file, as on the editor's API: two spellings of one name (" TRIM" and "TRIM", "Hérault" composed and
 * decomposed) would show as one section and be merged in plan.csv, so they are refused, both lines named.
 */
function normalisedRows(rows: PlanRow[], file: string): PlanRow[] {
  const first = new Map<string, PlanRow>();
  return rows.map((r) => {
    const name = normaliseSectionName(r.section);
    const seen = first.get(name);
    if (seen === undefined) first.set(name, r);
    else if (seen.section !== r.section) {
      const at = (x: PlanRow) => said('load.plan.sameNameAt', { name: visibleName(x.section), line: x.line ?? '?' });
      throw new InputError(said('load.plan.sameName', { a: at(seen), b: at(r) }), { file, field: 'section', hint: said('load.plan.sameName.hint') });
    }
    return { ...r, section: name };
  });
}

/**
 * Pick the column for the zone id or the section: the user's choice, else the first known name
 * (case-insensitive). For zone ids, when zones are known and several names fit, the one whose
 * values match most zone ids wins (a GeoJSON plan may carry both "id" and "code").
 */
function pickColumn(
  columns: string[],
  wanted: string | undefined,
  names: string[],
  what: 'zone' | 'section',
  file: string,
  rows?: Record<string, string>[],
  zones?: ZoneSet,
): string {
  const named = option(what === 'zone' ? 'zoneProp' : 'sectionProp');
  const found = sayableColumns(columns, file);
  if (wanted !== undefined) {
    if (!columns.includes(wanted)) {
      throw new InputError(said('load.plan.noColumn', { column: wanted, found }), {
        file,
        field: wanted,
        hint: said('load.plan.noColumn.hint', { option: named }),
      });
    }
    requireOnce(columns, wanted, file, what === 'zone' ? 'zoneProp' : 'sectionProp');
    return wanted;
  }
  const lower = new Map(columns.map((c) => [c.toLowerCase().trim(), c]));
  const candidates = names.map((n) => lower.get(n)).filter((c): c is string => c !== undefined);
  if (candidates.length === 0) {
    throw new InputError(what === 'zone' ? said('load.plan.noZoneColumn', { found }) : said('load.plan.noSectionColumn', { found }), {
      file,
      field: what,
      hint: said('load.plan.nameColumns.hint', { names: names.slice(0, 3).join(' / '), option: named }),
    });
  }
  let chosen = candidates[0]!;
  if (candidates.length > 1 && rows && zones) {
    const score = (c: string) => rows.filter((r) => zones.byId.has((r[c] ?? '').trim())).length;
    chosen = candidates.reduce((best, c) => (score(c) > score(best) ? c : best));
  }
  requireOnce(columns, chosen, file, what === 'zone' ? 'zoneProp' : 'sectionProp');
  return chosen;
}

export interface PlanFromInputOptions {
  /** accept a plan that leaves some zones unassigned (default false) */
  allowMissing?: boolean;
}

/**
 * Turn rows read from a file into a Plan, refusing plans that cannot be used as they are: unknown zone
 * ids, a zone listed twice with different sections, empty sections, zones left out. To list every
 * problem instead of stopping at the first, run checkPlan on the PlanInput.
 */
export function planFromInput(input: PlanInput, zones: ZoneSet, opts: PlanFromInputOptions = {}): Plan {
  const plan: Plan = new Map();
  const problems: Said[] = [];
  let firstZone: string | undefined;
  const note = (zone: string, msg: Said) => {
    firstZone ??= zone;
    problems.push(msg);
  };
  for (const row of input.rows) {
    if (!zones.byId.has(row.zone)) {
      note(row.zone, said('load.plan.unknownZone', { line: row.line, zone: row.zone, zones: zones.file }));
      continue;
    }
    if (row.section === '') {
      note(row.zone, said('load.plan.emptySection', { line: row.line, zone: row.zone }));
      continue;
    }
    const before = plan.get(row.zone);
    if (before !== undefined && before !== row.section) {
      note(row.zone, said('load.plan.listedAgain', { line: row.line, zone: row.zone, section: row.section, before }));
      continue;
    }
    plan.set(row.zone, row.section);
  }
  if (!opts.allowMissing) {
    const missing = zones.zones.filter((z) => !plan.has(z.id)).map((z) => z.id);
    if (missing.length) note(missing[0], said('load.plan.noSection', { n: missing.length, list: preview(missing) }));
  }
  if (problems.length) {
    const shown: SaidValue[] = problems.slice(0, 8);
    if (problems.length > 8) shown.push(said('load.plan.moreProblems', { n: problems.length - 8 }));
    const list = shown.reduce((a, b) => said('load.plan.problems', { list: a, next: b }));
    throw new InputError(said('load.plan.unusable', { problems: list }), {
      file: input.file,
      zone: problems.length === 1 ? firstZone : undefined,
      hint: said('load.plan.unusable.hint'),
    });
  }
  return plan;
}

function preview(ids: string[], n = 10): SaidValue {
  return ids.length <= n ? ids.join(', ') : said('load.plan.preview', { shown: ids.slice(0, n).join(', '), n: ids.length - n });
}

/** Parts said in turn, joined by a separator that every language writes the same (", "). */
function joinSaid(parts: readonly SaidValue[], sep: string): SaidValue {
  return parts.reduce((a, b) => said('load.joined', { a, sep, b }));
}

/**
 * Plan as CSV text: header zone,zone_name,section,section_name, one row per zone in the zones' order (empty
 * section when unassigned). readPlan reads it back (and any zone,section file), in every CsvStyle.
 */
export function planToCsv(plan: Plan, zones: ZoneSet, style: Partial<CsvStyle> = {}): string {
  const names = sectionNamesOf(zones, plan);
  return toCsv(
    ['zone', 'zone_name', 'section', 'section_name'],
    zones.zones.map((z) => {
      const s = plan.get(z.id);
      return [z.id, z.name, s ?? '', s === undefined ? '' : (names.get(s) ?? s)];
    }),
    style,
  );
}

/** Write a plan as CSV (zone,zone_name,section,section_name), atomically. */
export function writePlanCsv(path: string, plan: Plan, zones: ZoneSet, style: Partial<CsvStyle> = {}): void {
  writeFileAtomic(path, planToCsv(plan, zones, style));
}

/**
 * The old practice's plan built from the layer itself: one section per value of a zone property (--compare-by
 * dep: one section per département), so nobody has to write old-plan.csv by hand. Each section is named by the
 * value ("13"); on a units layer the units carry their zone's value (splitLargeZones copies it).
 */
export function planByProperty(zones: ZoneSet, prop: string): Plan {
  const missing = zones.zones.filter((z) => z.properties[prop] === undefined || z.properties[prop] === null || String(z.properties[prop]).trim() === '');
  if (missing.length) {
    const known = [...new Set(zones.zones.flatMap((z) => Object.keys(z.properties)))].slice(0, 20).join(', ');
    throw new InputError(said('load.plan.noGroup', { n: missing.length, prop, list: preview(missing.map((z) => z.id)) }), {
      file: zones.file,
      zone: missing[0].id,
      field: prop,
      hint: said('load.plan.noGroup.hint', { option: option('compareBy'), found: known, communeTable: option('communeTable') }),
    });
  }
  return new Map(zones.zones.map((z) => [z.id, String(z.properties[prop]).trim()]));
}
