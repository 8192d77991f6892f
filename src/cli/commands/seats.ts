import { Option, type Command } from 'commander';
import { describeTie, formatSectionSeats } from '../../apportion/format.js';
import { TIE_BREAKS, type TieBreak } from '../../apportion/methods.js';
import { sectionSeats } from '../../apportion/sections.js';
import { InputError } from '../../core/errors.js';
import { LANGS, type Lang } from '../../core/i18n.js';
import { APPORTION_METHODS, resolveRules } from '../../core/rules.js';
import { sectionsOf } from '../../core/types.js';
import { writeCsv } from '../../io/csv.js';
import { planFromInput, readPlan } from '../../load/plan.js';
import { membersBySection } from '../../pluralism/plan.js';
import type { CliContext } from '../context.js';
import { addZoneOptions, zonesFromOptions } from '../zone-options.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('seats')
    .summary('share the delegates between the sections of a plan')
    .description(
      'Give every section of a plan its number of delegates (seats), and show how fair the result is. ' +
        'Either one seat per --members-per-seat members (rounded down), or a fixed total (--seats) shared by ' +
        '--method. With --min-seats every section first gets that many seats and the rest is shared by the ' +
        'method (as the US House gives each state 1 seat first, or the Spanish Congress 2 per province). ' +
        'If the last seat is tied between sections, decoupage stops and asks you to choose --tie-break.\n\n' +
        'Example: decoupage seats zones.geojson plan.csv --seats 120 --method dhondt --min-seats 6 -o seats.csv',
    )
    .argument('<zones>', 'the zone file (GeoJSON)')
    .argument('<plan>', 'the plan: a zone,section CSV (or JSON / GeoJSON)')
    .option('--seats <total>', 'a fixed total of delegates to share between the sections')
    .addOption(new Option('--method <method>', 'how --seats are shared (default dhondt)').choices([...APPORTION_METHODS]))
    .option('--members-per-seat <n>', 'one delegate per this many members, rounded down (default 1500 when --seats is not given)')
    .option('--min-seats <n>', 'every section first gets this many seats (with --seats; default 6)')
    .addOption(new Option('--tie-break <rule>', 'who gets a tied last seat: the larger section, a seeded draw, or the first in the plan').choices([...TIE_BREAKS]))
    .option('--seed <n>', 'seed of the draw for --tie-break random-seeded', '1')
    .option('-o, --output <seats.csv>', 'write section,members,seats (one row per section)')
    .option('--json', 'print the result as JSON (for scripts)')
    .addOption(new Option('--lang <language>', 'language of the printed table: fr (French) or en (English); --json and the CSV stay the same').choices([...LANGS]).default('en'));
  addZoneOptions(cmd).action((zonesFile: string, planFile: string, opts: Record<string, unknown>) => {
    const zones = zonesFromOptions(zonesFile, opts);
    const plan = planFromInput(readPlan(planFile, zones), zones);
    const rules = resolveRules({
      seats: opts.seats as string | undefined,
      method: opts.method as string | undefined,
      membersPerSeat: opts.membersPerSeat as string | undefined,
      minSeats: opts.minSeats as string | undefined,
    });
    const tieBreak = opts.tieBreak as TieBreak | undefined;
    const result = sectionSeats(membersBySection(zones, plan), rules, { tieBreak, seed: String(opts.seed ?? '1') });
    const open = result.ties.filter((t) => !t.resolvedBy);
    if (open.length) {
      throw new InputError(`${open.map(describeTie).join('; ')}`, {
        field: 'tie-break',
        hint: 'decoupage does not pick a winner by itself: add --tie-break largest (the larger section), first (plan order) or random-seeded (with --seed)',
      }, 1);
    }
    if (opts.output) writeCsv(String(opts.output), ['section', 'members', 'seats'], result.rows.map((r) => [r.section, r.members, r.seats]));
    if (opts.json) {
      ctx.stdout(
        JSON.stringify(
          {
            rule: result.rule,
            members: zones.members,
            sections: result.rows.map((r) => ({ ...r, membersPerSeat: Number.isFinite(r.membersPerSeat) ? r.membersPerSeat : null })),
            overall: result.overall,
            ties: result.ties,
          },
          null,
          2,
        ) + '\n',
      );
      return;
    }
    const zoneCounts = new Map([...sectionsOf(plan, zones.zones.map((z) => z.id))].map(([s, zs]) => [s, zs.length]));
    const lang = opts.lang as Lang;
    ctx.stdout(formatSectionSeats(result, { zoneCounts, estimated: zones.members.estimated, lang, rules }));
    if (opts.output) ctx.stdout(`${lang === 'fr' ? 'Écrit :' : 'Written:'} ${opts.output}\n`);
  });
}
