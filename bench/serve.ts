// Editor benchmark: time from a zone move to updated verdicts (the session's incremental update, and the
// whole HTTP round trip POST /api/move as the page does it), on the 946 PACA communes and on a 30,000-unit
// tessellation; and the page's load time (navigation → map drawn) in headless Chromium.
// Goals (issue 10): < 50 ms per move on PACA communes, < 200 ms on 30,000 units.
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng } from '../src/core/rng.js';
import { type Rules } from '../src/core/rules.js';
import { resolveRules } from '../src/check/rules/resolve.js';
import type { Plan, ZoneSet } from '../src/core/types.js';
import { DEMO_DATA_DIR, DEMO_RULES } from '../src/demo/index.js';
import { brickTessellation, buildGraph } from '../src/graph/index.js';
import type { ZoneGraphResult } from '../src/graph/types.js';
import { loadZones } from '../src/load/index.js';
import { planFromInput, readPlan } from '../src/load/plan.js';
import { EditorApp, startEditorServer, type RunningServer } from '../src/serve/index.js';
import { EditorSession } from '../src/session/index.js';
import { pacaCommunesWithEstimatedMembers } from '../tests/support/real-data-loaders.js';
import { hasChromium, launchChromium } from '../tests/support/browser.js';

interface Case {
  name: string;
  zones: ZoneSet;
  graph: ZoneGraphResult;
  rules: Rules;
  plan: Plan;
  goal: number;
}

function pacaCase(): Case {
  const zones = pacaCommunesWithEstimatedMembers(0.08);
  const graph = buildGraph(zones, { autoLink: true });
  // the zones d'emploi as sections: the plan a committee starts from
  const plan: Plan = new Map(zones.zones.map((z) => [z.id, String(z.properties.ze2020)]));
  return { name: 'PACA communes (946), ZE as sections', zones, graph, rules: resolveRules({ minMembers: 10000, respect: 'dep' }), plan, goal: 50 };
}

function tessellationCase(): Case {
  const rows = 150;
  const cols = 200;
  const base = brickTessellation({ rows, cols, seed: 1 });
  const rng = new Rng(3);
  const zones: ZoneSet = { ...base, zones: base.zones.map((z) => ({ ...z, members: 5 + rng.int(20) })) };
  zones.byId = new Map(zones.zones.map((z) => [z.id, z]));
  const graph = buildGraph(zones);
  // 5 × 5 blocks of 30 rows × 40 columns: 25 sections of 1,200 units
  const plan: Plan = new Map(
    zones.zones.map((z) => {
      const [, r, c] = /^r(\d+)c(\d+)$/.exec(z.id)!;
      return [z.id, `B${Math.floor(Number(r) / 30)}-${Math.floor(Number(c) / 40)}`];
    }),
  );
  return {
    name: 'Tessellation 30,000 units, 25 sections',
    zones,
    graph,
    rules: resolveRules({ minMembers: 10000, membersPerSeat: 1500, minSeats: 6 }),
    plan,
    goal: 200,
  };
}

/** Border zones and a neighbouring section to move each into, drawn with the seeded generator. */
function moves(s: EditorSession, graph: ZoneGraphResult, n: number): [string, string][] {
  const rng = new Rng(11);
  const out: [string, string][] = [];
  while (out.length < n) {
    const i = rng.int(graph.ids.length);
    const from = s.sectionOf(graph.ids[i]);
    const other = graph.neighbors[i].map((j) => s.sectionOf(graph.ids[j])).find((t) => t !== undefined && t !== from);
    if (other) out.push([graph.ids[i], other]);
  }
  return out;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[s.length >> 1], p95: s[Math.floor(s.length * 0.95)], max: s[s.length - 1] };
};

function postMove(server: RunningServer, zone: string, section: string): Promise<void> {
  return new Promise((ok, fail) => {
    const body = JSON.stringify({ zones: [zone], section });
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: '/api/move',
        headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', 'x-decoupage-token': server.token },
      },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? ok() : fail(new Error(`HTTP ${res.statusCode}`))));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

async function pageLoad(server: RunningServer): Promise<number[]> {
  if (!hasChromium) return [];
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let k = 0; k < 3; k++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const t = performance.now();
      await page.goto(server.url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
      times.push(performance.now() - t);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

export async function run(): Promise<void> {
  console.log(`\n## Editor (decoupage serve) — Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})\n`);
  const demoZones = loadZones(join(DEMO_DATA_DIR, 'zones.geojson'));
  const demo: Case = {
    name: 'Demo region (40 zones)',
    zones: demoZones,
    graph: buildGraph(demoZones, { autoLink: true }),
    rules: DEMO_RULES,
    plan: planFromInput(readPlan(join(DEMO_DATA_DIR, 'plan-departements.csv'), demoZones), demoZones),
    goal: 50,
  };
  console.log(
    '| input | move → verdicts, session (median / p95 / max ms) | POST /api/move round trip (median / p95 ms) | goal | full checkPlan (ms) | page load (median of 3, ms) |',
  );
  console.log('|---|---:|---:|---|---:|---:|');
  for (const c of [demo, pacaCase(), tessellationCase()]) {
    const session = new EditorSession({ zones: c.zones, graph: c.graph, rules: c.rules, plan: c.plan });
    const ms: number[] = [];
    for (const [zone, to] of moves(session, c.graph, 200)) {
      const t = performance.now();
      const u = session.move([zone], to); // figures of the two sections, then every section and the verdict
      if (u.verdict.sections === 0) throw new Error('no section');
      ms.push(performance.now() - t);
    }
    let t = performance.now();
    session.fullCheck();
    const full = performance.now() - t;

    const app = new EditorApp({
      zones: c.zones,
      graph: c.graph,
      rules: c.rules,
      lang: 'en',
      plan: c.plan,
      output: join(mkdtempSync(join(tmpdir(), 'decoupage-bench-')), 'plan.csv'),
    });
    const server = await startEditorServer(app, { port: 0 });
    const http: number[] = [];
    try {
      for (const [zone, to] of moves(app.session, c.graph, 100)) {
        t = performance.now();
        await postMove(server, zone, to);
        http.push(performance.now() - t);
      }
      const load = await pageLoad(server);
      const s = stats(ms);
      const h = stats(http);
      const ok = s.p95 < c.goal && h.p95 < c.goal ? '✓' : '✗';
      const loadText = load.length ? stats(load).median.toFixed(0) : 'no chromium';
      console.log(
        `| ${c.name} | ${s.median.toFixed(2)} / ${s.p95.toFixed(2)} / ${s.max.toFixed(1)} | ${h.median.toFixed(1)} / ${h.p95.toFixed(1)} | < ${c.goal} ms ${ok} | ${full.toFixed(0)} | ${loadText} |`,
      );
    } finally {
      await server.close();
    }
  }
  console.log('\nThe POST round trip includes the JSON of every section; the autosave is written once, 250 ms after a burst of edits, outside the round trip.');
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
