import type { Command } from 'commander';
import { formatSectionSeats, seatsCsvText, sectionSeats, requireSettledTies } from '../../apportion/index.js';
import { membersBySection, sectionNamesOf, sectionsOf, partlyEstimatedLine } from '../../core/index.js';
import { writeOutputs } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { planFromInput, readPlan } from '../../load/index.js';
import { sayCarried } from '../carry-note.js';
import { addCsvOption, CSV_FLAGS, csvStyleFrom, type CsvFlags } from '../csv-options.js';
import { flagKeys } from '../flags.js';
import type { CliContext } from '../context.js';
import { said, say } from '../../messages/index.js';
import { sayer } from '../voice.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { seed, seedText } from '../parse.js';
import { addSeatOptions, SEAT_FLAGS, seatRulesFromOptions, type SeatFlags } from '../rules-options.js';
import { addZoneOptions, ZONE_FLAGS, zonesFromOptions, type ZoneFlags } from '../zone-options.js';

interface SeatsOwnFlags {
  seed: number;
  output?: string;
  json?: true;
}

export type SeatsFlags = SeatsOwnFlags & SeatFlags & LangFlag & CsvFlags & ZoneFlags;

export const SEATS_FLAGS = [...flagKeys<SeatsOwnFlags>({ seed: true, output: true, json: true }), ...SEAT_FLAGS, ...LANG_FLAG, ...CSV_FLAGS, ...ZONE_FLAGS];

export function register(program: Command, ctx: CliContext): void {
  const voice = ctx.voice;
  const h = sayer(voice);
  const cmd = program
    .command('seats')
    .summary(h(said('help.seats.summary')))
    .description(h(said('help.seats.description')))
    .argument('<zones>', h(said('help.arg.zones')))
    .argument('<plan>', h(said('help.arg.plan')));
  addSeatOptions(cmd, voice)
    .option('--seed <n>', h(said('help.seats.seed')), seed(), 1)
    .option('-o, --output <seats.csv>', h(said('help.seats.output')))
    .option('--json', h(said('help.opt.json.result')))
    .addOption(langOption(voice, said('help.seats.lang'), said('help.lang.jsonSameCsv')));
  addCsvOption(cmd, voice);
  declareOutputs(cmd, { output: '-o' });
  addZoneOptions(cmd, voice).action(async (zonesFile: string, planFile: string, opts: SeatsFlags) => {
    const zones = zonesFromOptions(zonesFile, opts);
    const input = readPlan(planFile, zones);
    sayCarried(ctx, input.carried, planFile, 'section', opts);
    const plan = planFromInput(input, zones);
    const { rules, tieBreak } = seatRulesFromOptions(opts);
    const result = sectionSeats(membersBySection(zones, plan), rules, { tieBreak, seed: seedText(opts.seed) });
    requireSettledTies(result.ties);
    if (opts.output) await writeOutputs([{ path: opts.output, data: seatsCsvText(result, { names: sectionNamesOf(zones, plan), style: csvStyleFrom(opts) }), option: '-o' }]);
    if (opts.json) {
      ctx.stdout(
        JSON.stringify(
          {
            rule: say(result.rule, 'en'),
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
    const lang = opts.lang;
    const partly = partlyEstimatedLine(zones, lang);
    ctx.stdout(formatSectionSeats(result, { zoneCounts, estimated: zones.members.estimated && !partly, lang, voice: ctx.voice }));
    if (partly) ctx.stdout(partly + '\n');
    if (opts.output) ctx.stdout(say(said('output.written', { file: opts.output }), { ...ctx.voice, lang }) + '\n');
  });
}
