import type { Command } from 'commander';
import { runSeats } from '../../jobs/index.js';
import { said } from '../../messages/index.js';
import type { CliContext } from '../context.js';
import { addCsvOption, CSV_FLAGS, csvStyleFrom, type CsvFlags } from '../csv-options.js';
import { flagKeys } from '../flags.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { declareOutputs } from '../outputs.js';
import { seed, seedText } from '../parse.js';
import { addSeatOptions, SEAT_FLAGS, seatRulesFromOptions, type SeatFlags } from '../rules-options.js';
import { sayer } from '../voice.js';
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
    const { rules, tieBreak } = seatRulesFromOptions(opts);
    await runSeats({
      zones,
      planFile,
      rules,
      tieBreak,
      seed: seedText(opts.seed),
      output: opts.output,
      csv: csvStyleFrom(opts),
      json: opts.json === true,
      lang: opts.lang,
      voice: ctx.voice,
      out: (text: string) => ctx.stdout(text),
      note: (text: string) => (opts.json ? ctx.stderr : ctx.stdout)(text),
    });
  });
}
