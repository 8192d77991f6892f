import type { Command } from 'commander';
import { dissolveSections, geojsonText, unitsFeatureCollection } from '../../export/index.js';
import { writeOutputs, type OutputFile } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { planFromInput, planToCsv, readPlan, loadZones, readUnitPopulation } from '../../load/index.js';
import { basename } from 'node:path';
import { proposeProved, readLockCsv, formatSections, formatSplit, PROPOSE_LABELS, PREFER_LABELS, withPreference, DEFAULT_SPLIT_SNAP_M, prepareSplit } from '../../propose/index.js';
import { InputError, labelsFor, numberFormat, type Lang, MAX_CONSTRUCTIONS, MAX_ITERATIONS, MAX_MEMBERS } from '../../core/index.js';
import { option, said, say, type Said } from '../../messages/index.js';
import { assembleReport, renderReport } from '../../report/index.js';
import type { ZoneSet } from '../../core/index.js';
import { addCsvOption, csvStyleFrom } from '../csv-options.js';
import type { CliContext } from '../context.js';
import { headingOf, sayer } from '../voice.js';
import { sayCarried } from '../carry-note.js';
import { langOption } from '../lang-option.js';
import { addGraphOptions, graphOptionsFrom, printAutoLinks } from '../graph-options.js';
import { addRuleOptions, rulesFromOptions } from '../rules-options.js';
import { addZoneOptions, zonesFromOptions } from '../zone-options.js';
import { metres, positiveNumber, seed, wholeNumber } from '../parse.js';

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
  addCsvOption(cmd, voice);
  addZoneOptions(cmd, voice);
  addGraphOptions(cmd, voice);
  addRuleOptions(cmd, voice);
  declareOutputs(cmd, { output: '-o', geojson: '--geojson', report: '--report', unitsOut: '--units-out' });
  cmd.action(async (zonesFile: string, opts: Record<string, unknown>) => {
    const rules = rulesFromOptions(opts);
    const zoneLocks = opts.lock === undefined ? undefined : readLockCsv(String(opts.lock));
    const zones = zonesFromOptions(zonesFile, opts);
    const progress = ctx.progress();
    const graphOpts = graphOptionsFrom(opts, { minMembers: rules.minMembers });
    // the split step (units layer, its graph, adjacency differences, locks) is the library's
    const { units, layer, graph, snapM, adjacency, lock: locks, carriedLocks } = prepareSplit(zones, fineUnitsFromOptions(opts), rules, {
      splitAbove: opts.splitAbove as number | undefined,
      splitZone: opts.splitZone === undefined ? undefined : String(opts.splitZone),
      ...populationFromOptions(opts),
      splitSnap: opts.splitSnap as number | undefined,
      graph: graphOpts,
      seed: opts.seed as number,
      lock: zoneLocks,
      progress,
    });
    if (carriedLocks) sayCarried(ctx, carriedLocks, String(opts.lock), 'lock', opts);
    const lang = opts.lang as Lang;
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
      seed: opts.seed as number,
      iterations: opts.iterations as number | undefined,
      constructions: opts.constructions as number | undefined,
      timeLimitMs: opts.timeLimit === undefined ? undefined : (opts.timeLimit as number) * 1000,
      lock: locks,
      progress,
    });
    const preferred = opts.prefer === undefined ? undefined : withPreference(units, graph, rules, proposed, planFromInput(readPlan(String(opts.prefer), units), units, { allowMissing: true }));
    const result = preferred?.result ?? proposed;
    // every output is built first, then all are written together (all or nothing)
    const output = String(opts.output);
    const files: OutputFile[] = [{ path: output, data: planToCsv(result.plan, units, csvStyleFrom(opts)), option: '-o' }];
    if (layer && opts.unitsOut !== undefined) files.push({ path: String(opts.unitsOut), data: geojsonText(unitsFeatureCollection(layer)), option: '--units-out' });
    const sectionsFc = opts.geojson === undefined ? undefined : dissolveSections(units, result.plan, { report: result.check, topology: graph.topology });
    if (sectionsFc) files.push({ path: String(opts.geojson), data: geojsonText(sectionsFc), option: '--geojson' });
    if (opts.report !== undefined) {
      // the same figures as `decoupage report` on the written plan
      const input = assembleReport(units, graph, result.plan, rules, { lang: opts.lang as Lang, source: basename(zonesFile), check: result.check, topology: graph.topology, bound: result.bound });
      files.push({ path: String(opts.report), data: renderReport(input), option: '--report' });
    }
    await writeOutputs(files);

    ctx.stdout(formatSections(result, rules.respect, lang, ctx.voice));
    if (layer) {
      ctx.stdout(formatSplit(layer, result.plan, lang));
      for (const n of layer.notes) ctx.stdout(t('note', { note: say(n, ctx.voice) }) + '\n');
    }
    if (preferred) {
      const pct = (x: number) => numberFormat(lang).pct(x);
      const { prefer } = preferred;
      ctx.stdout(labelsFor(PREFER_LABELS, lang)('kept', { file: String(opts.prefer), share: pct(prefer.match.keptShare), before: pct(prefer.keptShareBefore), moved: prefer.moved }) + '\n');
    }
    const what = layer ? t('whatUnits') : t('whatZones');
    ctx.stdout(t('wrotePlan', { file: output, n: units.zones.length, what, sections: result.sections.length }) + '\n');
    if (layer && opts.unitsOut !== undefined) {
      // the units of two maps touch only thanks to snapping: check, export and report need the same tolerance
      const snapped = graph.edges.some((e) => e.kind === 'snapped');
      const snap = snapped ? t('snapAdvice', { m: snapM }) : '';
      ctx.stdout(t('wroteUnits', { file: String(opts.unitsOut), n: units.zones.length, snap }) + '\n');
    }
    if (sectionsFc) ctx.stdout(t('wroteSections', { file: String(opts.geojson), n: sectionsFc.features.length }) + '\n');
    if (opts.report !== undefined) ctx.stdout(t('wroteReport', { file: String(opts.report) }) + '\n');
  });
}

/** --split-with: the finer units as loaded (undefined without it; the options that read files need it). */
function fineUnitsFromOptions(opts: Record<string, unknown>): ZoneSet | undefined {
  if (opts.splitWith === undefined) {
    const loading = ['splitId', 'splitPopulation', 'unitsOut'].find((k) => opts[k] !== undefined);
    if (loading) {
      const splitWith = option('splitWith');
      throw new InputError(said('plan.split.needsSplitWith', { option: option(loading), splitWith }), {
        field: loading.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()),
        hint: said('plan.split.needsSplitWith.hint', { splitWith, splitAbove: option('splitAbove') }),
      });
    }
    return undefined;
  }
  return loadZones(String(opts.splitWith), { idProp: opts.splitId === undefined ? undefined : String(opts.splitId), membersOptional: true });
}

/** --split-population: the units' population, read from its CSV. */
function populationFromOptions(opts: Record<string, unknown>): { population?: ReadonlyMap<string, number>; populationSource?: Said } {
  if (opts.splitPopulation === undefined || opts.splitWith === undefined) return {};
  const file = String(opts.splitPopulation);
  return { population: readUnitPopulation(file), populationSource: said('plan.split.populationColumn', { column: 'population', file: basename(file) }) };
}
