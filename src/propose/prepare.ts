/**
 * The step before proposing on a layer whose very large zones are split into finer units (communes):
 * the units layer, its contiguity graph, where the units do not touch as their zones do, and the locks
 * on the units. One function, used by `decoupage propose`, the demo and any program: it takes values
 * (an already loaded layer of finer units), never paths; its errors name its options (`splitWith`).
 */
import { InputError } from '../core/errors.js';
import type { Progress } from '../core/progress.js';
import type { Rules } from '../core/rules.js';
import type { ZoneSet } from '../core/types.js';
import { carryOverToUnits } from '../core/units.js';
import { buildGraph } from '../graph/build.js';
import type { GraphOptions, ZoneGraphResult } from '../graph/types.js';
import { option, said, type Said } from '../messages/index.js';
import { rejectLinksToSplitZones } from './links.js';
import { compareUnitAdjacency, DEFAULT_SPLIT_SNAP_M, splitIntoLocks, splitLargeZones, type AdjacencyDifference, type CompositeLayer } from './split.js';

export interface PrepareSplitOptions {
  /** with finer units: split every zone with more members than this (required then) */
  splitAbove?: number;
  /** property of the finer units holding their zone's id (default: ze2020, then zone) */
  splitZone?: string;
  /** population by unit id, to share a split zone's members when the units have no member counts */
  population?: ReadonlyMap<string, number>;
  /** where `population` comes from, for the members description */
  populationSource?: Said | string;
  /**
   * snapping tolerance (metres) between the units and the zones, since files drawn separately rarely match
   * (default DEFAULT_SPLIT_SNAP_M; 0 when both come from the same map). The units graph uses the larger of
   * this and `graph.snapM`.
   */
  splitSnap?: number;
  /** how the graph is built (contiguity, snapping, links, automatic links…), as for buildGraph */
  graph?: GraphOptions;
  /** seed of the division of split zones into exactly K sections (rules.splitInto) */
  seed?: number;
  /** zone (or unit) → section: a locked zone that is split keeps all its units in the locked section */
  lock?: ReadonlyMap<string, string>;
  progress?: Progress;
}

export interface PreparedSplit {
  /** the layer the plan is made of: the zones, or the units layer when zones were split */
  units: ZoneSet;
  /** the units layer, when finer units were given */
  layer?: CompositeLayer;
  /** contiguity graph of `units` */
  graph: ZoneGraphResult;
  /** snapping tolerance `graph` was built with (check, export and report of the plan need the same) */
  snapM: number;
  /** with a split: neighbouring zones whose units do not touch, units touching across zones that did not, split zones in pieces */
  adjacency?: { missing: AdjacencyDifference[]; extra: AdjacencyDifference[]; disconnected: string[] };
  /** the locks to propose with: `lock` carried onto the units, plus the sections rules.splitInto fixed */
  lock?: Map<string, string>;
  /** the split zones whose lock went to their units (to say so) */
  carriedLocks?: { zone: string; units: number }[];
}

/**
 * Split the zones with more than `splitAbove` members into their finer units (none when `fineUnits` is
 * undefined), build the units' graph, compare it with the zones' one, and turn rules.splitInto ("zone 9312 in
 * exactly 2 sections") into locks. InputError (exit 2) when an option needs finer units that are not given, a
 * link names a split zone or the units do not fit their zones; exit 1 when a zone cannot form its K sections.
 */
export function prepareSplit(zones: ZoneSet, fineUnits: ZoneSet | undefined, rules: Rules, opts: PrepareSplitOptions = {}): PreparedSplit {
  const graphOpts: GraphOptions = opts.graph ?? {};
  const splitWith = option('splitWith');
  const splitAbove = option('splitAbove');
  if (!fineUnits) {
    const needsUnits = (['splitAbove', 'splitZone', 'splitSnap', 'population'] as const).find((k) => opts[k] !== undefined);
    if (needsUnits) {
      const name = needsUnits === 'population' ? 'splitPopulation' : needsUnits;
      throw new InputError(said('plan.split.needsSplitWith', { option: option(name), splitWith }), {
        field: name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()),
        hint: said('plan.split.needsSplitWith.hint', { splitWith, splitAbove }),
      });
    }
    if (rules.splitInto?.length) {
      const options = { splitInto: option('splitInto'), splitWith, splitAbove };
      throw new InputError(said('plan.split.intoNeedsSplitWith', options), { field: 'split-into', hint: said('plan.split.intoNeedsSplitWith.hint', options) });
    }
    const graph = buildGraph(zones, { ...graphOpts, progress: opts.progress });
    return { units: zones, graph, snapM: graphOpts.snapM ?? 0, ...(opts.lock ? { lock: new Map(opts.lock) } : {}) };
  }
  if (opts.splitAbove === undefined) {
    throw new InputError(said('plan.split.needsAbove', { splitWith, splitAbove }), {
      field: 'split-above',
      hint: said('plan.split.needsAbove.hint', { splitAbove }),
    });
  }
  const layer = splitLargeZones(zones, fineUnits, {
    above: opts.splitAbove,
    zoneProp: opts.splitZone,
    ...(opts.population ? { members: 'population' as const, population: opts.population, populationSource: opts.populationSource } : {}),
  });
  // links name zones; a split zone no longer exists as such
  rejectLinksToSplitZones(graphOpts.links, layer.split);
  // a locked zone that is split: all its units stay in the locked section
  const carried = opts.lock ? carryOverToUnits(opts.lock, layer) : undefined;
  // finer units drawn from another map touch the zones only within the split snap (the larger snap wins)
  const snapM = Math.max(opts.splitSnap ?? DEFAULT_SPLIT_SNAP_M, graphOpts.snapM ?? 0);
  const graph = buildGraph(layer, { ...graphOpts, snapM, progress: opts.progress });
  // the units must touch where their zones touch
  const zoneGraph = buildGraph(zones, { contiguity: graphOpts.contiguity, snapM: graphOpts.snapM });
  const adjacency = compareUnitAdjacency(zoneGraph, layer, graph);
  // rules.splitInto: the split zone's units are first divided into exactly K sections, then locked
  let lock = carried?.values;
  if (rules.splitInto?.length) {
    const fixed = splitIntoLocks(layer, graph, rules, rules.splitInto, { seed: opts.seed, lock });
    lock = new Map([...(lock ?? []), ...fixed]);
  }
  return { units: layer, layer, graph, snapM, adjacency, ...(lock ? { lock } : {}), ...(carried ? { carriedLocks: carried.carried } : {}) };
}
