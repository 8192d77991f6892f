/**
 * Finer units for very large zones (--split-with): a zone whose members exceed a threshold (a
 * metropolitan zone d'emploi such as 9312 Marseille) is replaced by its communes, so that it can be
 * divided into several sections. The result is an ordinary ZoneSet, the "units" layer: every zone that
 * is not split, and the finer units in place of each split zone. Every later step (graph, propose,
 * check, export, report) works on it unchanged.
 */
import { areaKm2 } from '../core/geometry.js';
import { InputError } from '../core/errors.js';
import { count, option, said, say, type Said, type SaidValue } from '../messages/index.js';
import type { Plan, Zone, ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import type { Rules, SplitIntoRequest } from '../core/rules.js';
import { buildProblem, upperBound } from './problem.js';
import { proposeSections } from './propose.js';

/** Properties of the finer units tried, in order, to find the zone each unit belongs to. */
export const SPLIT_ZONE_CANDIDATES = ['ze2020', 'zone'];

/** Property of every unit naming the zone it comes from (its own id for zones that are not split). */
import { PARENT_PROP } from '../core/units.js';
import { largestRemainder } from '../apportion/remainder.js';

export { PARENT_PROP };

/**
 * Default snapping tolerance (metres) for the units graph, for finer units drawn from another file
 * than the zones (borders generalised differently, overlapping by up to a few hundred metres).
 * Measured on PACA (ze2020-paca.geojson + communes-paca.geojson, Marseille 9312 split into its 32
 * communes): the 26 true commune–zone contacts are all found from 0.5 m up (the two outlines cross
 * each other) and none is invented, but the estimated border lengths, used for compactness, reach the
 * true ones only around 200 m (smallest ratio 0.81, median 1.03; at 50 m: 0.20 and 0.60). From about
 * 2 km the shortest contacts (1.1 km) are lost, since a snapped border must be 3 × the tolerance long.
 */
export const DEFAULT_SPLIT_SNAP_M = 200;

export interface SplitOptions {
  /** split every zone with more members than this */
  above: number;
  /** property of the finer units holding their zone's id (default: ze2020, then zone) */
  zoneProp?: string;
  /**
   * where the units' members come from: "own" = their member counts (they must add up to the zone's),
   * "population" = the zone's members shared in proportion to the units' population.
   * Default: "own" when some unit of a split zone has members, else "population".
   */
  members?: 'own' | 'population';
  /** property holding the units' population, for members = "population" (default "population") */
  populationProp?: string;
  /** population by unit id (e.g. read from a CSV), used instead of the property when given */
  population?: ReadonlyMap<string, number>;
  /** where `population` comes from, for the members description (e.g. said('plan.split.populationColumn', …)) */
  populationSource?: Said | string;
  /**
   * properties of the zone copied onto its units when they lack them (boundaries such as dep, reg).
   * Default: every text or yes/no property of the zone except its id and name (numbers such as
   * population or member counts belong to the zone as a whole and are not copied).
   */
  inherit?: string[];
  /** relative difference between a zone's area and its units' total area that earns a warning (default 0.05) */
  areaTolerance?: number;
}

/** One zone replaced by its finer units. */
export interface SplitZone {
  id: string;
  name: string;
  members: number;
  /** unit ids, in the order of the finer layer */
  units: string[];
  /** units' total area / zone area */
  areaRatio: number;
  /** how the units' members were found */
  membersFrom: 'own' | 'population';
}

/** The units layer: a ZoneSet (zones not split + finer units in place of the split zones) with what was done. */
export interface CompositeLayer extends ZoneSet {
  /** the zones that were split, in the zones' order */
  split: SplitZone[];
  /** unit id → the id of the zone it comes from (itself when the zone is not split) */
  parentOf: Map<string, string>;
  /** property of the finer layer that named each unit's zone */
  zoneProp: string;
  /** finer units naming a zone that is not in the zone layer (ignored), and a few of their ids */
  unknownParents: { count: number; examples: string[] };
  /** warnings and explanations for the user (area differences, unknown zones, how members were shared) */
  notes: Said[];
}

/**
 * Replace every zone of `zones` with more than `opts.above` members by its finer units from `fine`
 * (the units whose `zoneProp` equals the zone id). Throws InputError when a zone above the threshold
 * has no units, when a unit id is also a zone id, or when the units' member counts do not add up to
 * the zone's.
 */
export function splitLargeZones(zones: ZoneSet, fine: ZoneSet, opts: SplitOptions): CompositeLayer {
  const above = opts.above;
  if (!Number.isFinite(above) || above < 0) {
    throw new InputError(said('plan.split.badAbove', { option: option('splitAbove'), value: String(above) }), { field: 'split-above' });
  }
  const zoneProp = opts.zoneProp ?? detectZoneProp(fine);
  if (opts.zoneProp !== undefined && !fine.zones.some((u) => u.properties[zoneProp] != null)) {
    throw new InputError(said('plan.split.noZoneProp', { prop: zoneProp }), {
      file: fine.file,
      field: zoneProp,
      hint: said('plan.split.noZoneProp.hint', { option: option('splitZone'), list: propertyNames(fine).join(', ') }),
    });
  }
  const tolerance = opts.areaTolerance ?? 0.05;
  const notes: Said[] = [];

  const { unitsOf, unknown } = unitsByZone(zones, fine, zoneProp, notes);
  const bigZones = zones.zones.filter((z) => z.members > above);
  requireUnits(zones, fine, bigZones, unitsOf, { above, zoneProp });
  const mode = opts.members ?? (bigZones.some((z) => unitsOf.get(z.id)!.some((u) => u.members > 0)) ? 'own' : 'population');
  const populationProp = opts.populationProp ?? 'population';
  const split = new Map<string, { info: SplitZone; units: Zone[] }>();
  let rescaled = false;
  for (const z of bigZones) {
    const one = splitZone(z, unitsOf.get(z.id)!, { zones, fine, opts, mode, populationProp, zoneProp, tolerance, notes });
    rescaled ||= one.rescaled;
    split.set(z.id, one);
  }
  const { out, parentOf } = unitsLayer(zones, fine, split);
  const splitList = [...split.values()].map((s) => s.info);
  const members = splitList.length ? membersAfterSplit(zones, fine, splitList, { opts, mode, rescaled, populationProp, above, notes }) : zones.members;
  return {
    file: zones.file,
    zones: out,
    byId: new Map(out.map((z) => [z.id, z])),
    members,
    split: splitList,
    parentOf,
    zoneProp,
    unknownParents: { count: unknown.length, examples: unknown.slice(0, 10) },
    notes,
  };
}

/** The finer units grouped by the zone they name; units naming an unknown zone are counted, said and ignored. */
function unitsByZone(zones: ZoneSet, fine: ZoneSet, zoneProp: string, notes: Said[]): { unitsOf: Map<string, Zone[]>; unknown: string[] } {
  const unitsOf = new Map<string, Zone[]>();
  const unknown: string[] = [];
  const unknownNamed: (Said | string)[] = [];
  for (const u of fine.zones) {
    const parent = u.properties[zoneProp];
    const key = parent == null ? '' : String(parent).trim();
    if (!zones.byId.has(key)) {
      unknown.push(u.id);
      unknownNamed.push(key === '' ? said('plan.split.note.noZone', { unit: u.id }) : `${u.id} → ${key}`);
      continue;
    }
    let list = unitsOf.get(key);
    if (!list) unitsOf.set(key, (list = []));
    list.push(u);
  }
  if (unknown.length) {
    const figures = { n: count(unknown.length), fine: fine.file, zones: zones.file, prop: zoneProp, list: commaList(unknownNamed.slice(0, 10)) };
    notes.push(
      unknown.length > 10
        ? said('plan.split.note.unknownParentsMore', { ...figures, more: count(unknown.length - 10) })
        : said('plan.split.note.unknownParents', figures),
    );
  }

  return { unitsOf, unknown };
}

/** Every zone above the threshold has units, and no unit of theirs has a zone's id (the plan would be ambiguous). */
function requireUnits(zones: ZoneSet, fine: ZoneSet, bigZones: readonly Zone[], unitsOf: Map<string, Zone[]>, o: { above: number; zoneProp: string }): void {
  const { above, zoneProp } = o;
  for (const z of bigZones) {
    if (!unitsOf.get(z.id)?.length) {
      throw new InputError(said('plan.split.noUnits', { n: count(z.members), option: option('splitAbove'), above: count(above), file: fine.file }), {
        file: zones.file,
        zone: z.id,
        field: zoneProp,
        hint: said('plan.split.noUnits.hint', { prop: zoneProp, zone: z.id, splitZone: option('splitZone'), splitAbove: option('splitAbove') }),
      });
    }
  }
  // a unit id equal to a zone id would make the plan ambiguous
  for (const z of bigZones) {
    for (const u of unitsOf.get(z.id)!) {
      if (zones.byId.has(u.id)) {
        throw new InputError(said('plan.split.sameId', { unit: u.id, file: zones.file }), {
          file: fine.file,
          zone: u.id,
          field: 'id',
          hint: said('plan.split.sameId.hint', { option: option('splitId') }),
        });
      }
    }
  }
}

interface SplitContext {
  zones: ZoneSet;
  fine: ZoneSet;
  opts: SplitOptions;
  mode: SplitZone['membersFrom'];
  populationProp: string;
  zoneProp: string;
  tolerance: number;
  notes: Said[];
}

/** One zone replaced by its units: their members, the zone's inherited properties, distance and area checks. */
function splitZone(z: Zone, src: Zone[], c: SplitContext): { info: SplitZone; units: Zone[]; rescaled: boolean } {
  const { zones, fine, opts, mode, zoneProp, notes } = c;
  const counts = mode === 'own' ? ownMembers(z, src, zones, fine) : populationShares(z, src, fine, c.populationProp, opts.population);
  const rescaled = mode === 'own' && counts.some((n, i) => n !== src[i].members);
  const inherit = opts.inherit ?? inheritable(z);
  const units = src.map((u, i): Zone => {
    const properties: Record<string, unknown> = {};
    for (const k of inherit) if (z.properties[k] !== undefined) properties[k] = z.properties[k];
    for (const [k, v] of Object.entries(u.properties)) if (v != null || !(k in properties)) properties[k] = v;
    properties[PARENT_PROP] = z.id;
    return { id: u.id, name: u.name, members: counts[i], geometry: u.geometry, properties };
  });
  // a unit far from its zone (a wrong zone code, another map) would make a section of distant places
  for (const u of src) {
    const km = bboxGapKm(z.geometry, u.geometry);
    if (km > MAX_UNIT_GAP_KM) {
      throw new InputError(said('plan.split.farUnit', { unit: u.id, zone: z.id, name: z.name, km: count(Math.round(km)) }), {
        file: fine.file,
        zone: u.id,
        field: zoneProp,
        hint: said('plan.split.farUnit.hint', { unit: u.id, fine: fine.file, zones: zones.file }),
      });
    }
  }
  const zoneArea = areaKm2(z.geometry);
  const unitArea = units.reduce((s, u) => s + areaKm2(u.geometry), 0);
  const areaRatio = zoneArea > 0 ? unitArea / zoneArea : 1;
  if (Math.abs(areaRatio - 1) > c.tolerance) {
    notes.push(
      said('plan.split.note.area', {
        zone: z.id,
        name: z.name,
        unitArea: count(Math.round(unitArea)),
        zoneArea: count(Math.round(zoneArea)),
        pct: ((areaRatio - 1) * 100).toFixed(1),
        fine: fine.file,
      }),
    );
  }
  return { info: { id: z.id, name: z.name, members: z.members, units: units.map((u) => u.id), areaRatio, membersFrom: mode }, units, rescaled };
}

/** The units layer: zones in their order, each split zone replaced by its units; unit → its zone. */
function unitsLayer(zones: ZoneSet, fine: ZoneSet, split: Map<string, { units: Zone[] }>): { out: Zone[]; parentOf: Map<string, string> } {
  const out: Zone[] = [];
  const parentOf = new Map<string, string>();
  for (const z of zones.zones) {
    const s = split.get(z.id);
    if (!s) {
      out.push({ ...z, properties: { ...z.properties, [PARENT_PROP]: z.id } });
      parentOf.set(z.id, z.id);
      continue;
    }
    for (const u of s.units) {
      if (parentOf.has(u.id)) {
        throw new InputError(said('plan.split.unitTwice', { unit: u.id, a: parentOf.get(u.id)!, b: z.id }), { file: fine.file, zone: u.id, field: 'id' });
      }
      out.push(u);
      parentOf.set(u.id, z.id);
    }
  }

  return { out, parentOf };
}

/** Where the members of the units layer come from (said), and the notes on what was split. */
function membersAfterSplit(
  zones: ZoneSet,
  fine: ZoneSet,
  splitList: SplitZone[],
  o: { opts: SplitOptions; mode: SplitZone['membersFrom']; rescaled: boolean; populationProp: string; above: number; notes: Said[] },
): ZoneSet['members'] {
  const { opts, mode, rescaled, populationProp, above, notes } = o;
  const names = splitList.map((s) => `${s.id} ${s.name}`).join(', ');
  const population = opts.population
    ? (opts.populationSource ?? said('load.source.givenPopulation'))
    : said('load.source.property', { prop: populationProp, file: fine.file });
  const how =
    mode === 'population'
      ? splitList.length > 1
        ? said('load.source.splitShared', { names, population })
        : said('load.source.splitSharedUnits', { names, n: splitList[0].units.length, population })
      : said(rescaled ? 'load.source.fromUnitsRounded' : 'load.source.fromUnits', { names, source: fine.members.description });
  const estimated = zones.members.estimated || mode === 'population' || fine.members.estimated;
  // counted zones with a split shared by population: only the split zones' units are estimates
  const onlyUnits = estimated && !zones.members.estimated && (mode === 'population' || fine.members.estimated);
  const members = {
    estimated,
    ...(onlyUnits ? { estimatedIds: splitList.flatMap((s) => s.units) } : {}),
    description: said('load.source.then', { source: zones.members.description, then: how }),
  };
  notes.push(
    said('plan.split.note.split', {
      n: splitList.length,
      above: count(above),
      list: commaList(splitList.map((s) => said('plan.split.note.zone', { id: s.id, name: s.name, n: s.units.length }))),
    }),
  );
  if (mode === 'population') notes.push(said('load.source.unitsEstimatesNote', { how }));
  return members;
}

function detectZoneProp(fine: ZoneSet): string {
  const found = SPLIT_ZONE_CANDIDATES.find((c) => fine.zones.some((u) => u.properties[c] != null));
  if (found) return found;
  const props = SPLIT_ZONE_CANDIDATES.map((c): Said => said('plan.quoted', { name: c })).reduce((a, b) => said('plan.or', { a, b }));
  throw new InputError(said('plan.split.noParentProp', { props }), {
    file: fine.file,
    field: SPLIT_ZONE_CANDIDATES[0],
    hint: said('plan.split.noParentProp.hint', { option: option('splitZone'), list: propertyNames(fine).join(', ') }),
  });
}

/** "a, b, c", each part said in the reader's language. */
function commaList(parts: readonly SaidValue[]): SaidValue {
  return parts.length ? parts.reduce((a, b) => said('plan.split.note.list', { a, b })) : '';
}

function propertyNames(zs: ZoneSet): string[] {
  return [...new Set(zs.zones.flatMap((z) => Object.keys(z.properties)))];
}

/** Text and yes/no properties of a zone other than its id and name: its boundaries (dep, reg…). */
function inheritable(z: Zone): string[] {
  return Object.entries(z.properties)
    .filter(([, v]) => (typeof v === 'string' || typeof v === 'boolean' || v === null) && v !== z.id && v !== z.name)
    .map(([k]) => k);
}

/**
 * The units' own member counts. They must add up to the zone's count; when either layer holds
 * estimates (population × rate, rounded unit by unit and zone by zone) a difference within rounding
 * (≤ half a member per unit) is shared out so the total is exact.
 */
function ownMembers(z: Zone, units: Zone[], zones: ZoneSet, fine: ZoneSet): number[] {
  const sum = units.reduce((s, u) => s + u.members, 0);
  if (sum === z.members) return units.map((u) => u.members);
  const rounding = (zones.members.estimated || fine.members.estimated) && Math.abs(sum - z.members) <= Math.ceil(units.length / 2) && sum > 0;
  if (rounding)
    return largestRemainder(
      z.members,
      units.map((u) => u.members),
    );
  throw new InputError(said('plan.split.sumMismatch', { n: count(z.members), zones: zones.file, k: units.length, fine: fine.file, sum: count(sum) }), {
    file: fine.file,
    zone: z.id,
    field: 'members',
    hint: said('plan.split.sumMismatch.hint'),
  });
}

/** The zone's members shared in proportion to the units' population. */
function populationShares(z: Zone, units: Zone[], fine: ZoneSet, prop: string, given?: ReadonlyMap<string, number>): number[] {
  const pops = units.map((u) => {
    const v = given ? given.get(u.id) : u.properties[prop];
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v.replace(/\s/g, '').replace(',', '.')) : NaN;
    if (!Number.isFinite(n) || n < 0) {
      throw new InputError(v == null ? said('plan.split.noCountNorPopulation', { zone: z.id }) : said('plan.split.badPopulation', { value: String(v) }), {
        file: fine.file,
        zone: u.id,
        field: prop,
        hint: said('plan.split.population.hint'),
      });
    }
    return n;
  });
  if (!(pops.reduce((s, p) => s + p, 0) > 0)) {
    throw new InputError(said('plan.split.zeroPopulation', { zone: z.id }), {
      file: fine.file,
      zone: z.id,
      field: prop,
    });
  }
  return largestRemainder(z.members, pops);
}

/** A plan on the zones (e.g. one section per département) carried onto the units: each unit takes its zone's section. */
export function planOnUnits(zonePlan: Plan, layer: CompositeLayer): Plan {
  const out: Plan = new Map();
  for (const u of layer.zones) {
    const s = zonePlan.get(layer.parentOf.get(u.id) ?? u.id);
    if (s !== undefined) out.set(u.id, s);
  }
  return out;
}

/** For each split zone, the sections its units ended up in (sorted). */
export function sectionsOfSplitZones(layer: CompositeLayer, plan: Plan): { zone: SplitZone; sections: string[] }[] {
  return layer.split.map((zone) => ({
    zone,
    sections: [...new Set(zone.units.map((u) => plan.get(u)).filter((s): s is string => s !== undefined))].sort(),
  }));
}

/** Two zones that touch in the zone layer, but none of whose units touch in the units layer (or the reverse). */
export interface AdjacencyDifference {
  a: string;
  b: string;
}

/**
 * Compare the units graph with the zone graph, zone by zone: every pair of neighbouring zones must
 * still touch through some of their units (`missing` otherwise), and units should not create contacts
 * between zones that did not touch (`extra`). The units of one split zone must form one connected
 * piece (`disconnected` lists split zones whose units do not, links included). Links are left out
 * of the comparison.
 */
export function compareUnitAdjacency(
  zoneGraph: ZoneGraph,
  layer: CompositeLayer,
  unitGraph: ZoneGraph,
): { missing: AdjacencyDifference[]; extra: AdjacencyDifference[]; disconnected: string[] } {
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  // explicit links (islands…) are choices of the user, not geography: compare borders only
  const zonePairs = new Set<string>();
  for (const e of zoneGraph.edges) if (e.kind !== 'link') zonePairs.add(key(zoneGraph.ids[e.a], zoneGraph.ids[e.b]));
  const unitPairs = new Set<string>();
  for (const e of unitGraph.edges) {
    if (e.kind === 'link') continue;
    const pa = layer.parentOf.get(unitGraph.ids[e.a])!;
    const pb = layer.parentOf.get(unitGraph.ids[e.b])!;
    if (pa !== pb) unitPairs.add(key(pa, pb));
  }
  const split = (k: string): AdjacencyDifference => {
    const [a, b] = k.split('\u0000');
    return { a, b };
  };
  const missing = [...zonePairs]
    .filter((k) => !unitPairs.has(k))
    .sort()
    .map(split);
  const extra = [...unitPairs]
    .filter((k) => !zonePairs.has(k))
    .sort()
    .map(split);
  const disconnected: string[] = [];
  for (const s of layer.split) {
    const inside = new Set(s.units.map((u) => unitGraph.index.get(u)!));
    const start = unitGraph.index.get(s.units[0])!;
    const seen = new Set([start]);
    const stack = [start];
    while (stack.length) for (const n of unitGraph.neighbors[stack.pop()!]) if (inside.has(n) && !seen.has(n)) (seen.add(n), stack.push(n));
    if (seen.size < inside.size) disconnected.push(s.id);
  }
  return { missing, extra, disconnected };
}

/** The lock label of the k-th section (1-based) made from split zone `zone`: "9312-1", "9312-2"… */
export const splitIntoLabel = (zone: string, k: number) => `${zone}-${k}`;

/** The part of a graph between some of its zones (indices renumbered in the order of `ids`). */
export function subGraph(graph: ZoneGraph, ids: readonly string[]): ZoneGraph {
  const index = new Map(ids.map((id, i) => [id, i]));
  const old = ids.map((id) => graph.index.get(id)!);
  const neighbors = old.map((o) =>
    graph.neighbors[o]
      .map((j) => index.get(graph.ids[j]))
      .filter((j): j is number => j !== undefined)
      .sort((a, b) => a - b),
  );
  const edges = graph.edges.flatMap((e) => {
    const a = index.get(graph.ids[e.a]);
    const b = index.get(graph.ids[e.b]);
    return a === undefined || b === undefined ? [] : [{ ...e, a: Math.min(a, b), b: Math.max(a, b) }];
  });
  return { ids: [...ids], index, neighbors, edges };
}

/**
 * For each request, divide the split zone's units into exactly K contiguous sections meeting the rules
 * (a max-p proposal on those units alone, with rules.sections = K), and return the locks that keep them:
 * unit id → "ZONE-k". proposeSections with these locks then builds the rest of the plan around them
 * (locked sections may take in neighbouring zones, but never merge with each other).
 * Throws InputError: exit 2 when the zone is not split, exit 1 when K sections cannot be formed, with the
 * reason ("zone 9312 can form at most 1 section of 10,000 members from its units").
 */
export function splitIntoLocks(
  layer: CompositeLayer,
  graph: ZoneGraph,
  rules: Rules,
  requests: readonly SplitIntoRequest[],
  opts: { seed?: number; lock?: ReadonlyMap<string, string> } = {},
): Map<string, string> {
  const locks = new Map<string, string>();
  for (const req of requests) {
    const split = layer.split.find((s) => s.id === req.zone);
    if (!split) {
      const isZone = layer.parentOf.has(req.zone) || layer.split.length > 0;
      throw new InputError(
        said(layer.parentOf.get(req.zone) === req.zone ? 'plan.split.into.notSplit' : 'plan.split.into.noZone', {
          option: option('splitInto'),
          zone: req.zone,
          k: req.sections,
        }),
        {
          zone: req.zone,
          field: 'split-into',
          hint: !isZone
            ? said('plan.split.into.noZone.hint')
            : layer.split.length
              ? said('plan.split.into.notSplitHere.hint', { splitAbove: option('splitAbove'), zones: layer.split.map((s) => s.id).join(', ') })
              : said('plan.split.into.notSplit.hint', { splitAbove: option('splitAbove') }),
        },
      );
    }
    const taken = split.units.filter((u) => opts.lock?.has(u));
    if (taken.length) {
      throw new InputError(
        said('plan.split.into.locked', { option: option('splitInto'), zone: req.zone, k: req.sections, lock: option('lock'), unit: taken[0] }),
        {
          zone: taken[0],
          field: 'split-into',
          hint: said('plan.split.into.locked.hint', { option: option('splitInto') }),
        },
      );
    }
    const unitSet: ZoneSet = {
      file: layer.file,
      zones: split.units.map((u) => layer.byId.get(u)!),
      byId: new Map(split.units.map((u) => [u, layer.byId.get(u)!])),
      members: layer.members,
    };
    const g = subGraph(graph, split.units);
    const subRules: Rules = { ...rules, sections: req.sections };
    delete subRules.splitInto;
    const p = buildProblem(unitSet, g, subRules);
    const most = upperBound(p, subRules);
    if (req.sections > most) {
      throw new InputError(
        said('plan.split.into.tooMany', { zone: req.zone, most: count(most), min: count(p.T), k: req.sections }),
        {
          zone: `${req.zone} (${split.name})`,
          field: 'split-into',
          hint: said(most < 1 ? 'plan.split.into.tooManyLower.hint' : 'plan.split.into.tooMany.hint', {
            n: count(split.members),
            units: split.units.length,
            option: option('splitInto'),
            zone: req.zone,
            best: Math.max(1, most),
            minMembers: option('minMembers'),
          }),
        },
        1,
      );
    }
    let result;
    try {
      result = proposeSections(unitSet, g, subRules, { seed: opts.seed });
    } catch (e) {
      if (e instanceof InputError) {
        throw new InputError(
          said('plan.split.into.cannot', { option: option('splitInto'), zone: req.zone, k: req.sections, name: split.name, cause: e.problem }),
          { zone: req.zone, field: 'split-into' },
          1,
        );
      }
      throw e;
    }
    const ids = [...new Set(result.plan.values())].sort();
    for (const [u, s] of result.plan) locks.set(u, splitIntoLabel(req.zone, ids.indexOf(s) + 1));
  }
  return locks;
}

/** A finer unit farther than this from the outline box of its zone is an error (a few km of drawing differences are fine). */
export const MAX_UNIT_GAP_KM = 20;

/** The gap between the bounding boxes of two geometries, in km (0 when they overlap); an equirectangular estimate. */
function bboxGapKm(a: Zone['geometry'], b: Zone['geometry']): number {
  const box = (g: Zone['geometry']) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const poly of polys) for (const [x, y] of poly[0] ?? []) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    return [x0, y0, x1, y1];
  };
  const [ax0, ay0, ax1, ay1] = box(a);
  const [bx0, by0, bx1, by1] = box(b);
  const dx = Math.max(0, bx0 - ax1, ax0 - bx1);
  const dy = Math.max(0, by0 - ay1, ay0 - by1);
  const lat = ((Math.max(ay0, by0) + Math.min(ay1, by1)) / 2) * (Math.PI / 180);
  return Math.hypot(dx * 111.32 * Math.cos(lat), dy * 110.57);
}
