/**
 * The `propose` job: split the largest zones when asked, propose sections (with their proved bound), follow an
 * old plan where the rules allow it, then write the plan and the asked-for outputs together (all or nothing) and
 * say what was done. The command line (src/cli/commands/propose.ts) only turns its flags into this input.
 */
import { basename } from 'node:path';
import { carryOverLine, labelsFor, numberFormat, type Lang, type Progress, type ZoneSet } from '../core/index.js';
import type { Rules } from '../core/rules.js';
import type { Plan } from '../core/types.js';
import { formatAutoLinks, type GraphOptions } from '../graph/index.js';
import { writeOutputs, type CsvStyle, type LaterWarnings, type OutputFile } from '../io/index.js';
import { planFromInput, planToCsv, readPlan } from '../load/index.js';
import { say, type Said, type Voice } from '../messages/index.js';
import {
  formatSections,
  formatSplit,
  prepareSplit,
  PREFER_LABELS,
  PROPOSE_LABELS,
  proposeProved,
  threadsFor,
  withPreference,
  type ProposeResult,
  type ProposeThreads,
} from '../propose/index.js';
import { formatHomogeneity, planHomogeneity, withAttributes, type AttributeInput } from '../homogeneity/index.js';
import { spreadLimits } from '../check/rules/index.js';

export interface ProposeJob {
  zones: ZoneSet;
  /** the zone file, as the user named it (the report names it) */
  zonesFile: string;
  /** the zones' checks put off when they were read (loadZones' warnLater): run while a worker searches, else at the end */
  warnLater?: LaterWarnings;
  rules: Rules;
  graph: GraphOptions;
  /** locked zones (zone → label) and the file they came from */
  lock?: { zones: Map<string, string>; file: string };
  /** --split-with and its settings */
  split?: { fine?: ZoneSet; splitAbove?: number; splitZone?: string; splitSnap?: number; population?: ReadonlyMap<string, number>; populationSource?: Said };
  search: { seed: number; iterations?: number; constructions?: number; timeLimitMs?: number; exact: boolean; threads?: number };
  /** an old plan to follow where the rules allow (--prefer) */
  prefer?: string;
  /** --attributes and --similar-by: the homogeneity of the plan is measured (and, once propose optimises it, improved) */
  attributes?: AttributeInput;
  /** gpkg: a GeoPackage of the sections and zones (styled for QGIS); toCrs: the system of the GeoPackage outputs */
  outputs: { plan: string; geojson?: string; gpkg?: string; report?: string; unitsOut?: string; toCrs?: string };
  csv: CsvStyle;
  lang: Lang;
  voice: Voice;
  progress?: Progress;
  /** where the job says what it does, line by line */
  out(text: string): void;
}

export async function runPropose(job: ProposeJob): Promise<void> {
  // worker threads for the search and the bound, started now: they start while the graph is built (started while
  // the zones were read, they slowed the reading more than their start-up cost: France 10-25 ms later, two cores)
  const { pool, release } = threadsFor({ threads: job.search.threads }, job.zones.zones.length);
  try {
    // the workers are stopped once the plan and its bound are found: they stop while the outputs are written
    await proposeWith(job, pool, release);
  } finally {
    job.warnLater?.run();
    release();
  }
}

async function proposeWith(job: ProposeJob, pool: ProposeThreads | undefined, poolDone: () => void): Promise<void> {
  const prepared = prepareUnits(job);
  const { units, graph } = prepared;
  const proposed = await proposeProved(units, graph, job.rules, {
    ...job.search,
    lock: prepared.lock,
    progress: job.progress,
    pool,
    // while the workers search: the outline warnings put off
    meanwhile: (busy) => job.warnLater?.run(busy),
  });
  poolDone();
  const old: Plan | undefined = job.prefer === undefined ? undefined : planFromInput(readPlan(job.prefer, units), units, { allowMissing: true });
  const preferred = old ? withPreference(units, graph, job.rules, proposed, old) : undefined;
  const result = preferred?.result ?? proposed;
  // every output is built first, then all are written together (all or nothing)
  const { files, sectionCount } = await outputFiles(job, prepared, result);
  await writeOutputs(files);
  sayResult(job, prepared, result, preferred, sectionCount);
}

type Prepared = ReturnType<typeof prepareSplit>;

/** The layer propose works on (the zones, or their units with --split-with) and its graph, saying what the split found. */
function prepareUnits(job: ProposeJob): Prepared {
  const { lang, out } = job;
  const t = labelsFor(PROPOSE_LABELS, lang);
  // the split step (units layer, its graph, adjacency differences, locks) is the library's
  const { fine, ...split } = job.split ?? {};
  const prepared = prepareSplit(job.zones, fine, job.rules, {
    ...split,
    graph: job.graph,
    seed: job.search.seed,
    lock: job.lock?.zones,
    progress: job.progress,
  });
  const { units, graph, snapM, adjacency, carriedLocks } = prepared;
  if (carriedLocks && job.lock) {
    const line = carryOverLine(carriedLocks, basename(job.lock.file), 'lock', lang);
    if (line) out(line + '\n');
  }
  for (const line of formatAutoLinks(units, graph, lang)) out(line + '\n');
  if (adjacency) {
    // the units must touch where their zones touch; say where they do not
    for (const d of adjacency.missing) out(t('splitMissing', { a: d.a, b: d.b, m: snapM }) + '\n');
    for (const d of adjacency.extra) out(t('splitExtra', { a: d.a, b: d.b, m: snapM }) + '\n');
    for (const z of adjacency.disconnected) out(t('splitDisconnected', { z }) + '\n');
  }
  // the attributes on the layer propose works on: a unit of a split zone takes its zone's values
  withAttributes(units, job.attributes);
  return prepared;
}

/** Every output file's data (the plan, the map layers, the report), and the number of sections mapped. */
async function outputFiles(job: ProposeJob, { units, graph, layer }: Prepared, result: ProposeResult): Promise<{ files: OutputFile[]; sectionCount?: number }> {
  const { outputs, lang, rules } = job;
  const files: OutputFile[] = [{ path: outputs.plan, data: planToCsv(result.plan, units, job.csv), option: '-o' }];
  const maps = await mapFiles(job, units, graph, layer, result);
  files.push(...maps.files);
  if (outputs.report !== undefined) {
    // the same figures as `decoupage report` on the written plan (the report's renderer is loaded only then)
    const { assembleReport, renderReport, reportHomogeneity } = await import('../report/index.js');
    const input = assembleReport(units, graph, result.plan, rules, {
      lang,
      source: basename(job.zonesFile),
      check: result.check,
      topology: graph.topology,
      bound: result.bound,
    });
    input.homogeneity = await reportHomogeneity(units, result.plan, rules, { families: job.attributes?.families, seed: job.search.seed });
    files.push({ path: outputs.report, data: renderReport(input), option: '--report' });
  }
  return { files, sectionCount: maps.sectionCount };
}

/**
 * The map layers, by their file name: GeoJSON, or a styled GeoPackage for a .gpkg (export/gpkg.ts); the exporters are
 * loaded only when a map is asked for (the plan alone starts faster).
 */
async function mapFiles(
  job: ProposeJob,
  units: ZoneSet,
  graph: Prepared['graph'],
  layer: Prepared['layer'],
  result: ProposeResult,
): Promise<{ files: OutputFile[]; sectionCount?: number }> {
  const { outputs, lang } = job;
  const files: OutputFile[] = [];
  if (!(layer && outputs.unitsOut !== undefined) && outputs.geojson === undefined && outputs.gpkg === undefined) return { files };
  const [gpkg, { dissolveSections, geojsonText, unitsFeatureCollection, zonesWithSections }] = await Promise.all([
    import('../export/gpkg.js'),
    import('../export/index.js'),
  ]);
  const gpkgOpts = { toCrs: outputs.toCrs, lang, plan: { zones: units, plan: result.plan, topology: graph.topology } };
  if (layer && outputs.unitsOut !== undefined) {
    const unitsFc = unitsFeatureCollection(layer);
    files.push({
      path: outputs.unitsOut,
      data: await gpkg.layerFileData(outputs.unitsOut, 'zones', unitsFc, () => geojsonText(unitsFc), gpkgOpts),
      option: '--units-out',
    });
  }
  if (outputs.geojson === undefined && outputs.gpkg === undefined) return { files };
  const sectionsFc = dissolveSections(units, result.plan, { report: result.check, topology: graph.topology });
  if (outputs.geojson !== undefined) {
    files.push({
      path: outputs.geojson,
      data: await gpkg.layerFileData(outputs.geojson, 'sections', sectionsFc, () => geojsonText(sectionsFc), gpkgOpts),
      option: '--geojson',
    });
  }
  if (outputs.gpkg !== undefined) {
    // the GeoPackage counterpart of --geojson: the sections, and every zone (or unit) with its section
    const layers = [
      gpkg.sectionsLayer(sectionsFc, gpkg.sectionColours(units, result.plan, graph.topology), lang),
      gpkg.zonesLayer(zonesWithSections(units, result.plan, result.check), lang),
    ];
    files.push({ path: outputs.gpkg, data: await gpkg.layersGpkg(layers, { crs: outputs.toCrs, lang }), option: '--gpkg' });
  }
  return { files, sectionCount: sectionsFc.features.length };
}

/** What propose says once the files are written: the sections, their homogeneity, the split, --prefer, the files. */
function sayResult(
  job: ProposeJob,
  { units, graph, layer, snapM }: Prepared,
  result: ProposeResult,
  preferred: ReturnType<typeof withPreference> | undefined,
  sectionCount: number | undefined,
): void {
  const { rules, lang, out, outputs } = job;
  const t = labelsFor(PROPOSE_LABELS, lang);
  out(formatSections(result, rules.respect, lang, job.voice));
  const homogeneity = planHomogeneity(units, result.plan, { maxSpread: rules.maxSpread ? Object.fromEntries(spreadLimits(rules.maxSpread)) : undefined });
  if (homogeneity) out(formatHomogeneity(homogeneity, job.voice));
  if (layer) {
    out(formatSplit(layer, result.plan, lang));
    for (const n of layer.notes) out(t('note', { note: say(n, job.voice) }) + '\n');
  }
  if (preferred && job.prefer !== undefined) {
    const pct = (x: number) => numberFormat(lang).pct(x);
    const { prefer } = preferred;
    out(
      labelsFor(PREFER_LABELS, lang)('kept', {
        file: job.prefer,
        share: pct(prefer.match.keptShare),
        before: pct(prefer.keptShareBefore),
        moved: prefer.moved,
      }) + '\n',
    );
  }
  const what = t(layer ? 'whatUnits' : 'whatZones', { n: units.zones.length });
  out(t('wrotePlan', { file: outputs.plan, n: units.zones.length, what, sections: result.sections.length }) + '\n');
  if (layer && outputs.unitsOut !== undefined) {
    // the units of two maps touch only thanks to snapping: check, export and report need the same tolerance
    const snapped = graph.edges.some((e) => e.kind === 'snapped');
    out(t('wroteUnits', { file: outputs.unitsOut, n: units.zones.length, snap: snapped ? t('snapAdvice', { m: snapM }) : '' }) + '\n');
  }
  if (outputs.geojson !== undefined && sectionCount !== undefined) out(t('wroteSections', { file: outputs.geojson, n: sectionCount }) + '\n');
  if (outputs.gpkg !== undefined && sectionCount !== undefined) out(t('wroteGpkg', { file: outputs.gpkg, n: sectionCount, zones: units.zones.length }) + '\n');
  if (outputs.report !== undefined) out(t('wroteReport', { file: outputs.report }) + '\n');
}
