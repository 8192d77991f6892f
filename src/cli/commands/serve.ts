import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { labelsFor } from '../../core/index.js';
import { DEMO_DATA_DIR, DEMO_RULES } from '../../demo/index.js';
import { runServe } from '../../jobs/index.js';
import { said, SERVE_LABELS } from '../../messages/index.js';
import type { CliContext } from '../context.js';
import { addCsvOption, CSV_FLAGS, csvStyleFrom, type CsvFlags } from '../csv-options.js';
import { flagKeys } from '../flags.js';
import { addGraphOptions, GRAPH_FLAGS, graphOptionsFrom, type GraphFlags } from '../graph-options.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { seed, wholeNumber } from '../parse.js';
import { addRuleOptions, RULE_FLAGS, rulesFromOptions, type RuleFlags } from '../rules-options.js';
import { sayer } from '../voice.js';
import { addAttributeOptions, ATTRIBUTE_FLAGS, attributeInputFrom, type AttributeFlags } from '../attribute-options.js';
import { withAttributes } from '../../homogeneity/index.js';
import { addZoneOptions, ZONE_FLAGS, zonesFromOptions, type ZoneFlags } from '../zone-options.js';

export const DEFAULT_PORT = 8787;

interface ServeOwnFlags {
  output?: string;
  compare?: string;
  compareLabel?: string;
  votes?: string;
  prefer?: string;
  seed: number;
  port?: number;
  host?: string;
  /** false with --no-open */
  open: boolean;
}

export type ServeFlags = ServeOwnFlags & LangFlag & ZoneFlags & GraphFlags & RuleFlags & CsvFlags & AttributeFlags;

export const SERVE_FLAGS = [
  ...flagKeys<ServeOwnFlags>({ output: true, compare: true, compareLabel: true, votes: true, prefer: true, seed: true, port: true, host: true, open: true }),
  ...LANG_FLAG,
  ...ZONE_FLAGS,
  ...GRAPH_FLAGS,
  ...RULE_FLAGS,
  ...CSV_FLAGS,
  ...ATTRIBUTE_FLAGS,
];

/** A rule given on the command line replaces the demo's rules (membersWord and the labels are words of the rules too). */
const RULE_KEYS = [...RULE_FLAGS, 'membersWord', 'respectLabel', 'withinLabel'] as const;

export function register(program: Command, ctx: CliContext): void {
  const voice = ctx.voice;
  const h = sayer(voice);
  const cmd = program
    .command('serve')
    .summary(h(said('help.serve.summary')))
    .description(h(said('help.serve.description')))
    .argument('[zones]', h(said('help.serve.zones')))
    .argument('[plan]', h(said('help.serve.plan')))
    .option('-o, --output <plan.csv>', h(said('help.serve.output')))
    .option('--compare <old-plan.csv>', h(said('help.serve.compare')))
    .option('--compare-label <text>', h(said('help.serve.compareLabel')))
    .option('--votes <votes.csv>', h(said('help.serve.votes')))
    .option('--prefer <old-plan.csv>', h(said('help.serve.prefer')))
    .option('--seed <n>', h(said('help.serve.seed')), seed('--seed'), 1)
    .option('--port <n>', h(said('help.serve.port', { port: DEFAULT_PORT })), wholeNumber('--port', 0, undefined, 65_535))
    .option('--host <address>', h(said('help.serve.host')))
    .option('--no-open', h(said('help.serve.noOpen')))
    .addOption(langOption(voice, said('help.serve.lang')));
  addZoneOptions(cmd, voice);
  addGraphOptions(cmd, voice);
  addRuleOptions(cmd, voice);
  addAttributeOptions(cmd, voice);
  addCsvOption(cmd, voice);
  cmd.action(async (zonesArg: string | undefined, planArg: string | undefined, opts: ServeFlags) => {
    // without a zone file: the bundled demo region, its rules, old plan and votes
    const demo = zonesArg === undefined;
    const zonesFile = zonesArg ?? join(DEMO_DATA_DIR, 'zones.geojson');
    // --attributes: the editor's check obeys --max-spread on them
    const zones = withAttributes(zonesFromOptions(zonesFile, opts), attributeInputFrom(opts));
    const rules = demo && !RULE_KEYS.some((k) => opts[k] !== undefined) ? DEMO_RULES : rulesFromOptions(opts);
    // --auto-link links the parts below the member threshold, as check and propose do
    const graph = { ...graphOptionsFrom(opts, { minMembers: rules.minMembers }), ...(demo ? { autoLink: true, minMembers: rules.minMembers } : {}) };
    const planFile = planArg ?? (demo ? join(DEMO_DATA_DIR, 'plan-departements.csv') : undefined);
    const compareFile = opts.compare ?? (demo ? planFile : undefined);
    const votesFile = opts.votes ?? (demo ? join(DEMO_DATA_DIR, 'votes.csv') : undefined);
    await runServe({
      ...{ zones, rules, graph, planFile, votesFile, prefer: opts.prefer, seed: opts.seed, csv: csvStyleFrom(opts) },
      output: {
        path: opts.output ?? (demo ? join('decoupage-editor', 'plan.csv') : (planArg ?? 'plan.csv')),
        option: opts.output !== undefined ? '-o' : 'the plan file',
      },
      compare: compareFile === undefined ? undefined : { file: compareFile, label: opts.compareLabel },
      title: demo ? labelsFor(SERVE_LABELS, opts.lang)('demoTitle') : basename(zonesFile),
      ...{ host: opts.host ?? '127.0.0.1', port: opts.port ?? DEFAULT_PORT, open: opts.open !== false },
      ...{ lang: opts.lang, voice: ctx.voice, progress: ctx.progress() },
      out: (text: string) => ctx.stdout(text),
      warn: (text: string) => ctx.stderr(text),
    });
  });
}
