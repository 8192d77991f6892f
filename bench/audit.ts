// The audit's chain side by side with GerryChain (issue #22): ReCom steps per second on the same graph, the same
// start and the same charter (each side of a split reaches the threshold), 2,000 steps × 3 seeds, one thread; then
// the whole `decoupage audit` command (10,000 plans, JSON lines with plans) with its wall time and peak memory.
// GerryChain runs where python3 can import it (GERRYCHAIN_PATH, default ../peers/gerrychain or /work/peers/gerrychain:
// fetch github.com/mggg/GerryChain there; Debian's python3-networkx, -scipy, -pandas and -geopandas); else it is
// skipped, and said so.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ReComChain, type ChainKind } from '../src/audit/chain.js';
import { sideTestOf } from '../src/audit/charter.js';
import { resolveRules } from '../src/check/rules/resolve.js';
import { Rng } from '../src/core/rng.js';
import type { Plan, ZoneSet } from '../src/core/types.js';
import { buildGraph } from '../src/graph/build.js';
import type { ZoneGraph } from '../src/graph/types.js';
import { unitGraphOf } from '../src/partition/graph.js';
import { partitionOfPlan } from '../src/partition/plan.js';
import { proposeSections } from '../src/propose/index.js';
import { franceZonesWithEstimatedMembers, pacaCommunesWithEstimatedMembers } from '../tests/support/real-data-loaders.js';

const STEPS = 2_000;
const SEEDS = [1, 2, 3];
const here = new URL('.', import.meta.url).pathname;

function gerrychainPath(): string | undefined {
  const candidates = [process.env.GERRYCHAIN_PATH, join(here, '../../peers/gerrychain'), '/work/peers/gerrychain'].filter((x): x is string => !!x);
  for (const dir of candidates) {
    if (!existsSync(join(dir, 'gerrychain'))) continue;
    const ok = spawnSync('/usr/bin/python3', ['-c', 'import gerrychain'], { env: { ...process.env, PYTHONPATH: dir } });
    if (ok.status === 0) return dir;
  }
  return undefined;
}

interface Layer {
  name: string;
  zones: ZoneSet;
  graph: ZoneGraph;
  plan: Plan;
}

function chainRate(layer: Layer, rules: ReturnType<typeof resolveRules>, seed: number, kind: ChainKind = 'recom'): { rate: number; moved: number } {
  const g = unitGraphOf(layer.zones, layer.graph);
  const { partition: p } = partitionOfPlan(g, layer.plan);
  const chain = new ReComChain(p, sideTestOf(rules), new Rng(seed), kind);
  const t = performance.now();
  for (let i = 0; i < STEPS; i++) chain.step();
  return { rate: STEPS / ((performance.now() - t) / 1000), moved: chain.accepted };
}

function exportGraph(layer: Layer, threshold: number, dir: string): string {
  const g = unitGraphOf(layer.zones, layer.graph);
  const { partition: p } = partitionOfPlan(g, layer.plan);
  const edges: [number, number][] = [];
  for (let u = 0; u < g.n; u++) for (let e = g.offsets[u]!; e < g.offsets[u + 1]!; e++) if (g.neighbours[e]! > u) edges.push([u, g.neighbours[e]!]);
  const file = join(dir, `${layer.name.replace(/\W+/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ members: Array.from(g.members), edges, assignment: Array.from(p.assignment), threshold }));
  return file;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const pct = (moved: number) => {
  const share = (100 * moved) / (STEPS * SEEDS.length);
  return `${share < 10 ? share.toFixed(1) : Math.round(share)} %`;
};

export async function run(): Promise<void> {
  const rules = resolveRules({ minMembers: 10000, membersPerSeat: 1500, minSeats: 6 });
  const communes = pacaCommunesWithEstimatedMembers();
  const communeGraph = buildGraph(communes, { autoLink: true });
  const france = franceZonesWithEstimatedMembers();
  const franceGraph = buildGraph(france, { links: [{ a: '0103', b: '0104', source: '--link' }] });
  const layers: Layer[] = [
    { name: 'PACA communes', zones: communes, graph: communeGraph, plan: proposeSections(communes, communeGraph, rules, { seed: 1 }).plan },
    {
      name: 'France zones d’emploi, 100 sections',
      zones: france,
      graph: franceGraph,
      plan: proposeSections(france, franceGraph, { ...rules, sections: 100 }, { seed: 1 }).plan,
    },
  ];
  const gc = gerrychainPath();
  const dir = mkdtempSync(join(tmpdir(), 'decoupage-bench-audit-'));
  console.log('\n## audit: ReCom steps per second, decoupage and GerryChain side by side\n');
  console.log(
    `${STEPS.toLocaleString('en-US')} steps × seeds ${SEEDS.join(', ')}, one thread, plain ReCom, each side of a split ≥ ${fmt(10000)} members, start = decoupage's proposed plan. Median of the seeds.\n`,
  );
  console.log(
    '| layer | units | sections | decoupage steps/s (moved) | GerryChain steps/s (moved) | ratio | decoupage reversible steps/s (moved) |\n|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const layer of layers) {
    // alternate the two tools seed by seed, so that a busy moment of the shared machine hits both
    const ours: number[] = [];
    const theirs: number[] = [];
    let movedOurs = 0;
    let movedTheirs = 0;
    const reversible: number[] = [];
    let movedReversible = 0;
    const graphFile = gc ? exportGraph(layer, 10000, dir) : '';
    for (const seed of SEEDS) {
      const r = chainRate(layer, rules, seed);
      ours.push(r.rate);
      movedOurs += r.moved;
      const rev = chainRate(layer, rules, seed, 'reversible');
      reversible.push(rev.rate);
      movedReversible += rev.moved;
      if (gc) {
        const out = execFileSync('/usr/bin/python3', [join(here, 'gerrychain_recom.py'), graphFile, String(STEPS), String(seed)], {
          env: { ...process.env, PYTHONPATH: gc },
          encoding: 'utf8',
        });
        const r = JSON.parse(out.trim().split('\n').pop()!) as { steps: number; seconds: number; moved: number };
        theirs.push(r.steps / r.seconds);
        movedTheirs += r.moved;
      }
    }
    const sections = new Set(layer.plan.values()).size;
    const g = theirs.length ? median(theirs) : NaN;
    console.log(
      `| ${layer.name} | ${fmt(layer.zones.zones.length)} | ${sections} | ${fmt(median(ours))} (${pct(movedOurs)}) | ${theirs.length ? `${fmt(g)} (${pct(movedTheirs)})` : 'skipped'} | ${theirs.length ? `${(median(ours) / g).toFixed(0)}×` : '—'} | ${fmt(median(reversible))} (${pct(movedReversible)}) |`,
    );
  }
  if (!gc) console.log('\nGerryChain: skipped (no python3 that imports gerrychain; see the comment at the top of bench/audit.ts).');

  // the whole command: load, check, 10,000 plans with their plans written as JSON lines, the report
  const bin = join(here, '../bin/decoupage.js');
  const population = join(dir, 'population.csv');
  writeFileSync(population, 'code,population\n' + communes.zones.map((z) => `${z.id},${Math.round(z.members / 0.08)}`).join('\n') + '\n');
  console.log('');
  const planFile = join(dir, 'plan.csv');
  writeFileSync(planFile, 'zone,section\n' + [...layers[0]!.plan].map(([z, s]) => `${z},${s}`).join('\n') + '\n');
  for (const plans of [2_000, 10_000]) {
    const args = [bin, 'audit', communes.file, planFile, '--estimate-members', '0.08', '--population-csv', population, '--auto-link'];
    args.push(
      '--members-per-seat',
      '1500',
      '--plans',
      String(plans),
      '--out',
      join(dir, 'ensemble.jsonl'),
      '--with-plans',
      '--report',
      join(dir, 'audit.html'),
    );
    const timed = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { encoding: 'utf8' });
    const [wall, kb] = timed.stderr.trim().split('\n').pop()!.split(' ').map(Number);
    console.log(
      `Whole command, PACA communes, ${fmt(plans)} plans with --with-plans and --report: ${wall!.toFixed(1)} s wall, peak ${Math.round(kb! / 1024)} MB.`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
