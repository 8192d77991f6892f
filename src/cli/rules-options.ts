import { Option, type Command } from 'commander';
import { TIE_BREAKS, type TieBreak } from '../apportion/index.js';
import { said, type Voice } from '../messages/index.js';
import { ENGLISH, headingOf, sayer } from './voice.js';
import { APPORTION_METHODS, type Rules } from '../core/index.js';
import { flagKeys } from './flags.js';
import { loadRules } from '../load/index.js';

/** The charter options shared by propose and check (and a --rules JSON file that sets the same names). */
export function addRuleOptions(cmd: Command, voice: Voice = ENGLISH): Command {
  const h = sayer(voice);
  // A heading of its own in --help; options added afterwards go back under "Options:".
  cmd.optionsGroup(headingOf(said('help.group.rules'), voice));
  return cmd
    .option('--rules <file.json>', h(said('help.rules.rules', { example: '{"min-members": 10000, "min-seats": 6}' })))
    .option('--min-members <n>', h(said('help.rules.minMembers')))
    .option('--max-members <n>', h(said('help.rules.maxMembers')))
    .option('--max-deviation <percent>', h(said('help.rules.maxDeviation')))
    .option('--min-seats <n>', h(said('help.rules.minSeats')))
    .option('--members-per-seat <n>', h(said('help.rules.membersPerSeat')))
    .option('--seats <total>', h(said('help.rules.seats')))
    .addOption(new Option('--method <method>', h(said('help.rules.method'))).choices([...APPORTION_METHODS]))
    .option('--sections <k>', h(said('help.rules.sections')))
    .option('--respect <property>', h(said('help.rules.respect')))
    .option('--within <property>', h(said('help.rules.within')))
    .optionsGroup('Options:');
}

/**
 * What rulesFromOptions reads: the rule values (the library's RuleOptions of core/rules.ts, by the same names)
 * and --rules: loadRules's own parameter.
 * Commands pass all their flags: the library takes the rule values among them (propose's --split-into too).
 */
export type RuleFlags = Parameters<typeof loadRules>[0];

type ApportionMethod = (typeof APPORTION_METHODS)[number];

/**
 * The keys addRuleOptions adds, as commander names them (see tests/cli/flags.test.ts): every rule value but
 * the words of report (--members-word, --respect-label, --within-label) and propose's --split-into, which
 * those commands declare themselves. A new rule value in RuleOptions must be listed here (the compiler says so).
 */
export const RULE_FLAGS = flagKeys<Omit<RuleFlags, 'membersWord' | 'respectLabel' | 'withinLabel' | 'splitInto'>>({
  rules: true,
  minMembers: true,
  maxMembers: true,
  maxDeviation: true,
  minSeats: true,
  membersPerSeat: true,
  seats: true,
  method: true,
  sections: true,
  respect: true,
  within: true,
});

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
    .option('--rules <file.json>', h(said('help.seatRules.rules', { example: '{"seats": 120, "method": "dhondt", "min-seats": 6}' })))
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
