// The report on real layers: size of the HTML file (the map geometry is simplified for display, see
// src/report/display.ts) and time to assemble and render it. `npx tsx bench/report.ts` runs it alone.
import { pathToFileURL } from 'node:url';
import { resolveRules } from '../src/check/rules/resolve.js';
import type { Plan, ZoneSet } from '../src/core/types.js';
import { buildGraph } from '../src/graph/build.js';
import { proposeSections } from '../src/propose/index.js';
import { assembleReport, layoutSections, renderMapSvg, renderReport } from '../src/report/index.js';
import { franceZonesWithEstimatedMembers, pacaCommunesWithEstimatedMembers, pacaZonesWithEstimatedMembers } from '../tests/support/real-data-loaders.js';

const MB = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The old plan: one section per value of the first département of each zone (enough to measure the size). */
function depPlan(zones: ZoneSet): Plan {
  return new Map(zones.zones.map((z) => [z.id, String(z.properties.dep ?? z.properties.deps ?? '').split(';')[0]!]));
}

export async function run(): Promise<void> {
  const rules = resolveRules({ minMembers: 10_000, membersPerSeat: 1_500, minSeats: 6 });
  const rows: string[] = [];
  const inputs: [string, () => ZoneSet][] = [
    ['PACA ZE', () => pacaZonesWithEstimatedMembers(0.08)],
    ['PACA communes', () => pacaCommunesWithEstimatedMembers(0.08)],
    ['France ZE', () => franceZonesWithEstimatedMembers(0.08)],
  ];
  for (const [name, load] of inputs) {
    const zones = load();
    const graph = buildGraph(zones, { autoLink: true });
    const { plan, check } = proposeSections(zones, graph, rules, { seed: 1 });
    // one map, exact outlines vs simplified for display
    const layout = layoutSections(zones, plan, graph.topology);
    const exact = renderMapSvg(zones, plan, { layout, simplify: 0 }).length;
    const shown = renderMapSvg(zones, plan, { layout }).length;
    // the whole report: the map, the tables, the comparison with both maps side by side
    const t0 = performance.now();
    const input = assembleReport(zones, graph, plan, rules, { lang: 'fr', check, compare: [{ plan: depPlan(zones) }], topology: graph.topology });
    const html = renderReport(input);
    const t = performance.now() - t0;
    rows.push(`| ${name} | ${zones.zones.length} | ${MB(exact)} | ${MB(shown)} | ${MB(Buffer.byteLength(html))} | ${s(t)} |`);
  }
  console.log('\n## Report\n');
  console.log('| input | zones | one map, exact | one map, for display | report.html (3 maps) | assemble + render |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
