import type { Command } from 'commander';
import { formatSectionSeats, seatsCsvText } from '../../apportion/index.js';
import { sectionSeats } from '../../apportion/index.js';
import { requireSettledTies } from '../../apportion/index.js';
import type { Lang } from '../../core/index.js';
import { membersBySection, sectionNamesOf, sectionsOf } from '../../core/index.js';
import { writeOutputs } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { planFromInput, readPlan } from '../../load/index.js';
import { sayCarried } from '../carry-note.js';
import { partlyEstimatedLine } from '../../core/index.js';
import { addCsvOption, csvStyleFrom } from '../csv-options.js';
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
        'method (as a mutual\'s charter may give each section 6 delegates first, then share the others by size). ' +
        'If the last seat is tied between sections, decoupage stops and asks you to choose --tie-break.\n\n' +
        'Example, a mutual electing 120 delegates in its sections, at least 6 per section:\n' +
        '  decoupage seats zones.geojson plan.csv --members-csv members.csv --seats 120 --method dhondt --min-seats 6 -o seats.csv',
    )
    .argument('<zones>', 'the zone file (GeoJSON)')
    .argument('<plan>', 'the plan: a zone,section CSV (or JSON / GeoJSON)');
  addSeatOptions(cmd)
    .option('--seed <n>', 'seed of the draw for --tie-break random-seeded', seed(), 1)
    .option('-o, --output <seats.csv>', 'write section,section_name,members,seats (one row per section)')
    .option('--json', 'print the result as JSON (for scripts)')
    .addOption(langOption('the printed table', '--json stays the same; the CSV uses ";" and decimal commas in French'));
  declareOutputs(cmd, { output: '-o' });
  addZoneOptions(cmd).action(async (zonesFile: string, planFile: string, opts: Record<string, unknown>) => {
  addCsvOption(cmd);
    const zones = zonesFromOptions(zonesFile, opts);
    const input = readPlan(planFile, zones);
    sayCarried(ctx, input.carried, planFile, 'section', opts);
    const plan = planFromInput(input, zones);
    const { rules, tieBreak } = seatRulesFromOptions(opts);
    const result = sectionSeats(membersBySection(zones, plan), rules, { tieBreak, seed: String(opts.seed) });
    requireSettledTies(result.ties);
    if (opts.output) await writeOutputs([{ path: String(opts.output), data: seatsCsvText(result, { names: sectionNamesOf(zones, plan), style: csvStyleFrom(opts) }), option: '-o' }]);
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
    const partly = partlyEstimatedLine(zones, lang);
    ctx.stdout(formatSectionSeats(result, { zoneCounts, estimated: zones.members.estimated && !partly, lang, rules, voice: ctx.voice }));
    if (partly) ctx.stdout(partly + '\n');
    if (opts.output) ctx.stdout(`${lang === 'fr' ? 'Écrit :' : 'Written:'} ${opts.output}\n`);
  });
}
