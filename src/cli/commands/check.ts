import type { Command } from 'commander';
import { breaksContiguity, formatCheckMarkdown, formatCheckText, islandHint, spreadLimits } from '../../check/index.js';
import { formatHomogeneity, planHomogeneity } from '../../homogeneity/index.js';
import { addAttributeOptions, ATTRIBUTE_FLAGS, attributeInputFrom, type AttributeFlags } from '../attribute-options.js';
import { say, said } from '../../messages/index.js';
import type { CliContext } from '../context.js';
import { sayer } from '../voice.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { flagKeys } from '../flags.js';
import { addGraphOptions, GRAPH_FLAGS, printAutoLinks, type GraphFlags } from '../graph-options.js';
import { addPlanOptions, loadAndCheck, PLAN_FLAGS, type PlanFlags } from '../plan-options.js';
import { addRuleOptions, RULE_FLAGS, type RuleFlags } from '../rules-options.js';
import { addZoneOptions, ZONE_FLAGS, type ZoneFlags } from '../zone-options.js';

interface CheckOwnFlags {
  json?: true;
  markdown?: true;
  /** read with the rules (RuleOptions.splitInto), as propose reads it */
  splitInto?: string[];
}

export type CheckFlags = CheckOwnFlags & LangFlag & PlanFlags & ZoneFlags & GraphFlags & RuleFlags & AttributeFlags;

export const CHECK_FLAGS = [
  ...flagKeys<CheckOwnFlags>({ json: true, markdown: true, splitInto: true }),
  ...LANG_FLAG,
  ...PLAN_FLAGS,
  ...ZONE_FLAGS,
  ...GRAPH_FLAGS,
  ...RULE_FLAGS,
  ...ATTRIBUTE_FLAGS,
];

export function register(program: Command, ctx: CliContext): void {
  const voice = ctx.voice;
  const h = sayer(voice);
  const cmd = program
    .command('check')
    .summary(h(said('help.check.summary')))
    .description(h(said('help.check.description')))
    .argument('<zones>', h(said('help.arg.zonesExample')))
    .argument('<plan>', h(said('help.arg.planFiles')))
    .option('--json', h(said('help.opt.json.verdict')))
    .option('--markdown', h(said('help.check.markdown')))
    .option('--split-into <zone:k>', h(said('help.check.splitInto')), (v: string, prev: string[] | undefined) => [...(prev ?? []), v])
    .addOption(langOption(voice, said('help.check.lang'), said('help.lang.jsonSame')));
  addPlanOptions(cmd, voice);
  addZoneOptions(cmd, voice);
  addGraphOptions(cmd, voice);
  addRuleOptions(cmd, voice);
  addAttributeOptions(cmd, voice);
  cmd.action((zonesFile: string, planFile: string, opts: CheckFlags) => {
    const { report, graph, zones, rules } = loadAndCheck(zonesFile, planFile, opts, ctx, attributeInputFrom(opts));
    const lang = opts.lang;
    // how alike the zones of each section are (--attributes), from the sections as checked
    const plan = new Map(report.sections.flatMap((s) => s.zones.map((z) => [z, s.id] as [string, string])));
    const homogeneity = planHomogeneity(zones, plan, { maxSpread: rules.maxSpread ? Object.fromEntries(spreadLimits(rules.maxSpread)) : undefined });
    // --json stays the same in every language: the member source in English, as text
    if (opts.json) {
      const json = {
        ...report,
        ...(report.membersNote !== undefined ? { membersNote: say(report.membersNote, 'en') } : {}),
        ...(homogeneity ? { homogeneity } : {}),
      };
      ctx.stdout(JSON.stringify(json, null, 2) + '\n');
    } else if (opts.markdown) ctx.stdout(formatCheckMarkdown(report, { lang, rules }));
    else {
      const hints: string[] = [];
      if (breaksContiguity(report) && graph.islands.length) {
        const names = graph.islands.map((i) => `${zones.zones[i].id} (${zones.zones[i].name})`);
        hints.push(islandHint(names, lang));
      }
      printAutoLinks(ctx, zones, graph, lang);
      ctx.stdout(formatCheckText(report, hints, { lang, rules }));
      if (homogeneity) ctx.stdout(formatHomogeneity(homogeneity, { ...voice, lang }));
    }
    ctx.exitCode = report.ok ? 0 : 1;
  });
}
