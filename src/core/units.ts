import { labelsFor, type Lang } from './i18n.js';
import type { ZoneSet } from './types.js';
import { CARRY_LABELS } from '../messages/units.js';
import { PARTLY_LABELS } from '../messages/unitsPartly.js';

/** Property of every unit of a units layer (propose --units-out) naming the zone it comes from. */
export const PARENT_PROP = 'parent_zone';

/**
 * The zones of a units layer that were split (propose --split-with): zone id → its units' ids, in the layer's
 * order. Read from `parentOf` when the layer was just built, else from each unit's `parent_zone` property (a
 * units.geojson read back). Empty for an ordinary zone layer.
 */
export function splitZonesOf(units: ZoneSet & { parentOf?: ReadonlyMap<string, string> }): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const u of units.zones) {
    const raw = units.parentOf?.get(u.id) ?? u.properties[PARENT_PROP];
    const parent = raw === undefined || raw === null ? '' : String(raw);
    // a zone that was not split is its own parent; a parent that is also a unit id is not a split zone
    if (parent === '' || parent === u.id || units.byId.has(parent)) continue;
    let list = out.get(parent);
    if (!list) out.set(parent, (list = []));
    list.push(u.id);
  }
  return out;
}

/** What carryOverToUnits did: the split zones whose value went to their units. */
export interface CarriedOver<T> {
  /** the input with every split zone's entry replaced by one entry per unit (a unit's own entry wins) */
  values: Map<string, T>;
  /** each split zone named in the input, with how many units took its value */
  carried: { zone: string; units: number }[];
}

/**
 * Zone-level inputs (an old plan, vote shares, locks, preferences) on a units layer: an entry keyed by a zone
 * that was split goes to each of its units (a unit inherits its zone's section in an old plan, its zone's vote
 * shares). Entries keyed by a unit, or by an id the layer does not know, are kept as they are (the caller's
 * checks then name the unknown ones).
 */
export function carryOverToUnits<T>(byZone: ReadonlyMap<string, T>, units: ZoneSet & { parentOf?: ReadonlyMap<string, string> }): CarriedOver<T> {
  const split = splitZonesOf(units);
  const values = new Map<string, T>();
  const carried: { zone: string; units: number }[] = [];
  for (const [id, v] of byZone) if (!split.has(id)) values.set(id, v);
  for (const [id, v] of byZone) {
    const unitIds = split.get(id);
    if (!unitIds) continue;
    let n = 0;
    for (const u of unitIds) {
      if (values.has(u)) continue;
      values.set(u, v);
      n++;
    }
    carried.push({ zone: id, units: n });
  }
  return { values, carried };
}

/** What a zone-level file gives each zone: a section (old plan, --compare), vote shares, a lock, a preference. */
export type CarryKind = 'section' | 'votes' | 'lock' | 'prefer';

/**
 * The one line saying that a file's zone-level entries went to the units of split zones, or undefined when
 * nothing was carried: "old-plan.csv: zone 9312 was split; its 32 units take its section."
 */
export function carryOverLine(carried: readonly { zone: string; units: number }[], file: string, kind: CarryKind, lang: Lang = 'en'): string | undefined {
  if (carried.length === 0) return undefined;
  const t = labelsFor(CARRY_LABELS, lang);
  const units = carried.reduce((s, c) => s + c.units, 0);
  const n = carried.length;
  return t('carried', { file, n, zones: carried.map((c) => c.zone).join(', '), units, value: t(kind, { n }) });
}

/**
 * When only the units of split zones are estimates (members.estimatedIds), the line that says so, for the
 * printed outputs (seats, pluralism, export); undefined when the figures are all estimates or all counts.
 */
export function partlyEstimatedLine(zones: ZoneSet, lang: Lang = 'en'): string | undefined {
  const ids = zones.members.estimatedIds;
  if (!ids || ids.length === 0) return undefined;
  const parents = [...new Set(ids.map((id) => String(zones.byId.get(id)?.properties[PARENT_PROP] ?? id)))];
  return labelsFor(PARTLY_LABELS, lang)('line', { units: ids.length, zones: parents.join(', ') });
}
