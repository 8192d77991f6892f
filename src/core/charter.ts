/**
 * The charter's shape (the Rules a plan follows) and the apportionment methods, without I/O, so that the
 * editor page can bundle the check's wording. The methods' names: src/messages/methods.ts. Reading and
 * validating rules: src/core/rules.ts.
 */

/** Apportionment methods (implemented in src/apportion). */
export const APPORTION_METHODS = ['dhondt', 'sainte-lague', 'hamilton', 'huntington-hill', 'adams'] as const;
export type ApportionMethod = (typeof APPORTION_METHODS)[number];

/** How many delegates a section elects. */
export type SeatRule =
  /** seats = floor(members / membersPerSeat) */
  | { kind: 'members-per-seat'; membersPerSeat: number }
  /** a fixed total of delegates apportioned to sections by a method */
  | { kind: 'total'; total: number; method: ApportionMethod };

/** The charter a plan must follow (options of propose/check, or a --rules JSON file). */
export interface Rules {
  /** every section has at least this many members (default 10,000) */
  minMembers: number;
  /** optional upper bound on members per section */
  maxMembers?: number;
  /** every section's members within ±maxDeviation % of the mean section size (0 < P < 100) */
  maxDeviation?: number;
  /** every section elects at least this many delegates (default 6) */
  minSeats: number;
  seats: SeatRule;
  /** exactly this many sections instead of the maximum */
  sections?: number;
  /** property whose boundaries sections should cross only when needed (e.g. "dep") */
  respect?: string;
  /** property whose boundaries sections must never cross (e.g. "reg") */
  within?: string;
  // Words, not constraints: how the report names things ("members-word", "respect-label", "within-label").
  /** what the organisation calls its members, e.g. "sociétaires" */
  membersWord?: string;
  /** the `respect` boundaries in prose, plural (e.g. "bassins de vie"); dep and reg are named without it */
  respectLabel?: string;
  withinLabel?: string;
  /** exactly this many sections from the units of a split zone (propose --split-into 9312:2) */
  splitInto?: SplitIntoRequest[];
}

/** --split-into ZONE:K (or "split-into" in rules.json): exactly K sections from the units of one split zone. */
export interface SplitIntoRequest {
  zone: string;
  sections: number;
}
