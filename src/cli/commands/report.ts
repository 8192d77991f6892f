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
import { assembleReport, isLang, renderPng, renderReportAndMap } from '../../report/index.js';
import { addCompareByOption, compareByFromOptions } from '../compare-by.js';
import type { CliContext } from '../context.js';
import { said, REPORT_CLI_LABELS } from '../../messages/index.js';
import { sayer } from '../voice.js';
import { langOption } from '../lang-option.js';
import { addGraphOptions, graphOptionsFrom, printAutoLinks } from '../graph-options.js';
import { addRuleOptions, rulesFromOptions } from '../rules-options.js';
import { addZoneOptions, zonesFromOptions } from '../zone-options.js';

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
  cmd.action(async (zonesFile: string, planFile: string, opts: Record<string, unknown>) => {
    const lang = opts.lang ?? 'en';
    if (!isLang(lang)) throw new InputError(said('cli.lang', { value: String(lang) }), { field: 'lang' });
    const progress = ctx.progress();
    progress.update(said('output.progress.reportLoad'));
    const zones = zonesFromOptions(zonesFile, opts);
    const rules = rulesFromOptions(opts);
    for (const [opt, key] of [['membersWord', 'membersWord'], ['respectLabel', 'respectLabel'], ['withinLabel', 'withinLabel']] as const) {
      if (typeof opts[opt] === 'string' && opts[opt].trim() !== '') rules[key] = opts[opt].trim();
    }
    const planRows = readPlan(planFile, zones);
    sayCarried(ctx, planRows.carried, planFile, 'section', opts);
    progress.update(said('output.progress.reportGraph'));
    const graph = buildGraph(zones, graphOptionsFrom(opts, { minMembers: rules.minMembers }));
    const votes = typeof opts.votes === 'string' ? readVotes(opts.votes, zones) : undefined;
    if (votes) sayCarried(ctx, votes.carried, String(opts.votes), 'votes', opts);
    const by = compareByFromOptions(zones, opts);
    const compare = typeof opts.compare === 'string' ? [compareEntry(opts.compare, opts.compareLabel, zones, ctx, opts)] : by ? [by] : undefined;

    progress.update(said('output.progress.reportDraw'));
    const input = assembleReport(zones, graph, planRows, rules, {
      lang,
      title: typeof opts.title === 'string' ? opts.title : undefined,
      votes,
      listMethod: opts.listMethod as ListMethod | undefined,
      compare,
      planLabel: typeof opts.planLabel === 'string' ? opts.planLabel : undefined,
      credit: typeof opts.credit === 'string' ? opts.credit : undefined,
      topology: graph.topology,
    });
    // the PNG is the report's own map: the sections are dissolved and drawn once
    const { html, mapSvg } = renderReportAndMap(input);
    const files: OutputFile[] = [{ path: String(opts.output), data: html, option: '-o' }];
    if (typeof opts.png === 'string') files.push({ path: opts.png, data: renderPng(mapSvg, { width: 1920 }), option: '--png' });
    await writeOutputs(files);
    progress.done();

    printAutoLinks(ctx, zones, graph, lang);
    const check = input.check!;
    const t = labelsFor(REPORT_CLI_LABELS, lang);
    const verdict = check.ok ? t('ok') : t('broken', { n: check.totals.brokenRules });
    ctx.stdout(t('written', { file: String(opts.output), n: check.totals.sections, verdict }) + '\n');
    if (typeof opts.png === 'string') ctx.stdout(t('map', { file: opts.png }) + '\n');
  });
}

/** What the command prints once the files are written. */

/** The --compare plan must be usable as it is (unknown or missing zones are an input error). */
function compareEntry(file: string, label: unknown, zones: ZoneSet, ctx: CliContext, opts: Record<string, unknown>): ComparedPlanInput {
  const input = readPlan(file, zones);
  sayCarried(ctx, input.carried, file, 'section', opts);
  const plan = planFromInput(input, zones);
  // named for what it is when it is one section per département or région, else after its file (no path)
  return { label: typeof label === 'string' ? label : undefined, fallbackLabel: basename(file).replace(/\.[^.]+$/, ''), plan };
}
