// Issue 19, rows 1–5: the editor's server under a dead disk, a damaged autosave, prototype keys, colliding
// section names and a client that goes away mid-body. In-process server on an ephemeral port.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { say } from '../../src/messages/index.js';
import { EditorApp, type RunningServer } from '../../src/serve/index.js';
import { demoConfig, demoGraph, demoZones, depPlan, get, post, startDemo } from './support.js';

const running: RunningServer[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  while (running.length) await running.pop()!.close();
});

/** A zone touching a zone of another section, and that section. */
function borderMove(plan: ReadonlyMap<string, string>): { zone: string; to: string } {
  for (let i = 0; i < demoGraph.ids.length; i++) {
    const from = plan.get(demoGraph.ids[i]);
    for (const j of demoGraph.neighbors[i]) {
      const to = plan.get(demoGraph.ids[j]);
      if (to !== undefined && to !== from) return { zone: demoGraph.ids[i], to };
    }
  }
  throw new Error('no border zone');
}

/** Kill the folder's disk as root can't be stopped by permissions: the folder becomes a file. */
function killFolder(dir: string): () => void {
  const aside = `${dir}.alive`;
  renameSync(dir, aside);
  writeFileSync(dir, 'not a folder');
  return () => {
    rmSync(dir);
    renameSync(aside, dir);
  };
}

describe('row 1: the autosave cannot be written', () => {
  it('the server keeps running with the plan in memory, says why, retries, and saves once the disk is back', async () => {
    const { app, server, dir } = await startDemo({ autosaveRetryMs: 100 });
    running.push(server);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const revive = killFolder(dir);
    try {
      const m = borderMove(app.session.plan());
      expect((await post(server, '/api/move', { zones: [m.zone], section: m.to })).status).toBe(200);
      // the autosave fails (its folder is a file now): said to the page, the server still answers
      await expect.poll(async () => (await get(server, '/api/autosave')).json().ok, { timeout: 5000 }).toBe(false);
      const status = (await get(server, '/api/autosave')).json();
      expect(status.reason).toMatch(/a file is in the way where a folder is needed/);
      expect((await get(server, '/api/state')).json().assignment[demoZones.zones.findIndex((z) => z.id === m.zone)]).toBe(m.to);
      // a second edit while the disk is dead is kept too
      const m2 = borderMove(app.session.plan());
      expect((await post(server, '/api/move', { zones: [m2.zone], section: m2.to })).status).toBe(200);
      // Export still works (in memory); Save to the dead folder is refused with a reason, not a crash
      expect((await get(server, '/api/export/plan.csv')).status).toBe(200);
      const save = await post(server, '/api/save');
      expect(save.status).toBe(400);
      expect(save.json().error).toMatch(/plan\.csv/);
    } finally {
      revive();
    }
    // the disk is back: the retry writes the edits
    await expect.poll(async () => (await get(server, '/api/autosave')).json().ok, { timeout: 5000 }).toBe(true);
    const saved = JSON.parse(readFileSync(join(dir, 'plan.csv.autosave.json'), 'utf8'));
    expect(new Map(saved.plan)).toEqual(app.session.plan());
    expect(errors).not.toHaveBeenCalled();
  });

  it('the page is told in French too', async () => {
    const { server, dir } = await startDemo({ lang: 'fr', autosaveRetryMs: 100 });
    running.push(server);
    const revive = killFolder(dir);
    try {
      const m = borderMove(depPlan);
      await post(server, '/api/move', { zones: [m.zone], section: m.to });
      await expect.poll(async () => (await get(server, '/api/autosave')).json().ok, { timeout: 5000 }).toBe(false);
      expect((await get(server, '/api/autosave')).json().message).toMatch(/^non enregistré : /);
    } finally {
      revive();
    }
  });
});

describe('row 2: a damaged autosave', () => {
  for (const [what, content] of [
    ['plan is an array of numbers', { plan: [5, 6] }],
    ['a section null', { plan: [['z01', null]] }],
    ['a section 5', { plan: [['z01', 5]] }],
    ['a section {"a":1}', { plan: [['z01', { a: 1 }]] }],
    ['not JSON', 'not json {'],
  ] as const) {
    it(`${what}: set aside (renamed), said in the terminal and the page, the session starts from the plan file`, async () => {
      const cfg = demoConfig();
      const dir = join(cfg.output, '..');
      const file = join(dir, 'plan.csv.autosave.json');
      const body =
        typeof content === 'string'
          ? content
          : JSON.stringify({
              format: 'decoupage-editor-autosave',
              zonesFile: 'zones.geojson',
              zoneCount: 40,
              savedAt: 'x',
              dirty: true,
              locked: [],
              ...content,
            }).replace('z01', demoZones.zones[0].id);
      writeFileSync(file, body);
      const app = new EditorApp(cfg);
      expect(app.restoredFrom).toBeUndefined();
      expect(app.session.plan()).toEqual(depPlan);
      expect(existsSync(file)).toBe(false);
      const aside = readdirSync(dir).filter((f) => f.startsWith('plan.csv.autosave.json.damaged'));
      expect(aside).toHaveLength(1);
      expect(readFileSync(join(dir, aside[0]), 'utf8')).toBe(body);
      expect(say(app.warnings[0], 'en')).toContain(aside[0]);
      expect(app.state().autosaveSetAside).toBe(join(dir, aside[0]));
      expect(app.check().report).toBeTruthy();
      await app.close();
    });
  }
});

describe('row 3: prototype keys in a plan', () => {
  it('{"plan":{"__proto__":"X"}} is a 400 naming the unknown zone, nothing changed', async () => {
    const { server, app } = await startDemo();
    running.push(server);
    const r = await post(server, '/api/plan', JSON.parse('{"plan":{"__proto__":"X"}}'));
    // JSON.stringify of a parsed {"__proto__":…} keeps it as an own key: send the text as written
    expect(r.status).toBe(400);
    expect(r.json().error).toContain('__proto__');
    expect(app.session.plan()).toEqual(depPlan);
  });

  it('constructor and toString as zone ids are unknown zones too', async () => {
    const { server, app } = await startDemo();
    running.push(server);
    for (const key of ['constructor', 'toString', 'hasOwnProperty']) {
      const r = await post(server, '/api/plan', { plan: { [key]: 'X' } });
      expect(r.status).toBe(400);
      expect(r.json().error).toContain(key);
    }
    expect(app.session.plan()).toEqual(depPlan);
  });
});

describe('row 4: section names that are the same once trimmed and NFC-normalised', () => {
  it('" TRIM" and "TRIM" in one plan: 400 naming both', async () => {
    const { server, app } = await startDemo();
    running.push(server);
    const [a, b] = demoZones.zones;
    const r = await post(server, '/api/plan', { plan: { [a.id]: ' TRIM', [b.id]: 'TRIM' } });
    expect(r.status).toBe(400);
    expect(r.json().error).toMatch(/" TRIM".*"TRIM"|"TRIM".*" TRIM"/);
    expect(app.session.plan()).toEqual(depPlan);
  });

  it('composed and decomposed "Hérault" are one name: refused together, and a lone decomposed one is stored composed', async () => {
    const { server, app } = await startDemo();
    running.push(server);
    const [a, b] = demoZones.zones;
    const composed = 'H\u00e9rault';
    const decomposed = 'He\u0301rault';
    expect((await post(server, '/api/plan', { plan: { [a.id]: composed, [b.id]: decomposed } })).status).toBe(400);
    const r = await post(server, '/api/sections', { op: 'new', id: ` ${decomposed} ` });
    expect(r.status).toBe(200);
    expect(app.session.sections().some((s) => s.id === composed)).toBe(true);
    // renaming another section to the same name, written differently, is refused
    const other = app.session.sections()[0].id;
    const again = await post(server, '/api/sections', { op: 'rename', id: other, to: decomposed });
    expect(again.status).toBe(400);
  });
});

describe('row 5: a client that closes mid-body', () => {
  it('no stack trace in the terminal, the server still answers', async () => {
    const { server } = await startDemo();
    running.push(server);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await new Promise<void>((done) => {
      const s = connect(server.port, '127.0.0.1', () => {
        s.write(
          `POST /api/move HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nX-Decoupage-Token: ${server.token}\r\nContent-Length: 100000\r\n\r\n{"zones":[`,
        );
        setTimeout(() => {
          s.destroy();
          setTimeout(done, 200);
        }, 100);
      });
    });
    expect((await get(server, '/api/state')).status).toBe(200);
    for (const call of errors.mock.calls) expect(String(call[0]?.stack ?? call[0])).not.toMatch(/\n\s+at /);
    expect(errors).not.toHaveBeenCalled();
  });
});
