import { basename } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { InputError } from '../core/errors.js';
import { readCsv, requireColumn } from '../io/csv.js';

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
 * A zone's `dep` is the département of most of its communes, so a zone crossing a border belongs to one side.
 */
export function boundariesFromCommuneTable(file: string, zoneCol = 'ZE2020', depCol = 'DEP', regCol = 'REG'): Map<string, ZoneBoundaries> {
  const table = readCsv(file, { headerWith: zoneCol });
  for (const col of [zoneCol, depCol, regCol]) requireColumn(table, col);
  const counts = new Map<string, { dep: Map<string, number>; reg: Map<string, number> }>();
  for (const row of table.rows) {
    const zone = (row[zoneCol] ?? '').trim();
    if (!zone) continue;
    let c = counts.get(zone);
    if (!c) counts.set(zone, (c = { dep: new Map(), reg: new Map() }));
    const dep = (row[depCol] ?? '').trim();
    const reg = (row[regCol] ?? '').trim();
    if (dep) c.dep.set(dep, (c.dep.get(dep) ?? 0) + 1);
    if (reg) c.reg.set(reg, (c.reg.get(reg) ?? 0) + 1);
  }
  const main = (m: Map<string, number>) => [...m].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0] ?? '';
  const all = (m: Map<string, number>) => [...m.keys()].sort().join(';');
  return new Map([...counts].map(([zone, c]) => [zone, { dep: main(c.dep), deps: all(c.dep), reg: main(c.reg), regs: all(c.reg) }]));
}

/** Add dep, deps, reg, regs to every zone of a collection (by its `code`); a zone the table lacks is an error. */
export function addBoundaries(fc: FeatureCollection, boundaries: Map<string, ZoneBoundaries>, tableFile: string): void {
  const missing = fc.features.map((f) => String(f.properties?.code)).filter((code) => !boundaries.has(code));
  if (missing.length) {
    throw new InputError(`${missing.length} zone(s) of the map are not in the commune table: ${missing.slice(0, 10).join(', ')}`, {
      file: tableFile,
      field: 'ZE2020',
      hint: `use the commune table of the same vintage as the map (${basename(tableFile)} may be another zoning)`,
    });
  }
  for (const f of fc.features) Object.assign((f.properties ??= {}), boundaries.get(String(f.properties.code)));
}
