// Propose benchmark: decoupage's max-p against jsgeoda's maxpGreedy (GeoDa's C++ compiled to
// WebAssembly), side by side from one run, on generated lattices and on real layers.
// Members = population × 0.08 on the real layers; threshold 10,000 members per section.
// jsgeoda runs in a worker thread with a timeout (it can run for minutes), on the same layer minus the
// parts below the threshold (islands), as in the reference runs; decoupage links them instead.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Feature } from 'geojson';
import { checkPlan } from '../src/check/check.js';
import { Rng } from '../src/core/rng.js';
import { resolveRules } from '../src/core/rules.js';
import type { ZoneSet } from '../src/core/types.js';
import { buildGraph } from '../src/graph/build.js';
import type { GraphOptions } from '../src/graph/types.js';
import { proposeSections } from '../src/propose/index.js';
import { franceZonesWithEstimatedMembers, pacaCommunesWithEstimatedMembers } from '../tests/support/real-data.js';
import { zoneSetFrom } from '../tests/support/zoneset.js';

const T = 10_000;
const JSGEODA_ITERATIONS = 99;
const JSGEODA_TIMEOUT_MS = Number(process.env.JSGEODA_TIMEOUT_MS ?? 180_000);
const tmp = mkdtempSync(join(tmpdir(), 'bench-propose-'));

/** n×n lattice of squares (1/64°, exact binary coordinates), members uniform in 500–3,500 (seeded). */
function lattice(n: number): ZoneSet {
  const rng = new Rng(2024);
  const s = 1 / 64;
  const features: Feature[] = [];
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      features.push({
        type: 'Feature',
        properties: { code: `r${r}c${c}`, name: `r${r}c${c}`, members: 500 + rng.int(3001) },
        geometry: { type: 'Polygon', coordinates: [[[c * s, r * s], [(c + 1) * s, r * s], [(c + 1) * s, (r + 1) * s], [c * s, (r + 1) * s], [c * s, r * s]]] },
      });
    }
  return zoneSetFrom({ type: 'FeatureCollection', features });
}

interface Row {
  input: string;
  units: number;
  ours: number;
  bound: number;
  graphMs: number;
  proposeMs: number;
  valid: boolean;
  jsgeoda: string;
  jsgeodaMs: string;
  jsgeodaUnits: number;
}

function runJsgeoda(file: string, members: number[]): Promise<{ sections: number; ms: number } | 'timeout' | string> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./jsgeoda-worker.mjs', import.meta.url), {
      workerData: { file, members, threshold: T, iterations: JSGEODA_ITERATIONS, seed: 123456789 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve('timeout');
    }, JSGEODA_TIMEOUT_MS);
    worker.on('message', (m: { sections: number; ms: number }) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.on('error', (e) => {
      clearTimeout(timer);
      resolve(`error: ${e.message}`);
    });
  });
}

async function bench(input: string, zones: ZoneSet, graphOpts: GraphOptions): Promise<Row> {
  const rules = resolveRules({ minMembers: T, minSeats: 6, membersPerSeat: 1_500 });
  let t = performance.now();
  const graph = buildGraph(zones, graphOpts);
  const graphMs = performance.now() - t;
  t = performance.now();
  const result = proposeSections(zones, graph, rules, { seed: 1 });
  const proposeMs = performance.now() - t;
  const valid = checkPlan(zones, graph, result.plan, rules).ok;

  // jsgeoda: the same layer without the parts below the threshold (it cannot handle them)
  const plain = graphOpts.links || graphOpts.autoLink ? buildGraph(zones) : graph;
  const dropped = new Set<number>();
  plain.components.forEach((c, k) => {
    if (plain.componentMembers[k] < T) for (const i of c) dropped.add(i);
  });
  const kept = zones.zones.filter((_, i) => !dropped.has(i));
  const file = join(tmp, `${input.replace(/\W+/g, '-')}.geojson`);
  writeFileSync(
    file,
    JSON.stringify({ type: 'FeatureCollection', features: kept.map((z) => ({ type: 'Feature', properties: { code: z.id, members: z.members }, geometry: z.geometry })) }),
  );
  const j = await runJsgeoda(file, kept.map((z) => z.members));
  return {
    input,
    units: zones.zones.length,
    ours: result.sections.length,
    bound: result.upperBound,
    graphMs,
    proposeMs,
    valid,
    jsgeoda: typeof j === 'string' ? j : String(j.sections),
    jsgeodaMs: typeof j === 'string' ? (j === 'timeout' ? `> ${JSGEODA_TIMEOUT_MS / 1000} s` : '-') : `${(j.ms / 1000).toFixed(1)} s`,
    jsgeodaUnits: kept.length,
  };
}

export async function run(): Promise<void> {
  console.log(`\n## propose: decoupage vs jsgeoda maxpGreedy (${JSGEODA_ITERATIONS} iterations), threshold ${T.toLocaleString('en-US')} members\n`);
  const rows: Row[] = [];
  const todo: [string, () => ZoneSet, GraphOptions][] = [
    ['lattice 50×50', () => lattice(50), {}],
    ['lattice 100×100', () => lattice(100), {}],
    ['France ZE (Marie-Galante 0103 linked to 0104)', () => franceZonesWithEstimatedMembers(0.08), { links: [{ a: '0103', b: '0104', source: '--link' }] }],
    ['PACA communes (--auto-link)', () => pacaCommunesWithEstimatedMembers(0.08), { autoLink: true }],
  ];
  const only = process.env.BENCH_PROPOSE_ONLY;
  for (const [name, load, opts] of todo) {
    if (only && !name.includes(only)) continue;
    const row = await bench(name, load(), opts);
    rows.push(row);
    console.log(
      `${row.input}: decoupage ${row.ours} sections (bound ${row.bound}, ${row.valid ? 'valid' : 'INVALID'}) in ${(row.proposeMs / 1000).toFixed(2)} s ` +
        `+ graph ${(row.graphMs / 1000).toFixed(2)} s | jsgeoda ${row.jsgeoda} sections on ${row.jsgeodaUnits} units in ${row.jsgeodaMs}`,
    );
  }
  console.log('\n| input | units | decoupage sections | upper bound | decoupage propose | graph | jsgeoda sections | jsgeoda time |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.input} | ${r.units} | ${r.ours}${r.valid ? '' : ' (invalid!)'} | ${r.bound} | ${(r.proposeMs / 1000).toFixed(2)} s | ${(r.graphMs / 1000).toFixed(2)} s | ${r.jsgeoda} (${r.jsgeodaUnits} units) | ${r.jsgeodaMs} |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
