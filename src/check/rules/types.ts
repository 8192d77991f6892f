import type { Tie } from '../../apportion/methods.js';
import type { Rules } from '../../core/charter.js';
import type { Plan, ZoneSet } from '../../core/types.js';
import type { ZoneGraph } from '../../graph/types.js';
import type { MessageId } from '../../messages/catalogue.js';
import type { ParamsOf } from '../../messages/message.js';
import type { Failure, Figures, RuleId, RuleVerdict } from './verdict.js';
import type { CheckWords } from './words.js';

export type { PlanRow } from '../../core/types.js';
import type { PlanRow } from '../../core/types.js';

/** What a rule knows about one section: measured once by checkPlan, shared by every rule. */
export interface SectionFacts {
  id: string;
  /** zone ids in the zone layer's order */
  zones: string[];
  members: number;
  seats: number;
  /** connected pieces (zone ids), largest first; one piece when contiguous (searched on first use) */
  pieces: string[][];
}

/** What a rule knows about the plan: the inputs, the assignment as read, and every section's facts. */
export interface PlanFacts {
  zones: ZoneSet;
  graph: ZoneGraph;
  rules: Rules;
  /** the plan's rows (with file lines when read from a file) */
  rows: PlanRow[];
  /** zone → section, the first filled row of each known zone */
  assigned: Plan;
  /** every section of the plan, sorted by id */
  sections: SectionFacts[];
  /** plan-wide figures that a move of a zone between two sections does not change */
  totals: { sections: number; members: number };
  /** set when a fixed total of seats is too small for every minimum (the seats were then shared without it) */
  seatShortfall?: { total: number; sections: number; minimum: number; needed: number };
  /** ties for the last seat(s) that nobody settled (plan order gave them provisionally) */
  ties: Tie[];
}

/** What a section may hold under a rule, for propose's search; `undefined` for no bound. */
export interface MemberBounds {
  /** fewest members */
  min?: number;
  /** most members */
  max?: number;
  /** most zones (a limit that is not about members: propose's construction never goes above it) */
  maxZones?: number;
}

/**
 * The sentences of a rule, said from its figures by its own module. Messages: src/messages/check.ts. `rulesLine` and
 * `charter` are for rules said apart in the rules line and the charter; the member thresholds, seats, count and
 * boundaries are said together there (../wording.ts describeRulesIn, charterLines).
 */
export interface RuleWords {
  /** its part of the rules in one line ("≤ 12 zones per section"), after the member thresholds */
  rulesLine?(rules: Rules, w: CheckWords): string;
  /** its sentence of the charter (the report) */
  charter?(rules: Rules, w: CheckWords): string;
  /** its statement, from its figures */
  label(figures: Figures, w: CheckWords): string;
  /** its one-line verdict, from its figures and failures */
  message(v: Pick<RuleVerdict, 'figures' | 'failures' | 'ok'>, w: CheckWords): string;
  /** one of its failures as a sentence; undefined for a failure of another rule */
  failure(f: Failure, w: CheckWords): string | undefined;
  /** a section's short problem for one of its failures; undefined for a failure of another rule */
  problem(f: Failure, w: CheckWords): string | undefined;
}

/** How an option's value is read (src/core/rules.ts), with the messages of today's options. */
export type OptionValue =
  /** a whole number from `min` (0 or 1) to `max` (core/limits.ts) */
  | { kind: 'whole'; min: 0 | 1; max: number }
  /** a percentage strictly between 0 and 100: 5, "5", "5%", "2,5" */
  | { kind: 'percentage' }
  /** a zone property name, as typed */
  | { kind: 'property' };

/** A message without placeholders. */
export type PlainMessageId = { [K in MessageId]: keyof ParamsOf<K> extends never ? K : never }[MessageId];

/** The Rules fields a rule option may set: the numbers and property names of the charter. */
export type RuleField = { [K in keyof Rules]-?: Rules[K] extends number | string | undefined ? (string extends K ? never : K) : never }[keyof Rules];

/**
 * An option of the charter that a rule module declares: core/rules.ts reads it from rules.json and from
 * option values, src/cli/rules-options.ts adds it to propose and check. Its field is declared in the rule's
 * file too (`declare module '../../core/charter.js' { interface Rules { … } }`).
 */
export interface RuleOption {
  /** the Rules field and the library's option name (camelCase): "maxDeviation" */
  field: RuleField;
  /** the rules.json key and the CLI flag without "--" (kebab-case): "max-deviation" */
  key: string;
  /** the value's name in --help: "<percent>" */
  value: string;
  parse: OptionValue;
  /** its --help text (src/messages/help.ts, no placeholder) */
  help: PlainMessageId;
  /**
   * its place in --help and in resolveRules: 10 min-members, 20 max-members, 30 max-deviation, 40 min-seats,
   * (50: the seat settings --members-per-seat, --seats, --method), 60 sections, 70 respect, 80 within
   */
  order: number;
}

/**
 * A rule of the charter, as a module (src/check/rules/<id>.ts). checkPlan runs every rule that applies,
 * in the registry's order (src/check/rules/index.ts), as GerryChain's Validator runs its constraints.
 */
export interface Rule {
  id: RuleId;
  /**
   * "section": every failure names one section and depends only on that section's facts and on the
   * plan-wide totals (count, members) that moving a zone between sections keeps; "plan": the whole plan.
   */
  scope: 'plan' | 'section';
  /** its sentences, when its module says them (else ../wording.ts does) */
  words?: RuleWords;
  /** the options that set it (rules.json keys and CLI flags), if any */
  options?: readonly RuleOption[];
  /** whether the rules ask for it (optional rules apply only when set) */
  applies(rules: Rules): boolean;
  /** the figures its statement and verdict are said from (limits, counts, smallest…), see RuleVerdict.figures */
  figures(plan: PlanFacts): Figures;
  /** the failures of the plan (figures only), in a stable order; none when the rule holds */
  evaluate(plan: PlanFacts): Failure[];
  /**
   * Whether evaluateSections can judge some sections alone after a move. False when a section's verdict
   * depends on the others in a way a move changes (e.g. seats shared from a fixed total).
   */
  incremental(rules: Rules): boolean;
  /** a section rule's failures among some sections only (the sections touched by a move) */
  evaluateSections?(plan: PlanFacts, sections: readonly SectionFacts[]): Failure[];
  /**
   * Members a section may have, for propose's feasibility checks and search. `count` is the number of
   * sections and the members of all zones, for rules whose bounds depend on them (max-deviation).
   */
  memberBounds?(rules: Rules, count?: { sections: number; members: number }): MemberBounds;
  /**
   * true for a section rule whose verdict on one section depends on the plan's totals (number of sections and
   * their members, e.g. max-deviation's mean): the editor judges every section again for it after a move
   */
  judgedOnTotals?: boolean;
  /**
   * its figures in a few words for the tables of the report and the editor ("19 sections, 20 required"), for a
   * plan rule whose failures name no section or zone; undefined: the tables list the sections or zones it names
   */
  detail?(figures: Figures, w: CheckWords): string;
  /** true when memberBounds depends on the number of sections (propose then tries the counts one by one) */
  boundsDependOnCount?(rules: Rules): boolean;
  /**
   * Its part in propose beyond member bounds: a test of one candidate section by its zones (indices into
   * zones.zones), which propose's stages, the editor's Complete and the audit's chain obey. Undefined when the
   * rule's judgement needs nothing but the section's members and zone count (memberBounds says those).
   */
  zonesTest?(rules: Rules, zones: ZoneSet): ZonesTest;
}

/** Whether a candidate section, given by its zones' indices (the first `size` of `zones`), holds a rule. */
export type ZonesTest = (zones: ArrayLike<number>, size: number) => boolean;
