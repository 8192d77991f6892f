/**
 * The upper bounds of decoupage, in one place (README, "Limits"). They are far above any real use and stop
 * a typo (1000000000 seats) or a damaged file (1e308 members) from running until killed or printing "∞".
 * Every reader and every writer applies the same bound.
 */

/** Members of one zone, of one section and of the whole layer: a whole number from 0 to this. */
export const MAX_MEMBERS = 1_000_000_000;
/** --seats (a fixed total of delegates), --min-seats. */
export const MAX_SEATS = 100_000;
/** --sections. */
export const MAX_SECTIONS = 1_000_000;
/** pluralism --simulate (draws of the vote). */
export const MAX_SIMULATE = 100_000;
/** propose --iterations. */
export const MAX_ITERATIONS = 1_000_000;
/** propose --constructions. */
export const MAX_CONSTRUCTIONS = 10_000;
/** --snap and --split-snap, in metres. */
export const MAX_SNAP_M = 10_000;
/** concentration of the simulated vote shares. */
export const MAX_CONCENTRATION = 1_000_000;
