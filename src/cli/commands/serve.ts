import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../core/index.js';
import { labelsFor, type Lang } from '../../core/index.js';
import { DEMO_DATA_DIR, DEMO_RULES } from '../../demo/index.js';
import { buildGraph } from '../../graph/index.js';
import { checkOutputs, realTarget, releaseInput } from '../../io/index.js';
import { planFromInput, readPlan } from '../../load/index.js';
import { readVotes } from '../../pluralism/index.js';
import { EditorApp, startEditorServer } from '../../serve/index.js';
import type { CliContext } from '../context.js';
import { addCsvOption, csvStyleFrom } from '../csv-options.js';
import { addGraphOptions, graphOptionsFrom } from '../graph-options.js';
import { langOption } from '../lang-option.js';
import { seed, wholeNumber } from '../parse.js';
import { addRuleOptions, rulesFromOptions } from '../rules-options.js';
import { addZoneOptions, zonesFromOptions } from '../zone-options.js';
import { said, say, SERVE_LABELS } from '../../messages/index.js';

export const DEFAULT_PORT = 8787;
const RULE_KEYS = ['rules', 'minMembers', 'maxMembers', 'maxDeviation', 'minSeats', 'membersPerSeat', 'seats', 'method', 'sections', 'respect', 'within', 'membersWord', 'respectLabel', 'withinLabel'];

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('serve')
    .summary('open the plan editor: a local web page to draw, complete, check and compare plans on a map')
    .description(
      'Start the plan editor on this computer and print its address (http://127.0.0.1:PORT/). On the page: the map ' +
        'of the zones coloured by section; click or drag over zones to move them into the selected section; new, merge, ' +
        'rename and lock sections; undo and redo; live figures and verdicts (the rules of "decoupage check"); Propose ' +
        'and Complete (keeps the locked sections); compare with --compare; save plan.csv; download the sections, the ' +
        'report and the map. Every edit is autosaved beside the plan and restored on restart. Ctrl-C stops it.\n\n' +
        'With no zone file, the editor opens the demo region (the département plan of data/demo/).\n\n' +
        'Example: decoupage serve zones.geojson plan.csv --members-csv members.csv --auto-link --rules rules.json',
    )
    .argument('[zones]', 'the zone file (GeoJSON); none: the demo region')
    .argument('[plan]', 'the plan to start from and to save to: plan.csv (zone,section); none: start with no section')
    .option('-o, --output <plan.csv>', 'where Save writes the plan (default: the plan given, or plan.csv here; the demo: decoupage-editor/plan.csv)')
    .option('--compare <old-plan.csv>', 'an old plan to compare with (pluralism, changed zones) and to draw as an outline')
    .option('--compare-label <text>', 'its name on the page (default: its file name)')
    .option('--votes <votes.csv>', 'vote shares per list (whole territory or per zone), for the comparison')
    .option('--prefer <old-plan.csv>', 'Propose and Complete prefer keeping zones in their section of this plan')
    .option('--seed <n>', 'seed of Propose and Complete', seed('--seed'), 1)
    .option('--port <n>', `port to listen on (default ${DEFAULT_PORT}; 0 = any free port)`, wholeNumber('--port'))
    .option('--host <address>', 'address to listen on (default 127.0.0.1, this computer only)')
    .option('--no-open', 'do not open a browser')
    .addOption(langOption('the page'));
  addZoneOptions(cmd);
  addGraphOptions(cmd);
  addRuleOptions(cmd);
  addCsvOption(cmd);
  cmd.action(async (zonesArg: string | undefined, planArg: string | undefined, opts: Record<string, unknown>) => {
    const lang = opts.lang as Lang;
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
    const output = typeof opts.output === 'string' ? opts.output : demo ? join('decoupage-editor', 'plan.csv') : (planArg ?? 'plan.csv');
    const readOld = (file: string) => planFromInput(readPlan(file, zones), zones, { allowMissing: true });
    const compareFile = typeof opts.compare === 'string' ? opts.compare : demo ? planFile : undefined;
    const app = new EditorApp({
      zones,
      graph,
      rules,
      lang,
      plan,
      output,
      compare: compareFile === undefined ? undefined : { label: typeof opts.compareLabel === 'string' ? opts.compareLabel : basename(compareFile), plan: readOld(compareFile) },
      votes: typeof opts.votes === 'string' ? readVotes(opts.votes, zones) : demo ? readVotes(join(DEMO_DATA_DIR, 'votes.csv'), zones) : undefined,
      prefer: typeof opts.prefer === 'string' ? readOld(opts.prefer) : undefined,
      title: demo ? t('demoTitle') : basename(zonesFile),
      seed: opts.seed as number,
      csv: csvStyleFrom(opts),
    });
    // Save replaces the plan it started from, never another input (the zones, the votes, the old plan…)
    if (planFile !== undefined && realTarget(planFile) === realTarget(output)) releaseInput(planFile);
    checkOutputs([{ path: output, option: typeof opts.output === 'string' ? '-o' : 'the plan file' }]);
    for (const w of app.warnings) ctx.stderr(say(said('error.warning', { message: w }), { ...ctx.voice, lang }) + '\n');
    const host = typeof opts.host === 'string' ? opts.host : '127.0.0.1';
    if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') ctx.stderr(t('hostWarning', { host }) + '\n');
    const port = opts.port === undefined ? DEFAULT_PORT : (opts.port as number);
    const server = await startEditorServer(app, { host, port }).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') throw new InputError(t('portInUse', { port }), { field: 'port', hint: t('portHint') });
      if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') throw new InputError(t('badHost', { host }), { field: 'host' });
      throw e;
    });
    if (app.restoredFrom) ctx.stdout(t('restored', { file: app.autosaveFile, when: app.restoredFrom }) + '\n');
    ctx.stdout(t('listening', { what: demo ? t('demoTitle') : basename(zonesFile), url: server.url, file: output }) + '\n');
    if (opts.open !== false) openBrowser(server.url);
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void server.close().then(done);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
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

/** What `decoupage serve` prints. */
