// Homogeneity at the most sections (issue #21): propose with and without `--similar-by unemployment_2023t3` on the
// PACA and France zones d'emploi (members = population × 0.08, threshold 10,000, Marie-Galante linked to 0104),
// seeds 1–3: sections, R² (each zone once; members-weighted; France without its 19 overseas zones) and time. Then
// a bound: the best R² any plan of 216 sections can reach among plans whose sections hold at most S zones, by an
// exact set-partitioning model solved with HiGHS (every connected set of ≤ S zones reaching the threshold is a
// column; exactly 216 columns cover every zone once; minimise the within sum of squares). Reads
// ../shared/data/ze2020-unemployment.csv; skipped, and said so, without it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { resolveRules } from '../src/check/rules/resolve.js';
import type { Plan, ZoneSet } from '../src/core/types.js';
import { buildGraph } from '../src/graph/build.js';
import type { ZoneGraph } from '../src/graph/types.js';
import { homogeneityOf } from '../src/homogeneity/measure.js';
import { attributesOf, parseSimilarBy, readAttributeTable, withAttributes } from '../src/homogeneity/table.js';
import { buildProblem } from '../src/propose/problem.js';
import { proposeSections } from '../src/propose/index.js';
import { SHARED_DATA } from '../tests/support/real-data-files.js';
import { franceZonesWithEstimatedMembers, pacaZonesWithEstimatedMembers } from '../tests/support/real-data-loaders.js';

const UNEMPLOYMENT = join(SHARED_DATA, 'ze2020-unemployment.csv');
const COLUMN = 'unemployment_2023t3';
const SEEDS = [1, 2, 3];
/** INSEE's overseas zones d'emploi: codes 01xx–06xx (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte) */
const overseas = (id: string) => /^0[1-6]\d\d$/.test(id);

function r2Of(zones: ZoneSet, plan: Plan, keep: (id: string) => boolean = () => true): { r2: number; r2w: number } {
  const attrs = attributesOf(zones)!;
  const ids = [...new Set(plan.values())];
  const a = zones.zones.map((z) => (keep(z.id) ? ids.indexOf(plan.get(z.id)!) : -1));
  const h = homogeneityOf(
    attrs,
    a,
    zones.zones.map((z) => z.members),
  );
  return { r2: h.r2, r2w: h.r2Weighted };
}

/** The best within sum of squares over plans of exactly p sections of ≤ maxZones zones each (HiGHS, exact). */
async function bound(
  zones: ZoneSet,
  graph: ZoneGraph,
  p: number,
  maxZones: number,
  counted: (id: string) => boolean = () => true,
): Promise<{ r2: number; mainland: number; columns: number; seconds: number } | undefined> {
  const rules = resolveRules({ minMembers: 10000, membersPerSeat: 1500, minSeats: 6 });
  const prob = buildProblem(zones, graph, rules);
  const attrs = attributesOf(zones)!;
  const z = attrs.z;
  const ss = (set: number[]) => {
    const v = set
      .filter((i) => counted(zones.zones[i]!.id))
      .map((i) => z[i]!)
      .filter(Number.isFinite);
    if (v.length < 2) return 0;
    const m = v.reduce((s, x) => s + x, 0) / v.length;
    return v.reduce((s, x) => s + (x - m) ** 2, 0);
  };
  // every connected set of ≤ maxZones zones reaching the threshold, once each (grown from its smallest zone)
  const sets: number[][] = [];
  const sub: number[] = [];
  const inSub = new Uint8Array(prob.n);
  const extend = (ext: number[], v: number, members: number) => {
    if (members >= prob.T && members <= prob.max) sets.push([...sub]);
    if (sub.length >= maxZones) return;
    const e = ext.slice();
    while (e.length) {
      const w = e.pop()!;
      const next = e.slice();
      for (const u of prob.nbr[w]!) if (u > v && !inSub[u] && !next.includes(u) && !sub.some((s) => prob.nbr[s]!.includes(u))) next.push(u);
      sub.push(w);
      inSub[w] = 1;
      extend(next, v, members + prob.members[w]!);
      sub.pop();
      inSub[w] = 0;
    }
  };
  for (let v = 0; v < prob.n; v++) {
    sub.push(v);
    inSub[v] = 1;
    extend(
      prob.nbr[v]!.filter((u) => u > v),
      v,
      prob.members[v]!,
    );
    sub.pop();
    inSub[v] = 0;
  }
  const byZone: number[][] = Array.from({ length: prob.n }, () => []);
  sets.forEach((s, k) => s.forEach((i) => byZone[i]!.push(k)));
  const lp = ['Minimize', ' obj: ' + sets.map((s, k) => `${ss(s).toFixed(9)} x${k}`).join(' + '), 'Subject To'];
  byZone.forEach((ks, i) => lp.push(` z${i}: ` + ks.map((k) => `x${k}`).join(' + ') + ' = 1'));
  lp.push(' count: ' + sets.map((_, k) => `x${k}`).join(' + ') + ` = ${p}`, 'Binary', ' ' + sets.map((_, k) => `x${k}`).join(' '), 'End');
  const highs = await (
    (await import('highs')) as unknown as {
      default: () => Promise<{ solve(lp: string, o: object): { Status: string; Columns: Record<string, { Primal?: number }> } }>;
    }
  ).default();
  const t = performance.now();
  const r = highs.solve(lp.join('\n') + '\n', { output_flag: false, time_limit: 600, mip_rel_gap: 0 });
  if (r.Status !== 'Optimal') return undefined;
  const a = new Int32Array(prob.n).fill(-1);
  let k2 = 0;
  sets.forEach((s, k) => {
    if ((r.Columns[`x${k}`]?.Primal ?? 0) > 0.5) {
      for (const i of s) a[i] = k2;
      k2++;
    }
  });
  const plan: Plan = new Map(zones.zones.map((zz, i) => [zz.id, `B${a[i]}`]));
  return { r2: r2Of(zones, plan).r2, mainland: r2Of(zones, plan, (id) => !overseas(id)).r2, columns: sets.length, seconds: (performance.now() - t) / 1000 };
}

export async function run(): Promise<void> {
  console.log('\n## Homogeneity at the most sections (propose --similar-by unemployment_2023t3)\n');
  if (!existsSync(UNEMPLOYMENT)) {
    console.log(`skipped: ${UNEMPLOYMENT} is missing (see ../shared/data/README.md)`);
    return;
  }
  const table = readAttributeTable(UNEMPLOYMENT);
  const rules = resolveRules({ minMembers: 10000, membersPerSeat: 1500, minSeats: 6 });
  const layers: { name: string; zones: ZoneSet; graph: ZoneGraph }[] = [];
  const paca = withAttributes(pacaZonesWithEstimatedMembers(), { table, similar: parseSimilarBy(COLUMN) });
  layers.push({ name: 'PACA', zones: paca, graph: buildGraph(paca) });
  const france = withAttributes(franceZonesWithEstimatedMembers(), { table, similar: parseSimilarBy(COLUMN) });
  layers.push({ name: 'France', zones: france, graph: buildGraph(france, { links: [{ a: '0103', b: '0104', source: '--link' }] }) });
  console.log('| layer | seed | sections | R² without → with | weighted R² with | R² without the overseas zones | time without / with |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const { name, zones, graph } of layers) {
    const bare = { ...zones, attributes: undefined } as ZoneSet;
    for (const seed of SEEDS) {
      let t = performance.now();
      const plain = proposeSections(bare, graph, rules, { seed });
      const tPlain = (performance.now() - t) / 1000;
      t = performance.now();
      const homog = proposeSections(zones, graph, rules, { seed });
      const tHomog = (performance.now() - t) / 1000;
      const before = r2Of(zones, plain.plan);
      const after = r2Of(zones, homog.plan);
      const mainland =
        name === 'France'
          ? `${r2Of(zones, plain.plan, (id) => !overseas(id)).r2.toFixed(3)} → ${r2Of(zones, homog.plan, (id) => !overseas(id)).r2.toFixed(3)}`
          : '—';
      console.log(
        `| ${name} | ${seed} | ${plain.sections.length} → ${homog.sections.length} | ${before.r2.toFixed(3)} → ${after.r2.toFixed(3)} | ${after.r2w.toFixed(3)} | ${mainland} | ${tPlain.toFixed(2)} s / ${tHomog.toFixed(2)} s |`,
      );
    }
  }
  // PACA: every plan of 16 sections (22 zones: a section holds at most 7), so the bound is the optimum
  const pacaBound = await bound(paca, layers[0]!.graph, 16, 7);
  if (pacaBound)
    console.log(
      `\nPACA at 16 sections, sections of ≤ 7 zones (all of them): best R² ${pacaBound.r2.toFixed(4)} (${pacaBound.columns} columns, ${pacaBound.seconds.toFixed(1)} s).`,
    );
  if (process.env.DECOUPAGE_BENCH_BOUND === '1') {
    const b = await bound(france, layers[1]!.graph, 216, 5);
    console.log(
      b
        ? `\nBound, France at 216 sections, sections of ≤ 5 zones: R² ≤ ${b.r2.toFixed(4)} (without the overseas zones, that plan: ${b.mainland.toFixed(3)}); ${b.columns.toLocaleString('en-US')} columns, ${b.seconds.toFixed(0)} s.`
        : '\nBound: HiGHS did not prove an optimum within 600 s.',
    );
    // the same model scoring the mainland zones only: the best R² without the overseas zones any such plan reaches
    const m = await bound(france, layers[1]!.graph, 216, 5, (id) => !overseas(id));
    if (m)
      console.log(
        `Bound without the overseas zones, France at 216 sections, sections of ≤ 5 zones: R² ≤ ${m.mainland.toFixed(4)} (${m.seconds.toFixed(0)} s).`,
      );
  } else console.log('\nThe exact bound (DECOUPAGE_BENCH_BOUND=1, about a minute): see BENCHMARKS.md.');
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
