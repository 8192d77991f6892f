/**
 * The editor's local web server (Node's http: a dozen routes do not need a framework). It serves the
 * page and its bundled files, and the JSON API of EditorApp, with the checks a local server holding
 * member data needs: it answers only requests whose Host header is the address it is bound to (DNS
 * rebinding), every state-changing request carries the per-run token of the page in a header (no
 * cross-site writes: a custom header cannot be sent cross-origin without a preflight, which is never
 * granted), bodies are JSON, size-limited and validated (400, state unchanged), and static files are
 * looked up by name inside one folder.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZodError, type ZodType } from 'zod';
import { isInputError } from '../core/errors.js';
import { jsonTooDeep, MAX_JSON_DEPTH } from '../io/read.js';
import { EditError } from '../session/index.js';
import type { EditorApp } from './editor.js';
import { JobBusyError } from './jobs.js';
import { auditBody, compareBody, describeZodError, emptyBody, moveBody, planBody, proposeBody, sectionBody } from './schemas.js';

/** The page's bundled files (built by `npm run build` into dist/serve/page/), the same from src/ and dist/. */
export const PAGE_DIR = fileURLToPath(new URL('../../dist/serve/page/', import.meta.url));

/** Largest request body accepted (a whole plan of 30,000 units is about 1 MB). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

export const TOKEN_HEADER = 'x-decoupage-token';

export interface ServeOptions {
  host?: string;
  /** 0: any free port */
  port?: number;
  pageDir?: string;
  /** the per-run token (default: 32 random bytes); tests may pass their own */
  token?: string;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** for a refused edit: its code and figures, so the page can word it in its language */
    readonly detail?: { code: string; params: Record<string, string | number> },
  ) {
    super(message);
  }
}

/** What the routes read: the app, the page's folder, the run's token, and the Host headers the server answers to. */
interface ServerContext {
  app: EditorApp;
  pageDir: string;
  token: string;
  /** set once the server listens: its address and port (and localhost on a loopback address) */
  allowedHosts: Set<string>;
}

export function startEditorServer(app: EditorApp, opts: ServeOptions = {}): Promise<RunningServer> {
  const ctx: ServerContext = {
    app,
    pageDir: resolve(opts.pageDir ?? PAGE_DIR),
    token: opts.token ?? randomBytes(32).toString('hex'),
    allowedHosts: new Set<string>(),
  };
  const server = createServer((req, res) => {
    handle(ctx, req, res).catch((e: unknown) => answerError(res, e));
  });
  return listen(server, ctx, opts.host ?? '127.0.0.1', opts.port ?? 0);
}

/** Listen, then answer only to the address listened on (DNS rebinding). */
function listen(server: Server, ctx: ServerContext, host: string, wanted: number): Promise<RunningServer> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(wanted, host, () => {
      const port = (server.address() as AddressInfo).port;
      const h = host.includes(':') ? `[${host}]` : host;
      ctx.allowedHosts = new Set([`${h}:${port}`.toLowerCase()]);
      if (host === '127.0.0.1' || host === '::1') ctx.allowedHosts.add(`localhost:${port}`);
      ok({
        url: `http://${h}:${port}/`,
        host,
        port,
        token: ctx.token,
        server,
        close: async () => {
          await ctx.app.close();
          server.closeAllConnections();
          await new Promise<void>((done) => server.close(() => done()));
        },
      });
    });
  });
}

/** A request that failed: its status and message as JSON (500 said in the terminal), or nothing to a client that went away. */
function answerError(res: ServerResponse, e: unknown): void {
  // a client that went away (closed mid-body, a reload): nobody to answer, nothing to say in the terminal
  if (!res.socket || res.socket.destroyed || (e as NodeJS.ErrnoException).code === 'ECONNRESET' || (e as Error).message === 'aborted')
    return void res.destroy();
  const status = e instanceof HttpError ? e.status : 500;
  if (status === 500) console.error(e);
  const detail = e instanceof HttpError ? e.detail : undefined;
  if (!res.headersSent) sendJson(res, status, { error: status === 500 ? 'internal error (see the terminal)' : (e as Error).message, ...detail });
  else res.end();
}

/** The checks every request passes (Host; for a POST its origin and the token), then its route. */
async function handle(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { allowedHosts } = ctx;
  // DNS rebinding: a page from another site that resolves its name to 127.0.0.1 sends its own Host
  if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) throw new HttpError(403, `unexpected Host header "${req.headers.host ?? ''}"`);
  const url = new URL(req.url ?? '/', 'http://local');
  const path = url.pathname;
  const method = req.method ?? 'GET';
  if (method === 'POST') {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, '').toLowerCase()))
      throw new HttpError(403, `requests from ${origin} are not allowed`);
    if (!sameToken(req.headers[TOKEN_HEADER], ctx.token)) throw new HttpError(403, `missing or wrong ${TOKEN_HEADER} header (reload the page)`);
    return post(ctx.app, path, req, res);
  }
  if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `method ${method} is not allowed`);
  return get(ctx, path, res);
}

/** The GET routes: the page, its files, the API's reads, the audit's page, the downloads. */
function get(ctx: ServerContext, path: string, res: ServerResponse): void {
  const { app } = ctx;
  if (path === '/' || path === '/index.html') return sendPage(ctx, res);
  if (path.startsWith('/assets/')) return sendStatic(ctx.pageDir, res, path.slice('/assets/'.length));
  if (path === '/api/state') return sendJson(res, 200, app.state());
  if (path === '/api/topology') return send(res, 200, 'application/json', app.topology());
  if (path === '/api/check') return sendJson(res, 200, app.check());
  if (path === '/api/autosave') return sendJson(res, 200, app.autosaveState());
  if (path === '/api/compare') return sendJson(res, 200, app.compare());
  const audit = /^\/api\/audit\/(\d+)(\/report)?$/.exec(path);
  if (audit && !audit[2]) return sendJson(res, 200, found(app.auditStatus(audit[1]!), `no audit ${audit[1]}`));
  if (audit) {
    // the audit's page (inline styles and SVG, no script), shown in a new tab
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'");
    return send(res, 200, TYPES['.html'], found(app.auditReport(audit[1]!), `the audit ${audit[1]} is not done`));
  }
  const job = /^\/api\/jobs\/(\d+)$/.exec(path);
  if (job) return sendJson(res, 200, found(app.job(job[1]), `no job ${job[1]}`));
  const dl = /^\/api\/export\/([\w.-]+)$/.exec(path);
  if (dl) {
    const d = found(app.download(dl[1]), `nothing to download as "${dl[1]}" (plan.csv, sections.geojson, report.html, map.png)`);
    res.setHeader('Content-Disposition', `attachment; filename="${d.name}"`);
    return send(res, 200, d.type, d.data);
  }
  throw new HttpError(404, `no such page: ${path}`);
}

/** The POST routes: the edits, saving, the jobs (propose, audit) and their cancelling; a refused edit is a 400 with its code. */
async function post(app: EditorApp, path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const raw = await readBody(req);
  const body = <T>(schema: ZodType<T>): T => parsed(schema, raw, path);
  try {
    if (path === '/api/move') return sendJson(res, 200, app.move(body(moveBody)));
    if (path === '/api/undo') return (body(emptyBody), sendJson(res, 200, app.undo()));
    if (path === '/api/redo') return (body(emptyBody), sendJson(res, 200, app.redo()));
    if (path === '/api/sections') return sendJson(res, 200, app.section(body(sectionBody)));
    if (path === '/api/plan') return sendJson(res, 200, app.setPlan(body(planBody)));
    if (path === '/api/save') return (body(emptyBody), sendJson(res, 200, app.save()));
    if (path === '/api/propose') return sendJson(res, 202, app.propose(body(proposeBody)));
    if (path === '/api/audit') return sendJson(res, 202, app.audit(body(auditBody)));
    if (path === '/api/compare') return sendJson(res, 200, app.compareWith(body(compareBody)));
    const cancel = /^\/api\/jobs\/(\d+)\/cancel$/.exec(path);
    if (cancel) return (body(emptyBody), sendJson(res, 200, found(app.cancelJob(cancel[1]), `no job ${cancel[1]}`)));
    const stopAudit = /^\/api\/audit\/(\d+)\/cancel$/.exec(path);
    if (stopAudit) return (body(emptyBody), sendJson(res, 200, found(app.cancelAudit(stopAudit[1]!), `no audit ${stopAudit[1]}`)));
  } catch (e) {
    throw asHttpError(e, app);
  }
  throw new HttpError(404, `no such API: POST ${path}`);
}

/** A body read as its schema says, or a 400 naming what is wrong. */
function parsed<T>(schema: ZodType<T>, raw: unknown, path: string): T {
  try {
    return schema.parse(raw);
  } catch (e) {
    if (e instanceof ZodError) throw new HttpError(400, `bad request to ${path}: ${describeZodError(e)}`);
    throw e;
  }
}

/** What the app refuses, as HTTP says it: a refused edit or bad input 400, a busy job 409; anything else as it is. */
function asHttpError(e: unknown, app: EditorApp): unknown {
  if (e instanceof EditError) return new HttpError(400, e.message, { code: e.code, params: e.params });
  if (isInputError(e)) return new HttpError(400, e.sayIn(app.config.lang));
  if (e instanceof JobBusyError) return new HttpError(409, e.message);
  return e;
}

/** The page, with the run's token and the language, under a strict Content-Security-Policy. */
function sendPage({ app, pageDir, token }: ServerContext, res: ServerResponse): void {
  const file = join(pageDir, 'index.html');
  if (!existsSync(file)) throw new HttpError(500, `the page is not built (${file} is missing): run npm run build`);
  const html = readFileSync(file, 'utf8')
    .replace('%TOKEN%', token)
    .replace(/%LANG%/g, app.config.lang);
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  );
  send(res, 200, TYPES['.html'], html);
}

function sendStatic(pageDir: string, res: ServerResponse, name: string): void {
  // one folder, plain names only: no "..", no slashes, no hidden files
  if (!/^[\w-]+(\.[\w-]+)+$/.test(name)) throw new HttpError(404, 'no such file');
  const file = resolve(pageDir, name);
  if (!file.startsWith(pageDir + sep) || !existsSync(file) || !statSync(file).isFile() || !(extname(file) in TYPES)) throw new HttpError(404, 'no such file');
  send(res, 200, TYPES[extname(file)], readFileSync(file));
}

/** Constant-time comparison of the request's token with the run's. */
function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function found<T>(x: T | undefined, message: string): T {
  if (x === undefined) throw new HttpError(404, message);
  return x;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'the body must be JSON (Content-Type: application/json)');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, `the body is larger than ${MAX_BODY_BYTES} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `the body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (jsonTooDeep(text) !== undefined) throw new HttpError(400, `the body is nested more than ${MAX_JSON_DEPTH} levels deep`);
  try {
    return text.trim() === '' ? {} : (JSON.parse(text) as unknown);
  } catch {
    throw new HttpError(400, 'the body is not valid JSON');
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function send(res: ServerResponse, status: number, type: string, data: string | Uint8Array): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
  res.end(data);
}
