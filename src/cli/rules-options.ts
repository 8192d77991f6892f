import { Option, type Command } from 'commander';
import { TIE_BREAKS, type TieBreak } from '../apportion/index.js';
import { APPORTION_METHODS, type Rules } from '../core/index.js';
import { loadRules } from '../load/index.js';

/** The charter options shared by propose and check (and a --rules JSON file that sets the same names). */
export function addRuleOptions(cmd: Command): Command {
  // A heading of its own in --help; options added afterwards go back under "Options:".
  cmd.optionsGroup('Rules (the charter):');
  return cmd
    .option('--rules <file.json>', 'read the rules from a JSON file, e.g. {"min-members": 10000, "min-seats": 6}')
    .option('--min-members <n>', 'every section has at least this many members (default 10000)')
    .option('--max-members <n>', 'no section has more than this many members')
    .option('--max-deviation <percent>', "every section's members within this many % of the mean section size (e.g. 15: ±15 %)")
    .option('--min-seats <n>', 'every section elects at least this many delegates (default 6)')
    .option('--members-per-seat <n>', 'one delegate per this many members (default 1500)')
    .option('--seats <total>', 'a fixed total of delegates, shared between sections by --method')
    .addOption(new Option('--method <method>', 'how --seats are shared between sections').choices([...APPORTION_METHODS]))
    .option('--sections <k>', 'make exactly this many sections instead of as many as possible')
    .option('--respect <property>', 'cross the boundaries given by this zone property (e.g. dep) only when needed')
    .option('--within <property>', 'never cross the boundaries given by this zone property (e.g. reg)')
    .optionsGroup('Options:');
}

export function rulesFromOptions(opts: Record<string, unknown>): Rules {
  return loadRules(opts as Parameters<typeof loadRules>[0]);
}

/**
 * The seat options shared by seats and pluralism: how many delegates each section elects (--seats shared by
 * --method, or --members-per-seat), --min-seats, who gets a tied last seat, and a --rules JSON file.
 */
export function addSeatOptions(cmd: Command): Command {
  cmd.optionsGroup('Seats per section:');
  return cmd
    .option('--rules <file.json>', 'read the seat rules from a JSON file, e.g. {"seats": 120, "method": "dhondt", "min-seats": 6}')
    .option('--seats <total>', 'a fixed total of delegates to share between the sections')
    .addOption(new Option('--method <method>', 'how --seats are shared between sections (default dhondt)').choices([...APPORTION_METHODS]))
    .option('--members-per-seat <n>', 'one delegate per this many members, rounded down (default 1500 when --seats is not given)')
    .option('--min-seats <n>', 'with --seats: every section first gets this many seats (default 6)')
    .addOption(new Option('--tie-break <rule>', 'who gets a tied last seat: the larger section, a seeded draw, or the first in the plan').choices([...TIE_BREAKS]))
    .optionsGroup('Options:');
}

export interface SeatRuleOptions {
  rules: Rules;
  /** undefined: a tied last seat stops the command (see requireSettledTies) */
  tieBreak: TieBreak | undefined;
}

export function seatRulesFromOptions(opts: Record<string, unknown>): SeatRuleOptions {
  const str = (k: string): string | undefined => (opts[k] === undefined ? undefined : String(opts[k]));
  const rules = loadRules({ rules: str('rules'), seats: str('seats'), method: str('method'), membersPerSeat: str('membersPerSeat'), minSeats: str('minSeats') });
  return { rules, tieBreak: opts.tieBreak as TieBreak | undefined };
}
