// Propose benchmark: decoupage's max-p (seeds 1–3) against jsgeoda's three max-p variants (GeoDa's C++
// compiled to WebAssembly: greedy, simulated annealing, tabu), side by side from one run, on generated
// lattices (small sections of ~5 cells, large sections of ~27 cells) and on real layers.
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
import { resolveRules } from '../src/check/rules/resolve.js';
import type { ZoneSet } from '../src/core/types.js';
import { buildGraph } from '../src/graph/build.js';
import type { GraphOptions } from '../src/graph/types.js';
import { proposeProved } from '../src/propose/index.js';
import { franceZonesWithEstimatedMembers, pacaCommunesWithEstimatedMembers, pacaZonesWithEstimatedMembers } from '../tests/support/real-data-loaders.js';
import { zoneSetFrom } from '../tests/support/zoneset.js';

const T = 10_000;
const JSGEODA_ITERATIONS = 99;
const JSGEODA_TIMEOUT_MS = Number(process.env.JSGEODA_TIMEOUT_MS ?? 180_000);
const SEEDS = [1, 2, 3];
const METHODS = ['greedy', 'sa', 'tabu'] as const;
const tmp = mkdtempSync(join(tmpdir(), 'bench-propose-'));

/** n×n lattice of squares (1/64°, exact binary coordinates), members uniform in lo–hi (seeded). */
function lattice(n: number, lo = 500, hi = 3_500): ZoneSet {
  const rng = new Rng(2024);
  const s = 1 / 64;
  const features: Feature[] = [];
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      features.push({
        type: 'Feature',
        properties: { code: `r${r}c${c}`, name: `r${r}c${c}`, members: lo + rng.int(hi - lo + 1) },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [c * s, r * s],
              [(c + 1) * s, r * s],
              [(c + 1) * s, (r + 1) * s],
              [c * s, (r + 1) * s],
              [c * s, r * s],
            ],
          ],
        },
      });
    }
  return zoneSetFrom({ type: 'FeatureCollection', features });
}

interface Jsgeoda {
  sections: string;
  time: string;
}

interface Row {
  input: string;
  units: number;
  /** sections found with seeds 1, 2, 3 */
  ours: number[];
  /** proved upper bound and how: count, lp or mip */
  bound: string;
  graphMs: number;
  /** propose time of each seed */
  proposeMs: number[];
  valid: boolean;
  jsgeoda: Record<(typeof METHODS)[number], Jsgeoda>;
  jsgeodaUnits: number;
}

function runJsgeoda(file: string, members: number[], method: (typeof METHODS)[number]): Promise<{ sections: number; ms: number } | 'timeout' | string> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./jsgeoda-worker.mjs', import.meta.url), {
      workerData: { file, members, threshold: T, iterations: JSGEODA_ITERATIONS, seed: 123456789, method },
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
  const ours: number[] = [];
  const proposeMs: number[] = [];
  let valid = true;
  let bound = '';
  for (const seed of SEEDS) {
    t = performance.now();
    // the plan and its proved bound (HiGHS when the counting bound is not reached), as `decoupage propose`
    const result = await proposeProved(zones, graph, rules, { seed });
    proposeMs.push(performance.now() - t);
    valid &&= checkPlan(zones, graph, result.plan, rules).ok;
    ours.push(result.sections.length);
    bound = `${result.bound!.value} (${result.bound!.method})`;
  }

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
    JSON.stringify({
      type: 'FeatureCollection',
      features: kept.map((z) => ({ type: 'Feature', properties: { code: z.id, members: z.members }, geometry: z.geometry })),
    }),
  );
  const jsgeoda = {} as Row['jsgeoda'];
  for (const method of METHODS) {
    const j = await runJsgeoda(
      file,
      kept.map((z) => z.members),
      method,
    );
    jsgeoda[method] = {
      sections: typeof j === 'string' ? (j === 'timeout' ? 'timeout' : j) : String(j.sections),
      time: typeof j === 'string' ? (j === 'timeout' ? `> ${JSGEODA_TIMEOUT_MS / 1000} s` : '-') : `${(j.ms / 1000).toFixed(1)} s`,
    };
  }
  return { input, units: zones.zones.length, ours, bound, graphMs, proposeMs, valid, jsgeoda, jsgeodaUnits: kept.length };
}

export async function run(): Promise<void> {
  console.log(
    `\n## propose: decoupage (seeds ${SEEDS.join(', ')}) vs jsgeoda max-p greedy / SA / tabu (${JSGEODA_ITERATIONS} iterations each), threshold ${T.toLocaleString('en-US')} members\n`,
  );
  const rows: Row[] = [];
  const todo: [string, () => ZoneSet, GraphOptions][] = [
    ['lattice 50×50, small sections (members 500–3,500)', () => lattice(50), {}],
    ['lattice 50×50, large sections (members 150–650)', () => lattice(50, 150, 650), {}],
    ['lattice 100×100, small sections', () => lattice(100), {}],
    ['PACA ZE', () => pacaZonesWithEstimatedMembers(0.08), {}],
    ['France ZE (Marie-Galante 0103 linked to 0104)', () => franceZonesWithEstimatedMembers(0.08), { links: [{ a: '0103', b: '0104', source: '--link' }] }],
    ['PACA communes (--auto-link)', () => pacaCommunesWithEstimatedMembers(0.08), { autoLink: true }],
  ];
  const only = process.env.BENCH_PROPOSE_ONLY;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  for (const [name, load, opts] of todo) {
    if (only && !name.includes(only)) continue;
    const row = await bench(name, load(), opts);
    rows.push(row);
    const j = METHODS.map((m) => `${m} ${row.jsgeoda[m].sections} (${row.jsgeoda[m].time})`).join(', ');
    console.log(
      `${row.input}: decoupage ${row.ours.join('/')} sections (bound ${row.bound}, ${row.valid ? 'valid' : 'INVALID'}) in ${row.proposeMs.map(s).join('/')} ` +
        `+ graph ${s(row.graphMs)} | jsgeoda on ${row.jsgeodaUnits} units: ${j}`,
    );
  }
  console.log(
    '\n| input | units | decoupage sections (seeds 1/2/3) | proved upper bound | decoupage propose + bound (seed 1) | graph | jsgeoda greedy | jsgeoda SA | jsgeoda tabu | jsgeoda time (greedy / SA / tabu) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const best = Math.max(...METHODS.map((m) => Number(r.jsgeoda[m].sections)).filter(Number.isFinite));
    const ok = Math.min(...r.ours) >= best ? '' : ' ✗';
    console.log(
      `| ${r.input} | ${r.units}${r.jsgeodaUnits !== r.units ? ` (jsgeoda ${r.jsgeodaUnits})` : ''} | **${r.ours.join(' / ')}**${r.valid ? '' : ' (invalid!)'}${ok} | ${r.bound} | ${s(r.proposeMs[0])} | ${s(r.graphMs)} | ` +
        `${METHODS.map((m) => r.jsgeoda[m].sections).join(' | ')} | ${METHODS.map((m) => r.jsgeoda[m].time).join(' / ')} |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
