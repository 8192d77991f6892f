// Graph benchmark: time buildGraph (shared arcs + adjacency + border lengths + components) on the real
// France ZE layer, the PACA communes, and a generated 30,000-unit tessellation. Loading the GeoJSON is
// not timed. Each case runs once cold (first call, includes JIT warm-up) then 3 times; the median is
// reported. Targets (issue 3): < 1 s for France ZE, < 5 s for 30,000 units on a 2-core machine.
// The topojson Topology (graph.topology) is made only when read: its first read is timed apart.
import { cpus } from 'node:os';
import type { ZoneSet } from '../src/core/types.js';
import { brickTessellation, buildGraph } from '../src/graph/index.js';
import type { GraphOptions } from '../src/graph/types.js';
import { FRANCE_ZONES, PACA_COMMUNES } from '../tests/support/real-data-files.js';
import { zoneSetFrom } from '../tests/support/zoneset.js';

function vertexCount(zs: ZoneSet): number {
  let n = 0;
  for (const z of zs.zones) {
    const polys = z.geometry.type === 'Polygon' ? [z.geometry.coordinates] : z.geometry.coordinates;
    for (const p of polys) for (const ring of p) n += ring.length;
  }
  return n;
}

function time(zs: ZoneSet, opts: GraphOptions, runs = 3): { cold: number; median: number; topology: number; summary: string } {
  let t = performance.now();
  const g = buildGraph(zs, opts);
  const cold = performance.now() - t;
  t = performance.now();
  void g.topology;
  const topology = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    buildGraph(zs, opts);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const summary =
    `${g.edges.length} edges, ${g.components.length} component${g.components.length === 1 ? '' : 's'}, ${g.islands.length} islands` +
    (g.linksAdded.length ? `, ${g.linksAdded.length} links` : '') +
    (g.nearMisses.length ? `, ${g.nearMisses.length} near-misses` : '');
  return { cold, median: times[runs >> 1], topology, summary };
}

export async function run(): Promise<void> {
  console.log(`\n## Graph (buildGraph) — Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})\n`);
  const france = zoneSetFrom(FRANCE_ZONES);
  const paca = zoneSetFrom(PACA_COMMUNES);
  let t = performance.now();
  const tess = brickTessellation({ rows: 150, cols: 200, seed: 1 });
  const genMs = performance.now() - t;
  const cases: [string, ZoneSet, GraphOptions, number][] = [
    ['France ZE (ze2020-france)', france, {}, 1000],
    ['France ZE, queen', france, { contiguity: 'queen' }, 0],
    ['France ZE, --snap 5', france, { snapM: 5 }, 0],
    ['France ZE, --auto-link', france, { autoLink: true }, 0],
    ['France ZE, --link 0103:0104', france, { links: [{ a: '0103', b: '0104', source: '--link' }] }, 0],
    ['PACA communes', paca, {}, 0],
    ['PACA communes, --auto-link', paca, { autoLink: true }, 0],
    ['Tessellation 30,000 units', tess, {}, 5000],
    ['Tessellation 30,000 units, --snap 5', tess, { snapM: 5 }, 0],
  ];
  console.log('| input | zones | vertices | cold (ms) | median of 3 (ms) | graph.topology, first read (ms) | target | result |');
  console.log('|---|---:|---:|---:|---:|---:|---|---|');
  for (const [name, zs, opts, target] of cases) {
    const r = time(zs, opts);
    const verdict = target ? (r.median < target && r.cold < target ? `< ${target / 1000} s ✓` : `< ${target / 1000} s ✗`) : '';
    console.log(
      `| ${name} | ${zs.zones.length.toLocaleString('en-US')} | ${vertexCount(zs).toLocaleString('en-US')} | ${r.cold.toFixed(0)} | ${r.median.toFixed(0)} | ${r.topology.toFixed(0)} | ${verdict} | ${r.summary} |`,
    );
  }
  console.log(`\n(generating the 30,000-unit tessellation took ${genMs.toFixed(0)} ms, not included)`);
}

// allow `npx tsx bench/graph.ts` on its own
if (import.meta.url === `file://${process.argv[1]}`) await run();
