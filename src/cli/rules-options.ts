import { Option, type Command } from 'commander';
import { TIE_BREAKS, type TieBreak } from '../apportion/index.js';
import { RULES_FILE_EXAMPLES, said, type Voice } from '../messages/index.js';
import { ENGLISH, headingOf, sayer } from './voice.js';
import { APPORTION_METHODS, type Rules } from '../core/index.js';
import { flagKeys } from './flags.js';
import { loadRules } from '../check/index.js';
import { RULE_OPTIONS, type RuleOption } from '../check/index.js';

/** Where the seat settings (--members-per-seat, --seats, --method) sit among the rules' options in --help. */
const SEAT_SETTINGS_ORDER = 50;

/**
 * The charter options shared by propose and check (and a --rules JSON file that sets the same names): the
 * options each rule module declares (RULE_OPTIONS, in their order), with the seat settings among them.
 */
export function addRuleOptions(cmd: Command, voice: Voice = ENGLISH): Command {
  const h = sayer(voice);
  // A heading of its own in --help; options added afterwards go back under "Options:".
  cmd.optionsGroup(headingOf(said('help.group.rules'), voice));
  cmd.option('--rules <file.json>', h(said('help.rules.rules', { example: RULES_FILE_EXAMPLES.rules })));
  const ruleOption = (o: RuleOption) => cmd.option(`--${o.key} ${o.value}`, h(said(o.help)));
  for (const o of RULE_OPTIONS) if (o.order < SEAT_SETTINGS_ORDER) ruleOption(o);
  cmd
    .option('--members-per-seat <n>', h(said('help.rules.membersPerSeat')))
    .option('--seats <total>', h(said('help.rules.seats')))
    .addOption(new Option('--method <method>', h(said('help.rules.method'))).choices([...APPORTION_METHODS]));
  for (const o of RULE_OPTIONS) if (o.order >= SEAT_SETTINGS_ORDER) ruleOption(o);
  return cmd.optionsGroup('Options:');
}

/**
 * What rulesFromOptions reads: the rule values (the library's RuleOptions of core/rules.ts, by the same names)
 * and --rules: loadRules's own parameter.
 * Commands pass all their flags: the library takes the rule values among them (propose's --split-into too).
 */
export type RuleFlags = Parameters<typeof loadRules>[0];

type ApportionMethod = (typeof APPORTION_METHODS)[number];

/**
 * The keys addRuleOptions adds, as commander names them (see tests/cli/flags.test.ts): --rules, every option a
 * rule module declares (RULE_OPTIONS: a new rule adds its own) and the seat settings. Report's words
 * (--members-word, --respect-label, --within-label) and propose's --split-into are declared by those commands.
 */
export const RULE_FLAGS = [
  'rules',
  ...RULE_OPTIONS.map((o) => o.field),
  ...flagKeys<Pick<RuleFlags, 'membersPerSeat' | 'seats' | 'method'>>({ membersPerSeat: true, seats: true, method: true }),
] as (keyof RuleFlags & string)[];

export function rulesFromOptions(opts: RuleFlags): Rules {
  return loadRules(opts);
}

/**
 * The seat options shared by seats and pluralism: how many delegates each section elects (--seats shared by
 * --method, or --members-per-seat), --min-seats, who gets a tied last seat, and a --rules JSON file.
 */
export function addSeatOptions(cmd: Command, voice: Voice = ENGLISH): Command {
  const h = sayer(voice);
  cmd.optionsGroup(headingOf(said('help.group.seats'), voice));
  return cmd
    .option('--rules <file.json>', h(said('help.seatRules.rules', { example: RULES_FILE_EXAMPLES.seats })))
    .option('--seats <total>', h(said('help.seatRules.seats')))
    .addOption(new Option('--method <method>', h(said('help.seatRules.method'))).choices([...APPORTION_METHODS]))
    .option('--members-per-seat <n>', h(said('help.seatRules.membersPerSeat')))
    .option('--min-seats <n>', h(said('help.seatRules.minSeats')))
    .addOption(new Option('--tie-break <rule>', h(said('help.seatRules.tieBreak'))).choices([...TIE_BREAKS]))
    .optionsGroup('Options:');
}

export interface SeatRuleOptions {
  rules: Rules;
  /** undefined: a tied last seat stops the command (see requireSettledTies) */
  tieBreak: TieBreak | undefined;
}

/** The options addSeatOptions adds, as commander delivers them. */
export interface SeatFlags {
  rules?: string;
  seats?: string;
  method?: ApportionMethod;
  membersPerSeat?: string;
  minSeats?: string;
  tieBreak?: TieBreak;
}

export const SEAT_FLAGS = flagKeys<SeatFlags>({ rules: true, seats: true, method: true, membersPerSeat: true, minSeats: true, tieBreak: true });

export function seatRulesFromOptions(opts: SeatFlags): SeatRuleOptions {
  const rules = loadRules({ rules: opts.rules, seats: opts.seats, method: opts.method, membersPerSeat: opts.membersPerSeat, minSeats: opts.minSeats });
  return { rules, tieBreak: opts.tieBreak };
}
