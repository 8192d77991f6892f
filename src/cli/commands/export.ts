import type { Command } from 'commander';
import { dissolveSections, zonesWithSections } from '../../export/index.js';
import { EXPORT_FORMATS, exportFormatFor, geojsonText, sectionsText } from '../../export/index.js';
import { writeOutputs, type OutputFile } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { planFromInput } from '../../load/index.js';
import { addCsvOption, csvStyleFrom } from '../csv-options.js';
import { partlyEstimatedLine } from '../../core/index.js';
import type { CliContext } from '../context.js';
import { addGraphOptions, printAutoLinks } from '../graph-options.js';
import { addRuleOptions } from '../rules-options.js';
import { addZoneOptions } from '../zone-options.js';
import { verdictLine } from '../../check/index.js';
import { addPlanOptions, loadAndCheck } from '../plan-options.js';
import { langOption } from '../lang-option.js';
import { sourceIn, type Lang } from '../../core/index.js';
import { count, said, say, type Said } from '../../messages/index.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('export')
    .summary('write the sections of a plan as a map layer (GeoJSON, TopoJSON) or a spreadsheet (CSV)')
    .description(
      'Draw each section of a plan as one shape (the outline of its zones, borders between them removed) ' +
        'with its figures: zones, members, delegates, whether it follows each rule, the boundaries it crosses ' +
        'and its compactness. The GeoJSON opens in QGIS; the CSV has one line per section.\n\n' +
        'The plan is checked with the same rules as "decoupage check"; a plan that breaks a rule is still ' +
        'exported (its sections say which rule they break).',
    )
    .argument('<zones>', 'the zone file (GeoJSON), e.g. zones.geojson')
    .argument('<plan>', 'the plan: plan.csv (zone,section), plan.json or plan.geojson')
    .requiredOption('-o, --output <file>', 'where to write the sections, e.g. sections.geojson')
    .option('--zones-out <file>', 'also write every zone with its section (GeoJSON), e.g. zones-with-sections.geojson')
    .option('--format <format>', `format of --output: ${EXPORT_FORMATS.join(', ')} (default: from the file name, else geojson)`)
    .addOption(langOption('the printed lines', 'GeoJSON and TopoJSON stay the same; the CSV uses ";" and decimal commas in French'));
  addPlanOptions(cmd);
  addCsvOption(cmd);
  addZoneOptions(cmd);
  addGraphOptions(cmd);
  addRuleOptions(cmd);
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
    else if (zones.members.estimated) line(said('output.export.estimated', { source: sourceIn(zones.members.description, voice.lang) }));
    const verdict = verdictLine(report, voice.lang);
    line(report.ok ? said('output.export.check', { verdict }) : said('output.export.checkBroken', { verdict }));
  });
}
