import { basename } from 'node:path';
import { InputError } from '../core/errors.js';
import { said, type Said } from '../messages/index.js';
import type { Plan, ZoneSet } from '../core/types.js';
import { readCsv, sayableColumns, type CsvTable } from '../io/csv.js';
import { readNumber } from '../load/numbers.js';
import { carryOverToUnits } from '../core/units.js';

/**
 * A vote scenario: the share of each list, either the same everywhere (one row per list for the whole
 * territory) or per zone. Shares are fractions that add up to 1 (per zone when given per zone).
 */
export interface VoteScenario {
  lists: string[];
  /** territory-wide share of each list (for per-zone scenarios: weighted by the zones' members) */
  shares: number[];
  /** per-zone shares, when the scenario gives them */
  byZone?: Map<string, number[]>;
  /** a sentence for outputs: where the figures come from (a message, or words given by code) */
  description: Said | string;
  /** true when no --votes file was given and the built-in scenario is used */
  isDefault: boolean;
  /** on a units layer: the split zones of the file whose shares went to their units (carryOverToUnits) */
  carried?: { zone: string; units: number }[];
}

/** The scenario used when no votes file is given, said in every output. */
export function defaultScenario(): VoteScenario {
  return {
    lists: ['List A', 'List B', 'List C', 'List D'],
    shares: [0.4, 0.3, 0.2, 0.1],
    description: said('plan.votes.default'),
    isDefault: true,
  };
}

/** A scenario from shares or votes given in code (e.g. by the demo). */
export function scenarioFromShares(lists: Record<string, number>, description: Said | string = said('plan.votes.scenario')): VoteScenario {
  const names = Object.keys(lists);
  const total = names.reduce((s, l) => s + lists[l], 0);
  if (!(total > 0)) throw new InputError(said('plan.votes.noVotes'), { field: 'votes' });
  return { lists: names, shares: names.map((l) => lists[l] / total), description, isDefault: false };
}

const ZONE_COLS = ['zone', 'code', 'zone_id', 'id'];
const LIST_COLS = ['list', 'liste', 'party'];
const VALUE_COLS = ['votes', 'voix', 'share', 'part', 'pct', 'percent'];

/**
 * Read a votes CSV. Three layouts are accepted:
 * - `list,share` or `list,votes`: one row per list for the whole territory;
 * - `zone,list,votes` (or share): one row per zone and list;
 * - `zone,<list 1>,<list 2>,…`: one row per zone, one column per list.
 * Per-zone figures are turned into shares within each zone; every zone with members needs a row.
 */
export function readVotes(file: string, zones?: ZoneSet): VoteScenario {
  const t = readCsv(file);
  const lower = t.columns.map((c) => c.toLowerCase());
  const find = (names: string[]) => {
    const i = lower.findIndex((c) => names.includes(c));
    return i >= 0 ? t.columns[i] : undefined;
  };
  const zoneCol = find(ZONE_COLS);
  const listCol = find(LIST_COLS);
  const valueCol = find(VALUE_COLS);

  if (listCol && valueCol && !zoneCol) return territoryVotes(t, listCol, valueCol);
  if (zoneCol && listCol && valueCol) return perZoneLong(t, zoneCol, listCol, valueCol, zones);
  if (zoneCol && !listCol) return perZoneWide(t, zoneCol, zones);
  throw new InputError(said('plan.votes.layout', { columns: sayableColumns(t.columns, file) }), {
    file,
    hint: said('plan.votes.layout.hint'),
  });
}

/** Votes or a share: "1234", "12 345", "0.25", "0,25" or "25%" (the number parser of member counts and populations). */
function number(t: CsvTable, raw: string | undefined, line: number, field: string, zone?: string): number {
  const value = raw ?? '';
  const r = readNumber(value.trim().replace(/\s*%$/, ''));
  if (!r.ok && r.ambiguous) {
    throw new InputError(said('plan.votes.ambiguous', { line, value }), {
      file: t.file,
      zone,
      field,
      hint: said('plan.votes.ambiguous.hint', { a: value.trim().replace(',', ''), b: value.trim().replace(',', ' '), c: value.trim().replace(',', '.') }),
    });
  }
  if (value.trim() === '' || !r.ok || !Number.isFinite(r.value) || r.value < 0) {
    throw new InputError(said('plan.votes.notNumber', { line, value }), { file: t.file, zone, field, hint: said('plan.votes.notNumber.hint') });
  }
  return r.value;
}

function territoryVotes(t: CsvTable, listCol: string, valueCol: string): VoteScenario {
  const totals = new Map<string, number>();
  t.rows.forEach((r, i) => {
    const list = r[listCol].trim();
    if (!list) throw new InputError(said('plan.votes.emptyList', { line: i + 2 }), { file: t.file, field: listCol });
    if (totals.has(list))
      throw new InputError(said('plan.votes.listTwice', { line: i + 2, list }), { file: t.file, field: listCol, hint: said('plan.votes.listTwice.hint') });
    totals.set(list, number(t, r[valueCol], i + 2, valueCol));
  });
  const lists = [...totals.keys()];
  const sum = lists.reduce((s, l) => s + totals.get(l)!, 0);
  if (lists.length === 0 || !(sum > 0)) throw new InputError(said('plan.votes.none'), { file: t.file, field: valueCol });
  // shares that do not add up to 100 (or 1) are rescaled; say so, it is often a typing mistake
  const isShare = /share|part|pct|percent|%/i.test(valueCol);
  const offTarget = isShare && Math.abs(sum - 100) > 0.5 && Math.abs(sum - 1) > 0.005;
  const file = basename(t.file);
  return {
    lists,
    shares: lists.map((l) => totals.get(l)! / sum),
    description: offTarget ? said('plan.votes.territoryRescaled', { file, sum: Number(sum.toFixed(3)) }) : said('plan.votes.territory', { file }),
    isDefault: false,
  };
}

function perZoneLong(t: CsvTable, zoneCol: string, listCol: string, valueCol: string, zones?: ZoneSet): VoteScenario {
  const lists: string[] = [];
  const raw = new Map<string, Map<string, number>>();
  t.rows.forEach((r, i) => {
    const zone = r[zoneCol].trim();
    const list = r[listCol].trim();
    if (!list) throw new InputError(said('plan.votes.emptyList', { line: i + 2 }), { file: t.file, zone, field: listCol });
    if (!lists.includes(list)) lists.push(list);
    let m = raw.get(zone);
    if (!m) raw.set(zone, (m = new Map()));
    if (m.has(list)) throw new InputError(said('plan.votes.listTwiceInZone', { line: i + 2, list, zone }), { file: t.file, zone, field: listCol });
    m.set(list, number(t, r[valueCol], i + 2, valueCol, zone));
  });
  const perZone = new Map([...raw].map(([z, m]) => [z, lists.map((l) => m.get(l) ?? 0)]));
  return finishPerZone(t, zoneCol, lists, perZone, zones);
}

function perZoneWide(t: CsvTable, zoneCol: string, zones?: ZoneSet): VoteScenario {
  const ignore = new Set(['name', 'nom', 'section', 'members', 'libelle']);
  const lists = t.columns.filter((c) => c !== zoneCol && !ignore.has(c.toLowerCase()));
  if (lists.length === 0) throw new InputError(said('plan.votes.noListColumns'), { file: t.file, hint: said('plan.votes.noListColumns.hint') });
  const perZone = new Map<string, number[]>();
  t.rows.forEach((r, i) => {
    const zone = r[zoneCol].trim();
    if (perZone.has(zone)) throw new InputError(said('plan.votes.zoneTwice', { line: i + 2, zone }), { file: t.file, zone, field: zoneCol });
    perZone.set(
      zone,
      lists.map((l) => number(t, r[l], i + 2, l, zone)),
    );
  });
  return finishPerZone(t, zoneCol, lists, perZone, zones);
}

function finishPerZone(t: CsvTable, zoneCol: string, lists: string[], perZone: Map<string, number[]>, zones?: ZoneSet): VoteScenario {
  // a votes file of the zones, given with a units layer: each unit of a split zone takes its zone's shares
  const { values: raw, carried } = zones ? carryOverToUnits(perZone, zones) : { values: perZone, carried: [] };
  const byZone = new Map<string, number[]>();
  for (const [zone, values] of raw) {
    if (zones && !zones.byId.has(zone)) {
      throw new InputError(said('plan.votes.unknownZone', { zone, file: zones.file }), {
        file: t.file,
        zone,
        field: zoneCol,
        hint: said('plan.votes.unknownZone.hint'),
      });
    }
    const s = values.reduce((a, x) => a + x, 0);
    if (s > 0)
      byZone.set(
        zone,
        values.map((x) => x / s),
      );
  }
  if (zones) {
    const missing = zones.zones.filter((z) => z.members > 0 && !byZone.has(z.id)).map((z) => z.id);
    if (missing.length) {
      throw new InputError(said('plan.votes.missingZones', { n: missing.length, list: missing.slice(0, 10).join(', ') + (missing.length > 10 ? ', …' : '') }), {
        file: t.file,
        zone: missing[0],
        field: zoneCol,
        hint: said('plan.votes.missingZones.hint'),
      });
    }
  }
  // territory-wide shares, weighted by members when the zones are known
  const total = lists.map(() => 0);
  let weight = 0;
  for (const [zone, shares] of byZone) {
    const w = zones ? (zones.byId.get(zone)?.members ?? 0) : 1;
    shares.forEach((s, i) => (total[i] += w * s));
    weight += w;
  }
  return {
    lists,
    shares: total.map((x) => (weight > 0 ? x / weight : 1 / lists.length)),
    byZone,
    description: said('plan.votes.perZone', { file: basename(t.file) }),
    isDefault: false,
    ...(carried.length ? { carried } : {}),
  };
}

/**
 * Each section's vote shares: the scenario's shares when they are the same everywhere, otherwise the
 * average of its zones' shares weighted by their members.
 */
export function sectionShares(scenario: VoteScenario, zones: ZoneSet, plan: Plan): Map<string, number[]> {
  const sums = new Map<string, { shares: number[]; weight: number }>();
  for (const z of zones.zones) {
    const s = plan.get(z.id);
    if (s === undefined) continue;
    let acc = sums.get(s);
    if (!acc) sums.set(s, (acc = { shares: scenario.lists.map(() => 0), weight: 0 }));
    const zs = scenario.byZone?.get(z.id) ?? scenario.shares;
    const w = z.members;
    zs.forEach((x, i) => (acc!.shares[i] += w * x));
    acc.weight += w;
  }
  const out = new Map<string, number[]>();
  for (const [s, acc] of sums) out.set(s, acc.weight > 0 ? acc.shares.map((x) => x / acc.weight) : scenario.shares.slice());
  return out;
}
