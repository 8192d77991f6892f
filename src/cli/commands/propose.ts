import type { Command } from 'commander';
import { dissolveSections } from '../../export/index.js';
import { geojsonText } from '../../export/index.js';
import { writeOutputs, type OutputFile } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { planFromInput, planToCsv, readPlan } from '../../load/index.js';
import { loadZones } from '../../load/index.js';
import { readUnitPopulation } from '../../load/index.js';
import { basename } from 'node:path';
import { proposeProved, readLockCsv } from '../../propose/index.js';
import { formatSections, formatSplit, PROPOSE_LABELS } from '../../propose/index.js';
import { PREFER_LABELS, withPreference } from '../../propose/index.js';
import { DEFAULT_SPLIT_SNAP_M, prepareSplit } from '../../propose/index.js';
import { unitsFeatureCollection } from '../../export/index.js';
import { InputError } from '../../core/index.js';
import { option, said, say, type Said } from '../../messages/index.js';
import { assembleReport } from '../../report/index.js';
import { renderReport } from '../../report/index.js';
import { labelsFor, numberFormat, type Lang } from '../../core/index.js';
import type { ZoneSet } from '../../core/index.js';
import { addCsvOption, csvStyleFrom } from '../csv-options.js';
import type { CliContext } from '../context.js';
import { sayCarried } from '../carry-note.js';
import { langOption } from '../lang-option.js';
import { addGraphOptions, graphOptionsFrom, printAutoLinks } from '../graph-options.js';
import { addRuleOptions, rulesFromOptions } from '../rules-options.js';
import { addZoneOptions, zonesFromOptions } from '../zone-options.js';
import { metres, positiveNumber, seed, wholeNumber } from '../parse.js';
import { MAX_CONSTRUCTIONS, MAX_ITERATIONS, MAX_MEMBERS } from '../../core/index.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('propose')
    .summary('propose sections: as many as possible, each contiguous and meeting the member and seat rules')
    .description(
      'Merge neighbouring zones into sections so that every section reaches the member threshold and elects ' +
        'enough delegates, with as many sections as possible (members stay close to their delegates), then ' +
        'crossing --respect boundaries as little as possible, then as compact as possible.\n\n' +
        'Writes the plan as a spreadsheet (zone,zone_name,section,section_name: one line per zone) and prints one ' +
        'line per section. The same --seed on the same input always gives the same plan. The plan is checked with ' +
        'the rules of "decoupage check" before it is written.\n\n' +
        'Example, a mutual\'s sections of at least 10,000 members (6 delegates, one per 1,500 members), ' +
        'crossing département lines only when needed:\n' +
        '  decoupage propose zones.geojson --members-csv members.csv --auto-link --min-members 10000 ' +
        '--members-per-seat 1500 --min-seats 6 --respect dep -o plan.csv --report rapport.html --lang fr',
    )
    .argument('<zones>', 'the zone file (GeoJSON), e.g. zones.geojson')
    .requiredOption('-o, --output <plan.csv>', 'where to write the plan (zone,zone_name,section,section_name)')
    .option('--geojson <sections.geojson>', 'also write the sections as a map layer (one shape per section)')
    .option('--report <report.html>', 'also write the report of the plan: map, sections, verdicts, seats (one HTML file)')
    .addOption(langOption('the printed text and of --report'))
    .option('--seed <n>', 'seed of the random choices: the same seed gives the same plan', seed('--seed'), 1)
    .option('--iterations <n>', 'improvement steps (more can find more sections; default: 20 per zone, at most 20,000)', wholeNumber('--iterations', 0, undefined, MAX_ITERATIONS))
    .option('--constructions <n>', 'random first drafts tried before improving the best one (default 50)', wholeNumber('--constructions', 1, undefined, MAX_CONSTRUCTIONS))
    .option(
      '--time-limit <seconds>',
      'safety cap: stop improving after this many seconds. The plan then depends on the speed of the computer, ' +
        'so prefer --iterations for reproducible results',
      positiveNumber('--time-limit', 'a number of seconds'),
    )
    .option('--lock <zones.csv>', 'keep some zones in given sections: a CSV with columns zone,section')
    .option(
      '--exact',
      'small layers (up to a few hundred zones, sections of a few zones): solve to the proved optimum number of ' +
        'sections (HiGHS) and say "optimal"; without it the bound is proved with a limited effort',
    )
    .option('--prefer <old-plan.csv>', 'prefer keeping zones in the section they have in this plan (members keep their delegates); prints the share of members who stay')
    .optionsGroup('Splitting very large zones into finer units (e.g. communes):')
    .option(
      '--split-with <communes.geojson>',
      'finer units (e.g. communes) for very large zones: every zone above --split-above members is replaced by its ' +
        'units, so it can be divided into several sections. Each unit says which zone it belongs to (property ze2020 or zone); ' +
        'its members come from its "members" property (they must add up to the zone\'s), or else the zone\'s members are shared ' +
        'in proportion to its "population". The plan then has one row per unit',
    )
    .option('--split-above <n>', 'with --split-with: split the zones with more members than this', wholeNumber('--split-above', 0, undefined, MAX_MEMBERS))
    .option('--split-id <property>', 'property of the finer units holding their code (default: code, id, …)')
    .option(
      '--split-population <file.csv>',
      'with --split-with: population of the finer units (columns code,population, or CODGEO,population), to share ' +
        "each split zone's members in proportion to it when the units have no member counts",
    )
    .option('--split-zone <property>', 'property of the finer units holding the code of their zone (default: ze2020, then zone)')
    .option(
      '--split-snap <metres>',
      `with --split-with: count borders between the units and the zones less than this many metres apart as shared, ` +
        `because files drawn separately rarely match exactly (default ${DEFAULT_SPLIT_SNAP_M}; 0 when both come from the same map)`,
      metres('--split-snap'),
    )
    .option(
      '--split-into <zone:k>',
      'with --split-with: make exactly K sections from the units of a split zone, e.g. --split-into 9312:2 for Marseille\'s ' +
        'zone in two, instead of as many as possible (repeat it for several zones; "split-into": {"9312": 2} in --rules)',
      (v: string, prev: string[] | undefined) => [...(prev ?? []), v],
    )
    .option('--units-out <units.geojson>', 'with --split-with: write the layer the plan is made of (zones and finer units, with members and parent_zone)')
    .optionsGroup('Options:');
  addCsvOption(cmd);
  addZoneOptions(cmd);
  addGraphOptions(cmd);
  addRuleOptions(cmd);
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
