import type { Command } from 'commander';
import type { CheckReport } from '../../check/index.js';
import { InputError, type ZoneSet } from '../../core/index.js';
import { homogeneityLine, planHomogeneity, readAttributes, type PlanHomogeneity } from '../../homogeneity/index.js';
import { formatCheckMarkdown, formatCheckText, islandHint } from '../../check/index.js';
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
  /** a CSV of zone attributes (unemployment…) and the columns the sections' homogeneity is measured on */
  attributes?: string;
  similarBy?: string;
}

export type CheckFlags = CheckOwnFlags & LangFlag & PlanFlags & ZoneFlags & GraphFlags & RuleFlags;

export const CHECK_FLAGS = [
  ...flagKeys<CheckOwnFlags>({ json: true, markdown: true, splitInto: true, attributes: true, similarBy: true }),
  ...LANG_FLAG,
  ...PLAN_FLAGS,
  ...ZONE_FLAGS,
  ...GRAPH_FLAGS,
  ...RULE_FLAGS,
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
    .option('--attributes <file.csv>', h(said('help.check.attributes')))
    .option('--similar-by <columns>', h(said('help.check.similarBy')))
    .addOption(langOption(voice, said('help.check.lang'), said('help.lang.jsonSame')));
  addPlanOptions(cmd, voice);
  addZoneOptions(cmd, voice);
  addGraphOptions(cmd, voice);
  addRuleOptions(cmd, voice);
  cmd.action((zonesFile: string, planFile: string, opts: CheckFlags) => {
    const { report, graph, zones, rules } = loadAndCheck(zonesFile, planFile, opts, ctx);
    const lang = opts.lang;
    const homogeneity = homogeneityFromOptions(opts, zones, report, (text) => (opts.json ? ctx.stderr : ctx.stdout)(text));
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
      const contiguity = report.rules.find((r) => r.rule === 'contiguity');
      if (contiguity && !contiguity.ok && graph.islands.length) {
        const names = graph.islands.map((i) => `${zones.zones[i].id} (${zones.zones[i].name})`);
        hints.push(islandHint(names, lang));
      }
      printAutoLinks(ctx, zones, graph, lang);
      ctx.stdout(formatCheckText(report, hints, { lang, rules }));
      if (homogeneity) ctx.stdout(say(homogeneityLine(homogeneity), { ...voice, lang }) + '\n');
    }
    ctx.exitCode = report.ok ? 0 : 1;
  });
}

/** --attributes and --similar-by: the homogeneity of the checked plan (both or neither). */
function homogeneityFromOptions(opts: CheckFlags, zones: ZoneSet, report: CheckReport, warn: (text: string) => void): PlanHomogeneity | undefined {
  if (opts.attributes === undefined && opts.similarBy === undefined) return undefined;
  if (opts.attributes === undefined || opts.similarBy === undefined) {
    throw new InputError(said('cli.check.attributesTogether'), { field: opts.attributes === undefined ? 'attributes' : 'similar-by' });
  }
  const { attributes, warning } = readAttributes(opts.attributes, zones, opts.similarBy);
  if (warning) warn(say(said('error.warning', { message: warning }), { lang: opts.lang }) + '\n');
  return planHomogeneity(zones, report, attributes);
}
