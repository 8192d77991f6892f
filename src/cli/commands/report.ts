import { Option, type Command } from 'commander';
import { runReport } from '../../jobs/index.js';
import { said } from '../../messages/index.js';
import { LIST_METHODS, type ListMethod } from '../../pluralism/index.js';
import { addCompareByOption, COMPARE_BY_FLAGS, compareByFromOptions, type CompareByFlags } from '../compare-by.js';
import type { CliContext } from '../context.js';
import { flagKeys } from '../flags.js';
import { addGraphOptions, GRAPH_FLAGS, graphOptionsFrom, type GraphFlags } from '../graph-options.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { declareOutputs } from '../outputs.js';
import { addRuleOptions, RULE_FLAGS, rulesFromOptions, type RuleFlags } from '../rules-options.js';
import { sayer } from '../voice.js';
import { addAttributeOptions, ATTRIBUTE_FLAGS, attributeInputFrom, type AttributeFlags } from '../attribute-options.js';
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

export type ReportFlags = ReportOwnFlags & LangFlag & CompareByFlags & ZoneFlags & GraphFlags & RuleFlags & AttributeFlags;

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
  ...ATTRIBUTE_FLAGS,
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
  addAttributeOptions(cmd, voice);
  declareOutputs(cmd, { output: '-o', png: '--png' });
  cmd.action(async (zonesFile: string, planFile: string, opts: ReportFlags) => {
    const progress = ctx.progress();
    progress.update(said('output.progress.reportLoad'));
    const zones = zonesFromOptions(zonesFile, opts);
    const rules = rulesFromOptions(opts);
    for (const key of ['membersWord', 'respectLabel', 'withinLabel'] as const) {
      const words = opts[key];
      if (words !== undefined && words.trim() !== '') rules[key] = words.trim();
    }
    await runReport({
      zones,
      planFile,
      rules,
      graph: graphOptionsFrom(opts, { minMembers: rules.minMembers }),
      votesFile: opts.votes,
      listMethod: opts.listMethod,
      compare: opts.compare !== undefined ? { file: opts.compare, label: opts.compareLabel } : compareByFromOptions(zones, opts),
      ...{ title: opts.title, planLabel: opts.planLabel, credit: opts.credit },
      attributes: attributeInputFrom(opts),
      outputs: { html: opts.output, png: opts.png },
      lang: opts.lang,
      progress,
      out: (text: string) => ctx.stdout(text),
    });
  });
}
