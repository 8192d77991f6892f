import type { MultiPolygon, Polygon } from 'geojson';
import type { Said } from '../messages/message.js';

export type ZoneGeometry = Polygon | MultiPolygon;

/** One territorial unit (an INSEE zone d'emploi, a commune, a demo zone). */
export interface Zone {
  /** Stable id, always a string (INSEE codes keep their leading zeros: "0052"). */
  id: string;
  name: string;
  /** Member count (integer ≥ 0). Estimated when ZoneSet.members.estimated is true. */
  members: number;
  geometry: ZoneGeometry;
  /** Every property of the source feature (dep, reg, …), used by --respect / --within. */
  properties: Record<string, unknown>;
}

/** Where the member counts come from, so every output can say whether they are estimates. */
export interface MembersSource {
  estimated: boolean;
  /**
   * When only some figures are estimates (the units of a zone split by population, the other zones counted):
   * the ids of the zones / units whose members are estimated. Absent: all figures are (or none is).
   */
  estimatedIds?: string[];
  /**
   * Where they come from, said in the reader's language by `say` (src/messages): e.g. "estimated as population ×
   * 0.08 (property "population" of zones.geojson)". A program that builds a ZoneSet itself may give a plain text.
   */
  description: Said | string;
}

/** The description of a layer loaded without member counts (graph, info): members are all 0. */
export const NO_MEMBER_COUNTS: Said = { id: 'load.source.none' };

/** Whether a layer has member counts (not loaded with `membersOptional` and no source). */
export function hasMemberCounts(source: MembersSource): boolean {
  return typeof source.description === 'string' || source.description.id !== NO_MEMBER_COUNTS.id;
}

/** A loaded layer of zones: the input of every step. Zones keep the order of the source file. */
export interface ZoneSet {
  /** The file the zones came from (for messages). */
  file: string;
  zones: Zone[];
  byId: Map<string, Zone>;
  members: MembersSource;
  /** where the zones come from, when the file says so (the top-level "source" that `import` writes), e.g. "Insee, zones d'emploi 2020" */
  credit?: string;
  /**
   * names of properties in prose, plural, when the file gives them (a top-level "labels" object, e.g.
   * {"bv2022": "bassins de vie"}): the report writes "the boundaries between bassins de vie", not "bv2022"
   */
  fieldLabels?: Record<string, string>;
}

/** A plan assigns every zone (by id) to a section (by id). The central value of decoupage. */
export type Plan = Map<string, string>;

/** Sections of a plan: section id → zone ids, in a stable order (sorted by section id, zones in input order). */
export function sectionsOf(plan: Plan, zoneOrder?: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const ids = zoneOrder ?? [...plan.keys()];
  for (const z of ids) {
    const s = plan.get(z);
    if (s === undefined) continue;
    let list = out.get(s);
    if (!list) out.set(s, (list = []));
    list.push(z);
  }
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Members per section of a plan, sections in sorted order (as sectionsOf); zones outside the plan are left out. */
export function membersBySection(zones: ZoneSet, plan: Plan): Map<string, number> {
  const m = new Map<string, number>();
  for (const z of zones.zones) {
    const s = plan.get(z.id);
    if (s !== undefined) m.set(s, (m.get(s) ?? 0) + z.members);
  }
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Members of these zones (an id the layer does not have counts 0). */
export function membersOfZones(zones: ZoneSet, ids: readonly string[]): number {
  return ids.reduce((sum, id) => sum + (zones.byId.get(id)?.members ?? 0), 0);
}

/**
 * How every output names a section: by its id when the plan named it, by the name of its largest zone when
 * the id is one that decoupage propose generates (S01, S02…).
 */
export function sectionName(id: string, largestZone: Pick<Zone, 'name'>): string {
  return /^S\d+$/.test(id) ? largestZone.name : id;
}

/** A readable name per section (`sectionName`), for outputs that put names next to codes. */
export function sectionNamesOf(zones: ZoneSet, plan: Plan): Map<string, string> {
  const largest = new Map<string, Zone>();
  for (const z of zones.zones) {
    const s = plan.get(z.id);
    if (s === undefined) continue;
    const best = largest.get(s);
    if (!best || z.members > best.members) largest.set(s, z);
  }
  return new Map([...largest].map(([s, z]) => [s, sectionName(s, z)]));
}

/**
 * A plan as read from a file, before it is checked: one row per line/entry, kept as written so that the checker
 * can list unknown zones, missing zones and duplicates instead of failing on the first one (a Plan gives rows
 * without line numbers).
 */
export interface PlanRow {
  zone: string;
  /** '' when the file leaves the section empty */
  section: string;
  /** CSV: the line number in the file (header = line 1); JSON/GeoJSON: the entry / feature number (from 1) */
  line?: number;
}

export interface PlanInput {
  file: string;
  rows: PlanRow[];
  /** on a units layer: the split zones the file named, whose section went to their units (carryOverToUnits) */
  carried?: { zone: string; units: number }[];
}

/** INSEE's commune → zone table: commune code → zone d'emploi code. */
export type CommuneTable = Map<string, string>;
