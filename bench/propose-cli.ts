// Whole commands side by side (issue 25): decoupage's `propose` (graph, search, proved bound, plan written) and
// jsgeoda's greedy max-p with 99 constructions (bench/jsgeoda-cli.mjs: read, rook weights, max-p), each a fresh
// process, alternated, RUNS times each; the ratio is decoupage's best wall time over jsgeoda's. Members are
// population × 0.08 (estimates: real members are private); threshold 10,000 members, 6 seats of 1,500. jsgeoda
// gets each layer without its parts below the threshold (it cannot handle them); decoupage links them.
// Then the lattice 200×200 (40,000 units, sections of ~27 cells: jsgeoda does not finish on it): time and peak
// memory of one run. The table goes into BENCHMARKS.md (section "propose-cli"), with the machine's load.
// `npm run build && npx tsx bench/propose-cli.ts` on its own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from '../src/core/rng.js';
import type { ZoneSet } from '../src/core/types.js';
import { buildGraph } from '../src/graph/build.js';
import type { GraphOptions } from '../src/graph/types.js';
import { franceZonesWithEstimatedMembers, pacaCommunesWithEstimatedMembers, pacaZonesWithEstimatedMembers } from '../tests/support/real-data-loaders.js';
import { COMMUNE_TABLE_2023, FRANCE_ZONES, missingRealData, PACA_COMMUNES, PACA_ZONES } from '../tests/support/real-data-files.js';
import { writeBenchSection } from './markdown.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'decoupage.js');
const JSGEODA = join(ROOT, 'bench', 'jsgeoda-cli.mjs');
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 5);
const T = 10_000;
const RULES = ['--min-members', String(T), '--members-per-seat', '1500', '--min-seats', '6'];
const TIME = '/usr/bin/time'; // GNU time (Debian package "time"): CPU time and peak memory of the child
const hasTime = existsSync(TIME);
const dir = mkdtempSync(join(tmpdir(), 'bench-propose-cli-'));

interface Run {
  wall: number;
  cpu: number;
  maxRssMb: number;
  stdout: string;
}

function once(args: string[]): Run {
  const t = performance.now();
  const r = hasTime
    ? spawnSync(TIME, ['-f', 'usage %U %S %M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  const m = /usage ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr);
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, maxRssMb: m ? Number(m[3]) / 1024 : NaN, stdout: r.stdout };
}

function writeLayer(name: string, zones: ZoneSet['zones']): string {
  const file = join(dir, `${name}.geojson`);
  const features = zones.map((z) => ({ type: 'Feature', properties: { code: z.id, name: z.name, members: z.members }, geometry: z.geometry }));
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
  return file;
}

/** The layer without its connected parts below the threshold (what jsgeoda can take). */
function withoutSmallParts(zones: ZoneSet): ZoneSet['zones'] {
  const g = buildGraph(zones);
  const dropped = new Set<number>();
  g.components.forEach((c, k) => {
    if (g.componentMembers[k] < T) for (const i of c) dropped.add(i);
  });
  return zones.zones.filter((_, i) => !dropped.has(i));
}

function graphArgs(o: GraphOptions): string[] {
  return [...(o.links ?? []).flatMap((l) => ['--link', `${l.a}:${l.b}`]), ...(o.autoLink ? ['--auto-link'] : [])];
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const best = (rs: Run[]) => Math.min(...rs.map((r) => r.wall));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function lattice(n: number, lo: number, hi: number): ZoneSet['zones'] {
  const rng = new Rng(2024);
  const side = 1 / 64;
  const out: ZoneSet['zones'] = [];
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const ring = [
        [c * side, r * side],
        [(c + 1) * side, r * side],
        [(c + 1) * side, (r + 1) * side],
        [c * side, (r + 1) * side],
        [c * side, r * side],
      ];
      out.push({
        id: `r${r}c${c}`,
        name: `r${r}c${c}`,
        members: lo + rng.int(hi - lo + 1),
        properties: {},
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
    }
  return out;
}

export async function run(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'bundle', 'main.js'))) throw new Error('dist/ is missing: run npm run build first');
  console.log(`\n## propose, whole commands: decoupage against jsgeoda's greedy max-p (best of ${RUNS}, alternated)\n`);
  const layers: [string, string[], () => ZoneSet, GraphOptions][] = [
    ['PACA zones d’emploi', [PACA_ZONES, COMMUNE_TABLE_2023], () => pacaZonesWithEstimatedMembers(0.08), {}],
    [
      'France zones d’emploi',
      [FRANCE_ZONES, COMMUNE_TABLE_2023],
      () => franceZonesWithEstimatedMembers(0.08),
      { links: [{ a: '0103', b: '0104', source: '--link' }] },
    ],
    ['PACA communes', [PACA_COMMUNES], () => pacaCommunesWithEstimatedMembers(0.08), { autoLink: true }],
  ];
  const rows: string[] = [];
  for (const [name, files, load, graph] of layers) {
    const missing = missingRealData(files);
    if (missing.length) {
      console.log(`${name}: skipped, real data missing (${missing.join(', ')})`);
      continue;
    }
    const zones = load();
    const ours = writeLayer(`${name}-decoupage`, zones.zones);
    const theirs = writeLayer(`${name}-jsgeoda`, withoutSmallParts(zones));
    const a: Run[] = [];
    const b: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      a.push(once([BIN, 'propose', ours, ...RULES, ...graphArgs(graph), '-o', join(dir, 'plan.csv')]));
      b.push(once([JSGEODA, theirs, String(T)]));
    }
    const p = /^(\d+) sections/m.exec(a[0].stdout)?.[1] ?? '?';
    const proof = /optimal/.test(a[0].stdout.split('\n').find((l) => /^\d+ sections/.test(l)) ?? '')
      ? 'optimal'
      : /no plan can have more than (\d+)/.exec(a[0].stdout)?.[1];
    const ratio = best(a) / best(b);
    console.log(`${name}: decoupage ${p} sections in ${s(best(a))}, jsgeoda ${b[0].stdout.trim()} in ${s(best(b))}: ratio ${ratio.toFixed(2)}`);
    rows.push(
      `| ${name} | ${zones.zones.length} | ${p} (${proof === 'optimal' ? 'proved optimal' : `bound ${proof}`}) | ${s(best(a))} (median ${s(median(a.map((r) => r.wall)))}) | ` +
        `${s(median(a.map((r) => r.cpu)))} | ${b[0].stdout.trim()} | ${s(best(b))} (median ${s(median(b.map((r) => r.wall)))}) | ${s(median(b.map((r) => r.cpu)))} | **${ratio.toFixed(2)}** |`,
    );
  }
  // the lattice 200×200 with large sections (members 150–650 per cell): decoupage alone
  const big = writeLayer('lattice-200', lattice(200, 150, 650));
  const l = once([BIN, 'propose', big, ...RULES, '-o', join(dir, 'plan-lattice.csv')]);
  const lp = /^(\d+) sections/m.exec(l.stdout)?.[1] ?? '?';
  console.log(`lattice 200×200: ${lp} sections in ${s(l.wall)}, peak memory ${Math.round(l.maxRssMb)} MB`);
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ')} at the end, Node ${process.version}`;
  const table = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\` (bench/propose-cli.ts) on ${machine}.`,
    `Whole processes, best of ${RUNS} alternated runs; CPU is user + system of the process and its threads (median).`,
    '',
    '| layer | zones | decoupage sections | decoupage wall | decoupage CPU | jsgeoda regions | jsgeoda wall | jsgeoda CPU | ratio decoupage / jsgeoda |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Lattice 200×200 (40,000 units, members 150–650, sections of ~27 cells; jsgeoda does not finish on it): ${lp} sections, ` +
      `${s(l.wall)} wall, ${s(l.cpu)} CPU, peak memory ${Math.round(l.maxRssMb)} MB.`,
  ].join('\n');
  console.log('\n' + table);
  writeBenchSection('propose-cli', table);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
