import type { Command } from 'commander';
import { dissolveSections, geojsonText, unitsFeatureCollection, zonesWithSections } from '../../export/index.js';
import { isGpkgPath } from '../../io/index.js';
import { addToCrsOption, checkToCrs, TO_CRS_FLAGS, type ToCrsFlags } from '../gpkg-options.js';
import { writeOutputs, type OutputFile } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { planFromInput, planToCsv, readPlan, loadZones, readUnitPopulation } from '../../load/index.js';
import { basename } from 'node:path';
import { proposeProved, readLockCsv, formatSections, formatSplit, PROPOSE_LABELS, PREFER_LABELS, withPreference, DEFAULT_SPLIT_SNAP_M, prepareSplit } from '../../propose/index.js';
import { InputError, labelsFor, numberFormat, MAX_CONSTRUCTIONS, MAX_ITERATIONS, MAX_MEMBERS } from '../../core/index.js';
import { option, said, say, type Said } from '../../messages/index.js';
import { assembleReport, renderReport } from '../../report/index.js';
import type { ZoneSet } from '../../core/index.js';
import { addCsvOption, CSV_FLAGS, csvStyleFrom, type CsvFlags } from '../csv-options.js';
import { flagKeys } from '../flags.js';
import type { CliContext } from '../context.js';
import { headingOf, sayer } from '../voice.js';
import { sayCarried } from '../carry-note.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { addGraphOptions, GRAPH_FLAGS, graphOptionsFrom, printAutoLinks, type GraphFlags } from '../graph-options.js';
import { addRuleOptions, RULE_FLAGS, rulesFromOptions, type RuleFlags } from '../rules-options.js';
import { addZoneOptions, ZONE_FLAGS, zonesFromOptions, type ZoneFlags } from '../zone-options.js';
import { metres, positiveNumber, seed, wholeNumber } from '../parse.js';

interface ProposeOwnFlags {
  output: string;
  geojson?: string;
  gpkg?: string;
  report?: string;
  seed: number;
  iterations?: number;
  constructions?: number;
  timeLimit?: number;
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

export type ProposeFlags = ProposeOwnFlags & ToCrsFlags & LangFlag & CsvFlags & ZoneFlags & GraphFlags & RuleFlags;

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
  declareOutputs(cmd, { output: '-o', geojson: '--geojson', gpkg: '--gpkg', report: '--report', unitsOut: '--units-out' });
  cmd.action(async (zonesFile: string, opts: ProposeFlags) => {
    const rules = rulesFromOptions(opts);
    checkToCrs(opts, [opts.gpkg, ...[opts.geojson, opts.unitsOut].filter((p) => p !== undefined && isGpkgPath(p))]);
    const zoneLocks = opts.lock === undefined ? undefined : readLockCsv(opts.lock);
    const zones = zonesFromOptions(zonesFile, opts);
    const progress = ctx.progress();
    const graphOpts = graphOptionsFrom(opts, { minMembers: rules.minMembers });
    // the split step (units layer, its graph, adjacency differences, locks) is the library's
    const { units, layer, graph, snapM, adjacency, lock: locks, carriedLocks } = prepareSplit(zones, fineUnitsFromOptions(opts), rules, {
      splitAbove: opts.splitAbove,
      splitZone: opts.splitZone,
      ...populationFromOptions(opts),
      splitSnap: opts.splitSnap,
      graph: graphOpts,
      seed: opts.seed,
      lock: zoneLocks,
      progress,
    });
    if (carriedLocks && opts.lock !== undefined) sayCarried(ctx, carriedLocks, opts.lock, 'lock', opts);
    const lang = opts.lang;
    const t = labelsFor(PROPOSE_LABELS, lang);
    printAutoLinks(ctx, units, graph, lang);
    if (adjacency) {
      // the units must touch where their zones touch; say where they do not
      for (const d of adjacency.missing) ctx.stdout(t('splitMissing', { a: d.a, b: d.b, m: snapM }) + '\n');
      for (const d of adjacency.extra) ctx.stdout(t('splitExtra', { a: d.a, b: d.b, m: snapM }) + '\n');
      for (const z of adjacency.disconnected) ctx.stdout(t('splitDisconnected', { z }) + '\n');
    }
    const proposed = await proposeProved(units, graph, rules, {
      exact: opts.exact === true,
      seed: opts.seed,
      iterations: opts.iterations,
      constructions: opts.constructions,
      timeLimitMs: opts.timeLimit === undefined ? undefined : opts.timeLimit * 1000,
      lock: locks,
      progress,
    });
    const preferred = opts.prefer === undefined ? undefined : withPreference(units, graph, rules, proposed, planFromInput(readPlan(opts.prefer, units), units, { allowMissing: true }));
    const result = preferred?.result ?? proposed;
    // every output is built first, then all are written together (all or nothing)
    const output = opts.output;
    const files: OutputFile[] = [{ path: output, data: planToCsv(result.plan, units, csvStyleFrom(opts)), option: '-o' }];
    const gpkgOpts = { toCrs: opts.toCrs, lang, plan: { zones: units, plan: result.plan, topology: graph.topology } };
    if (layer && opts.unitsOut !== undefined) {
      const unitsFc = unitsFeatureCollection(layer);
      files.push({ path: opts.unitsOut, data: await (await import('../../export/gpkg.js')).layerFileData(opts.unitsOut, 'zones', unitsFc, () => geojsonText(unitsFc), gpkgOpts), option: '--units-out' });
    }
    const geojson = opts.geojson;
    const sectionsFc = geojson === undefined && opts.gpkg === undefined ? undefined : dissolveSections(units, result.plan, { report: result.check, topology: graph.topology });
    if (geojson !== undefined && sectionsFc) files.push({ path: geojson, data: await (await import('../../export/gpkg.js')).layerFileData(geojson, 'sections', sectionsFc, () => geojsonText(sectionsFc), gpkgOpts), option: '--geojson' });
    if (opts.gpkg !== undefined && sectionsFc) {
      // the GeoPackage counterpart of --geojson: the sections, and every zone (or unit) with its section
      const g = await import('../../export/gpkg.js');
      const layers = [g.sectionsLayer(sectionsFc, g.sectionColours(units, result.plan, graph.topology), lang), g.zonesLayer(zonesWithSections(units, result.plan, result.check), lang)];
      files.push({ path: opts.gpkg, data: await g.layersGpkg(layers, { crs: opts.toCrs, lang }), option: '--gpkg' });
    }
    const report = opts.report;
    if (report !== undefined) {
      // the same figures as `decoupage report` on the written plan
      const input = assembleReport(units, graph, result.plan, rules, { lang, source: basename(zonesFile), check: result.check, topology: graph.topology, bound: result.bound });
      files.push({ path: report, data: renderReport(input), option: '--report' });
    }
    await writeOutputs(files);

    ctx.stdout(formatSections(result, rules.respect, lang, ctx.voice));
    if (layer) {
      ctx.stdout(formatSplit(layer, result.plan, lang));
      for (const n of layer.notes) ctx.stdout(t('note', { note: say(n, ctx.voice) }) + '\n');
    }
    if (preferred && opts.prefer !== undefined) {
      const pct = (x: number) => numberFormat(lang).pct(x);
      const { prefer } = preferred;
      ctx.stdout(labelsFor(PREFER_LABELS, lang)('kept', { file: opts.prefer, share: pct(prefer.match.keptShare), before: pct(prefer.keptShareBefore), moved: prefer.moved }) + '\n');
    }
    const what = layer ? t('whatUnits') : t('whatZones');
    ctx.stdout(t('wrotePlan', { file: output, n: units.zones.length, what, sections: result.sections.length }) + '\n');
    if (layer && opts.unitsOut !== undefined) {
      // the units of two maps touch only thanks to snapping: check, export and report need the same tolerance
      const snapped = graph.edges.some((e) => e.kind === 'snapped');
      const snap = snapped ? t('snapAdvice', { m: snapM }) : '';
      ctx.stdout(t('wroteUnits', { file: opts.unitsOut, n: units.zones.length, snap }) + '\n');
    }
    if (geojson !== undefined && sectionsFc) ctx.stdout(t('wroteSections', { file: geojson, n: sectionsFc.features.length }) + '\n');
    if (opts.gpkg !== undefined && sectionsFc) ctx.stdout(t('wroteGpkg', { file: opts.gpkg, n: sectionsFc.features.length, zones: units.zones.length }) + '\n');
    if (report !== undefined) ctx.stdout(t('wroteReport', { file: report }) + '\n');
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
