// Check timings: the whole plan (checkPlan) against the two sections a move touches (checkSections,
// what an editor re-checks after each move), and propose with --max-deviation (it tries the section
// counts one by one). Real layers with members = population × 0.08 (tests/support/real-data-loaders.ts).
import { performance } from 'node:perf_hooks';
import { checkPlan, checkSections } from '../src/check/index.js';
import { resolveRules } from '../src/check/rules/resolve.js';
import type { Plan, ZoneSet } from '../src/core/types.js';
import { buildGraph } from '../src/graph/build.js';
import { proposeSections } from '../src/propose/index.js';
import { franceZonesWithEstimatedMembers, pacaCommunesWithEstimatedMembers, pacaZonesWithEstimatedMembers } from '../tests/support/real-data-loaders.js';

const REPS = 50;

function ms(f: () => void, reps = REPS): number {
  f(); // warm-up
  const t = performance.now();
  for (let i = 0; i < reps; i++) f();
  return (performance.now() - t) / reps;
}

function byProperty(zones: ZoneSet, prop: string): Plan {
  return new Map(zones.zones.map((z) => [z.id, String(z.properties[prop] ?? '').split(';')[0]]));
}

export async function run(): Promise<void> {
  const rules = resolveRules({ minMembers: 10000, membersPerSeat: 1500, minSeats: 6, maxDeviation: 50 });
  const rows: string[] = [];
  for (const [name, zones, prop] of [
    ['France ZE by first département', franceZonesWithEstimatedMembers(), 'deps'],
    ['PACA communes by zone d’emploi', pacaCommunesWithEstimatedMembers(), 'ze2020'],
  ] as const) {
    const graph = buildGraph(zones, { autoLink: true });
    const plan = byProperty(zones, prop);
    const sections = [...new Set(plan.values())];
    // the two largest sections (the most zones to search for pieces)
    const big = sections
      .map((s) => [s, [...plan.values()].filter((x) => x === s).length] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([s]) => s);
    const full = ms(() => checkPlan(zones, graph, plan, rules));
    const part = ms(() => checkSections(zones, graph, plan, rules, big));
    rows.push(`| ${name} | ${zones.zones.length} | ${sections.length} | ${full.toFixed(2)} ms | ${part.toFixed(2)} ms |`);
  }
  console.log('\n## check: whole plan vs the two sections of a move\n');
  console.log('| input | units | sections | checkPlan | checkSections (2 sections) |\n|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);

  console.log('\n## propose with --max-deviation (PACA ZE, 22 zones, --auto-link)\n');
  console.log('| --max-deviation | sections | propose |\n|---|---:|---:|');
  const paca = pacaZonesWithEstimatedMembers();
  const g = buildGraph(paca, { autoLink: true });
  for (const p of [undefined, 50, 25]) {
    const r = resolveRules({ minMembers: 10000, membersPerSeat: 1500, minSeats: 6, maxDeviation: p });
    const t = performance.now();
    const res = proposeSections(paca, g, r, { seed: 1 });
    console.log(`| ${p === undefined ? 'none' : `±${p} %`} | ${new Set(res.plan.values()).size} | ${((performance.now() - t) / 1000).toFixed(2)} s |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
