import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { InputError, labelsFor } from '../../core/index.js';
import type { ZoneSet } from '../../core/index.js';
import type { ComparedPlanInput } from '../../report/index.js';
import { buildGraph } from '../../graph/index.js';
import { writeOutputs, type OutputFile } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { planFromInput, readPlan } from '../../load/index.js';
import { sayCarried } from '../carry-note.js';
import { LIST_METHODS, readVotes, type ListMethod } from '../../pluralism/index.js';
import { assembleReport, renderPng, renderReportAndMap } from '../../report/index.js';
import { addCompareByOption, COMPARE_BY_FLAGS, compareByFromOptions, type CompareByFlags } from '../compare-by.js';
import { flagKeys } from '../flags.js';
import type { CliContext } from '../context.js';
import { said, REPORT_CLI_LABELS } from '../../messages/index.js';
import { sayer } from '../voice.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { addGraphOptions, GRAPH_FLAGS, graphOptionsFrom, printAutoLinks, type GraphFlags } from '../graph-options.js';
import { addRuleOptions, RULE_FLAGS, rulesFromOptions, type RuleFlags } from '../rules-options.js';
import { addZoneOptions, ZONE_FLAGS, zonesFromOptions, type ZoneFlags } from '../zone-options.js';

interface ReportOwnFlags {
  output: string;
  title?: string;
  png?: string;
  votes?: string;
  listMethod?: ListMethod;
  compare?: string;
  compareLabel?: string;
  planLabel?: string;
  membersWord?: string;
  respectLabel?: string;
  withinLabel?: string;
  credit?: string;
}

export type ReportFlags = ReportOwnFlags & LangFlag & CompareByFlags & ZoneFlags & GraphFlags & RuleFlags;

export const REPORT_FLAGS = [
  ...flagKeys<ReportOwnFlags>({
    output: true,
    title: true,
    png: true,
    votes: true,
    listMethod: true,
    compare: true,
    compareLabel: true,
    planLabel: true,
    membersWord: true,
    respectLabel: true,
    withinLabel: true,
    credit: true,
  }),
  ...LANG_FLAG,
  ...COMPARE_BY_FLAGS,
  ...ZONE_FLAGS,
  ...GRAPH_FLAGS,
  ...RULE_FLAGS,
];

export function register(program: Command, ctx: CliContext): void {
  const voice = ctx.voice;
  const h = sayer(voice);
  const cmd = program
    .command('report')
    .summary(h(said('help.report.summary')))
    .description(h(said('help.report.description')))
    .argument('<zones>', h(said('help.arg.zones')))
    .argument('<plan>', h(said('help.report.plan')))
    .requiredOption('-o, --output <report.html>', h(said('help.report.output')))
    .addOption(langOption(voice, said('help.report.lang')))
    .option('--title <text>', h(said('help.report.title')))
    .option('--png <map.png>', h(said('help.report.png')))
    .option('--votes <votes.csv>', h(said('help.report.votes')))
    .addOption(new Option('--list-method <method>', h(said('help.listMethod'))).choices([...LIST_METHODS]))
    .option('--compare <other-plan.csv>', h(said('help.report.compare')))
    .option('--compare-label <text>', h(said('help.report.compareLabel')))
    .option('--plan-label <text>', h(said('help.report.planLabel')))
    .option('--members-word <word>', h(said('help.report.membersWord')))
    .option('--respect-label <words>', h(said('help.report.respectLabel')))
    .option('--within-label <words>', h(said('help.report.withinLabel')))
    .option('--credit <text>', h(said('help.report.credit')));
  addCompareByOption(cmd, voice);
  addZoneOptions(cmd, voice);
  addGraphOptions(cmd, voice);
  addRuleOptions(cmd, voice);
  declareOutputs(cmd, { output: '-o', png: '--png' });
  cmd.action(async (zonesFile: string, planFile: string, opts: ReportFlags) => {
    // --lang has commander's choices: en or fr
    const lang = opts.lang;
    const progress = ctx.progress();
    progress.update(said('output.progress.reportLoad'));
    const zones = zonesFromOptions(zonesFile, opts);
    const rules = rulesFromOptions(opts);
    for (const key of ['membersWord', 'respectLabel', 'withinLabel'] as const) {
      const words = opts[key];
      if (words !== undefined && words.trim() !== '') rules[key] = words.trim();
    }
    const planRows = readPlan(planFile, zones);
    sayCarried(ctx, planRows.carried, planFile, 'section', opts);
    progress.update(said('output.progress.reportGraph'));
    const graph = buildGraph(zones, graphOptionsFrom(opts, { minMembers: rules.minMembers }));
    const votesFile = opts.votes;
    const votes = votesFile === undefined ? undefined : readVotes(votesFile, zones);
    if (votesFile !== undefined && votes) sayCarried(ctx, votes.carried, votesFile, 'votes', opts);
    const by = compareByFromOptions(zones, opts);
    const compare = opts.compare !== undefined ? [compareEntry(opts.compare, opts.compareLabel, zones, ctx, opts)] : by ? [by] : undefined;

    progress.update(said('output.progress.reportDraw'));
    const input = assembleReport(zones, graph, planRows, rules, {
      lang,
      title: opts.title,
      votes,
      listMethod: opts.listMethod,
      compare,
      planLabel: opts.planLabel,
      credit: opts.credit,
      topology: graph.topology,
    });
    // the PNG is the report's own map: the sections are dissolved and drawn once
    const { html, mapSvg } = renderReportAndMap(input);
    const files: OutputFile[] = [{ path: opts.output, data: html, option: '-o' }];
    if (opts.png !== undefined) files.push({ path: opts.png, data: renderPng(mapSvg, { width: 1920 }), option: '--png' });
    await writeOutputs(files);
    progress.done();

    printAutoLinks(ctx, zones, graph, lang);
    const check = input.check!;
    const t = labelsFor(REPORT_CLI_LABELS, lang);
    const verdict = check.ok ? t('ok') : t('broken', { n: check.totals.brokenRules });
    ctx.stdout(t('written', { file: opts.output, n: check.totals.sections, verdict }) + '\n');
    if (opts.png !== undefined) ctx.stdout(t('map', { file: opts.png }) + '\n');
  });
}

/** What the command prints once the files are written. */

/** The --compare plan must be usable as it is (unknown or missing zones are an input error). */
function compareEntry(file: string, label: string | undefined, zones: ZoneSet, ctx: CliContext, opts: ReportFlags): ComparedPlanInput {
  const input = readPlan(file, zones);
  sayCarried(ctx, input.carried, file, 'section', opts);
  const plan = planFromInput(input, zones);
  // named for what it is when it is one section per département or région, else after its file (no path)
  return { label, fallbackLabel: basename(file).replace(/\.[^.]+$/, ''), plan };
}
