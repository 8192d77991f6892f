// propose on a 50,000-unit layer, end to end through the CLI (load with the input gate, graph, propose,
// write through the output gate): wall time and peak memory (max RSS) of the process.
// Run alone: npx tsx bench/propose-50k.ts (after npm run build; the child runs dist/).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng } from '../src/core/rng.js';
import { brickTessellation } from '../src/graph/index.js';

const rows = 200;
const cols = 250;
const dir = mkdtempSync(join(tmpdir(), 'bench-propose-50k-'));
const layer = brickTessellation({ rows, cols, seed: 1 });
const rng = new Rng(50_000);
const zonesFile = join(dir, 'units.geojson');
writeFileSync(
  zonesFile,
  JSON.stringify({
    type: 'FeatureCollection',
    features: layer.zones.map((z) => ({ type: 'Feature', properties: { code: z.id, members: 500 + rng.int(3001) }, geometry: z.geometry })),
  }),
);
// DECOUPAGE_DIST=/path/to/other/dist compares with another build (e.g. the commit before a change)
const main = new URL(process.env.DECOUPAGE_DIST ? `file://${process.env.DECOUPAGE_DIST}/cli/main.js` : '../dist/cli/main.js', import.meta.url).href;
const args = ['propose', zonesFile, '--min-members', '10000', '--members-per-seat', '1500', '--min-seats', '6', '-o', join(dir, 'plan.csv')];
const script = `const { main } = await import(${JSON.stringify(main)});
const t0 = performance.now();
const code = await main(${JSON.stringify(args)}, { stdout: () => {}, stderr: (s) => process.stderr.write(s) });
const u = process.resourceUsage();
process.stdout.write(JSON.stringify({ code, ms: performance.now() - t0, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }));`;
const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
if (r.status !== 0) throw new Error(`propose failed: ${r.stderr}`);
const { code, ms, cpuMs, maxRssKb } = JSON.parse(r.stdout) as { code: number; ms: number; cpuMs: number; maxRssKb: number };
console.log('| input | units | exit | wall time | CPU time | peak memory (max RSS) |');
console.log('|---|---:|---:|---:|---:|---:|');
console.log(
  `| brick tessellation ${rows}×${cols}, members 500–3,500 | ${layer.zones.length} | ${code} | ${(ms / 1000).toFixed(1)} s | ${(cpuMs / 1000).toFixed(1)} s | ${Math.round(maxRssKb / 1024)} MB |`,
);
