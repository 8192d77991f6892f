/**
 * loadZones: read a GeoJSON FeatureCollection of Polygon/MultiPolygon zones, pick their ids and names,
 * and attach member counts from the source the user chose. Every problem is an InputError that names the
 * file, the zone (or the feature number when it has no id) and the property, and says what to do.
 */
import { normaliseZoneGeometry } from '../io/geometry.js';
import { parseJson, readText } from '../io/read.js';
import { basename } from 'node:path';
import type { Feature } from 'geojson';
import { InputError } from '../core/errors.js';
import { formatCount } from '../core/i18n.js';
import { MAX_MEMBERS } from '../core/limits.js';
import type { MembersSource, Zone, ZoneGeometry, ZoneSet } from '../core/types.js';
import {
  communeValuesToZones,
  fmtInt,
  joinToZones,
  parseCount,
  parsePopulation,
  valuesFromTable,
} from './members.js';
import { readCsv } from '../io/csv.js';

/** Property that files decoupage writes carry when their member figures are estimates. */
export const ESTIMATED_PROP = 'members_estimated';

/** Id properties tried, in order, when --id is not given. */
export const ID_CANDIDATES = ['code', 'id', 'ze2020', 'CODE', 'insee'];
/** Name properties tried, in order, when --name is not given. */
export const NAME_CANDIDATES = ['name', 'nom', 'libelle', 'libze2020', 'NAME', 'NOM', 'LIBELLE'];

export interface LoadZonesOptions {
  /** property holding the zone id (detected among ID_CANDIDATES when absent) */
  idProp?: string;
  /** property holding the zone name (detected among NAME_CANDIDATES; the id when none) */
  nameProp?: string;

  // --- member counts: at most one source ---
  /** feature property holding the member count */
  membersProp?: string;
  /** CSV with one line per zone: codeCol, membersCol */
  membersCsv?: string;
  /** member column of the CSVs (default "members") */
  membersCol?: string;
  /** zone code column of membersCsv / populationCsv (default "code") */
  codeCol?: string;
  /** commune-level CSV of member counts, summed to zones through communeTable */
  communeMembersCsv?: string;
  /** commune code column of the commune-level CSVs (detected: code, CODGEO, insee…) */
  communeCol?: string;
  /** commune → zone table, e.g. INSEE's commune-ze2020.csv */
  communeTable?: string;
  /** commune column of the table (default "CODGEO") */
  tableCommuneCol?: string;
  /** zone column of the table (default "ZE2020") */
  tableZoneCol?: string;
  /** leave out CSV lines whose code is in no zone, or unknown to the commune table (said in the member description) */
  skipUnknown?: boolean;

  // --- estimates: members = round(population × rate) ---
  estimateMembers?: number;
  /** feature property holding the population (default "population") */
  populationProp?: string;
  /** CSV with one line per zone: codeCol, populationCol */
  populationCsv?: string;
  /** population column of the CSVs (default "population") */
  populationCol?: string;
  /** commune-level population CSV, summed to zones through communeTable */
  communePopulationCsv?: string;

  /** when no source is given and features carry no "members": members = 0 instead of an error (graph command) */
  membersOptional?: boolean;
}

/** Load a zone layer with its member counts. Synchronous; throws InputError on any bad input. */
export function loadZones(file: string, opts: LoadZonesOptions = {}): ZoneSet {
  const { features, credit, fieldLabels } = readFeatures(file);
  const props = features.map((f) => (f.properties ?? {}) as Record<string, unknown>);
  const idProp = opts.idProp ?? detectIdProp(file, features, props);
  const nameProp = opts.nameProp ?? NAME_CANDIDATES.find((c) => props.some((p) => p[c] != null));
  if (opts.idProp !== undefined) requireSomeFeatureHas(file, props, opts.idProp, '--id');
  if (opts.nameProp !== undefined) requireSomeFeatureHas(file, props, opts.nameProp, '--name');

  const zones: Zone[] = [];
  const byId = new Map<string, Zone>();
  const featureOf = new Map<string, number>();
  features.forEach((f, i) => {
    const p = props[i];
    const id = zoneId(file, f, p, idProp, i);
    const before = featureOf.get(id);
    if (before !== undefined) {
      throw new InputError(`two features have the same id (features #${before + 1} and #${i + 1})`, {
        file,
        zone: id,
        field: idProp ?? 'id',
        hint: 'every zone needs its own id: fix the duplicate, or choose another id property with --id',
      });
    }
    featureOf.set(id, i);
    const geometry = zoneGeometry(file, f, id);
    const rawName = nameProp !== undefined ? p[nameProp] : undefined;
    const name = rawName == null || String(rawName).trim() === '' ? id : String(rawName).trim();
    const zone: Zone = { id, name, members: 0, geometry, properties: p };
    zones.push(zone);
    byId.set(id, zone);
  });

  const { counts, source } = resolveMembers(file, zones, opts);
  zones.forEach((z, i) => (z.members = checkedMembers(file, z.id, counts[i], source)));
  const total = zones.reduce((sum, z) => sum + z.members, 0);
  if (total > MAX_MEMBERS) {
    throw new InputError(`the zones have ${formatCount(total)} members in all, beyond any real count (at most ${formatCount(MAX_MEMBERS)})`, {
      file,
      field: 'members',
      hint: `check the member figures (${source.description})`,
    });
  }
  return { file, zones, byId, members: source, ...(credit ? { credit } : {}), ...(fieldLabels ? { fieldLabels } : {}) };
}

/**
 * The one rule for member counts, whatever their source (property, CSV, communes summed, estimate): a whole
 * number from 0 to MAX_MEMBERS. Readers refuse worse values; sums and estimates are checked here, so that a
 * writer (info --members-out, units.geojson) never writes a value a reader would refuse.
 */
function checkedMembers(file: string, zone: string, n: number, source: MembersSource): number {
  if (Number.isInteger(n) && n >= 0 && n <= MAX_MEMBERS) return n;
  throw new InputError(`has ${Number.isFinite(n) ? formatCount(n) : String(n)} members, beyond any real count (a whole number from 0 to ${formatCount(MAX_MEMBERS)})`, {
    file,
    zone,
    field: 'members',
    hint: `check the member figures (${source.description})`,
  });
}

/** Read and check the FeatureCollection envelope; its "source" member (a foreign member, RFC 7946 §6.1) credits the data. */
function readFeatures(file: string): { features: Feature[]; credit?: string; fieldLabels?: Record<string, string> } {
  const text = readText(file);
  const data = parseJson(text, file, 'the file is damaged or is not GeoJSON: export the layer again as GeoJSON (in QGIS: Export → Save Features As → GeoJSON)');
  const obj = (typeof data === 'object' && data !== null ? data : {}) as { type?: unknown; features?: unknown; source?: unknown; labels?: unknown };
  if (typeof data !== 'object' || data === null || Array.isArray(data) || obj.type !== 'FeatureCollection') {
    const json = data === null ? 'null' : Array.isArray(data) ? 'a list' : typeof data === 'object' ? 'an object without "type": "FeatureCollection"' : `a ${typeof data}`;
    const what = typeof data === 'object' && data !== null && typeof obj.type === 'string' ? `is a GeoJSON "${obj.type}"` : `is not GeoJSON (the JSON is ${json})`;
    throw new InputError(`${what}, not a FeatureCollection`, {
      file,
      field: 'type',
      hint:
        obj.type === 'Topology'
          ? 'this is TopoJSON: convert it to GeoJSON first (for example with mapshaper)'
          : 'a zone file is a GeoJSON FeatureCollection with one Polygon or MultiPolygon feature per zone',
    });
  }
  if (!Array.isArray(obj.features)) {
    throw new InputError('has no "features" list', { file, field: 'features', hint: 'export the layer again as GeoJSON' });
  }
  if (obj.features.length === 0) {
    throw new InputError('holds no zones (the feature list is empty)', { file, field: 'features' });
  }
  obj.features.forEach((f, i) => {
    if (typeof f !== 'object' || f === null || (f as { type?: unknown }).type !== 'Feature') {
      throw new InputError(`the ${ordinal(i + 1)} entry of "features" is not a Feature`, {
        file,
        zone: `#${i + 1}`,
        field: 'type',
        hint: 'export the layer again as GeoJSON',
      });
    }
  });
  const credit = typeof obj.source === 'string' && obj.source.trim() !== '' ? obj.source.trim() : undefined;
  // "labels": {"property": "its name in prose"}; anything else in it is ignored
  const labels = typeof obj.labels === 'object' && obj.labels !== null && !Array.isArray(obj.labels)
    ? Object.fromEntries(Object.entries(obj.labels).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '').map(([k, v]) => [k, v.trim()]))
    : {};
  return { features: obj.features as Feature[], credit, fieldLabels: Object.keys(labels).length ? labels : undefined };
}

function detectIdProp(file: string, features: Feature[], props: Record<string, unknown>[]): string | undefined {
  const filled = (p: Record<string, unknown>, c: string) => p[c] != null && p[c] !== '';
  const found = ID_CANDIDATES.find((c) => props.every((p) => filled(p, c)));
  if (found) return found;
  if (features.every((f) => f.id !== undefined && f.id !== null)) return undefined; // use the Feature's own id
  // filled on some features only: use it, so the error names the feature that lacks an id
  const partly = ID_CANDIDATES.find((c) => props.some((p) => filled(p, c)));
  if (partly) return partly;
  throw new InputError(`cannot tell which property holds the zone ids (none of ${ID_CANDIDATES.join(', ')} is filled in on every feature)`, {
    file,
    field: 'id',
    hint: `name it with --id; properties of the features: ${listProperties(props).join(', ') || '(none)'}`,
  });
}

function requireSomeFeatureHas(file: string, props: Record<string, unknown>[], prop: string, option: string): void {
  if (props.some((p) => prop in p)) return;
  throw new InputError(`no feature has a property "${prop}"`, {
    file,
    field: prop,
    hint: `check ${option}; properties of the features: ${listProperties(props).join(', ') || '(none)'}`,
  });
}

/** Property names present on the features, in first-seen order. */
export function listProperties(props: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const p of props) for (const k of Object.keys(p)) seen.add(k);
  return [...seen];
}

function zoneId(file: string, f: Feature, p: Record<string, unknown>, idProp: string | undefined, i: number): string {
  const raw = idProp === undefined ? f.id : p[idProp];
  const field = idProp ?? 'id';
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    throw new InputError(`the ${ordinal(i + 1)} feature has no id`, {
      file,
      zone: `#${i + 1}`,
      field,
      hint: `give every zone an id in "${field}", or choose another id property with --id`,
    });
  }
  if (typeof raw === 'object' || typeof raw === 'boolean') {
    throw new InputError(`the ${ordinal(i + 1)} feature has an id that is not a code (${JSON.stringify(raw)})`, {
      file,
      zone: `#${i + 1}`,
      field,
      hint: 'ids are codes such as "9312": choose another id property with --id',
    });
  }
  // numbers become strings; codes stored as text keep their leading zeros
  return String(raw).trim();
}

/** The outline, validated and normalised by the input gate (io/geometry.ts). */
function zoneGeometry(file: string, f: Feature, id: string): ZoneGeometry {
  return normaliseZoneGeometry(f.geometry, { file, zone: id });
}

/** Member counts, in zone order, and a sentence saying where they come from. */
function resolveMembers(file: string, zones: Zone[], o: LoadZonesOptions): { counts: number[]; source: MembersSource } {
  const ids = zones.map((z) => z.id);
  const fileName = basename(file);
  const sources = [
    o.membersProp !== undefined && '--members',
    o.membersCsv !== undefined && '--members-csv',
    o.communeMembersCsv !== undefined && '--commune-members',
    o.estimateMembers !== undefined && '--estimate-members',
  ].filter((s): s is string => typeof s === 'string');
  if (sources.length > 1) {
    throw new InputError(`choose one source of member counts, not ${sources.join(' and ')}`, {
      field: 'members',
      hint: 'give exactly one of --members, --members-csv, --commune-members, --estimate-members',
    });
  }
  const population = [
    o.populationProp !== undefined && '--population',
    o.populationCsv !== undefined && '--population-csv',
    o.communePopulationCsv !== undefined && '--commune-population',
  ].filter((s): s is string => typeof s === 'string');
  if (population.length && o.estimateMembers === undefined) {
    throw new InputError(`${population[0]} is used only to estimate members`, {
      field: 'population',
      hint: 'add --estimate-members RATE (members = population × RATE), or drop the population option',
    });
  }
  if (o.communeTable !== undefined && o.communeMembersCsv === undefined && o.communePopulationCsv === undefined) {
    throw new InputError('--commune-table is used only with --commune-members or --commune-population', {
      field: 'commune-table',
      hint: 'give the commune-level CSV with --commune-members FILE.csv (or --commune-population FILE.csv with --estimate-members)',
    });
  }
  const membersCol = o.membersCol ?? 'members';

  const fromCsv = csvValuesByZone(ids, o, 'count', {
    zoneCsv: o.membersCsv,
    communeCsv: o.communeMembersCsv,
    col: membersCol,
    colOption: '--members-col',
    communeOption: '--commune-members',
  });
  if (fromCsv) return { counts: fromCsv.values, source: { estimated: fromCsv.estimated, description: fromCsv.from } };
  if (o.estimateMembers !== undefined) {
    const rate = o.estimateMembers;
    if (!Number.isFinite(rate) || rate <= 0) {
      throw new InputError(`--estimate-members must be a positive number such as 0.08, got ${rate}`, { field: 'estimate-members' });
    }
    const { population, from } = resolvePopulation(file, zones, o);
    return {
      counts: population.map((p) => Math.round(p * rate)),
      source: { estimated: true, description: `estimated as population × ${rate} (${from})` },
    };
  }
  const prop = o.membersProp ?? (zones.some((z) => 'members' in z.properties) ? 'members' : undefined);
  if (prop !== undefined) {
    if (o.membersProp !== undefined && !zones.some((z) => prop in z.properties)) {
      throw new InputError(`no feature has a property "${prop}"`, {
        file,
        field: prop,
        hint: `check --members; properties of the features: ${listProperties(zones.map((z) => z.properties)).join(', ')}`,
      });
    }
    const counts = zones.map((z) => parseCount(z.properties[prop], { file, zone: z.id, field: prop }));
    // files decoupage wrote from estimates (units.geojson, zones-with-sections) say so in members_estimated
    const marked = zones.filter((z) => z.properties[ESTIMATED_PROP] === true);
    const estimated = marked.length > 0;
    const partly = estimated && marked.length < zones.length;
    const mark = partly ? ` (${marked.length} units marked as estimates by "${ESTIMATED_PROP}")` : estimated ? ` (marked as estimates by "${ESTIMATED_PROP}")` : '';
    const description = `property "${prop}" of ${fileName}${mark}`;
    // some features marked, others not (units.geojson of counted zones with one zone split by population)
    const some = partly ? { estimatedIds: marked.map((z) => String(z.id)) } : {};
    return { counts, source: { estimated, ...some, description } };
  }
  if (o.membersOptional) return { counts: zones.map(() => 0), source: { estimated: false, description: 'no member counts' } };
  throw new InputError('the zones have no member counts (no "members" property)', {
    file,
    field: 'members',
    hint:
      'say where they are: --members PROPERTY, --members-csv FILE.csv, --commune-members FILE.csv --commune-table TABLE.csv, ' +
      'or estimate them with --estimate-members RATE (population × RATE, population from --population PROPERTY or --population-csv FILE.csv)',
  });
}

function resolvePopulation(file: string, zones: Zone[], o: LoadZonesOptions): { population: number[]; from: string } {
  const ids = zones.map((z) => z.id);
  const populationCol = o.populationCol ?? 'population';
  const given = [o.populationCsv !== undefined && '--population-csv', o.communePopulationCsv !== undefined && '--commune-population'].filter(
    (s): s is string => typeof s === 'string',
  );
  if (given.length > 1 || (given.length === 1 && o.populationProp !== undefined)) {
    throw new InputError('choose one source of population for --estimate-members', {
      field: 'population',
      hint: 'give one of --population, --population-csv, --commune-population',
    });
  }
  const fromCsv = csvValuesByZone(ids, o, 'population', {
    zoneCsv: o.populationCsv,
    communeCsv: o.communePopulationCsv,
    col: populationCol,
    colOption: '--population-col',
    communeOption: '--commune-population',
  });
  if (fromCsv) return { population: fromCsv.values, from: fromCsv.from };
  const prop = o.populationProp ?? 'population';
  if (!zones.some((z) => prop in z.properties)) {
    throw new InputError(`--estimate-members needs a population, and no feature has a property "${prop}"`, {
      file,
      field: prop,
      hint:
        'name the population property with --population PROPERTY, or give a CSV with --population-csv FILE.csv ' +
        `(or --commune-population FILE.csv --commune-table TABLE.csv); properties of the features: ${listProperties(zones.map((z) => z.properties)).join(', ')}`,
    });
  }
  const population = zones.map((z) => parsePopulation(z.properties[prop], { file, zone: z.id, field: prop }));
  return { population, from: `property "${prop}" of ${basename(file)}` };
}

function requireCommuneTable(o: LoadZonesOptions, option: string): string {
  if (o.communeTable === undefined) {
    throw new InputError(`${option} needs the commune → zone table`, {
      field: 'commune-table',
      hint: 'add --commune-table TABLE.csv, for example INSEE\'s commune-ze2020.csv (columns CODGEO, ZE2020)',
    });
  }
  return o.communeTable;
}

/**
 * Values per zone (member counts or population) from a zone-level CSV, or from a commune-level CSV summed
 * through the commune → zone table; undefined when neither file is given.
 */
function csvValuesByZone(
  ids: string[],
  o: LoadZonesOptions,
  kind: 'count' | 'population',
  src: { zoneCsv?: string; communeCsv?: string; col: string; colOption: string; communeOption: string },
): { values: number[]; from: string; estimated: boolean } | undefined {
  const codeCol = o.codeCol ?? 'code';
  if (src.zoneCsv !== undefined) {
    const table = readCsv(src.zoneCsv);
    const values = valuesFromTable(table, codeCol, src.col, { codeOption: '--code-col', valueOption: src.colOption, kind });
    const joined = joinToZones(values, ids, src.zoneCsv, codeCol, o.skipUnknown);
    // a members file written by `info --members-out` from estimates says so in its members_estimated column
    const estimated = table.columns.includes(ESTIMATED_PROP) && table.rows.some((r) => r[ESTIMATED_PROP] === 'true');
    const mark = estimated ? ` (marked as estimates by "${ESTIMATED_PROP}")` : '';
    return { values: ids.map((z) => joined.get(z)!), from: `column "${src.col}" of ${basename(src.zoneCsv)}${leftOut(values, joined)}${mark}`, estimated };
  }
  if (src.communeCsv !== undefined) {
    const table = requireCommuneTable(o, src.communeOption);
    const r = communeValuesToZones(ids, {
      file: src.communeCsv,
      communeCol: o.communeCol,
      valueCol: src.col,
      valueOption: src.colOption,
      kind,
      tableFile: table,
      tableCommuneCol: o.tableCommuneCol,
      tableZoneCol: o.tableZoneCol,
      skipUnknown: o.skipUnknown,
    });
    return { values: ids.map((z) => r.values.get(z)!), from: `column "${src.col}" of ${basename(src.communeCsv)}, ${communeSummary(r, table, kind)}`, estimated: false };
  }
  return undefined;
}

/** "; 3 line(s) of other zones left out" when --skip-unknown dropped lines of a per-zone CSV. */
function leftOut(values: Map<string, number>, joined: Map<string, number>): string {
  const n = values.size - joined.size;
  return n > 0 ? `; ${fmtInt(n)} line(s) of zones not in the zone file left out` : '';
}

function communeSummary(r: { communes: number; outside: number; unknown: number; unknownTotal: number }, table: string, kind: 'count' | 'population'): string {
  let s = `${fmtInt(r.communes)} commune(s) summed by zone with ${basename(table)}`;
  if (r.outside > 0) s += `; ${fmtInt(r.outside)} commune(s) of other zones left out`;
  if (r.unknown > 0) s += `; ${fmtInt(r.unknown)} commune(s) unknown to the table left out (${fmtInt(r.unknownTotal)} ${kind === 'population' ? 'inhabitants' : 'members'})`;
  return s;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}
