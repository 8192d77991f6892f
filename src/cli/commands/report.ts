import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { InputError } from '../../core/index.js';
import type { ZoneSet } from '../../core/index.js';
import type { ComparedPlanInput } from '../../report/index.js';
import { buildGraph } from '../../graph/index.js';
import { writeOutputs, type OutputFile } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { planFromInput, readPlan } from '../../load/index.js';
import { sayCarried } from '../carry-note.js';
import { LIST_METHODS, readVotes, type ListMethod } from '../../pluralism/index.js';
import { assembleReport, isLang, renderPng, renderReportAndMap } from '../../report/index.js';
import { labelsFor } from '../../core/index.js';
import { addCompareByOption, compareByFromOptions } from '../compare-by.js';
import type { CliContext } from '../context.js';
import { langOption } from '../lang-option.js';
import { addGraphOptions, graphOptionsFrom, printAutoLinks } from '../graph-options.js';
import { addRuleOptions, rulesFromOptions } from '../rules-options.js';
import { addZoneOptions, zonesFromOptions } from '../zone-options.js';
import { REPORT_CLI_LABELS } from '../../messages/index.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('report')
    .summary('write a report of a plan (one HTML file with a map and tables) to share or print')
    .description(
      'Write one self-contained HTML file about a plan: the rules in words, a map of the sections, a table ' +
        'per section (zones, members, delegates, compactness, boundaries crossed, verdict), the verdict on every ' +
        'rule, the delegates per section and, with --votes, the seats each list would win. The file opens in ' +
        'any browser without internet and prints well. --png also saves the map as an image for slides.\n\n' +
        'Example: decoupage report zones.geojson plan.csv -o report.html --lang fr --png map.png',
    )
    .argument('<zones>', 'the zone file (GeoJSON)')
    .argument('<plan>', 'the plan: a zone,section CSV (or JSON / GeoJSON with a section property)')
    .requiredOption('-o, --output <report.html>', 'where to write the report')
    .addOption(langOption('the report'))
    .option('--title <text>', 'title at the top of the report')
    .option('--png <map.png>', 'also save the map as a PNG image')
    .option('--votes <votes.csv>', 'vote shares per list (whole territory or per zone): adds the seats each list would win')
    .addOption(new Option('--list-method <method>', 'how seats are shared between lists inside a section (default dhondt)').choices([...LIST_METHODS]))
    .option('--compare <other-plan.csv>', 'compare with another plan of the same zones under the same vote scenario (e.g. départements as sections)')
    .option('--compare-label <text>', 'name of the --compare plan in the comparison (default: "Départements (one section each)" when it is one, else its file name)')
    .option('--plan-label <text>', 'name of this plan in the comparison (default: "Proposed plan")')
    .option('--members-word <word>', 'what the report calls the members, plural, e.g. sociétaires, adhérents, membres (also "members-word" in rules.json)')
    .option('--respect-label <words>', 'the --respect boundaries in prose, plural, e.g. "bassins de vie" (dep and reg are named départements and régions; also "respect-label" in rules.json)')
    .option('--within-label <words>', 'the --within boundaries in prose, plural (also "within-label" in rules.json)')
    .option('--credit <text>', 'where the zones come from, shown as "Source: …" under the map, e.g. "Insee, zones d\'emploi 2020"');
  addCompareByOption(cmd);
  addZoneOptions(cmd);
  addGraphOptions(cmd);
  addRuleOptions(cmd);
  declareOutputs(cmd, { output: '-o', png: '--png' });
  cmd.action(async (zonesFile: string, planFile: string, opts: Record<string, unknown>) => {
    const lang = opts.lang ?? 'en';
    if (!isLang(lang)) throw new InputError(`--lang must be fr or en, got "${String(lang)}"`, { field: 'lang' });
    const progress = ctx.progress();
    progress.update('report: loading zones');
    const zones = zonesFromOptions(zonesFile, opts);
    const rules = rulesFromOptions(opts);
    for (const [opt, key] of [['membersWord', 'membersWord'], ['respectLabel', 'respectLabel'], ['withinLabel', 'withinLabel']] as const) {
      if (typeof opts[opt] === 'string' && opts[opt].trim() !== '') rules[key] = opts[opt].trim();
    }
    const planRows = readPlan(planFile, zones);
    sayCarried(ctx, planRows.carried, planFile, 'section', opts);
    progress.update('report: building the contiguity graph');
    const graph = buildGraph(zones, graphOptionsFrom(opts, { minMembers: rules.minMembers }));
    const votes = typeof opts.votes === 'string' ? readVotes(opts.votes, zones) : undefined;
    if (votes) sayCarried(ctx, votes.carried, String(opts.votes), 'votes', opts);
    const by = compareByFromOptions(zones, opts);
    const compare = typeof opts.compare === 'string' ? [compareEntry(opts.compare, opts.compareLabel, zones, ctx, opts)] : by ? [by] : undefined;

    progress.update('report: checking the plan and drawing the map');
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
