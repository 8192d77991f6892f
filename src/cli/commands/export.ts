import type { Command } from 'commander';
import { dissolveSections, zonesWithSections, EXPORT_FORMATS, exportFormatFor, geojsonText, sectionsText } from '../../export/index.js';
import { realTarget, writeOutputs, type OutputFile } from '../../io/index.js';
import { isGpkgPath } from '../../io/index.js';
import { addToCrsOption, checkToCrs, TO_CRS_FLAGS, type ToCrsFlags } from '../gpkg-options.js';
import { declareOutputs } from '../outputs.js';
import { planFromInput } from '../../load/index.js';
import { addCsvOption, CSV_FLAGS, csvStyleFrom, type CsvFlags } from '../csv-options.js';
import { flagKeys } from '../flags.js';
import { partlyEstimatedLine } from '../../core/index.js';
import { say, said, count, type Said } from '../../messages/index.js';
import type { CliContext } from '../context.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { sayer } from '../voice.js';
import { addGraphOptions, GRAPH_FLAGS, printAutoLinks, type GraphFlags } from '../graph-options.js';
import { addRuleOptions, RULE_FLAGS, type RuleFlags } from '../rules-options.js';
import { addZoneOptions, ZONE_FLAGS, type ZoneFlags } from '../zone-options.js';
import { verdictLine } from '../../check/index.js';
import { addPlanOptions, loadAndCheck, PLAN_FLAGS, type PlanFlags } from '../plan-options.js';

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
    const output = opts.output;
    const format = exportFormatFor(output, opts.format);
    const zonesOut = opts.zonesOut;
    // --zones-out naming the GeoPackage of -o: a second layer "zones" of that file
    const zonesInOutput = format === 'gpkg' && zonesOut !== undefined && isGpkgPath(zonesOut) && realTarget(zonesOut) === realTarget(output);
    checkToCrs(opts, [format === 'gpkg' && output, zonesOut !== undefined && isGpkgPath(zonesOut) && zonesOut]);
    const { zones, input, graph, report } = loadAndCheck(zonesFile, planFile, opts, ctx);
    const plan = planFromInput(input, zones);
    const sections = dissolveSections(zones, plan, { report, topology: graph.topology });
    const zonesFc = zonesOut !== undefined || format === 'topojson' ? zonesWithSections(zones, plan, report) : undefined;
    const files: OutputFile[] = [];
    if (format === 'gpkg') {
      const g = await import('../../export/gpkg.js');
      const layers = [g.sectionsLayer(sections, g.sectionColours(zones, plan, graph.topology), opts.lang)];
      if (zonesInOutput && zonesFc) layers.push(g.zonesLayer(zonesFc, opts.lang));
      files.push({ path: output, data: await g.layersGpkg(layers, { crs: opts.toCrs, lang: opts.lang }), option: '-o' });
    } else {
      files.push({ path: output, data: sectionsText(sections, format, format === 'topojson' ? zonesFc : undefined, csvStyleFrom(opts)), option: '-o' });
    }
    if (zonesOut !== undefined && zonesFc && !zonesInOutput) {
      files.push({
        path: zonesOut,
        data: await (
          await import('../../export/gpkg.js')
        ).layerFileData(zonesOut, 'zones', zonesFc, () => geojsonText(zonesFc), { toCrs: opts.toCrs, lang: opts.lang }),
        option: '--zones-out',
      });
    }
    await writeOutputs(files);
    const voice = { ...ctx.voice, lang: opts.lang };
    const line = (m: Said) => ctx.stdout(say(m, voice) + '\n');
    printAutoLinks(ctx, zones, graph, voice.lang);
    line(said('output.export.wrote', { file: output, format, n: count(sections.features.length) }));
    if (zonesOut !== undefined && zonesFc)
      line(said(zonesInOutput ? 'output.export.wroteZonesLayer' : 'output.export.wroteZones', { file: zonesOut, n: count(zonesFc.features.length) }));
    const partly = partlyEstimatedLine(zones, voice.lang);
    if (partly) line(said('output.export.note', { note: partly }));
    else if (zones.members.estimated) line(said('output.export.estimated', { source: say(zones.members.description, voice.lang) }));
    const verdict = verdictLine(report, voice.lang);
    line(report.ok ? said('output.export.check', { verdict }) : said('output.export.checkBroken', { verdict }));
  });
}
