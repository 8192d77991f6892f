// Issue 19, "make the class impossible": the editor's HTTP API in the fuzz suite, as the CLI is in fuzz.test.ts.
// An in-process server on an ephemeral port (the demo region); random and hostile bodies on every route that
// changes something. Whatever the body: an answer in {200, 202, 400, 403, 404, 409, 413, 415}, never 500 and
// never a stack trace in the terminal; a refusal is JSON {"error": …}; the server still answers afterwards and
// its plan stays a plan (every zone in a listed section or none, section names unique and normalised).
// FUZZ_RUNS sets the number of cases per route (npm test: 25; npm run fuzz: 400).
import fc from 'fast-check';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { normaliseSectionName } from '../../src/load/plan-schema.js';
import type { EditorApp, RunningServer } from '../../src/serve/index.js';
import { demoZones, get, post, raw, startDemo } from '../serve/support.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS !== undefined ? Date.now() % 2 ** 31 : 20261219;
const OK = [200, 202, 400, 403, 404, 409, 413, 415];

const zoneIds = demoZones.zones.map((z) => z.id);
/** Strings a hostile client would send for a zone or a section. */
const nasty = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    ' TRIM',
    'TRIM',
    'TRIM ',
    'H\u00e9rault',
    'He\u0301rault',
    '',
    ' ',
    '\u0000',
    '\n',
    '<script>alert(1)</script>',
    '=cmd|',
    'x'.repeat(101),
    'x'.repeat(5000),
    '\uFFFD',
    '\uD800',
  ),
  fc.constantFrom(...zoneIds),
  fc.string({ maxLength: 12 }),
);
const anyValue = fc.oneof(nasty, fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, 5, -1, 1e308, true, [], {}, [[]], [5, 6]));
/** An object whose keys may be prototype names (built with defineProperty: an own "__proto__" key, as JSON.parse makes). */
const nastyObject = fc.array(fc.tuple(nasty, anyValue), { maxLength: 6 }).map((pairs) => {
  const o: Record<string, unknown> = {};
  for (const [k, v] of pairs) Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
  return o;
});

/** Each route with bodies that are near its schema (so they reach past the first check) and far from it. */
const ROUTES: [string, fc.Arbitrary<unknown>][] = [
  [
    '/api/move',
    fc.oneof(
      fc.record({ zones: fc.array(nasty, { maxLength: 4 }), section: fc.oneof(nasty, fc.constant(null)) }),
      fc.record({ zones: anyValue, section: anyValue }),
      anyValue,
    ),
  ],
  [
    '/api/sections',
    fc.oneof(
      fc.record({ op: fc.constantFrom('new', 'rename', 'merge', 'lock', 'delete', 'explode'), id: nasty, to: nasty }),
      fc.record({ op: fc.constant('new'), id: nasty }),
      fc.record({ op: fc.constant('rename'), id: nasty, to: nasty }),
      fc.record({ op: fc.constant('merge'), into: nasty, from: nasty }),
      fc.record({ op: fc.constant('lock'), id: nasty, locked: anyValue }),
      nastyObject,
    ),
  ],
  [
    '/api/plan',
    fc.oneof(
      fc.record({ plan: nastyObject }),
      fc.record({ plan: nastyObject, locked: fc.array(nasty, { maxLength: 3 }) }),
      // spellings of one name, and prototype names among real zones
      fc.record({
        plan: fc
          .array(fc.tuple(fc.constantFrom(...zoneIds, '__proto__', 'constructor'), fc.constantFrom(' TRIM', 'TRIM', 'H\u00e9rault', 'He\u0301rault', 'A')), {
            minLength: 1,
            maxLength: 6,
          })
          .map((pairs) => {
            const o: Record<string, string> = {};
            for (const [k, v] of pairs) Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
            return o;
          }),
      }),
      nastyObject,
      anyValue,
    ),
  ],
  ['/api/undo', fc.oneof(fc.constant({}), nastyObject)],
  ['/api/redo', fc.oneof(fc.constant({}), nastyObject)],
  [
    '/api/compare',
    fc.oneof(
      fc.record({
        label: nasty,
        text: fc.oneof(
          fc
            .array(fc.tuple(fc.constantFrom(...zoneIds, '__proto__'), nasty), { maxLength: 5 })
            .map((rows) => `zone,section\n${rows.map(([z, s]) => `${z},"${s}"`).join('\n')}`),
          fc.string({ maxLength: 200 }),
          fc.constantFrom('{"__proto__":"A"}', '[[[[[[[[[[[[', '{"a":1}', 'zone,section\n'),
        ),
      }),
      anyValue,
    ),
  ],
];

describe('fuzz: hostile bodies through the editor’s HTTP API (in-process server)', () => {
  let server: RunningServer;
  let app: EditorApp;
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  beforeAll(async () => {
    ({ server, app } = await startDemo());
  });
  afterAll(async () => {
    await server.close();
    errors.mockRestore();
  });

  /** The server answers, and its plan is a plan. */
  async function stillSound(context: string): Promise<void> {
    const state = await get(server, '/api/state');
    expect(state.status, context).toBe(200);
    const s = state.json();
    const ids = s.sections.map((x: { id: string }) => x.id) as string[];
    expect(new Set(ids).size, context).toBe(ids.length);
    for (const id of ids) expect(id, context).toBe(normaliseSectionName(id));
    for (const a of s.assignment as (string | null)[]) if (a !== null) expect(ids, context).toContain(a);
    expect(errors, context).not.toHaveBeenCalled();
  }

  for (const [route, bodies] of ROUTES) {
    it(`POST ${route}: a clean answer, never 500, the plan still a plan`, async () => {
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => {
          const text = JSON.stringify(body) ?? 'null';
          const r = await raw(server, 'POST', route, { headers: { 'content-type': 'application/json', 'x-decoupage-token': server.token }, body: text });
          const context = `POST ${route} ${text.slice(0, 300)} → ${r.status} ${r.body.slice(0, 300)}`;
          expect(OK, context).toContain(r.status);
          if (r.status >= 400) expect(typeof r.json().error, context).toBe('string');
          expect(r.body, context).not.toMatch(/\n\s+at |internal error/);
          await stillSound(context);
          if (route === '/api/plan' && r.status === 200) {
            // a plan taken is the plan sent: every zone in its section, none dropped
            const sent = Object.entries((JSON.parse(text) as { plan: Record<string, string> }).plan);
            const state = (await get(server, '/api/state')).json();
            for (const [zone, section] of sent) expect(state.assignment[zoneIds.indexOf(zone)], context).toBe(normaliseSectionName(section));
            expect(state.assignment.filter((a: string | null) => a !== null).length, context).toBe(sent.length);
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    });
  }

  it('damaged requests: not JSON, wrong type, no token, another Host, too large, a client gone mid-body', async () => {
    const cases = fc.oneof(
      fc.record({ kind: fc.constant('text' as const), body: fc.string({ maxLength: 100 }) }),
      fc.record({ kind: fc.constant('type' as const), type: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', '', 'application/jsonx') }),
      fc.record({ kind: fc.constant('token' as const), token: fc.constantFrom('', 'x', server?.token?.slice(1) ?? 'y') }),
      fc.record({ kind: fc.constant('host' as const), host: fc.constantFrom('evil.example', 'localhost', '127.0.0.1:1') }),
      fc.record({ kind: fc.constant('large' as const) }),
      fc.record({ kind: fc.constant('gone' as const), sent: fc.nat({ max: 40 }) }),
      fc.record({
        kind: fc.constant('path' as const),
        path: fc.constantFrom('/api/nope', '/api/jobs/x/cancel', '/api/jobs/99/cancel', '/api/../api/plan', '/%00'),
      }),
    );
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        const headers: Record<string, string> = { 'content-type': 'application/json', 'x-decoupage-token': server.token };
        let path = '/api/plan';
        let body: string | Buffer = '{}';
        if (c.kind === 'text') body = c.body;
        if (c.kind === 'type') headers['content-type'] = c.type;
        if (c.kind === 'token') headers['x-decoupage-token'] = c.token;
        if (c.kind === 'host') headers.host = c.host;
        if (c.kind === 'large') body = Buffer.alloc(5 * 1024 * 1024, 0x20);
        if (c.kind === 'path') path = c.path;
        if (c.kind === 'gone') {
          // the headers promise a body; part of it comes, then the client goes away
          await new Promise<void>((done) => {
            const s = connect(server.port, '127.0.0.1', () => {
              const part = '{"plan":{"' + 'x'.repeat(c.sent);
              s.write(
                `POST /api/plan HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nX-Decoupage-Token: ${server.token}\r\nContent-Length: 1000\r\n\r\n${part}`,
              );
              setTimeout(() => (s.destroy(), setTimeout(done, 20)), 20);
            });
          });
          return stillSound(JSON.stringify(c));
        }
        // a body over the limit is refused before it is all read: the answer is 413, or the connection is cut
        const r = await raw(server, 'POST', path, { headers, body }).catch((e: NodeJS.ErrnoException) => {
          if (c.kind === 'large' && (e.code === 'ECONNRESET' || e.code === 'EPIPE')) return undefined;
          throw e;
        });
        const context = `${JSON.stringify(c).slice(0, 200)} → ${r?.status} ${r?.body.slice(0, 200)}`;
        if (r) expect(OK, context).toContain(r.status);
        await stillSound(context);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(app.session.version).toBeGreaterThanOrEqual(0);
  });
});
