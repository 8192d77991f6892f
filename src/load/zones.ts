/**
 * Zones from a GeoJSON FeatureCollection of Polygon/MultiPolygon zones: pick their ids and names, and attach
 * member counts from the source the user chose. `zonesFromGeoJson` takes values (the parsed collection, the
 * tables in memory) and reads no file, so a web page or another program can use it; `loadZones` is the file
 * layer on top (paths read through the input gate, io/read.ts). Every problem is an InputError that names the
 * source, the zone (or the feature number when it has no id) and the property, says what to do, and names
 * the library's options (the CLI says them as its flags).
 */
import { normaliseZoneGeometry, type LaterWarnings } from '../io/geometry.js';
import { flatRingsOf } from '../core/flat-rings.js';
import { readFeatureCollection } from '../io/geojson-scan.js';
import { isGpkgPath } from '../io/gpkg.js';
import { gpkgFeatureCollection } from './gpkg.js';
import type { Feature } from 'geojson';
import { InputError } from '../core/errors.js';
import { count, option, option as optionRef, said, shown, type Said, type SaidValue } from '../messages/message.js';
import { MAX_MEMBERS } from '../core/limits.js';
import { NO_MEMBER_COUNTS, type MembersSource, type Zone, type ZoneGeometry, type ZoneSet } from '../core/types.js';
import {
  baseName,
  COMMUNE_TABLE_DEFAULTS,
  communeValuesToZones,
  joinToZones,
  parseCount,
  parsePopulation,
  recogniseColumn,
  valuesFromTable,
} from './members.js';
import { readCsv, type Table } from '../io/csv.js';

/** Property that files decoupage writes carry when their member figures are estimates. */
export const ESTIMATED_PROP = 'members_estimated';

/** Id properties tried, in order, when idProp (--id) is not given. */
export const ID_CANDIDATES = ['code', 'id', 'ze2020', 'CODE', 'insee'];
/** Name properties tried, in order, when nameProp (--name) is not given. */
export const NAME_CANDIDATES = ['name', 'nom', 'libelle', 'libze2020', 'NAME', 'NOM', 'LIBELLE'];

export interface LoadZonesOptions {
  /** a GeoPackage's layer to read (its first feature layer when absent) */
  layer?: string;
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
  /** the outline checks that only warn (bow-ties, holes outside) are put off there, for the caller to run later (LaterWarnings) */
  warnLater?: LaterWarnings;
}

/** The options of loadZones that name files: zonesFromGeoJson takes the tables themselves. */
type FileOptions = 'membersCsv' | 'communeMembersCsv' | 'communeTable' | 'populationCsv' | 'communePopulationCsv';

/**
 * The options of zonesFromGeoJson: those of loadZones, with tables in memory (a CSV as parsed, see
 * io/csv.ts parseCsv) where loadZones takes paths: `membersCsv` is the members table, `communeTable` the
 * commune → zone table, and so on.
 */
export type ZonesFromGeoJsonOptions = Omit<LoadZonesOptions, FileOptions> & { [K in FileOptions]?: Table } & {
  /** the collection's name in messages and in ZoneSet.file, e.g. its file name (default "zones") */
  source?: string;
};

/** Throws unless `value` is a file name (a non-empty string): a table in memory is for zonesFromGeoJson. */
function filePath(value: unknown, name: string): void {
  if (typeof value === 'string' && value !== '') return;
  throw new InputError(said('load.read.notPath', { option: optionRef(name), value: shown(value) }), { field: name, hint: said('load.read.notPath.hint') });
}

/** Load a zone layer with its member counts from files. Synchronous; throws InputError on any bad input. */
export function loadZones(file: string, opts: LoadZonesOptions = {}): ZoneSet {
  // from plain JS, anything may come where a file name is expected: said naming the option, before any is read
  filePath(file, 'file');
  for (const key of ['membersCsv', 'communeMembersCsv', 'communeTable', 'populationCsv', 'communePopulationCsv'] as const) {
    if (opts[key] !== undefined) filePath(opts[key], key);
  }
  // a GeoPackage's first feature layer (or --layer) goes the same way as a GeoJSON
  const data = isGpkgPath(file) ? gpkgFeatureCollection(file, opts.layer) : readFeatureCollection(file, said('load.zones.notGeoJson.hint'));
  // wrong combinations of options are said before any table is read
  checkMemberOptions(opts);
  const read = (path: string | undefined, headerWith?: string): Table | undefined => (path === undefined ? undefined : readCsv(path, { headerWith }));
  return zonesFromGeoJson(data, {
    ...opts,
    source: file,
    membersCsv: read(opts.membersCsv),
    communeMembersCsv: read(opts.communeMembersCsv),
    communeTable: read(opts.communeTable, opts.tableCommuneCol ?? COMMUNE_TABLE_DEFAULTS.communeCol),
    populationCsv: read(opts.populationCsv),
    communePopulationCsv: read(opts.communePopulationCsv),
  });
}

/**
 * Two zones with the very same outline are one zone given twice under two ids (a feature copied in a GIS): its members
 * would count twice and the two would be "neighbours" along their whole border. Exit 2 naming both. (Candidates by a
 * key of the point count and two points, then compared point by point: one pass over the zones.)
 */
function requireDistinctOutlines(file: string, zones: readonly Zone[]): void {
  const seen = new Map<string, number>();
  zones.forEach((z, i) => {
    const f = flatRingsOf(z.geometry);
    const n = f.xs.length;
    if (n === 0) return;
    const key = `${n}:${f.xs[0]}:${f.ys[0]}:${f.xs[n >> 1]}:${f.ys[n >> 1]}`;
    const j = seen.get(key);
    if (j === undefined) return void seen.set(key, i);
    const g = flatRingsOf(zones[j]!.geometry);
    if (!sameNumbers(f.xs, g.xs) || !sameNumbers(f.ys, g.ys) || !sameNumbers(f.ringStart, g.ringStart) || !sameNumbers(f.polyStart, g.polyStart)) return;
    throw new InputError(said('load.zones.sameOutline', { a: zones[j]!.id, b: z.id }), {
      file,
      zone: z.id,
      field: 'geometry',
      hint: said('load.zones.sameOutline.hint'),
    });
  });
}

function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Zones with their member counts from values in memory: the parsed GeoJSON and the tables of the options.
 * Reads no file; throws InputError naming `source`, the zone, the field and the option.
 */
export function zonesFromGeoJson(collection: unknown, opts: ZonesFromGeoJsonOptions = {}): ZoneSet {
  const file = opts.source ?? 'zones';
  const { features, credit, fieldLabels } = featuresOf(collection, file);
  const props = features.map((f) => (f.properties ?? {}) as Record<string, unknown>);
  const idProp = opts.idProp ?? detectIdProp(file, features, props);
  const nameProp = opts.nameProp ?? NAME_CANDIDATES.find((c) => props.some((p) => p[c] != null));
  if (opts.idProp !== undefined) requireSomeFeatureHas(file, props, opts.idProp, 'idProp');
  if (opts.nameProp !== undefined) requireSomeFeatureHas(file, props, opts.nameProp, 'nameProp');

  const zones: Zone[] = [];
  const byId = new Map<string, Zone>();
  const featureOf = new Map<string, number>();
  features.forEach((f, i) => {
    const p = props[i];
    const id = zoneId(file, f, p, idProp, i);
    const before = featureOf.get(id);
    if (before !== undefined) {
      throw new InputError(said('load.zones.duplicateId', { a: before + 1, b: i + 1 }), {
        file,
        zone: id,
        field: idProp ?? 'id',
        hint: said('load.zones.duplicateId.hint', { idProp: option('idProp') }),
      });
    }
    featureOf.set(id, i);
    const geometry = zoneGeometry(file, f, id, opts.warnLater);
    const rawName = nameProp !== undefined ? p[nameProp] : undefined;
    const name = rawName == null || String(rawName).trim() === '' ? id : String(rawName).trim();
    const zone: Zone = { id, name, members: 0, geometry, properties: p };
    zones.push(zone);
    byId.set(id, zone);
  });

  requireDistinctOutlines(file, zones);
  const { counts, source } = resolveMembers(file, zones, opts);
  zones.forEach((z, i) => (z.members = checkedMembers(file, z.id, counts[i], source)));
  const total = zones.reduce((sum, z) => sum + z.members, 0);
  if (total > MAX_MEMBERS) {
    throw new InputError(said('load.zones.total', { total: count(total), max: count(MAX_MEMBERS) }), {
      file,
      field: 'members',
      hint: said('load.zones.checkFigures.hint', { source: source.description }),
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
  throw new InputError(said('load.zones.beyond', { n: Number.isFinite(n) ? count(n) : String(n), max: count(MAX_MEMBERS) }), {
    file,
    zone,
    field: 'members',
    hint: said('load.zones.checkFigures.hint', { source: source.description }),
  });
}

/** Check the FeatureCollection envelope; its "source" member (a foreign member, RFC 7946 §6.1) credits the data. */
function featuresOf(data: unknown, file: string): { features: Feature[]; credit?: string; fieldLabels?: Record<string, string> } {
  const obj = (typeof data === 'object' && data !== null ? data : {}) as { type?: unknown; features?: unknown; source?: unknown; labels?: unknown };
  if (typeof data !== 'object' || data === null || Array.isArray(data) || obj.type !== 'FeatureCollection') {
    const json =
      data === null
        ? said('load.zones.json.null')
        : Array.isArray(data)
          ? said('load.zones.json.list')
          : typeof data === 'object'
            ? said('load.zones.json.object')
            : said('load.zones.json.other', { type: typeof data });
    const what =
      typeof data === 'object' && data !== null && typeof obj.type === 'string'
        ? said('load.zones.otherGeoJson', { type: obj.type })
        : said('load.zones.notGeoJson', { json });
    throw new InputError(what, {
      file,
      field: 'type',
      hint: obj.type === 'Topology' ? said('load.zones.topoJson.hint') : said('load.zones.collection.hint'),
    });
  }
  if (!Array.isArray(obj.features)) {
    throw new InputError(said('load.zones.noFeatures'), { file, field: 'features', hint: said('load.zones.exportAgain.hint') });
  }
  if (obj.features.length === 0) {
    throw new InputError(said('load.zones.empty'), { file, field: 'features' });
  }
  obj.features.forEach((f, i) => {
    if (typeof f !== 'object' || f === null || (f as { type?: unknown }).type !== 'Feature') {
      throw new InputError(said('load.zones.notFeature', { nth: ordinal(i + 1) }), {
        file,
        zone: `#${i + 1}`,
        field: 'type',
        hint: said('load.zones.exportAgain.hint'),
      });
    }
  });
  const credit = typeof obj.source === 'string' && obj.source.trim() !== '' ? obj.source.trim() : undefined;
  // "labels": {"property": "its name in prose"}; anything else in it is ignored
  const labels =
    typeof obj.labels === 'object' && obj.labels !== null && !Array.isArray(obj.labels)
      ? Object.fromEntries(
          Object.entries(obj.labels)
            .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '')
            .map(([k, v]) => [k, v.trim()]),
        )
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
  throw new InputError(said('load.zones.noIdProperty', { candidates: ID_CANDIDATES.join(', ') }), {
    file,
    field: 'id',
    hint: said('load.zones.noIdProperty.hint', { idProp: option('idProp'), properties: propertyList(props) }),
  });
}

/** `name`: the option that named the property (idProp…). */
function requireSomeFeatureHas(file: string, props: readonly Record<string, unknown>[], prop: string, name: string): void {
  if (props.some((p) => prop in p)) return;
  throw new InputError(said('load.zones.noProperty', { prop }), {
    file,
    field: prop,
    hint: said('load.zones.noProperty.hint', { option: option(name), properties: propertyList(props) }),
  });
}

/** "code, name, dep" or "(none)", for hints. */
function propertyList(props: readonly Record<string, unknown>[]): SaidValue {
  return listProperties(props).join(', ') || said('load.none');
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
    throw new InputError(said('load.zones.noId', { nth: ordinal(i + 1) }), {
      file,
      zone: `#${i + 1}`,
      field,
      hint: said('load.zones.noId.hint', { field, idProp: option('idProp') }),
    });
  }
  if (typeof raw === 'object' || typeof raw === 'boolean') {
    throw new InputError(said('load.zones.idNotCode', { nth: ordinal(i + 1), value: JSON.stringify(raw) }), {
      file,
      zone: `#${i + 1}`,
      field,
      hint: said('load.zones.idNotCode.hint', { idProp: option('idProp') }),
    });
  }
  // numbers become strings; codes stored as text keep their leading zeros
  return String(raw).trim();
}

/** The outline, validated and normalised by the input gate (io/geometry.ts). */
function zoneGeometry(file: string, f: Feature, id: string, later?: LaterWarnings): ZoneGeometry {
  return normaliseZoneGeometry(f.geometry, { file, zone: id }, later);
}

/** Member counts, in zone order, and a sentence saying where they come from. */
function resolveMembers(file: string, zones: Zone[], o: ZonesFromGeoJsonOptions): { counts: number[]; source: MembersSource } {
  checkMemberOptions(o);
  const ids = zones.map((z) => z.id);
  const fileName = baseName(file);
  const membersCol = o.membersCol ?? 'members';

  const fromCsv = csvValuesByZone(ids, o, 'count', {
    zoneCsv: o.membersCsv,
    communeCsv: o.communeMembersCsv,
    col: membersCol,
    colOption: 'membersCol',
    communeOption: 'communeMembersCsv',
  });
  if (fromCsv) return { counts: fromCsv.values, source: { estimated: fromCsv.estimated, description: fromCsv.from } };
  if (o.estimateMembers !== undefined) {
    const rate = o.estimateMembers;
    const { population, from } = resolvePopulation(file, zones, o);
    return {
      counts: population.map((p) => Math.round(p * rate)),
      source: { estimated: true, description: said('load.source.estimated', { rate: decimal(rate), from }) },
    };
  }
  const prop = o.membersProp ?? (zones.some((z) => 'members' in z.properties) ? 'members' : undefined);
  if (prop !== undefined) {
    if (o.membersProp !== undefined && !zones.some((z) => prop in z.properties)) {
      requireSomeFeatureHas(
        file,
        zones.map((z) => z.properties),
        prop,
        'membersProp',
      );
    }
    const counts = zones.map((z) => parseCount(z.properties[prop], { file, zone: z.id, field: prop }));
    // files decoupage wrote from estimates (units.geojson, zones-with-sections) say so in members_estimated
    const marked = zones.filter((z) => z.properties[ESTIMATED_PROP] === true);
    const estimated = marked.length > 0;
    const partly = estimated && marked.length < zones.length;
    const property = said('load.source.property', { prop, file: fileName });
    const description = partly
      ? said('load.source.partlyMarked', { source: property, n: marked.length, prop: ESTIMATED_PROP })
      : estimated
        ? said('load.source.marked', { source: property, prop: ESTIMATED_PROP })
        : property;
    // some features marked, others not (units.geojson of counted zones with one zone split by population)
    const some = partly ? { estimatedIds: marked.map((z) => String(z.id)) } : {};
    return { counts, source: { estimated, ...some, description } };
  }
  if (o.membersOptional) return { counts: zones.map(() => 0), source: { estimated: false, description: NO_MEMBER_COUNTS } };
  throw new InputError(said('load.zones.noMembers'), {
    file,
    field: 'members',
    hint: said(
      'load.zones.noMembers.hint',
      options('membersProp', 'membersCsv', 'communeMembersCsv', 'communeTable', 'estimateMembers', 'populationProp', 'populationCsv'),
    ),
  });
}

function resolvePopulation(file: string, zones: Zone[], o: ZonesFromGeoJsonOptions): { population: number[]; from: Said } {
  const ids = zones.map((z) => z.id);
  const populationCol = o.populationCol ?? 'population';
  const fromCsv = csvValuesByZone(ids, o, 'population', {
    zoneCsv: o.populationCsv,
    communeCsv: o.communePopulationCsv,
    col: populationCol,
    colOption: 'populationCol',
    communeOption: 'communePopulationCsv',
  });
  if (fromCsv) return { population: fromCsv.values, from: fromCsv.from };
  const prop = o.populationProp ?? 'population';
  if (!zones.some((z) => prop in z.properties)) {
    throw new InputError(said('load.zones.noPopulation', { ...options('estimateMembers'), prop }), {
      file,
      field: prop,
      hint: said('load.zones.noPopulation.hint', {
        ...options('populationProp', 'populationCsv', 'communePopulationCsv', 'communeTable'),
        properties: propertyList(zones.map((z) => z.properties)),
      }),
    });
  }
  const population = zones.map((z) => parsePopulation(z.properties[prop], { file, zone: z.id, field: prop }));
  return { population, from: said('load.source.property', { prop, file: baseName(file) }) };
}

/** Which options were given (their values do not matter here: paths or tables). */
type GivenOptions = { [K in keyof LoadZonesOptions]?: unknown };

/**
 * The combinations of member options that cannot work, refused before anything is read: two sources of
 * member counts, a population without --estimate-members, a commune table without commune figures…
 */
function checkMemberOptions(o: GivenOptions): void {
  const given = (names: (keyof LoadZonesOptions)[]) => names.filter((k) => o[k] !== undefined);
  const sources = given(['membersProp', 'membersCsv', 'communeMembersCsv', 'estimateMembers']);
  if (sources.length > 1) {
    throw new InputError(said('load.zones.oneSource', { sources: sources.map((k): SaidValue => option(k)).reduce((a, b) => said('load.and', { a, b })) }), {
      field: 'members',
      hint: said('load.zones.oneSource.hint', options('membersProp', 'membersCsv', 'communeMembersCsv', 'estimateMembers')),
    });
  }
  const population = given(['populationProp', 'populationCsv', 'communePopulationCsv']);
  if (population.length && o.estimateMembers === undefined) {
    throw new InputError(said('load.zones.populationOnly', { option: option(population[0]) }), {
      field: 'population',
      hint: said('load.zones.populationOnly.hint', options('estimateMembers')),
    });
  }
  if (o.communeTable !== undefined && o.communeMembersCsv === undefined && o.communePopulationCsv === undefined) {
    throw new InputError(said('load.zones.tableOnly', options('communeTable', 'communeMembersCsv', 'communePopulationCsv')), {
      field: 'commune-table',
      hint: said('load.zones.tableOnly.hint', options('communeMembersCsv', 'communePopulationCsv', 'estimateMembers')),
    });
  }
  if (o.communeMembersCsv !== undefined) requireCommuneTable(o, 'communeMembersCsv');
  if (o.estimateMembers !== undefined) {
    const rate = o.estimateMembers;
    if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0) {
      throw new InputError(said('load.zones.badRate', { option: option('estimateMembers'), rate: String(rate) }), { field: 'estimate-members' });
    }
    if (
      given(['populationCsv', 'communePopulationCsv']).length > 1 ||
      ((o.populationCsv !== undefined || o.communePopulationCsv !== undefined) && o.populationProp !== undefined)
    ) {
      throw new InputError(said('load.zones.onePopulation', options('estimateMembers')), {
        field: 'population',
        hint: said('load.zones.onePopulation.hint', options('populationProp', 'populationCsv', 'communePopulationCsv')),
      });
    }
    if (o.communePopulationCsv !== undefined) requireCommuneTable(o, 'communePopulationCsv');
  }
}

function requireCommuneTable<T>(o: { communeTable?: T }, name: keyof LoadZonesOptions): T {
  if (o.communeTable === undefined) {
    throw new InputError(said('load.zones.needsTable', { option: optionRef(name) }), {
      field: 'commune-table',
      hint: said('load.zones.needsTable.hint', options('communeTable')),
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
  o: ZonesFromGeoJsonOptions,
  kind: 'count' | 'population',
  src: { zoneCsv?: Table; communeCsv?: Table; col: string; colOption: keyof LoadZonesOptions; communeOption: keyof LoadZonesOptions },
): { values: number[]; from: Said; estimated: boolean } | undefined {
  let codeCol = o.codeCol ?? 'code';
  if (src.zoneCsv !== undefined) {
    const table = src.zoneCsv;
    // a mutual's own export: "code INSEE;adhérents" (the column taken is said in the source: "column adhérents of …")
    if (o.codeCol === undefined) codeCol = recogniseColumn(table, 'code', codeCol, 'codeCol') ?? codeCol;
    if (kind === 'count' && src.colOption === 'membersCol' && o.membersCol === undefined)
      src = { ...src, col: recogniseColumn(table, 'count', src.col, 'membersCol') ?? src.col };
    const values = valuesFromTable(table, codeCol, src.col, { codeOption: 'codeCol', valueOption: src.colOption, kind });
    const joined = joinToZones(values, ids, table.name, codeCol, o.skipUnknown);
    // a members file written by `info --members-out` from estimates says so in its members_estimated column
    const estimated = table.columns.includes(ESTIMATED_PROP) && table.rows.some((r) => r[ESTIMATED_PROP] === 'true');
    let from = said('load.source.column', { col: src.col, file: baseName(table.name) });
    // --skip-unknown left out lines of other zones: say how many
    const left = values.size - joined.size;
    if (left > 0) from = said('load.source.leftOut', { source: from, n: count(left) });
    if (estimated) from = said('load.source.marked', { source: from, prop: ESTIMATED_PROP });
    return { values: ids.map((z) => joined.get(z)!), from, estimated };
  }
  if (src.communeCsv !== undefined) {
    const table = requireCommuneTable(o, src.communeOption);
    const r = communeValuesToZones(ids, {
      communes: src.communeCsv,
      communeCol: o.communeCol,
      valueCol: src.col,
      valueOption: src.colOption,
      kind,
      table,
      tableCommuneCol: o.tableCommuneCol,
      tableZoneCol: o.tableZoneCol,
      skipUnknown: o.skipUnknown,
    });
    const from = communeSummary(said('load.source.column', { col: src.col, file: baseName(src.communeCsv.name) }), r, table.name, kind);
    return { values: ids.map((z) => r.values.get(z)!), from, estimated: false };
  }
  return undefined;
}

/** "column "members" of communes.csv, 34,864 commune(s) summed by zone with commune-ze2020.csv; …" */
function communeSummary(
  column: Said,
  r: { communes: number; outside: number; unknown: number; unknownTotal: number },
  table: string,
  kind: 'count' | 'population',
): Said {
  let s = said('load.source.communes', { source: column, n: count(r.communes), table: baseName(table) });
  if (r.outside > 0) s = said('load.source.outside', { source: s, n: count(r.outside) });
  if (r.unknown > 0) {
    const figures = { source: s, n: count(r.unknown), total: count(r.unknownTotal) };
    s = kind === 'population' ? said('load.source.unknownInhabitants', figures) : said('load.source.unknownMembers', figures);
  }
  return s;
}

/** A rate as the reader writes decimals: 0.08 / 0,08. */
function decimal(x: number): SaidValue {
  const [whole, fraction] = String(x).split('.');
  return fraction === undefined ? x : said('load.decimal', { whole, fraction });
}

/** "3rd" / "3" (French writes "n° 3"). */
function ordinal(n: number): Said {
  const s = n % 100 >= 11 && n % 100 <= 13 ? undefined : ([undefined, 'st', 'nd', 'rd'] as const)[n % 10];
  return s === 'st' ? said('load.nth.st', { n }) : s === 'nd' ? said('load.nth.nd', { n }) : s === 'rd' ? said('load.nth.rd', { n }) : said('load.nth', { n });
}

/** Options as placeholders of the same names: the CLI says them as its flags. */
function options<K extends keyof LoadZonesOptions>(...names: K[]): Record<K, SaidValue> {
  return Object.fromEntries(names.map((n) => [n, option(n)])) as Record<K, SaidValue>;
}
