import { Option, type Command } from 'commander';
import { MAX_CONCENTRATION, MAX_SIMULATE } from '../../core/index.js';
import { runPluralism } from '../../jobs/index.js';
import { said } from '../../messages/index.js';
import { LIST_METHODS, type ListMethod } from '../../pluralism/index.js';
import { addCompareByOption, COMPARE_BY_FLAGS, compareByFromOptions, type CompareByFlags } from '../compare-by.js';
import type { CliContext } from '../context.js';
import { addCsvOption, CSV_FLAGS, csvStyleFrom, type CsvFlags } from '../csv-options.js';
import { flagKeys } from '../flags.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { declareOutputs } from '../outputs.js';
import { positiveNumber, seed, seedText, wholeNumber } from '../parse.js';
import { addSeatOptions, SEAT_FLAGS, seatRulesFromOptions, type SeatFlags } from '../rules-options.js';
import { sayer } from '../voice.js';
import { addZoneOptions, ZONE_FLAGS, zonesFromOptions, type ZoneFlags } from '../zone-options.js';

interface PluralismOwnFlags {
  votes?: string;
  listMethod?: ListMethod;
  simulate?: number;
  concentration?: number;
  seed: number;
  compare?: string;
  output?: string;
  json?: true;
}

export type PluralismFlags = PluralismOwnFlags & CompareByFlags & SeatFlags & LangFlag & CsvFlags & ZoneFlags;

export const PLURALISM_FLAGS = [
  ...flagKeys<PluralismOwnFlags>({ votes: true, listMethod: true, simulate: true, concentration: true, seed: true, compare: true, output: true, json: true }),
  ...COMPARE_BY_FLAGS,
  ...SEAT_FLAGS,
  ...LANG_FLAG,
  ...CSV_FLAGS,
  ...ZONE_FLAGS,
];

export function register(program: Command, ctx: CliContext): void {
  const voice = ctx.voice;
  const h = sayer(voice);
  const cmd = program
    .command('pluralism')
    .summary(h(said('help.pluralism.summary')))
    .description(h(said('help.pluralism.description')))
    .argument('<zones>', h(said('help.arg.zones')))
    .argument('<plan>', h(said('help.arg.plan')))
    .option('--votes <votes.csv>', h(said('help.pluralism.votes')))
    .addOption(new Option('--list-method <method>', h(said('help.listMethod'))).choices([...LIST_METHODS]))
    .option('--simulate <n>', h(said('help.pluralism.simulate')), wholeNumber('--simulate', 1, said('cli.hint.simulate'), MAX_SIMULATE))
    .option(
      '--concentration <c>',
      h(said('help.pluralism.concentration')),
      positiveNumber('--concentration', said('cli.number.aNumber'), undefined, MAX_CONCENTRATION),
    )
    .option('--seed <s>', h(said('help.pluralism.seed')), seed(), 1)
    .option('--compare <other-plan.csv>', h(said('help.pluralism.compare')));
  addCompareByOption(cmd, voice);
  addSeatOptions(cmd, voice)
    .option('-o, --output <pluralism.csv>', h(said('help.pluralism.output')))
    .option('--json', h(said('help.opt.json.result')))
    .addOption(langOption(voice, said('help.pluralism.lang'), said('help.lang.jsonSameCsv')));
  addCsvOption(cmd, voice);
  declareOutputs(cmd, { output: '-o' });
  addZoneOptions(cmd, voice).action(async (zonesFile: string, planFile: string, opts: PluralismFlags) => {
    const zones = zonesFromOptions(zonesFile, opts);
    const { rules, tieBreak } = seatRulesFromOptions(opts);
    await runPluralism({
      zones,
      planFile,
      rules,
      tieBreak,
      votesFile: opts.votes,
      method: opts.listMethod ?? 'dhondt',
      simulate: opts.simulate ?? 0,
      concentration: opts.concentration ?? 100,
      seed: seedText(opts.seed),
      compareFile: opts.compare,
      compareBy: compareByFromOptions(zones, opts),
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
