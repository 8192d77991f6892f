/**
 * The `report` job: read the plan (and the votes, and a plan to compare with), build the graph once, and write the
 * HTML report (and its map as PNG) together; then say what was written.
 */
import { basename } from 'node:path';
import { carryOverLine, labelsFor, type CarryKind, type Lang, type Progress, type ZoneSet } from '../core/index.js';
import type { Rules } from '../core/rules.js';
import type { Plan } from '../core/types.js';
import { buildGraph, formatAutoLinks, type GraphOptions } from '../graph/index.js';
import { writeOutputs, type OutputFile } from '../io/index.js';
import { planFromInput, readPlan } from '../load/index.js';
import { REPORT_CLI_LABELS, said } from '../messages/index.js';
import { readVotes, type ListMethod } from '../pluralism/index.js';
import { assembleReport, renderPng, renderReportAndMap, reportHomogeneity, type ComparedPlanInput } from '../report/index.js';
import { withAttributes, type AttributeInput } from '../homogeneity/index.js';

export interface ReportJob {
  zones: ZoneSet;
  planFile: string;
  rules: Rules;
  graph: GraphOptions;
  votesFile?: string;
  listMethod?: ListMethod;
  /** a plan file to compare with (and its label), or a plan already made (one section per département…) */
  compare?: { file: string; label?: string } | { label: string; plan: Plan };
  title?: string;
  planLabel?: string;
  credit?: string;
  /** --attributes and --similar-by: the report shows how alike the zones of each section are */
  attributes?: AttributeInput;
  outputs: { html: string; png?: string };
  lang: Lang;
  progress?: Progress;
  out(text: string): void;
}

export async function runReport(job: ReportJob): Promise<void> {
  const { zones, rules, lang, out, progress } = job;
  const carried = (c: readonly { zone: string; units: number }[] | undefined, file: string, kind: CarryKind) => {
    const line = carryOverLine(c ?? [], basename(file), kind, lang);
    if (line) out(line + '\n');
  };
  // before the check, which --max-spread reads them in
  withAttributes(zones, job.attributes);
  const planRows = readPlan(job.planFile, zones);
  carried(planRows.carried, job.planFile, 'section');
  progress?.update(said('output.progress.reportGraph'));
  const graph = buildGraph(zones, job.graph);
  const votes = job.votesFile === undefined ? undefined : readVotes(job.votesFile, zones);
  if (job.votesFile !== undefined && votes) carried(votes.carried, job.votesFile, 'votes');
  let compare: ComparedPlanInput[] | undefined;
  if (job.compare && 'file' in job.compare) {
    // the --compare plan must be usable as it is (unknown or missing zones are an input error); named for what
    // it is when it is one section per département or région, else after its file (no path)
    const input = readPlan(job.compare.file, zones);
    carried(input.carried, job.compare.file, 'section');
    compare = [{ label: job.compare.label, fallbackLabel: basename(job.compare.file).replace(/\.[^.]+$/, ''), plan: planFromInput(input, zones) }];
  } else if (job.compare) compare = [job.compare];

  progress?.update(said('output.progress.reportDraw'));
  const input = assembleReport(zones, graph, planRows, rules, {
    lang,
    title: job.title,
    votes,
    listMethod: job.listMethod,
    compare,
    planLabel: job.planLabel,
    credit: job.credit,
    topology: graph.topology,
  });
  input.homogeneity = await reportHomogeneity(zones, input.plan, rules, { families: job.attributes?.families });
  // the PNG is the report's own map: the sections are dissolved and drawn once
  const { html, mapSvg } = renderReportAndMap(input);
  const files: OutputFile[] = [{ path: job.outputs.html, data: html, option: '-o' }];
  if (job.outputs.png !== undefined) files.push({ path: job.outputs.png, data: renderPng(mapSvg, { width: 1920 }), option: '--png' });
  await writeOutputs(files);
  progress?.done();

  for (const line of formatAutoLinks(zones, graph, lang)) out(line + '\n');
  const check = input.check!;
  const t = labelsFor(REPORT_CLI_LABELS, lang);
  const verdict = check.ok ? t('ok') : t('broken', { n: check.totals.brokenRules });
  out(t('written', { file: job.outputs.html, n: check.totals.sections, verdict }) + '\n');
  if (job.outputs.png !== undefined) out(t('map', { file: job.outputs.png }) + '\n');
}
