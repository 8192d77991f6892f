// decoupage/split: Dividing very large zones into finer units (communes) and carrying plans and values onto them.

/** A layer where very large zones are replaced by finer units (splitLargeZones), and its options. */
export type { CompositeLayer, SplitOptions } from '../propose/split.js';
/** Options and result of prepareSplit. */
export type { PrepareSplitOptions, PreparedSplit } from '../propose/prepare.js';
/** Replace the zones above a member count by finer units (communes) so that they can be divided. */
export { splitLargeZones } from '../propose/split.js';
/** Carry a plan on zones onto a layer with split zones (every unit takes its zone's section). */
export { planOnUnits } from '../propose/split.js';
/** The split step before proposing: the units layer, its graph, where units and zones disagree, the locks (rules.splitInto). */
export { prepareSplit } from '../propose/prepare.js';
/** Carry zone-level values (old plan, votes, locks) over to the units of a split zone. */
export { carryOverToUnits } from '../core/units.js';
