import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { InputError, labelsFor } from '../../core/index.js';
import { DEMO_DATA_DIR, DEMO_RULES } from '../../demo/index.js';
import { buildGraph } from '../../graph/index.js';
import { checkOutputs, realTarget, releaseInput } from '../../io/index.js';
import { planFromInput, readPlan } from '../../load/index.js';
import { readVotes } from '../../pluralism/index.js';
import { EditorApp, startEditorServer } from '../../serve/index.js';
import type { CliContext } from '../context.js';
import { say, said, SERVE_LABELS } from '../../messages/index.js';
import { sayer } from '../voice.js';
import { addCsvOption, CSV_FLAGS, csvStyleFrom, type CsvFlags } from '../csv-options.js';
import { flagKeys } from '../flags.js';
import { addGraphOptions, GRAPH_FLAGS, graphOptionsFrom, type GraphFlags } from '../graph-options.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { seed, wholeNumber } from '../parse.js';
import { addRuleOptions, RULE_FLAGS, rulesFromOptions, type RuleFlags } from '../rules-options.js';
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

export type ServeFlags = ServeOwnFlags & LangFlag & ZoneFlags & GraphFlags & RuleFlags & CsvFlags;

export const SERVE_FLAGS = [
  ...flagKeys<ServeOwnFlags>({ output: true, compare: true, compareLabel: true, votes: true, prefer: true, seed: true, port: true, host: true, open: true }),
  ...LANG_FLAG,
  ...ZONE_FLAGS,
  ...GRAPH_FLAGS,
  ...RULE_FLAGS,
  ...CSV_FLAGS,
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
  addCsvOption(cmd, voice);
  cmd.action(async (zonesArg: string | undefined, planArg: string | undefined, opts: ServeFlags) => {
    const lang = opts.lang;
    const t = labelsFor(SERVE_LABELS, lang);
    const demo = zonesArg === undefined;
    const zonesFile = zonesArg ?? join(DEMO_DATA_DIR, 'zones.geojson');
    const zones = zonesFromOptions(zonesFile, opts);
    const rules = demo && !RULE_KEYS.some((k) => opts[k] !== undefined) ? DEMO_RULES : rulesFromOptions(opts);
    // --auto-link links the parts below the member threshold, as check and propose do
    const graphOpts = graphOptionsFrom(opts, { minMembers: rules.minMembers });
    if (demo) Object.assign(graphOpts, { autoLink: true, minMembers: rules.minMembers });
    const progress = ctx.progress();
    const graph = buildGraph(zones, { ...graphOpts, progress });
    progress.done();
    const planFile = planArg ?? (demo ? join(DEMO_DATA_DIR, 'plan-departements.csv') : undefined);
    // a plan file that does not exist yet is where Save will create it
    const plan = planFile === undefined || !existsSync(planFile) ? undefined : planFromInput(readPlan(planFile, zones), zones, { allowMissing: true });
    const output = opts.output !== undefined ? opts.output : demo ? join('decoupage-editor', 'plan.csv') : (planArg ?? 'plan.csv');
    const readOld = (file: string) => planFromInput(readPlan(file, zones), zones, { allowMissing: true });
    const compareFile = opts.compare !== undefined ? opts.compare : demo ? planFile : undefined;
    const app = new EditorApp({
      zones,
      graph,
      rules,
      lang,
      plan,
      output,
      compare: compareFile === undefined ? undefined : { label: opts.compareLabel ?? basename(compareFile), plan: readOld(compareFile) },
      votes: opts.votes !== undefined ? readVotes(opts.votes, zones) : demo ? readVotes(join(DEMO_DATA_DIR, 'votes.csv'), zones) : undefined,
      prefer: opts.prefer !== undefined ? readOld(opts.prefer) : undefined,
      title: demo ? t('demoTitle') : basename(zonesFile),
      seed: opts.seed,
      csv: csvStyleFrom(opts),
    });
    // Save replaces the plan it started from, never another input (the zones, the votes, the old plan…)
    if (planFile !== undefined && realTarget(planFile) === realTarget(output)) releaseInput(planFile);
    checkOutputs([{ path: output, option: opts.output !== undefined ? '-o' : 'the plan file' }]);
    for (const w of app.warnings) ctx.stderr(say(said('error.warning', { message: w }), voice) + '\n');
    const host = opts.host ?? '127.0.0.1';
    if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') ctx.stderr(t('hostWarning', { host }) + '\n');
    const port = opts.port ?? DEFAULT_PORT;
    const server = await startEditorServer(app, { host, port }).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') throw new InputError(said('cli.serve.portInUse', { port }), { field: 'port', hint: said('cli.serve.portHint') });
      if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') throw new InputError(said('cli.serve.badHost', { host }), { field: 'host' });
      throw e;
    });
    // Ctrl-C is caught before the address is printed: whoever reads the address may stop the editor at once
    const stopped = new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void server.close().then(done);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    if (app.restoredFrom) ctx.stdout(t('restored', { file: app.autosaveFile, when: app.restoredFrom }) + '\n');
    ctx.stdout(t('listening', { what: demo ? t('demoTitle') : basename(zonesFile), url: server.url, file: output }) + '\n');
    if (opts.open !== false) openBrowser(server.url);
    await stopped;
    ctx.stdout(t('stopped') + '\n');
  });
}

/** Open the address in the default browser where there is one (errors ignored: the address is printed). */
function openBrowser(url: string): void {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // no browser: the address is printed
  }
}
