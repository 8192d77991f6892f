import { basename } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { InputError } from '../core/errors.js';
import { said } from '../messages/message.js';
import { readCsv, requireColumn } from '../io/csv.js';
import { setCommuneZone } from './members.js';

/** What `addBoundaries` adds to each zone: its main département and région, and every one it touches. */
export interface ZoneBoundaries {
  /** the département holding most of the zone's communes (ties: the smallest code) */
  dep: string;
  /** every département of its communes, sorted, joined with ";" */
  deps: string;
  reg: string;
  regs: string;
}

/**
 * Départements and régions of each zone, from INSEE's commune → zone table (columns CODGEO, ZE2020, DEP, REG):
 * they are what `--respect dep` and `--within reg` need, and INSEE's map files do not carry them.
 * A zone crossing a border gets the département (and région) where most of its people live when a
 * population per commune is given, else where most of its communes are (Avignon's zone has more
 * communes in the Gard, but most of its people in the Vaucluse).
 */
export function boundariesFromCommuneTable(
  file: string,
  population?: Map<string, number>,
  cols: { commune?: string; zone?: string; dep?: string; reg?: string } = {},
): Map<string, ZoneBoundaries> {
  const { commune: communeCol = 'CODGEO', zone: zoneCol = 'ZE2020', dep: depCol = 'DEP', reg: regCol = 'REG' } = cols;
  const table = readCsv(file, { headerWith: zoneCol });
  for (const col of [communeCol, zoneCol, depCol, regCol]) requireColumn(table, col);
  const counts = new Map<string, { dep: Map<string, number>; reg: Map<string, number> }>();
  const zoneOf = new Map<string, string>();
  for (const row of table.rows) {
    const zone = (row[zoneCol] ?? '').trim();
    if (!zone) continue;
    // the rule --commune-members applies to the same table: one zone per commune
    const commune = (row[communeCol] ?? '').trim();
    if (commune !== '') setCommuneZone(zoneOf, commune, zone, file, zoneCol);
    let c = counts.get(zone);
    if (!c) counts.set(zone, (c = { dep: new Map(), reg: new Map() }));
    const dep = (row[depCol] ?? '').trim();
    const reg = (row[regCol] ?? '').trim();
    // weight: the commune's population when known (a commune missing from it still counts a little)
    const w = population ? (population.get(commune) ?? 0) + 1e-6 : 1;
    if (dep) c.dep.set(dep, (c.dep.get(dep) ?? 0) + w);
    if (reg) c.reg.set(reg, (c.reg.get(reg) ?? 0) + w);
  }
  const main = (m: Map<string, number>) => [...m].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0] ?? '';
  const all = (m: Map<string, number>) => [...m.keys()].sort().join(';');
  return new Map([...counts].map(([zone, c]) => [zone, { dep: main(c.dep), deps: all(c.dep), reg: main(c.reg), regs: all(c.reg) }]));
}

/** Add dep, deps, reg, regs to every zone of a collection (by its `code`); a zone the table lacks is an error. */
export function addBoundaries(fc: FeatureCollection, boundaries: Map<string, ZoneBoundaries>, tableFile: string): void {
  const missing = fc.features.map((f) => String(f.properties?.code)).filter((code) => !boundaries.has(code));
  if (missing.length) {
    throw new InputError(said('load.boundaries.notInTable', { n: missing.length, list: missing.slice(0, 10).join(', ') }), {
      file: tableFile,
      field: 'ZE2020',
      hint: said('load.boundaries.notInTable.hint', { table: basename(tableFile) }),
    });
  }
  for (const f of fc.features) Object.assign((f.properties ??= {}), boundaries.get(String(f.properties.code)));
}

/** Which zones `import insee-ze` keeps: those touching a région (--region 93) or some départements (--departements 04,05). */
export interface ZoneSelection {
  regions?: string[];
  departements?: string[];
}

/** What selectZones kept, for the user: how many, and the kept zones that straddle the selection's border. */
export interface SelectedZones {
  kept: number;
  dropped: number;
  /** kept zones with communes outside the selection too (their members count in full) */
  straddling: { code: string; name: string; outside: string[] }[];
}

/**
 * Keep only the zones of a région or of some départements, zones straddling the border included (a zone
 * belongs to the selection as soon as one of its communes does): filters `fc` in place. Needs the zones'
 * deps/regs (addBoundaries). A selection that keeps nothing is an error naming the codes found.
 */
export function selectZones(fc: FeatureCollection, sel: ZoneSelection, tableFile: string): SelectedZones {
  const [field, wanted] = sel.regions?.length ? (['regs', sel.regions] as const) : (['deps', sel.departements ?? []] as const);
  const want = new Set(wanted.map((c) => c.trim()).filter((c) => c !== ''));
  const codesOf = (p: Record<string, unknown> | null) =>
    String(p?.[field] ?? '')
      .split(';')
      .filter((c) => c !== '');
  const before = fc.features.length;
  const keep = fc.features.filter((f) => codesOf(f.properties).some((c) => want.has(c)));
  if (keep.length === 0) {
    const found = [...new Set(fc.features.flatMap((f) => codesOf(f.properties)))].sort();
    const codes = [...want].join(', ');
    throw new InputError(field === 'regs' ? said('load.boundaries.noZoneInRegion', { codes }) : said('load.boundaries.noZoneInDep', { codes }), {
      file: tableFile,
      field: field === 'regs' ? 'REG' : 'DEP',
      hint: said('load.boundaries.codes.hint', { codes: `${found.slice(0, 30).join(', ')}${found.length > 30 ? ', …' : ''}` }),
    });
  }
  fc.features = keep;
  const straddling = keep
    .map((f) => ({ code: String(f.properties?.code), name: String(f.properties?.name ?? ''), outside: codesOf(f.properties).filter((c) => !want.has(c)) }))
    .filter((z) => z.outside.length > 0);
  return { kept: keep.length, dropped: before - keep.length, straddling };
}

/**
 * Communes of the kept zones (by the commune → zone table) that a population file does not have: the zones'
 * populations are then too low. Returns the zones concerned with how many communes each misses, and a few codes.
 */
export function communesMissingFromPopulation(
  table: ReadonlyMap<string, string>,
  zoneCodes: ReadonlySet<string>,
  population: ReadonlyMap<string, number>,
): { zone: string; missing: number; examples: string[] }[] {
  const byZone = new Map<string, string[]>();
  for (const [commune, zone] of table) {
    if (!zoneCodes.has(zone) || population.has(commune)) continue;
    let list = byZone.get(zone);
    if (!list) byZone.set(zone, (list = []));
    list.push(commune);
  }
  return [...byZone].sort(([a], [b]) => (a < b ? -1 : 1)).map(([zone, cs]) => ({ zone, missing: cs.length, examples: cs.slice(0, 3) }));
}
