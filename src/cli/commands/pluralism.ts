import { sectionNamesOf, partlyEstimatedLine, MAX_CONCENTRATION, MAX_SIMULATE } from '../../core/index.js';
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { requireSettledTies, ruleInEnglish } from '../../apportion/index.js';
import type { Lang } from '../../core/index.js';
import { writeOutputs } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { planFromInput, readPlan } from '../../load/index.js';
import { sayCarried } from '../carry-note.js';
import { formatComparison, formatPluralism, pluralismCsvText, comparePlans, LIST_METHODS, type ListMethod, defaultScenario, readVotes } from '../../pluralism/index.js';
import { flagKeys } from '../flags.js';
import { addCsvOption, CSV_FLAGS, csvStyleFrom, type CsvFlags } from '../csv-options.js';
import { addCompareByOption, COMPARE_BY_FLAGS, compareByFromOptions, type CompareByFlags } from '../compare-by.js';
import type { CliContext } from '../context.js';
import { said, say } from '../../messages/index.js';
import { sayer } from '../voice.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { positiveNumber, seed, seedText, wholeNumber } from '../parse.js';
import { addSeatOptions, SEAT_FLAGS, seatRulesFromOptions, type SeatFlags } from '../rules-options.js';
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
    .option('--concentration <c>', h(said('help.pluralism.concentration')), positiveNumber('--concentration', said('cli.number.aNumber'), undefined, MAX_CONCENTRATION))
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
    const input = readPlan(planFile, zones);
    sayCarried(ctx, input.carried, planFile, 'section', opts);
    const plan = planFromInput(input, zones);
    const { rules, tieBreak } = seatRulesFromOptions(opts);
    const votes = opts.votes ? readVotes(opts.votes, zones) : defaultScenario();
    // the default scenario carries nothing: the file name is not read then
    sayCarried(ctx, votes.carried, opts.votes ?? '', 'votes', opts);
    const simulate = opts.simulate ?? 0;
    const concentration = opts.concentration ?? 100;
    const plans = [{ label: basename(planFile), plan }];
    if (opts.compare) {
      const file = opts.compare;
      const other = readPlan(file, zones);
      sayCarried(ctx, other.carried, file, 'section', opts);
      plans.push({ label: basename(file) === basename(planFile) ? file : basename(file), plan: planFromInput(other, zones) });
    }
    const by = compareByFromOptions(zones, opts);
    if (by) plans.push(by);
    const namesOf = new Map(plans.map((p) => [p.label, sectionNamesOf(zones, p.plan)]));
    const cmp = comparePlans(zones, plans, {
      rules,
      votes,
      method: opts.listMethod ?? 'dhondt',
      simulate,
      concentration,
      seed: seedText(opts.seed),
      tieBreak,
    });
    requireSettledTies(cmp.plans.flatMap((p) => p.report.seatRule?.ties ?? []));
    if (opts.output) await writeOutputs([{ path: opts.output, data: pluralismCsvText(cmp, { names: (label, s) => namesOf.get(label)?.get(s), style: csvStyleFrom(opts) }), option: '-o' }]);
    if (opts.json) {
      ctx.stdout(JSON.stringify({ scenario: votes, method: cmp.method, plans: cmp.plans }, ruleInEnglish, 2) + '\n');
      return;
    }
    const lang = opts.lang;
    const partly = partlyEstimatedLine(zones, lang);
    for (const p of cmp.plans) {
      const title = cmp.plans.length > 1 ? `== ${p.label} ==` : undefined;
      ctx.stdout(formatPluralism(p.report, { estimated: zones.members.estimated && !partly, title, lang }) + '\n');
      if (partly) ctx.stdout(partly + '\n\n');
    }
    if (cmp.plans.length > 1) ctx.stdout(formatComparison(cmp, { lang }));
    if (opts.output) ctx.stdout(say(said('output.written', { file: opts.output }), { ...ctx.voice, lang }) + '\n');
  });
}
