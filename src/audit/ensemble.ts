/**
 * The ensemble (issue #22): several ReCom chains under the plan's charter, each from the plan with its own
 * seeded generator, a metric vector recorded at every sampled plan; then where the plan sits among them
 * (percentiles, the central 95 % range) and whether the chains agree (split-R̂, effective sample size).
 *
 * K, the number of sections, is the plan's: ReCom merges two sections and splits them in two again. Every
 * state is a valid plan under the charter's section bounds (src/audit/charter.ts).
 */
import type { Rules } from '../core/charter.js';
import { Rng } from '../core/rng.js';
import type { Plan, ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import { unitGraphOf, type UnitGraph } from '../partition/graph.js';
import { partitionOfPlan, planOfPartition } from '../partition/plan.js';
import { PlanJsonWriter } from './plan-json.js';
import { ReComChain, type ChainKind, type ChainRules } from './chain.js';
import type { SideTest } from '../partition/tree.js';
import { sideTestOf } from './charter.js';
import { sectionZonesTest, splitIntoUnits } from '../check/rules/index.js';
import { effectiveSampleSize, splitRhat } from './diagnostics.js';
import { metricsOf, partitionMetrics, planMetrics, type Metric, type MetricSetup } from './metrics.js';

export interface EnsembleOptions {
  /** sampled plans in all (shared between the chains) */
  plans: number;
  /** independent chains (default 2) */
  chains?: number;
  seed?: number | string;
  /** 'recom' (DeFord–Duchin–Solomon) or 'reversible' (Cannon–Duchin–Randall–Rule; its law is known) */
  kind?: ChainKind;
  /** steps each chain walks before it records (default: one step per unit of the layer, at least 100) */
  burnIn?: number;
  /** steps between two recorded plans (default 1) */
  thin?: number;
  /** stop sampling after this many milliseconds (what was sampled is kept) */
  timeLimitMs?: number;
  /** polled between steps: true stops sampling (Ctrl-C); what was sampled is kept */
  shouldStop?: () => boolean;
  /** each sampled plan, as soon as it is sampled (the JSON lines); `plan` only with `withPlans` */
  onSample?: (s: Sample) => void;
  withPlans?: boolean;
  /** called after each recorded plan: done of total */
  onProgress?: (done: number, total: number) => void;
}

export interface Sample {
  chain: number;
  /** the chain's step at which the plan was recorded (after burn-in) */
  step: number;
  values: number[];
  plan?: Plan;
  /** with `withPlans`: the same plan as a JSON object `{"<zone>":"<section>",…}`, ready for a JSON line */
  planJson?: string;
}

export type StopReason = 'done' | 'time' | 'interrupted';

export interface MetricSummary {
  metric: Metric;
  plan: number;
  /** share of sampled plans below the plan's value, counting ties as half (0–100) */
  percentile: number;
  /** the central 95 % of the sampled values (2.5 % and 97.5 % quantiles), and the share of plans inside it */
  low: number;
  high: number;
  inside: number;
  median: number;
  /** the plan's value lies outside every sampled value but 2.5 % on one side */
  outlier: 'low' | 'high' | undefined;
  /** split-R̂ over the chains, and the effective sample size (NaN when too few plans) */
  rhat: number;
  ess: number;
  /** each chain's values in order (for trace plots and histograms) */
  chains: Float64Array[];
}

export interface EnsembleResult {
  metrics: Metric[];
  sections: number;
  kind: ChainKind;
  chains: number;
  burnIn: number;
  thin: number;
  samples: number;
  steps: number;
  accepted: number;
  stopped: StopReason;
  summaries: MetricSummary[];
  /** true when some metric's split-R̂ exceeds RHAT_LIMIT or its ESS is below ESS_MIN: the chains have not mixed */
  unmixed: boolean;
}

/** Thresholds of the mixing warning (Vehtari et al. 2021 advise R̂ < 1.01 for final results; 1.05 flags clear failures). */
export const RHAT_LIMIT = 1.05;
export const ESS_MIN = 100;

export interface EnsembleInput extends MetricSetup {
  /** the zones' graph, or its UnitGraph when already built (a worker thread receives that) */
  graph?: ZoneGraph;
  unitGraph?: UnitGraph;
  rules: Rules;
  plan: Plan;
  zones: ZoneSet;
}

/** What every chain of an ensemble shares: the graph, the measures, the start, the charter's tests. */
export interface PreparedEnsemble {
  g: UnitGraph;
  metrics: Metric[];
  start: ReturnType<typeof partitionOfPlan>;
  sections: number;
  ok: SideTest;
  chainRules: ChainRules;
  chains: number;
  kind: ChainKind;
  burnIn: number;
  thin: number;
  perChain: number[];
}

export function prepareEnsemble(input: EnsembleInput, opts: EnsembleOptions): PreparedEnsemble {
  const g = input.unitGraph ?? unitGraphOf(input.zones, input.graph!);
  const start = partitionOfPlan(g, input.plan);
  const sections = start.partition.count;
  const members = input.zones.zones.reduce((s, z) => s + z.members, 0);
  // the rules that judge a side by its units (within, max-spread…), and the sections --split-into made, kept as they are
  const zonesTest = sectionZonesTest(input.rules, input.zones);
  const frozenSections = new Set(splitIntoUnits(input.rules, input.zones).map((u) => start.partition.sectionOf(u)));
  // no chain without a plan to record (--plans 1 runs one chain, not a second one that only warms up)
  const chains = Math.max(1, Math.min(opts.chains ?? 2, opts.plans));
  return {
    g,
    metrics: metricsOf(input),
    start,
    sections,
    ok: sideTestOf(input.rules, { sections, members }),
    chainRules: { ...(zonesTest ? { zonesTest } : {}), ...(frozenSections.size ? { frozen: (s: number) => frozenSections.has(s) } : {}) },
    chains,
    kind: opts.kind ?? 'recom',
    burnIn: opts.burnIn ?? Math.max(100, g.n),
    thin: Math.max(1, opts.thin ?? 1),
    perChain: chainSizes(opts.plans, chains),
  };
}

/** One chain's run: its values per measure, in order, its steps and why it stopped. */
export interface ChainRun {
  values: number[][];
  steps: number;
  accepted: number;
  stopped: StopReason;
}

/**
 * Chain `c` (0-based) of a prepared ensemble, with its own generator (seed/chain c+1): the same values whichever
 * thread runs it. `deadline` is an absolute time (Date.now()) or Infinity.
 */
export function runChain(
  input: EnsembleInput,
  prep: PreparedEnsemble,
  c: number,
  opts: Pick<EnsembleOptions, 'seed' | 'shouldStop' | 'withPlans'> & { deadline: number; onSample?: (s: Sample) => void; onSampled?: () => void },
): ChainRun {
  const p = prep.start.partition.clone();
  const chain = new ReComChain(p, prep.ok, new Rng(`${opts.seed ?? 1}/chain ${c + 1}`), prep.kind, 20, prep.chainRules);
  const values: number[][] = prep.metrics.map(() => []);
  const planJson = opts.withPlans ? new PlanJsonWriter(prep.start.partition.g.ids, prep.start.sectionIds) : undefined;
  let stopped: StopReason = 'done';
  const halt = (): boolean => {
    if (opts.shouldStop?.()) stopped = 'interrupted';
    else if (Date.now() > opts.deadline) stopped = 'time';
    return stopped !== 'done';
  };
  for (let i = 0; i < prep.burnIn && !(i % 64 === 0 && halt()); i++) chain.step();
  for (let i = 0; i < prep.perChain[c]! && stopped === 'done'; i++) {
    // the stop and the deadline are looked at every 16 steps and before each recorded plan (a long --thin stops soon too)
    for (let t = 0; t < prep.thin && !(t % 16 === 15 && halt()); t++) chain.step();
    if (stopped !== 'done' || halt()) break;
    const plan = planOfPartition(p, prep.start.sectionIds);
    const v = partitionMetrics(input, prep.metrics, p, plan);
    v.forEach((x, m) => values[m]!.push(x));
    opts.onSample?.({ chain: c + 1, step: prep.burnIn + (i + 1) * prep.thin, values: v, ...(planJson ? { plan, planJson: planJson.write(p) } : {}) });
    opts.onSampled?.();
  }
  return { values, steps: chain.steps, accepted: chain.accepted, stopped };
}

/** The ensemble's summary from its chains' runs (in chain order). */
export function finishEnsemble(input: EnsembleInput, prep: PreparedEnsemble, runs: readonly ChainRun[]): EnsembleResult {
  const planValues = planMetrics(input, prep.metrics, input.plan, prep.start.partition.assignment);
  const summaries = prep.metrics.map((metric, m) =>
    summarise(
      metric,
      planValues[m]!,
      runs.map((r) => Float64Array.from(r.values[m]!)),
    ),
  );
  const stopped = runs.find((r) => r.stopped !== 'done')?.stopped ?? (runs.length < prep.chains ? 'interrupted' : 'done');
  return {
    metrics: prep.metrics,
    sections: prep.sections,
    kind: prep.kind,
    chains: prep.chains,
    burnIn: prep.burnIn,
    thin: prep.thin,
    samples: runs.reduce((s, r) => s + (r.values[0]?.length ?? 0), 0),
    steps: runs.reduce((s, r) => s + r.steps, 0),
    accepted: runs.reduce((s, r) => s + r.accepted, 0),
    stopped,
    summaries,
    unmixed: summaries.some((x) => x.rhat > RHAT_LIMIT || x.ess < ESS_MIN),
  };
}

/** Sample the ensemble of `input.plan`'s charter on this thread, chain after chain, and summarise where the plan sits. */
export function runEnsemble(input: EnsembleInput, opts: EnsembleOptions): EnsembleResult {
  const prep = prepareEnsemble(input, opts);
  const deadline = opts.timeLimitMs === undefined ? Infinity : Date.now() + opts.timeLimitMs;
  const runs: ChainRun[] = [];
  let done = 0;
  for (let c = 0; c < prep.chains; c++) {
    const run = runChain(input, prep, c, {
      ...opts,
      deadline: chainDeadline(deadline, Date.now(), prep.chains - c, 1),
      onSample: opts.onSample,
      onSampled: () => opts.onProgress?.(++done, opts.plans),
    });
    runs.push(run);
    // a chain stopped at its share of the time limit leaves the rest to the next chains
    if (run.stopped === 'interrupted' || (run.stopped === 'time' && Date.now() >= deadline)) break;
  }
  return finishEnsemble(input, prep, runs);
}

/**
 * The deadline of a chain starting `now` when `chainsLeft` chains (this one included) remain to run on `threads`
 * threads before the ensemble's `deadline`: an equal share of the time left to each remaining round of chains, so
 * that a time limit leaves every chain some plans (split-R̂ compares the chains) rather than all of them to the first.
 */
export function chainDeadline(deadline: number, now: number, chainsLeft: number, threads: number): number {
  if (!Number.isFinite(deadline)) return deadline;
  const rounds = Math.max(1, Math.ceil(chainsLeft / Math.max(1, threads)));
  return now + Math.max(0, deadline - now) / rounds;
}

/** `total` plans shared between `chains` chains, the first ones taking the remainder. */
export function chainSizes(total: number, chains: number): number[] {
  return Array.from({ length: chains }, (_, c) => Math.floor(total / chains) + (c < total % chains ? 1 : 0));
}

/** Where `plan` sits among the values of every chain. */
export function summarise(metric: Metric, plan: number, chains: Float64Array[]): MetricSummary {
  const all = Float64Array.from(chains.flatMap((c) => [...c])).sort();
  const n = all.length;
  let below = 0;
  let equal = 0;
  for (const x of all) {
    if (x < plan - 1e-12) below++;
    else if (Math.abs(x - plan) <= 1e-12) equal++;
  }
  // the central 95 % as sampled values (order statistics), so that a count reads as a count
  const low = n ? all[Math.floor(0.025 * (n - 1))]! : NaN;
  const high = n ? all[Math.ceil(0.975 * (n - 1))]! : NaN;
  const inside = n ? all.filter((x) => x >= low && x <= high).length / n : NaN;
  const percentile = n ? ((below + equal / 2) / n) * 100 : NaN;
  const outlier = n === 0 ? undefined : plan < low ? 'low' : plan > high ? 'high' : undefined;
  const usable = chains.filter((c) => c.length >= 4);
  return {
    metric,
    plan,
    percentile,
    low,
    high,
    inside,
    median: quantile(all, 0.5),
    outlier,
    rhat: usable.length ? splitRhat(usable) : NaN,
    ess: usable.length ? effectiveSampleSize(usable) : NaN,
    chains,
  };
}

/** The q-quantile of sorted values (linear between order statistics, as numpy's default); NaN when empty. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const at = q * (n - 1);
  const lo = Math.floor(at);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** One sampled plan as a JSON line (the measures by key, rounded to 6 decimals; its plan when recorded). */
export function sampleLine(keys: readonly string[], s: Sample): string {
  const metrics: Record<string, number> = {};
  keys.forEach((k, i) => {
    const x = s.values[i]!;
    metrics[k] = Number.isInteger(x) ? x : Math.round(x * 1e6) / 1e6;
  });
  const line = JSON.stringify({ chain: s.chain, step: s.step, metrics });
  // the plan, as PlanJsonWriter wrote it (the same text as JSON.stringify of the plan, far faster)
  if (s.planJson !== undefined) return `${line.slice(0, -1)},"plan":${s.planJson}}\n`;
  if (s.plan) return `${line.slice(0, -1)},"plan":${JSON.stringify(Object.fromEntries(s.plan))}}\n`;
  return line + '\n';
}
