import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/index.js';
import { DEMO_RULES } from '../../src/demo/index.js';
import { csvStyleFor } from '../../src/io/index.js';
import { planFromInput, readPlan } from '../../src/load/plan.js';
import { matchPlans } from '../../src/propose/prefer.js';
import { EditorApp, MAX_BODY_BYTES, type RunningServer } from '../../src/serve/index.js';
import { checkAnswer, compareAnswer, jobAnswer, saveAnswer, stateAnswer, updateAnswer } from '../../src/serve/schemas.js';
import { demoConfig, demoGraph, demoZones, depPlan, get, post, raw, startDemo, waitJob } from './support.js';

/** plan.csv as every CSV output of decoupage writes it (src/load/plan.ts planToCsv). */
const PLAN_HEADER = '\uFEFFzone,zone_name,section,section_name';

/** A zone of `from` touching a zone of another section, and that section. */
function borderMove(plan: Map<string, string>): { zone: string; from: string; to: string } {
  for (let i = 0; i < demoGraph.ids.length; i++) {
    const from = plan.get(demoGraph.ids[i])!;
    for (const j of demoGraph.neighbors[i]) {
      const to = plan.get(demoGraph.ids[j])!;
      if (to !== from) return { zone: demoGraph.ids[i], from, to };
    }
  }
  throw new Error('no border zone');
}

describe('editor API', () => {
  let server: RunningServer;
  let app: EditorApp;
  let dir: string;
  beforeAll(async () => {
    ({ server, app, dir } = await startDemo());
  });
  afterAll(async () => {
    await server.close();
  });

  const version = async () => (await get(server, '/api/state')).json().version as number;

  it('serves the page with its token, a strict CSP and the bundled assets', async () => {
    const page = await get(server, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="decoupage-token" content="${server.token}">`);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'.*script-src 'self'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const js = await get(server, '/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.type).toMatch(/javascript/);
    expect(js.body).not.toMatch(/https?:\/\/(cdn|unpkg|tile)/); // nothing fetched from the network
    expect((await get(server, '/assets/app.css')).status).toBe(200);
  });

  it('never serves a file outside its folder', async () => {
    for (const p of [
      '/assets/../../package.json',
      '/assets/%2e%2e%2fpackage.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/.hidden',
      '/assets/',
      '/package.json',
      '/assets/index.html.map',
    ]) {
      const r = await get(server, p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('"name": "decoupage"');
    }
  });

  it('refuses a Host header that is not its own (DNS rebinding)', async () => {
    for (const host of ['evil.example:80', `attacker.test:${server.port}`, `127.0.0.1:${server.port + 1}`]) {
      const r = await raw(server, 'GET', '/api/state', { headers: { host } });
      expect(r.status, host).toBe(403);
      expect(r.json().error).toMatch(/Host/);
    }
    expect((await raw(server, 'GET', '/api/state', { headers: { host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('refuses state changes without the token, with a wrong one or from another origin, and changes nothing', async () => {
    const v = await version();
    const { zone, to } = borderMove(app.session.plan());
    const body = JSON.stringify({ zones: [zone], section: to });
    const noToken = await raw(server, 'POST', '/api/move', { headers: { 'content-type': 'application/json' }, body });
    expect(noToken.status).toBe(403);
    expect(noToken.json().error).toMatch(/token/);
    expect((await post(server, '/api/move', { zones: [zone], section: to }, { 'x-decoupage-token': 'x'.repeat(64) })).status).toBe(403);
    expect((await post(server, '/api/move', { zones: [zone], section: to }, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await post(server, '/api/save', {}, { 'x-decoupage-token': '' })).status).toBe(403);
    expect(await version()).toBe(v);
    expect(app.session.sectionOf(zone)).not.toBe(to);
  });

  it('refuses bad bodies with 400 (or 413/415) and a message naming the field, state unchanged', async () => {
    const v = await version();
    const before = JSON.stringify(app.session.sections());
    const bad: [string, unknown, RegExp][] = [
      ['/api/move', { zones: 'Z01', section: 'x' }, /field "zones"/],
      ['/api/move', { zones: [], section: 'x' }, /field "zones"/],
      ['/api/move', { zones: ['Z01'] }, /field "section"/],
      ['/api/move', { zones: ['Z01'], section: 'x', extra: 1 }, /extra/],
      ['/api/move', { zones: ['NOPE'], section: [...depPlan.values()][0] }, /zone "NOPE"/],
      ['/api/move', { zones: ['Z01'], section: 'no such section' }, /no section "no such section"/],
      ['/api/sections', { op: 'explode', id: 'x' }, /field "op"/],
      ['/api/sections', { op: 'rename', id: [...depPlan.values()][0], to: '' }, /field "to"/],
      ['/api/sections', { op: 'merge', into: 'a', from: 'b' }, /no section/],
      ['/api/plan', { plan: { Z01: 5 } }, /field "plan.Z01"/],
      ['/api/plan', { plan: { NOPE: 'A' } }, /zone "NOPE"/],
      ['/api/propose', { mode: 'everything' }, /field "mode"/],
      ['/api/undo', { now: true }, /now/],
    ];
    for (const [path, body, msg] of bad) {
      const r = await post(server, path, body);
      expect(r.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(r.json().error).toMatch(msg);
    }
    const taken = (await post(server, '/api/sections', { op: 'new', id: [...depPlan.values()][0] })).json();
    expect(taken).toMatchObject({ code: 'nameTaken', params: { section: [...depPlan.values()][0] } });
    const notJson = await raw(server, 'POST', '/api/move', {
      headers: { 'content-type': 'application/json', 'x-decoupage-token': server.token },
      body: '{"zones": [',
    });
    expect(notJson.status).toBe(400);
    expect(notJson.json().error).toMatch(/not valid JSON/);
    const text = await raw(server, 'POST', '/api/move', { headers: { 'content-type': 'text/plain', 'x-decoupage-token': server.token }, body: '{}' });
    expect(text.status).toBe(415);
    const huge = await raw(server, 'POST', '/api/plan', {
      headers: { 'content-type': 'application/json', 'x-decoupage-token': server.token },
      body: Buffer.alloc(MAX_BODY_BYTES + 10, 32),
    });
    expect(huge.status).toBe(413);
    expect((await raw(server, 'DELETE', '/api/state')).status).toBe(405);
    expect((await get(server, '/api/nothing')).status).toBe(404);
    expect((await post(server, '/api/nothing')).status).toBe(404);
    expect(await version()).toBe(v);
    expect(JSON.stringify(app.session.sections())).toBe(before);
  });

  it('GET /api/state and /api/topology give the zones, the plan, figures and the shared arcs', async () => {
    const s = (await get(server, '/api/state')).json();
    // the answer is what the page's types say it is (the schemas both sides share)
    expect(stateAnswer.strict().safeParse(s).error).toBeUndefined();
    expect(compareAnswer.strict().safeParse((await get(server, '/api/compare')).json()).error).toBeUndefined();
    expect(checkAnswer.strict().safeParse((await get(server, '/api/check')).json()).error).toBeUndefined();
    expect(s.zones).toHaveLength(demoZones.zones.length);
    expect(s.assignment).toEqual(demoZones.zones.map((z) => depPlan.get(z.id)));
    expect(s.sections.map((x: { id: string }) => x.id)).toEqual([...new Set(depPlan.values())].sort());
    expect(s.verdict.ok).toBe(checkPlan(demoZones, demoGraph, depPlan, DEMO_RULES).ok);
    expect(s.compare.label).toBe('départements');
    const t = (await get(server, '/api/topology')).json();
    expect(t.type).toBe('Topology');
    expect(t.objects.zones.geometries).toHaveLength(demoZones.zones.length);
  });

  it('move, undo and redo update the two sections and agree with GET /api/check', async () => {
    const plan = app.session.plan();
    const { zone, from, to } = borderMove(plan);
    const members = demoZones.byId.get(zone)!.members;
    const before = new Map(app.session.sections().map((s) => [s.id, s.members]));
    const r = await post(server, '/api/move', { zones: [zone], section: to });
    expect(r.status).toBe(200);
    const u = r.json();
    expect(updateAnswer.strict().safeParse(u).error).toBeUndefined();
    expect(u.changes).toEqual({ [zone]: to });
    const after = new Map(u.sections.map((s: { id: string; members: number }) => [s.id, s.members]));
    expect(after.get(from)).toBe(before.get(from)! - members);
    expect(after.get(to)).toBe(before.get(to)! + members);
    const check = (await get(server, '/api/check')).json();
    expect(check.report.ok).toBe(u.verdict.ok);
    expect(check.report.sections.find((s: { id: string }) => s.id === to).members).toBe(after.get(to));
    expect(check.text).toMatch(/Verdict|verdict|compliant/i);
    const undo = (await post(server, '/api/undo')).json();
    expect(undo.changes).toEqual({ [zone]: from });
    expect(undo.canRedo).toBe(true);
    const redo = (await post(server, '/api/redo')).json();
    expect(redo.changes).toEqual({ [zone]: to });
    await post(server, '/api/undo');
    expect(app.session.plan()).toEqual(plan);
  });

  it('POST /api/sections creates, renames, locks, merges and deletes sections', async () => {
    const created = (await post(server, '/api/sections', { op: 'new', id: 'Nouvelle <i>"section"</i>' })).json();
    expect(created.sections.find((s: { id: string }) => s.id === 'Nouvelle <i>"section"</i>')).toMatchObject({ zones: 0, members: 0 });
    expect((await post(server, '/api/sections', { op: 'rename', id: 'Nouvelle <i>"section"</i>', to: 'N2' })).status).toBe(200);
    expect((await post(server, '/api/sections', { op: 'delete', id: 'N2' })).json().sections.some((s: { id: string }) => s.id === 'N2')).toBe(false);
    const [a, b] = app.session.sections().map((s) => s.id);
    expect((await post(server, '/api/sections', { op: 'lock', id: a, locked: true })).json().sections[0].locked).toBe(true);
    const refused = await post(server, '/api/sections', { op: 'merge', into: a, from: b });
    expect(refused.status).toBe(400);
    expect(refused.json().error).toMatch(/locked/);
    await post(server, '/api/sections', { op: 'lock', id: a, locked: false });
    const merged = (await post(server, '/api/sections', { op: 'merge', into: a, from: b })).json();
    expect(merged.sections.some((s: { id: string }) => s.id === b)).toBe(false);
    for (let k = 0; k < 6; k++) await post(server, '/api/undo');
    expect(app.session.plan()).toEqual(depPlan);
  });

  it('POST /api/plan replaces the plan in one undoable step', async () => {
    const one = Object.fromEntries(demoZones.zones.map((z) => [z.id, 'Tout']));
    const r = (await post(server, '/api/plan', { plan: one })).json();
    expect(r.sections.map((s: { id: string }) => s.id)).toEqual(['Tout']);
    expect(r.verdict.ok).toBe(true); // one section of 398,357 members meets every rule
    await post(server, '/api/undo');
    expect(app.session.plan()).toEqual(depPlan);
  });

  it('saves plan.csv atomically where it was told, autosaves beside it, and a restart restores the edits', async () => {
    const { zone, to } = borderMove(app.session.plan());
    await post(server, '/api/move', { zones: [zone], section: to });
    await expect.poll(() => existsSync(join(dir, 'plan.csv.autosave.json'))).toBe(true); // written a moment after the edit
    const saved = (await post(server, '/api/save')).json();
    expect(saveAnswer.strict().safeParse(saved).error).toBeUndefined();
    expect(saved.file).toBe(join(dir, 'plan.csv'));
    const back = planFromInput(readPlan(saved.file, demoZones), demoZones);
    expect(back).toEqual(app.session.plan());
    // like every CSV output: a BOM for Excel, the zone and section names next to the codes
    expect(readFileSync(saved.file, 'utf8').split('\n')[0]).toBe(PLAN_HEADER);
    // one more edit, not saved: a new editor on the same files starts from the autosave
    const m2 = borderMove(app.session.plan());
    await post(server, '/api/move', { zones: [m2.zone], section: m2.to });
    app.flushAutosave();
    const again = new EditorApp(demoConfig(dir));
    expect(again.restoredFrom).toBeTruthy();
    expect(again.session.plan()).toEqual(app.session.plan());
    expect(again.state().dirty).toBe(true);
    await again.close();
  });

  it('GET /api/compare compares with the old plan and the saved file, listing the changed zones', async () => {
    const c = (await get(server, '/api/compare')).json();
    expect(c.plans.map((p: { label: string }) => p.label)).toEqual(['current', 'départements', 'plan.csv']);
    expect(c.plans[1].sections).toBe(new Set(depPlan.values()).size);
    const m = matchPlans(demoZones, app.session.plan(), depPlan);
    expect(c.changes[0].zones.map((z: { id: string }) => z.id)).toEqual(m.changedZones);
    expect(c.changes[0].zones.length).toBeGreaterThan(0);
    expect(c.changes[0].keptShare).toBeCloseTo(m.keptShare, 10);
  });

  it('saves plan.csv in the CSV style of the other commands (";" with --lang fr), and reads it back', () => {
    const fr = new EditorApp(demoConfig(undefined, { lang: 'fr', csv: csvStyleFor('fr') }));
    const { file } = fr.save();
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('\uFEFFzone;zone_name;section;section_name');
    expect(planFromInput(readPlan(file, demoZones), demoZones)).toEqual(depPlan);
    // saved twice: the editor replaces its own file (it read it back to compare in between)
    expect(fr.compare().plans).toHaveLength(3);
    expect(() => fr.save()).not.toThrow();
  });

  it('downloads plan.csv, the sections GeoJSON, the HTML report and the PNG map', async () => {
    const csv = await get(server, '/api/export/plan.csv');
    expect(csv.body.split('\n')[0]).toBe(PLAN_HEADER);
    const geo = (await get(server, '/api/export/sections.geojson')).json();
    expect(geo.features).toHaveLength(app.session.verdict().sections);
    const html = await get(server, '/api/export/report.html');
    expect(html.body).toContain('<svg');
    const png = await new Promise<Buffer>((ok) => {
      void import('node:http').then(({ request }) => {
        const req = request({ host: '127.0.0.1', port: server.port, path: '/api/export/map.png', headers: { host: `127.0.0.1:${server.port}` } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => ok(Buffer.concat(chunks)));
        });
        req.end();
      });
    });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect((await get(server, '/api/export/secrets.txt')).status).toBe(404);
  });

  it('runs Propose in a worker with progress polling, applies it as one undoable step, and refuses a second job', async () => {
    const start = await post(server, '/api/propose', { mode: 'propose' });
    expect(start.status).toBe(202);
    const busy = await post(server, '/api/propose', { mode: 'propose' });
    expect(busy.status).toBe(409);
    const done = await waitJob(server, start.json().id);
    expect(done.error ?? done.state).toBe('done');
    expect(jobAnswer.strict().safeParse(done).error).toBeUndefined();
    expect(done.result.sections).toBeGreaterThan(4);
    const s = (await get(server, '/api/state')).json();
    expect(s.verdict.ok).toBe(true);
    expect(s.verdict.sections).toBe(done.result.sections);
    expect(checkPlan(demoZones, demoGraph, app.session.plan(), DEMO_RULES).ok).toBe(true);
    await post(server, '/api/undo');
    expect(app.session.verdict().ok).toBe(false);
  });

  it('Complete keeps the locked sections as they are; Propose refuses while sections are locked; a job can be cancelled', async () => {
    const keep = app.session.sections().find((s) => s.ok)!;
    const zonesBefore = [...app.session.plan()].filter(([, s]) => s === keep.id).map(([z]) => z);
    await post(server, '/api/sections', { op: 'lock', id: keep.id, locked: true });
    const refused = await post(server, '/api/propose', { mode: 'propose' });
    expect(refused.status).toBe(400);
    expect(refused.json().error).toMatch(/Complete/);
    const job = (await post(server, '/api/propose', { mode: 'complete' })).json();
    const done = await waitJob(server, job.id);
    expect(done.error ?? done.state).toBe('done');
    const plan = app.session.plan();
    expect([...plan].filter(([, s]) => s === keep.id).map(([z]) => z)).toEqual(zonesBefore);
    expect(app.session.verdict().ok).toBe(true);
    expect(app.session.lockedSections()).toEqual([keep.id]);

    const again = (await post(server, '/api/propose', { mode: 'complete', seed: 3 })).json();
    const cancelled = (await post(server, `/api/jobs/${again.id}/cancel`)).json();
    expect(cancelled.state).toBe('cancelled');
    expect(app.session.plan()).toEqual(plan);
    expect((await get(server, '/api/jobs/999')).status).toBe(404);
    expect((await post(server, '/api/jobs/999/cancel')).status).toBe(404);
  });
});
