import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_DATA_DIR, DEMO_RULES } from '../../src/demo/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { loadZones } from '../../src/load/index.js';
import { planFromInput, readPlan } from '../../src/load/plan.js';
import { readVotes } from '../../src/pluralism/index.js';
import { EditorApp, startEditorServer, type EditorConfig, type RunningServer } from '../../src/serve/index.js';

export const demoZones = loadZones(join(DEMO_DATA_DIR, 'zones.geojson'));
/** the graph `decoupage serve` builds for the demo: --auto-link with the member threshold */
export const demoGraph = buildGraph(demoZones, { autoLink: true, minMembers: DEMO_RULES.minMembers });
export const depPlan = planFromInput(readPlan(join(DEMO_DATA_DIR, 'plan-departements.csv'), demoZones), demoZones);

/** The editor on the demo region, its plan saved into a fresh temporary folder. */
export function demoConfig(dir = mkdtempSync(join(tmpdir(), 'decoupage-serve-')), extra: Partial<EditorConfig> = {}): EditorConfig {
  return {
    zones: demoZones,
    graph: demoGraph,
    rules: DEMO_RULES,
    lang: 'en',
    plan: depPlan,
    output: join(dir, 'plan.csv'),
    compare: { label: 'départements', plan: depPlan },
    votes: readVotes(join(DEMO_DATA_DIR, 'votes.csv'), demoZones),
    ...extra,
  };
}

export async function startDemo(extra: Partial<EditorConfig> = {}, dir?: string): Promise<{ app: EditorApp; server: RunningServer; dir: string }> {
  const config = demoConfig(dir, extra);
  const app = new EditorApp(config);
  const server = await startEditorServer(app, { port: 0 });
  return { app, server, dir: join(config.output, '..') };
}

export interface Answer {
  status: number;
  type: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json(): any;
}

/** A raw HTTP request (fetch cannot set the Host header). */
export function raw(
  server: RunningServer,
  method: string,
  path: string,
  opts: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  return new Promise((ok, fail) => {
    // one connection per request (no keep-alive): a connection the server cut after an early answer (413) is never reused
    const req = request(
      { host: '127.0.0.1', port: server.port, method, path, agent: false, headers: { host: `127.0.0.1:${server.port}`, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('error', fail);
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), headers: res.headers, body, json: () => JSON.parse(body) });
        });
      },
    );
    req.on('error', fail);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** A POST as the page sends it (JSON body, the run's token). */
export function post(server: RunningServer, path: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<Answer> {
  return raw(server, 'POST', path, {
    headers: { 'content-type': 'application/json', 'x-decoupage-token': server.token, ...headers },
    body: JSON.stringify(body),
  });
}

export function get(server: RunningServer, path: string): Promise<Answer> {
  return raw(server, 'GET', path);
}

/** Poll a proposal job until it ends. */
export async function waitJob(server: RunningServer, id: string): Promise<any> {
  for (;;) {
    const s = (await get(server, `/api/jobs/${id}`)).json();
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 200));
  }
}
