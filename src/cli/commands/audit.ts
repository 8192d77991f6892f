import { Option, type Command } from 'commander';
import { runAudit } from '../../jobs/index.js';
import { InputError } from '../../core/index.js';
import { said } from '../../messages/index.js';
import { LIST_METHODS, type ListMethod } from '../../pluralism/index.js';
import { addAttributeOptions, ATTRIBUTE_FLAGS, attributeInputFrom, type AttributeFlags } from '../attribute-options.js';
import type { CliContext } from '../context.js';
import { flagKeys } from '../flags.js';
import { addGraphOptions, GRAPH_FLAGS, type GraphFlags } from '../graph-options.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { declareOutputs } from '../outputs.js';
import { seed, seedText, wholeNumber, positiveNumber } from '../parse.js';
import { addPlanOptions, loadAndCheck, PLAN_FLAGS, type PlanFlags } from '../plan-options.js';
import { addRuleOptions, RULE_FLAGS, type RuleFlags } from '../rules-options.js';
import { sayer } from '../voice.js';
import { addZoneOptions, ZONE_FLAGS, type ZoneFlags } from '../zone-options.js';

interface AuditOwnFlags {
  plans: number;
  chains: number;
  seed: number;
  reversible?: true;
  burnIn?: number;
  thin?: number;
  votes?: string;
  listMethod?: ListMethod;
  out?: string;
  withPlans?: true;
  timeLimit?: number;
  report?: string;
  threads?: number;
}

export type AuditFlags = AuditOwnFlags & LangFlag & PlanFlags & ZoneFlags & GraphFlags & RuleFlags & AttributeFlags;

export const AUDIT_FLAGS = [
  ...flagKeys<AuditOwnFlags>({
    plans: true,
    chains: true,
    seed: true,
    reversible: true,
    burnIn: true,
    thin: true,
    votes: true,
    listMethod: true,
    out: true,
    withPlans: true,
    timeLimit: true,
    report: true,
    threads: true,
  }),
  ...LANG_FLAG,
  ...PLAN_FLAGS,
  ...ZONE_FLAGS,
  ...GRAPH_FLAGS,
  ...RULE_FLAGS,
  ...ATTRIBUTE_FLAGS,
];

/** The most plans one audit samples (memory grows with it: a few numbers per plan). */
const MAX_PLANS = 10_000_000;

export function register(program: Command, ctx: CliContext): void {
  const voice = ctx.voice;
  const h = sayer(voice);
  const cmd = program
    .command('audit')
    .summary(h(said('help.audit.summary')))
    .description(h(said('help.audit.description')))
    .argument('<zones>', h(said('help.arg.zonesExample')))
    .argument('<plan>', h(said('help.arg.planFiles')))
    .option('--plans <n>', h(said('audit.help.plans')), wholeNumber('--plans', 1, undefined, MAX_PLANS), 10_000)
    .option('--chains <n>', h(said('audit.help.chains')), wholeNumber('--chains', 1, undefined, 64), 2)
    .option('--seed <s>', h(said('audit.help.seed')), seed(), 1)
    .option('--reversible', h(said('audit.help.reversible')))
    .option('--burn-in <steps>', h(said('audit.help.burnIn')), wholeNumber('--burn-in', 0, undefined, MAX_PLANS))
    .option('--thin <steps>', h(said('audit.help.thin')), wholeNumber('--thin', 1, undefined, 10_000), 1)
    .option('--votes <votes.csv>', h(said('audit.help.votes')))
    .addOption(new Option('--list-method <method>', h(said('help.listMethod'))).choices([...LIST_METHODS]))
    .option('--out <ensemble.jsonl>', h(said('audit.help.out')))
    .option('--with-plans', h(said('audit.help.withPlans')))
    .option('--report <audit.html>', h(said('audit.help.report')))
    .option('--time-limit <seconds>', h(said('audit.help.timeLimit')), positiveNumber('--time-limit'))
    .option('--threads <n>', h(said('audit.help.threads')), wholeNumber('--threads', 1, undefined, 256))
    .addOption(langOption(voice, said('audit.help.lang')));
  addPlanOptions(cmd, voice);
  addZoneOptions(cmd, voice);
  addGraphOptions(cmd, voice);
  addRuleOptions(cmd, voice);
  addAttributeOptions(cmd, voice);
  declareOutputs(cmd, { out: '--out', report: '--report' });
  cmd.action(async (zonesFile: string, planFile: string, opts: AuditFlags) => {
    if (opts.withPlans && opts.out === undefined) throw new InputError(said('audit.withPlansNeedsOut'), { field: 'with-plans' });
    const { report, graph, zones, rules } = loadAndCheck(zonesFile, planFile, opts, ctx, attributeInputFrom(opts));
    if (!report.ok) {
      const broken = report.rules.filter((r) => !r.ok).map((r) => r.label);
      throw new InputError(said('audit.planBreaks', { list: broken.join(', ') }), { file: planFile, hint: said('audit.planBreaks.hint') }, 1);
    }
    // Ctrl-C stops the sampling; what was sampled is reported and written
    let stop = false;
    const onSigint = () => (stop = true);
    process.once('SIGINT', onSigint);
    try {
      await runAudit({
        ...{ zones, graph, rules, planFile, plan: new Map(report.sections.flatMap((s) => s.zones.map((z) => [z, s.id] as [string, string]))) },
        ...{ votesFile: opts.votes, listMethod: opts.listMethod, plans: opts.plans, chains: opts.chains, seed: seedText(opts.seed) },
        ...{ kind: opts.reversible ? 'reversible' : 'recom', burnIn: opts.burnIn, thin: opts.thin, timeLimitSeconds: opts.timeLimit },
        ...{
          out_jsonl: opts.out,
          report: opts.report,
          zonesFile,
          threads: opts.threads,
          withPlans: opts.withPlans === true,
          lang: opts.lang,
          voice,
          progress: ctx.progress(),
        },
        shouldStop: () => stop,
        out: (text) => ctx.stdout(text),
        note: (text) => ctx.stderr(text),
      });
    } finally {
      process.off('SIGINT', onSigint);
    }
  });
}
