// --auto-link benchmark (issue 12 row 4, issue 13 point 2): buildGraph with and without --auto-link on
// 5,000 and 50,000 generated islands and on France's 306 zones d'emploi with members. Each case runs in a
// child process of its own, so its peak memory (maxRSS) is its own; the time is the median of 3 runs
// after one cold run. `npx tsx bench/auto-link.ts` on its own, or through `npm run bench`.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Polygon } from 'geojson';
import { Rng } from '../src/core/rng.js';
import type { Zone, ZoneSet } from '../src/core/types.js';
import { buildGraph } from '../src/graph/index.js';
import type { GraphOptions } from '../src/graph/types.js';

/**
 * n islands on a jittered grid (seeded): octagons about 1 km across, centres 0.03° apart (about 2 km of
 * sea between neighbours), members drawn in 500–3,500, so every island is below the 10,000 threshold
 * and must be linked with 3 or more others.
 */
export function islands(n: number, seed = 1): ZoneSet {
  const rng = new Rng(seed);
  const cols = Math.ceil(Math.sqrt(n));
  const zones: Zone[] = [];
  for (let i = 0; i < n; i++) {
    const cx = -5 + (i % cols) * 0.03 + (rng.next() - 0.5) * 0.008;
    const cy = 42 + Math.floor(i / cols) * 0.03 + (rng.next() - 0.5) * 0.008;
    const r = 0.004 + rng.next() * 0.003;
    const ring = Array.from({ length: 8 }, (_, k) => [cx + r * Math.cos((k * Math.PI) / 4), cy + r * Math.sin((k * Math.PI) / 4)]);
    ring.push(ring[0]);
    const geometry: Polygon = { type: 'Polygon', coordinates: [ring] };
    zones.push({ id: `i${i}`, name: `Island ${i}`, members: 500 + rng.int(3001), geometry, properties: {} });
  }
  return { file: `${n} islands`, zones, byId: new Map(zones.map((z) => [z.id, z])), members: { estimated: false, description: 'generated' } };
}

/** Cold run, then the median of 3 in wall time and in CPU time of this process (the machine is shared). */
function median(f: () => void): { cold: number; median: number; cpu: number } {
  let t = performance.now();
  f();
  const cold = performance.now() - t;
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    const c = process.cpuUsage();
    f();
    const d = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpus.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  return { cold, median: times[1], cpu: cpus[1] };
}

/** One case, in this process: prints one JSON line. */
async function runCase(name: string): Promise<void> {
  let zones: ZoneSet;
  if (name === 'france') {
    const { franceZonesWithEstimatedMembers } = await import('../tests/support/real-data-loaders.js');
    zones = franceZonesWithEstimatedMembers(0.08);
  } else zones = islands(Number(name));
  const opts: GraphOptions = { autoLink: true, minMembers: 10_000 };
  if (process.argv.includes('--plain')) {
    // peak memory of the same process without --auto-link, for comparison
    median(() => buildGraph(zones, {}));
    console.log(JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024 }));
    return;
  }
  const plain = median(() => buildGraph(zones, {}));
  const linked = median(() => buildGraph(zones, opts));
  const g = buildGraph(zones, opts);
  const longest = Math.max(0, ...g.linksAdded.map((e) => e.distanceKm ?? 0));
  const out = {
    name,
    zones: zones.zones.length,
    partsBefore: g.autoLink?.parts,
    components: g.components.length,
    links: g.linksAdded.length,
    longestKm: longest,
    plain,
    linked,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
  console.log(JSON.stringify(out));
}

export async function run(): Promise<void> {
  console.log(`\n## --auto-link (buildGraph, threshold 10,000 members) — Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})\n`);
  console.log(
    '| input | zones | parts before | links added | parts after | longest link | graph without --auto-link: wall (CPU) | with --auto-link: wall (CPU) | --auto-link itself: wall (CPU) | peak memory (RSS) without / with --auto-link |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const self = fileURLToPath(import.meta.url);
  for (const c of ['france', '5000', '50000']) {
    const text = execFileSync(process.execPath, ['--import', 'tsx', self, '--case', c], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const r = JSON.parse(text.trim().split('\n').pop()!);
    const plainText = execFileSync(process.execPath, ['--import', 'tsx', self, '--case', c, '--plain'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const plainRss = JSON.parse(plainText.trim().split('\n').pop()!).maxRssMB as number;
    const label = c === 'france' ? 'France ZE, members = population × 0.08' : `${Number(c).toLocaleString('en-US')} islands (500–3,500 members each)`;
    const s = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
    console.log(
      `| ${label} | ${r.zones.toLocaleString('en-US')} | ${r.partsBefore.toLocaleString('en-US')} | ${r.links.toLocaleString('en-US')} | ${r.components.toLocaleString('en-US')} | ${r.longestKm.toFixed(1)} km | ${s(r.plain.median)} (${s(r.plain.cpu)}) | ${s(r.linked.median)} (${s(r.linked.cpu)}) | ${s(r.linked.median - r.plain.median)} (${s(r.linked.cpu - r.plain.cpu)}) | ${plainRss.toFixed(0)} / ${r.maxRssMB.toFixed(0)} MB |`,
    );
  }
}

const caseAt = process.argv.indexOf('--case');
if (caseAt > 0) await runCase(process.argv[caseAt + 1]);
else if (import.meta.url === `file://${process.argv[1]}`) await run();
