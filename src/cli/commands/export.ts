import type { Command } from 'commander';
import { EXPORT_FORMATS, exportFormatFor } from '../../export/index.js';
import { isGpkgPath } from '../../io/index.js';
import { runExport } from '../../jobs/index.js';
import { planFromInput } from '../../load/index.js';
import { said } from '../../messages/index.js';
import type { CliContext } from '../context.js';
import { addCsvOption, CSV_FLAGS, csvStyleFrom, type CsvFlags } from '../csv-options.js';
import { flagKeys } from '../flags.js';
import { addToCrsOption, checkToCrs, TO_CRS_FLAGS, type ToCrsFlags } from '../gpkg-options.js';
import { addGraphOptions, GRAPH_FLAGS, type GraphFlags } from '../graph-options.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { declareOutputs } from '../outputs.js';
import { addPlanOptions, loadAndCheck, PLAN_FLAGS, type PlanFlags } from '../plan-options.js';
import { addRuleOptions, RULE_FLAGS, type RuleFlags } from '../rules-options.js';
import { sayer } from '../voice.js';
import { addZoneOptions, ZONE_FLAGS, type ZoneFlags } from '../zone-options.js';

interface ExportOwnFlags {
  output: string;
  zonesOut?: string;
  format?: string;
}

export type ExportFlags = ExportOwnFlags & ToCrsFlags & LangFlag & PlanFlags & CsvFlags & ZoneFlags & GraphFlags & RuleFlags;

export const EXPORT_FLAGS = [
  ...flagKeys<ExportOwnFlags>({ output: true, zonesOut: true, format: true }),
  ...TO_CRS_FLAGS,
  ...LANG_FLAG,
  ...PLAN_FLAGS,
  ...CSV_FLAGS,
  ...ZONE_FLAGS,
  ...GRAPH_FLAGS,
  ...RULE_FLAGS,
];

export function register(program: Command, ctx: CliContext): void {
  const voice = ctx.voice;
  const h = sayer(voice);
  const cmd = program
    .command('export')
    .summary(h(said('help.export.summary')))
    .description(h(said('help.export.description')))
    .argument('<zones>', h(said('help.arg.zonesExample')))
    .argument('<plan>', h(said('help.arg.planFiles')))
    .requiredOption('-o, --output <file>', h(said('help.export.output')))
    .option('--zones-out <file>', h(said('help.export.zonesOut')))
    .option('--format <format>', h(said('help.export.format', { formats: EXPORT_FORMATS.join(', ') })))
    .addOption(langOption(voice, said('help.lang.printedLines')));
  addToCrsOption(cmd, voice);
  addPlanOptions(cmd, voice);
  addCsvOption(cmd, voice);
  addZoneOptions(cmd, voice);
  addGraphOptions(cmd, voice);
  addRuleOptions(cmd, voice);
  declareOutputs(cmd, { output: '-o', zonesOut: '--zones-out' }, { layers: ['zonesOut'] });
  cmd.action(async (zonesFile: string, planFile: string, opts: ExportFlags) => {
    const format = exportFormatFor(opts.output, opts.format);
    const { zonesOut } = opts;
    checkToCrs(opts, [format === 'gpkg' && opts.output, zonesOut !== undefined && isGpkgPath(zonesOut) && zonesOut]);
    const { zones, input, graph, report } = loadAndCheck(zonesFile, planFile, opts, ctx);
    await runExport({
      ...{ zones, graph, report, plan: planFromInput(input, zones) },
      ...{ output: opts.output, format, zonesOut, toCrs: opts.toCrs, csv: csvStyleFrom(opts) },
      ...{ lang: opts.lang, voice: ctx.voice, out: (text: string) => ctx.stdout(text) },
    });
  });
}
