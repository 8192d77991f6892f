/**
 * The `serve` job: build the graph once, open the editor's application on a plan (a plan file that does not exist
 * yet is where Save will create it), start the local server, and run until Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError, labelsFor, type Lang, type Progress, type ZoneSet } from '../core/index.js';
import type { Rules } from '../core/rules.js';
import type { CsvStyle } from '../io/index.js';
import { buildGraph, type GraphOptions } from '../graph/index.js';
import { checkOutputs, realTarget, releaseInput } from '../io/index.js';
import { planFromInput, readPlan } from '../load/index.js';
import { say, said, SERVE_LABELS, type Voice } from '../messages/index.js';
import { readVotes } from '../pluralism/index.js';
import { EditorApp, startEditorServer } from '../serve/index.js';

export interface ServeJob {
  zones: ZoneSet;
  rules: Rules;
  graph: GraphOptions;
  /** the plan to start from (none when undefined or when the file does not exist yet) */
  planFile?: string;
  /** where Save writes, and how the user named it (for the message when it is an input) */
  output: { path: string; option: string };
  compare?: { file: string; label?: string };
  votesFile?: string;
  prefer?: string;
  /** what the page and the terminal call the layer */
  title: string;
  seed: number;
  csv: CsvStyle;
  host: string;
  port: number;
  /** open the page in the default browser */
  open: boolean;
  lang: Lang;
  voice: Voice;
  progress?: Progress;
  out(text: string): void;
  warn(text: string): void;
}

export async function runServe(job: ServeJob): Promise<void> {
  const { zones, lang, out } = job;
  const t = labelsFor(SERVE_LABELS, lang);
  const graph = buildGraph(zones, { ...job.graph, progress: job.progress });
  job.progress?.done();
  const readOld = (file: string) => planFromInput(readPlan(file, zones), zones, { allowMissing: true });
  const plan = job.planFile === undefined || !existsSync(job.planFile) ? undefined : readOld(job.planFile);
  const app = new EditorApp({
    zones,
    graph,
    rules: job.rules,
    lang,
    plan,
    output: job.output.path,
    compare: job.compare === undefined ? undefined : { label: job.compare.label ?? basename(job.compare.file), plan: readOld(job.compare.file) },
    votes: job.votesFile !== undefined ? readVotes(job.votesFile, zones) : undefined,
    prefer: job.prefer !== undefined ? readOld(job.prefer) : undefined,
    title: job.title,
    seed: job.seed,
    csv: job.csv,
    // an autosave that cannot be written (then can again) is said in the terminal as it happens
    notify: (w) => job.warn(say(said('error.warning', { message: w }), job.voice) + '\n'),
  });
  // Save replaces the plan it started from, never another input (the zones, the votes, the old plan…)
  if (job.planFile !== undefined && realTarget(job.planFile) === realTarget(job.output.path)) releaseInput(job.planFile);
  checkOutputs([job.output]);
  for (const w of app.warnings) job.warn(say(said('error.warning', { message: w }), job.voice) + '\n');
  const { host, port } = job;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') job.warn(t('hostWarning', { host }) + '\n');
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
  if (app.restoredFrom) out(t('restored', { file: app.autosaveFile, when: app.restoredFrom }) + '\n');
  out(t('listening', { what: job.title, url: server.url, file: job.output.path }) + '\n');
  if (job.open) openBrowser(server.url);
  await stopped;
  out(t('stopped') + '\n');
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
