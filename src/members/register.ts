/**
 * A member register (one line per member, or a count per line) → members per commune, then per zone.
 * Each line is matched by its INSEE code when the register has one; else by its postal code alone when
 * the code serves one commune; else by its town name among the communes of the code (or of the
 * département, for CEDEX and wrong codes); else by a locality named in its street; and only then shared
 * among the candidate communes in proportion to their population (an estimate, marked as such).
 * Every line ends up in exactly one of these, or in the unmatched lines with its reason.
 *
 * Personal data: this module never puts a name, a street or a whole line in its results or its errors;
 * unmatched lines are only counted, by reason, postal code and (normalised) town.
 */
import { InputError } from '../core/errors.js';
import { MAX_MEMBERS } from '../core/limits.js';
import { count as countRef, option, said, type Personal } from '../messages/message.js';
import type { RegisterRow } from '../io/register.js';
import { looksLikeHeader } from '../io/csv.js';
import { largestRemainder } from '../apportion/remainder.js';
import type { CommuneTable } from '../core/types.js';
import { cleanPostcode, looseTown, normaliseTown } from './normalise.js';
import { departementsOfPostcode, geography, type Geography, type PostalCandidate } from './geography.js';

/** How a line was matched to its commune(s). */
export const MATCH_KINDS = ['insee', 'postcode', 'town', 'street', 'shared', 'unmatched'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** Why a line could not be matched. */
export const UNMATCHED_REASONS = ['no-postcode', 'bad-postcode', 'unknown-postcode', 'unknown-insee', 'foreign', 'bad-count', 'unreadable'] as const;
export type UnmatchedReason = (typeof UNMATCHED_REASONS)[number];

/** The register's columns (header names as written in the file). */
export interface RegisterColumns {
  postcode?: string;
  town?: string;
  street?: string;
  count?: string;
  insee?: string;
  country?: string;
}

/** Header names recognised without an option, compared in lower case without accents, spaces or punctuation. */
export const COLUMN_CANDIDATES: Record<keyof RegisterColumns, string[]> = {
  postcode: ['codepostal', 'cp', 'postcode', 'postalcode', 'zip', 'zipcode', 'cpostal', 'codepost'],
  town: ['ville', 'commune', 'localite', 'town', 'city', 'libelleacheminement', 'acheminement', 'bureaudistributeur', 'nomcommune', 'libellecommune'],
  street: ['adresse', 'rue', 'voie', 'address', 'street', 'adresse1', 'adresseligne1', 'address1', 'addressline1', 'numeroetvoie'],
  count: ['nombre', 'effectif', 'nb', 'count', 'members', 'adherents', 'societaires', 'nbadherents', 'nbsocietaires', 'membres', 'nbmembres'],
  insee: ['codeinsee', 'insee', 'codecommune', 'codgeo', 'depcom', 'inseecode', 'codeinseecommune'],
  country: ['pays', 'country'],
};

const OPTION_OF: Record<keyof RegisterColumns, string> = {
  postcode: 'postcodeCol',
  town: 'townCol',
  street: 'streetCol',
  count: 'countCol',
  insee: 'inseeCol',
  country: 'countryCol',
};

const headerKey = (h: string) =>
  h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * The first line's cells as they may be said: the header's names when the line is a header, nothing when it is a
 * member's line. The one place where a register's header is let out of Personal.
 */
function sayableHeader(headers: readonly Personal[] | readonly string[]): string | undefined {
  return looksLikeHeader(headers) ? (headers as readonly string[]).join(', ') : undefined;
}

/**
 * The columns to read: those named (exact header, or the same once case, accents and spaces are ignored),
 * else the first header among the known French and English names. Throws when a named column is absent,
 * when there is neither a postal code nor an INSEE code column, or when the column to read is there twice
 * (the second would silently win: "ville" and "ville"). The header is said only when it looks like one.
 */
export function registerColumns(headers: readonly Personal[] | readonly string[], given: RegisterColumns, file?: string): RegisterColumns {
  const out: RegisterColumns = {};
  const fields = headers as readonly string[];
  const notHeader = () =>
    new InputError(said('load.register.notHeader', { n: fields.length }), {
      file,
      hint: said('load.register.notHeader.hint', { postcodeCol: option('postcodeCol'), townCol: option('townCol'), inseeCol: option('inseeCol') }),
    });
  for (const key of Object.keys(COLUMN_CANDIDATES) as (keyof RegisterColumns)[]) {
    const want = given[key];
    if (want !== undefined) {
      const found = fields.find((h) => h === want) ?? fields.find((h) => headerKey(h) === headerKey(want));
      if (found === undefined) {
        const columns = sayableHeader(headers);
        if (columns === undefined) throw notHeader();
        throw new InputError(said('load.csv.noColumn', { column: want, columns }), {
          file,
          field: want,
          hint: said('load.csv.noColumn.hint', { option: option(OPTION_OF[key]) }),
        });
      }
      out[key] = found;
    } else {
      const keys = fields.map(headerKey);
      const at = COLUMN_CANDIDATES[key].map((c) => keys.indexOf(c)).find((i) => i >= 0);
      if (at !== undefined) out[key] = fields[at];
    }
  }
  if (out.postcode === undefined && out.insee === undefined) {
    const columns = sayableHeader(headers);
    if (columns === undefined) throw notHeader();
    throw new InputError(said('load.register.noPostcode', { columns }), {
      file,
      field: 'code postal',
      hint: said('load.register.noPostcode.hint', { postcodeCol: option('postcodeCol'), townCol: option('townCol'), inseeCol: option('inseeCol') }),
    });
  }
  // a column read twice: the rows keep one cell per name, so the other one would be lost without a word
  for (const key of Object.keys(out) as (keyof RegisterColumns)[]) {
    const name = out[key]!;
    const at = fields.flatMap((h, i) => (headerKey(h) === headerKey(name) ? [i + 1] : []));
    if (at.length > 1) {
      throw new InputError(said('load.register.twoColumns', { column: name, a: at[0], b: at[1] }), {
        file,
        field: name,
        hint: said('load.register.twoColumns.hint', { option: option(OPTION_OF[key]) }),
      });
    }
  }
  return out;
}

/** Members of one commune (or arrondissement municipal). */
export interface CommuneMembers {
  code: string;
  name: string;
  /** whole members, the lines shared by population rounded so that the total is exact */
  members: number;
  /** how many of them come from lines shared by population, rounded */
  shared: number;
  /** some of its members come from lines shared by population: the count is an estimate */
  estimated: boolean;
}

/** What unmatched groups show for a town cell that is not a known town name: the cell is never copied. */
export const UNKNOWN_TOWN = '?';

/** Unmatched lines with the same reason, postal code and town: only counts, never the lines. */
export interface UnmatchedGroup {
  reason: UnmatchedReason;
  /** the postal code as cleaned (5 digits), or "" when missing or unreadable */
  postcode: string;
  /** the town, normalised (upper case, no accents), when it is a known town name; else "?" (UNKNOWN_TOWN) */
  town: string;
  lines: number;
  members: number;
}

export interface RegisterResult {
  columns: RegisterColumns;
  /** by INSEE code, sorted */
  communes: CommuneMembers[];
  lines: Record<MatchKind, number> & { total: number };
  members: Record<MatchKind, number> & { total: number };
  /** by members, then lines, most first */
  unmatched: UnmatchedGroup[];
  /** lines matched by town name although their postal code is not one of that commune's (CEDEX, wrong code) */
  otherPostcode: number;
}

interface Resolution {
  kind: Exclude<MatchKind, 'street'>;
  codes: string[];
  reason?: UnmatchedReason;
  otherPostcode?: boolean;
}

const FRANCE = new Set(['', 'FRANCE', 'FR', 'FRA', 'FRANCE METROPOLITAINE', 'METROPOLE']);

/**
 * Match every row of a register (as read by readCsv). `columns` are the register's columns, e.g. from
 * registerColumns(). Pure apart from reading the bundled tables once.
 */
export function matchRegister(
  rows: readonly RegisterRow[],
  columns: RegisterColumns,
  opts: { unreadableLines?: number; geo?: Geography; file?: string; lines?: readonly number[] } = {},
): RegisterResult {
  const geo = opts.geo ?? geography();
  const lines = zeroKinds();
  const members = zeroKinds();
  const exact = new Map<string, number>();
  const shared = new Map<string, number>();
  const groups = new Map<string, UnmatchedGroup>();
  let otherPostcode = 0;
  const memo = new Map<string, Resolution>();

  const unmatched = (reason: UnmatchedReason, postcode: string, townName: string, n: number) => {
    // a cell of the town column that is no town (a shifted column, a name) is never copied
    const town = townName === '' || geo.allNames.has(townName) ? townName : UNKNOWN_TOWN;
    const key = `${reason}\u0000${postcode}\u0000${town}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { reason, postcode, town, lines: 0, members: 0 }));
    g.lines++;
    g.members += n;
    lines.unmatched++;
    members.unmatched += n;
  };
  const add = (map: Map<string, number>, code: string, n: number) => map.set(code, (map.get(code) ?? 0) + n);
  // lines of the file that are not readable CSV: counted (their members are unknown), never shown
  for (let i = 0; i < (opts.unreadableLines ?? 0); i++) {
    lines.total++;
    unmatched('unreadable', '', '', 0);
  }

  for (const [at, row] of rows.entries()) {
    lines.total++;
    const pcRaw = columns.postcode ? (row[columns.postcode] ?? '').trim() : '';
    const townRaw = columns.town ? (row[columns.town] ?? '').trim() : '';
    let n = 1;
    if (columns.count) {
      const c = readCount(row[columns.count] ?? '');
      if (c === null) {
        unmatched('bad-count', cleanPostcode(pcRaw) ?? '', normaliseTown(townRaw), 0);
        continue;
      }
      // one bound for member counts on every reader (core/limits.ts): 1e23 would be written as "1e+23", and
      // 9007199254740993 read as …992; the line is named, never its value (personal data)
      if (c > MAX_MEMBERS) {
        throw new InputError(said('load.register.countTooLarge', { line: opts.lines?.[at] ?? at + 2, column: columns.count, max: countRef(MAX_MEMBERS) }), {
          file: opts.file,
          hint: said('load.register.countTooLarge.hint'),
        });
      }
      n = c;
    }
    members.total += n;
    if (members.total > MAX_MEMBERS) {
      throw new InputError(said('load.zones.total', { total: countRef(members.total), max: countRef(MAX_MEMBERS) }), { file: opts.file });
    }
    if (columns.country && !FRANCE.has(normaliseTown(row[columns.country] ?? ''))) {
      unmatched('foreign', '', '', n);
      continue;
    }
    let res: Resolution | undefined;
    const inseeRaw = columns.insee ? (row[columns.insee] ?? '').trim() : '';
    if (inseeRaw !== '') {
      const code = /^\d{4}$/.test(inseeRaw) ? '0' + inseeRaw : inseeRaw.toUpperCase();
      const cur = geo.places.has(code) ? code : geo.formerCodes.get(code);
      res = cur ? { kind: 'insee', codes: [cur] } : { kind: 'unmatched', codes: [], reason: 'unknown-insee' };
      if (!cur) {
        unmatched('unknown-insee', '', /^[0-9AB]{5}$/.test(code) ? code : '', n);
        continue;
      }
    } else {
      const key = `${pcRaw}\u0000${townRaw}`;
      res = memo.get(key);
      if (!res) memo.set(key, (res = resolve(geo, pcRaw, townRaw)));
    }
    if (res.kind === 'unmatched') {
      unmatched(res.reason!, shownPostcode(pcRaw), normaliseTown(townRaw), n);
      continue;
    }
    if (res.otherPostcode) otherPostcode++;
    let codes = res.codes;
    let kind: MatchKind = res.kind;
    if (kind === 'shared' && columns.street) {
      const byStreet = fromStreet(geo, codes, row[columns.street] ?? '');
      if (byStreet) {
        codes = [byStreet];
        kind = 'street';
      }
    }
    lines[kind]++;
    members[kind] += n;
    if (codes.length === 1) {
      add(exact, codes[0], n);
      continue;
    }
    const pops = codes.map((c) => geo.places.get(c)?.population ?? 0);
    const sum = pops.reduce((s, p) => s + p, 0);
    codes.forEach((c, i) => {
      const part = sum > 0 ? (n * pops[i]) / sum : n / codes.length;
      add(exact, c, part);
      add(shared, c, part);
    });
  }

  const codes = [...exact.keys()].sort();
  const matchedTotal = members.total - members.unmatched;
  const whole = codes.length
    ? largestRemainder(
        matchedTotal,
        codes.map((c) => exact.get(c)!),
      )
    : [];
  const communes = codes.map((code, i) => ({
    code,
    name: geo.places.get(code)?.name ?? '',
    members: whole[i],
    shared: Math.min(whole[i], Math.round(shared.get(code) ?? 0)),
    estimated: (shared.get(code) ?? 0) > 0,
  }));
  const unmatchedList = [...groups.values()].sort(
    (a, b) => b.members - a.members || b.lines - a.lines || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0) || (a.postcode < b.postcode ? -1 : 1),
  );
  return { columns, communes, lines, members, unmatched: unmatchedList, otherPostcode };
}

function zeroKinds(): Record<MatchKind, number> & { total: number } {
  return { total: 0, insee: 0, postcode: 0, town: 0, street: 0, shared: 0, unmatched: 0 };
}

/** A count cell: a whole number ≥ 0 ("12", "1 234"); anything else is null. Beyond the safe integers: Infinity. */
function readCount(raw: string): number | null {
  const s = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : Infinity;
}

/** The postal code an unmatched group shows: 5 digits as cleaned; a 4-digit code as written (it was not read as 0xxxx). */
function shownPostcode(raw: string): string {
  const digits = raw.replace(/\s/g, '');
  return /^\d{4}$/.test(digits) ? digits : (cleanPostcode(raw) ?? '');
}

/** Postal code + town → the commune(s) of the line. */
function resolve(geo: Geography, pcRaw: string, townRaw: string): Resolution {
  const town = normaliseTown(townRaw);
  if (pcRaw === '') return { kind: 'unmatched', codes: [], reason: 'no-postcode' };
  const pc = cleanPostcode(pcRaw);
  if (pc === null) return { kind: 'unmatched', codes: [], reason: 'bad-postcode' };
  const cands = geo.byPostcode.get(pc);
  // "1300": a spreadsheet dropped the leading 0 of 01300, or a digit is missing from 13000. It is read as 01300
  // only when the town agrees (or there is no town to say otherwise); MARSEILLE is not shared among the Ain's communes
  if (/^\d{4}$/.test(pcRaw.replace(/\s/g, '')) && town !== '') {
    const loose = looseTown(town);
    if (!cands?.some((c) => c.names.has(town) || c.loose.has(loose))) return { kind: 'unmatched', codes: [], reason: 'bad-postcode' };
  }
  if (cands && cands.length === 1) {
    // one commune: the code decides, unless the town is another commune of the département (a wrong code)
    const c = cands[0];
    if (town !== '' && !c.names.has(town) && !c.loose.has(looseTown(town))) {
      const other = inDepartement(geo, pc, town);
      if (other.length === 1 && other[0] !== c.code) return { kind: 'town', codes: other, otherPostcode: true };
      if (other.length > 1 && !other.includes(c.code)) return { kind: 'shared', codes: other, otherPostcode: true };
    }
    return { kind: 'postcode', codes: [c.code] };
  }
  if (cands) {
    if (town === '') return { kind: 'shared', codes: cands.map((c) => c.code) };
    // the commune's own name first (MIRAMAS is Miramas, though part of Istres is delivered by Miramas's office)
    const loose = looseTown(town);
    const tiers = [
      (c: PostalCandidate) => c.own.has(town),
      (c: PostalCandidate) => c.names.has(town),
      (c: PostalCandidate) => c.ownLoose.has(loose),
      (c: PostalCandidate) => c.loose.has(loose),
    ];
    for (const tier of tiers) {
      const m = cands.filter(tier);
      if (m.length === 1) return { kind: 'town', codes: [m[0].code] };
      if (m.length > 1) return { kind: 'shared', codes: m.map((c) => c.code) };
    }
    // the town is not one the code serves: a wrong code, if the town is found in the département
    const other = inDepartement(geo, pc, town);
    if (other.length === 1) return { kind: 'town', codes: other, otherPostcode: true };
    if (other.length > 1) return { kind: 'shared', codes: other, otherPostcode: true };
    return { kind: 'shared', codes: cands.map((c) => c.code) };
  }
  // a code the table does not know: CEDEX, a typing error
  if (town !== '') {
    const other = inDepartement(geo, pc, town);
    if (other.length === 1) return { kind: 'town', codes: other, otherPostcode: true };
    if (other.length > 1) return { kind: 'shared', codes: other, otherPostcode: true };
  }
  return { kind: 'unmatched', codes: [], reason: 'unknown-postcode' };
}

function inDepartement(geo: Geography, pc: string, town: string): string[] {
  const loose = looseTown(town);
  const deps = departementsOfPostcode(pc);
  for (const [map, key] of [
    [geo.byDep.ownExact, town],
    [geo.byDep.anyExact, town],
    [geo.byDep.ownLoose, loose],
    [geo.byDep.anyLoose, loose],
  ] as const) {
    const found = new Set<string>();
    for (const dep of deps) for (const c of map.get(dep)?.get(key) ?? []) found.add(c);
    if (found.size) return [...found].sort();
  }
  return [];
}

/**
 * Among several candidate communes, the one whose own name (or a delegated commune's, or a delivery
 * office's) appears in the street line ("Hameau de Puyricard", "Quartier Les Milles"), when exactly one does.
 */
function fromStreet(geo: Geography, codes: readonly string[], streetRaw: string): string | undefined {
  const street = ` ${normaliseTown(streetRaw)} `;
  if (street.trim() === '') return undefined;
  const cands = codes.map((c) => [...(geo.namesOf.get(c) ?? [])]);
  // names every candidate shares ("MARSEILLE") decide nothing
  const common = new Set(cands[0].filter((n) => cands.every((l) => l.includes(n))));
  const hits = codes.filter((_, i) => cands[i].some((n) => !common.has(n) && n.length >= 4 && street.includes(` ${n} `)));
  return hits.length === 1 ? hits[0] : undefined;
}

/** Sum communes to zones through a commune → zone table; arrondissements go to their commune's zone. */
export interface ZoneMembers {
  /** zone code → members and shared members */
  zones: Map<string, { members: number; shared: number; communes: number; estimated: boolean }>;
  /** matched communes the table does not know, with their members */
  unknown: CommuneMembers[];
}

export function registerToZones(communes: readonly CommuneMembers[], table: CommuneTable, geo: Geography = geography()): ZoneMembers {
  const zones = new Map<string, { members: number; shared: number; communes: number; estimated: boolean }>();
  const unknown: CommuneMembers[] = [];
  for (const c of communes) {
    const zone = zoneOf(c.code, table, geo);
    if (zone === undefined) {
      unknown.push(c);
      continue;
    }
    let z = zones.get(zone);
    if (!z) zones.set(zone, (z = { members: 0, shared: 0, communes: 0, estimated: false }));
    z.members += c.members;
    z.shared += c.shared;
    z.estimated ||= c.estimated;
    z.communes++;
  }
  return { zones: new Map([...zones].sort(([a], [b]) => (a < b ? -1 : 1))), unknown };
}

/**
 * The zone of a commune in a table that may be older or newer than the official geography: its own
 * code, its parent commune's (arrondissements), or the code of a commune merged into it.
 */
export function zoneOf(code: string, table: CommuneTable, geo: Geography = geography()): string | undefined {
  const direct = table.get(code);
  if (direct !== undefined) return direct;
  const parent = geo.places.get(code)?.parent;
  if (parent !== undefined && table.has(parent)) return table.get(parent);
  for (const old of geo.formerOf.get(code) ?? []) if (table.has(old)) return table.get(old);
  const now = geo.formerCodes.get(code);
  return now === undefined ? undefined : table.get(now);
}
