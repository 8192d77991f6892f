import type { Command } from 'commander';
import { dissolveSections, zonesWithSections } from '../../export/index.js';
import { EXPORT_FORMATS, exportFormatFor, geojsonText, sectionsText } from '../../export/index.js';
import { writeOutputs, type OutputFile } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { planFromInput } from '../../load/index.js';
import { addCsvOption, csvStyleFrom } from '../csv-options.js';
import { partlyEstimatedLine } from '../../core/index.js';
import { say } from '../../messages/index.js';
import type { CliContext } from '../context.js';
import { said } from '../../messages/index.js';
import { langOption } from '../lang-option.js';
import { sayer } from '../voice.js';
import { addGraphOptions, printAutoLinks } from '../graph-options.js';
import { addRuleOptions } from '../rules-options.js';
import { addZoneOptions } from '../zone-options.js';
import { verdictLine } from '../../check/index.js';
import { addPlanOptions, loadAndCheck } from '../plan-options.js';

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
  addPlanOptions(cmd, voice);
  addCsvOption(cmd, voice);
  addZoneOptions(cmd, voice);
  addGraphOptions(cmd, voice);
  addRuleOptions(cmd, voice);
  declareOutputs(cmd, { output: '-o', zonesOut: '--zones-out' });
  cmd.action(async (zonesFile: string, planFile: string, opts: Record<string, unknown>) => {
    const output = String(opts.output);
    const format = exportFormatFor(output, opts.format === undefined ? undefined : String(opts.format));
    const { zones, input, graph, report } = loadAndCheck(zonesFile, planFile, opts, ctx);
    const plan = planFromInput(input, zones);
    const sections = dissolveSections(zones, plan, { report, topology: graph.topology });
    const zonesFc = opts.zonesOut !== undefined || format === 'topojson' ? zonesWithSections(zones, plan, report) : undefined;
    const files: OutputFile[] = [{ path: output, data: sectionsText(sections, format, format === 'topojson' ? zonesFc : undefined, csvStyleFrom(opts)), option: '-o' }];
    if (opts.zonesOut !== undefined && zonesFc) files.push({ path: String(opts.zonesOut), data: geojsonText(zonesFc), option: '--zones-out' });
    await writeOutputs(files);
    printAutoLinks(ctx, zones, graph);
    ctx.stdout(`wrote ${output} (${format}): ${sections.features.length} sections\n`);
    if (opts.zonesOut !== undefined && zonesFc) ctx.stdout(`wrote ${String(opts.zonesOut)}: ${zonesFc.features.length} zones with their section\n`);
    const partly = partlyEstimatedLine(zones);
    if (partly) ctx.stdout(`note: ${partly}\n`);
    else if (zones.members.estimated) ctx.stdout(`note: member figures are estimates (${say(zones.members.description, 'en')})\n`);
    ctx.stdout(`plan check: ${verdictLine(report)}${report.ok ? '' : ' (run "decoupage check" for the details)'}\n`);
  });
}
