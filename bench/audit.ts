// Audit chain timings (#22 step 8): ReCom steps per second on the PACA communes (members = population × 0.08,
// tests/support/real-data-loaders.ts), starting from decoupage's own proposed plan, under the same charter.
// GerryChain on the same graph: not wired yet (skipped visibly below).
import { performance } from 'node:perf_hooks';
import { ReComChain } from '../src/audit/chain.js';
import { sideTestOf } from '../src/audit/charter.js';
import { resolveRules } from '../src/check/rules/resolve.js';
import { Rng } from '../src/core/rng.js';
import { buildGraph } from '../src/graph/build.js';
import { unitGraphOf } from '../src/partition/graph.js';
import { partitionOfPlan } from '../src/partition/plan.js';
import { proposeSections } from '../src/propose/index.js';
import { pacaCommunesWithEstimatedMembers } from '../tests/support/real-data-loaders.js';

export async function run(): Promise<void> {
  const zones = pacaCommunesWithEstimatedMembers();
  const graph = buildGraph(zones, { autoLink: true });
  const rules = resolveRules({ minMembers: 10000, membersPerSeat: 1500, minSeats: 6 });
  const plan = proposeSections(zones, graph, rules, { seed: 1 }).plan;
  const g = unitGraphOf(zones, graph);
  console.log('\n## audit: ReCom steps per second (PACA communes, decoupage’s proposed plan as start)\n');
  console.log('| chain | units | sections | steps | steps/s | moved |\n|---|---:|---:|---:|---:|---:|');
  for (const kind of ['recom', 'reversible'] as const) {
    const { partition: p } = partitionOfPlan(g, plan);
    const chain = new ReComChain(p, sideTestOf(rules), new Rng(1), kind);
    const steps = kind === 'recom' ? 5_000 : 50_000;
    const t = performance.now();
    for (let i = 0; i < steps; i++) chain.step();
    const s = (performance.now() - t) / 1000;
    console.log(`| ${kind} | ${g.n} | ${p.count} | ${steps} | ${Math.round(steps / s)} | ${chain.accepted} |`);
  }
  console.log('\nGerryChain: skipped (not wired into this bench yet).');
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
