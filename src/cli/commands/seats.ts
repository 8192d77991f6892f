import type { Command } from 'commander';
import { formatSectionSeats, seatsCsvText } from '../../apportion/index.js';
import { sectionSeats } from '../../apportion/index.js';
import { requireSettledTies } from '../../apportion/index.js';
import type { Lang } from '../../core/index.js';
import { membersBySection, sectionsOf } from '../../core/index.js';
import { writeFileAtomic } from '../../io/index.js';
import { planFromInput, readPlan } from '../../load/index.js';
import type { CliContext } from '../context.js';
import { langOption } from '../lang-option.js';
import { seed } from '../parse.js';
import { addSeatOptions, seatRulesFromOptions } from '../rules-options.js';
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
    .argument('<plan>', 'the plan: a zone,section CSV (or JSON / GeoJSON)');
  addSeatOptions(cmd)
    .option('--seed <n>', 'seed of the draw for --tie-break random-seeded', seed(), 1)
    .option('-o, --output <seats.csv>', 'write section,members,seats (one row per section)')
    .option('--json', 'print the result as JSON (for scripts)')
    .addOption(langOption('the printed table', '--json and the CSV stay the same'));
  addZoneOptions(cmd).action((zonesFile: string, planFile: string, opts: Record<string, unknown>) => {
    const zones = zonesFromOptions(zonesFile, opts);
    const plan = planFromInput(readPlan(planFile, zones), zones);
    const { rules, tieBreak } = seatRulesFromOptions(opts);
    const result = sectionSeats(membersBySection(zones, plan), rules, { tieBreak, seed: String(opts.seed) });
    requireSettledTies(result.ties);
    if (opts.output) writeFileAtomic(String(opts.output), seatsCsvText(result));
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
