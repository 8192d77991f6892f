import type { Command } from 'commander';
import { basename } from 'node:path';
import { InputError, MAX_CONSTRUCTIONS, MAX_ITERATIONS, MAX_MEMBERS, type ZoneSet } from '../../core/index.js';
import { runPropose } from '../../jobs/index.js';
import { isGpkgPath, LaterWarnings } from '../../io/index.js';
import { addToCrsOption, checkToCrs, TO_CRS_FLAGS, type ToCrsFlags } from '../gpkg-options.js';
import { loadZones, readUnitPopulation } from '../../load/index.js';
import { option, said, type Said } from '../../messages/index.js';
import { DEFAULT_SPLIT_SNAP_M, readLockCsv } from '../../propose/index.js';
import type { CliContext } from '../context.js';
import { addAttributeOptions, ATTRIBUTE_FLAGS, attributeInputFrom, type AttributeFlags } from '../attribute-options.js';
import { addCsvOption, CSV_FLAGS, csvStyleFrom, type CsvFlags } from '../csv-options.js';
import { flagKeys } from '../flags.js';
import { addGraphOptions, GRAPH_FLAGS, graphOptionsFrom, type GraphFlags } from '../graph-options.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { declareOutputs } from '../outputs.js';
import { metres, positiveNumber, seed, wholeNumber } from '../parse.js';
import { addRuleOptions, RULE_FLAGS, rulesFromOptions, type RuleFlags } from '../rules-options.js';
import { headingOf, sayer } from '../voice.js';
import { addZoneOptions, ZONE_FLAGS, zonesFromOptions, type ZoneFlags } from '../zone-options.js';

interface ProposeOwnFlags {
  output: string;
  geojson?: string;
  gpkg?: string;
  report?: string;
  seed: number;
  iterations?: number;
  constructions?: number;
  timeLimit?: number;
  threads?: number;
  lock?: string;
  exact?: true;
  prefer?: string;
  splitWith?: string;
  splitAbove?: number;
  splitId?: string;
  splitPopulation?: string;
  splitZone?: string;
  splitSnap?: number;
  /** read with the rules (RuleOptions.splitInto) */
  splitInto?: string[];
  unitsOut?: string;
}

export type ProposeFlags = ProposeOwnFlags & ToCrsFlags & LangFlag & CsvFlags & ZoneFlags & GraphFlags & RuleFlags & AttributeFlags;

export const PROPOSE_FLAGS = [
  ...flagKeys<ProposeOwnFlags>({
    output: true,
    geojson: true,
    gpkg: true,
    report: true,
    seed: true,
    iterations: true,
    constructions: true,
    timeLimit: true,
    threads: true,
    lock: true,
    exact: true,
    prefer: true,
    splitWith: true,
    splitAbove: true,
    splitId: true,
    splitPopulation: true,
    splitZone: true,
    splitSnap: true,
    splitInto: true,
    unitsOut: true,
  }),
  ...TO_CRS_FLAGS,
  ...LANG_FLAG,
  ...CSV_FLAGS,
  ...ZONE_FLAGS,
  ...GRAPH_FLAGS,
  ...RULE_FLAGS,
  ...ATTRIBUTE_FLAGS,
];

export function register(program: Command, ctx: CliContext): void {
  const voice = ctx.voice;
  const h = sayer(voice);
  const cmd = program
    .command('propose')
    .summary(h(said('help.propose.summary')))
    .description(h(said('help.propose.description')))
    .argument('<zones>', h(said('help.arg.zonesExample')))
    .requiredOption('-o, --output <plan.csv>', h(said('help.propose.output')))
    .option('--geojson <sections.geojson>', h(said('help.propose.geojson')))
    .option('--gpkg <plan.gpkg>', h(said('help.propose.gpkg')))
    .option('--report <report.html>', h(said('help.propose.report')))
    .addOption(langOption(voice, said('help.propose.lang')))
    .option('--seed <n>', h(said('help.propose.seed')), seed('--seed'), 1)
    .option('--iterations <n>', h(said('help.propose.iterations')), wholeNumber('--iterations', 0, undefined, MAX_ITERATIONS))
    .option('--constructions <n>', h(said('help.propose.constructions')), wholeNumber('--constructions', 1, undefined, MAX_CONSTRUCTIONS))
    .option('--time-limit <seconds>', h(said('help.propose.timeLimit')), positiveNumber('--time-limit', said('cli.number.seconds')))
    .option('--threads <n>', h(said('help.propose.threads')), wholeNumber('--threads', 1, undefined, 256))
    .option('--lock <zones.csv>', h(said('help.propose.lock')))
    .option('--exact', h(said('help.propose.exact')))
    .option('--prefer <old-plan.csv>', h(said('help.propose.prefer')))
    .optionsGroup(headingOf(said('help.group.split'), voice))
    .option('--split-with <communes.geojson>', h(said('help.propose.splitWith')))
    .option('--split-above <n>', h(said('help.propose.splitAbove')), wholeNumber('--split-above', 0, undefined, MAX_MEMBERS))
    .option('--split-id <property>', h(said('help.propose.splitId')))
    .option('--split-population <file.csv>', h(said('help.propose.splitPopulation')))
    .option('--split-zone <property>', h(said('help.propose.splitZone')))
    .option('--split-snap <metres>', h(said('help.propose.splitSnap', { m: DEFAULT_SPLIT_SNAP_M })), metres('--split-snap'))
    .option('--split-into <zone:k>', h(said('help.propose.splitInto')), (v: string, prev: string[] | undefined) => [...(prev ?? []), v])
    .option('--units-out <units.geojson>', h(said('help.propose.unitsOut')))
    .optionsGroup('Options:');
  addToCrsOption(cmd, voice);
  addCsvOption(cmd, voice);
  addZoneOptions(cmd, voice);
  addGraphOptions(cmd, voice);
  addRuleOptions(cmd, voice);
  addAttributeOptions(cmd, voice);
  declareOutputs(cmd, { output: '-o', geojson: '--geojson', gpkg: '--gpkg', report: '--report', unitsOut: '--units-out' });
  cmd.action(async (zonesFile: string, opts: ProposeFlags) => {
    const rules = rulesFromOptions(opts);
    checkToCrs(opts, [opts.gpkg, ...[opts.geojson, opts.unitsOut].filter((p) => p !== undefined && isGpkgPath(p))]);
    const lock = opts.lock === undefined ? undefined : { zones: readLockCsv(opts.lock), file: opts.lock };
    // the outline warnings (bow-ties, holes outside) are checked while a worker searches (the job runs them)
    const warnLater = new LaterWarnings();
    await runPropose({
      zones: zonesFromOptions(zonesFile, opts, { warnLater }),
      warnLater,
      zonesFile,
      rules,
      graph: graphOptionsFrom(opts, { minMembers: rules.minMembers }),
      lock,
      split: {
        fine: fineUnitsFromOptions(opts),
        splitAbove: opts.splitAbove,
        splitZone: opts.splitZone,
        splitSnap: opts.splitSnap,
        ...populationFromOptions(opts),
      },
      search: {
        seed: opts.seed,
        iterations: opts.iterations,
        constructions: opts.constructions,
        timeLimitMs: opts.timeLimit === undefined ? undefined : opts.timeLimit * 1000,
        exact: opts.exact === true,
        ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
      },
      prefer: opts.prefer,
      attributes: attributeInputFrom(opts),
      outputs: { plan: opts.output, geojson: opts.geojson, gpkg: opts.gpkg, report: opts.report, unitsOut: opts.unitsOut, toCrs: opts.toCrs },
      csv: csvStyleFrom(opts),
      lang: opts.lang,
      voice: ctx.voice,
      progress: ctx.progress(),
      out: (text: string) => ctx.stdout(text),
    });
  });
}

/** --split-with: the finer units as loaded (undefined without it; the options that read files need it). */
function fineUnitsFromOptions(opts: ProposeFlags): ZoneSet | undefined {
  if (opts.splitWith === undefined) {
    const loading = (['splitId', 'splitPopulation', 'unitsOut'] as const).find((k) => opts[k] !== undefined);
    if (loading) {
      const splitWith = option('splitWith');
      throw new InputError(said('plan.split.needsSplitWith', { option: option(loading), splitWith }), {
        field: loading.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()),
        hint: said('plan.split.needsSplitWith.hint', { splitWith, splitAbove: option('splitAbove') }),
      });
    }
    return undefined;
  }
  return loadZones(opts.splitWith, { idProp: opts.splitId, membersOptional: true });
}

/** --split-population: the units' population, read from its CSV. */
function populationFromOptions(opts: ProposeFlags): { population?: ReadonlyMap<string, number>; populationSource?: Said } {
  if (opts.splitPopulation === undefined || opts.splitWith === undefined) return {};
  const file = opts.splitPopulation;
  return { population: readUnitPopulation(file), populationSource: said('plan.split.populationColumn', { column: 'population', file: basename(file) }) };
}
