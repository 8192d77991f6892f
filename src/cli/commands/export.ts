import type { Command } from 'commander';
import { dissolveSections, zonesWithSections, EXPORT_FORMATS, exportFormatFor, geojsonText, sectionsText } from '../../export/index.js';
import { writeOutputs, type OutputFile } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { planFromInput } from '../../load/index.js';
import { addCsvOption, csvStyleFrom } from '../csv-options.js';
import { partlyEstimatedLine, type Lang } from '../../core/index.js';
import { say, said, count, type Said } from '../../messages/index.js';
import type { CliContext } from '../context.js';
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
    const voice = { ...ctx.voice, lang: opts.lang as Lang };
    const line = (m: Said) => ctx.stdout(say(m, voice) + '\n');
    printAutoLinks(ctx, zones, graph, voice.lang);
    line(said('output.export.wrote', { file: output, format, n: count(sections.features.length) }));
    if (opts.zonesOut !== undefined && zonesFc) line(said('output.export.wroteZones', { file: String(opts.zonesOut), n: count(zonesFc.features.length) }));
    const partly = partlyEstimatedLine(zones, voice.lang);
    if (partly) line(said('output.export.note', { note: partly }));
    else if (zones.members.estimated) line(said('output.export.estimated', { source: say(zones.members.description, voice.lang) }));
    const verdict = verdictLine(report, voice.lang);
    line(report.ok ? said('output.export.check', { verdict }) : said('output.export.checkBroken', { verdict }));
  });
}
