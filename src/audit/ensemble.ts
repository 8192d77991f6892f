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
import { unitGraphOf } from '../partition/graph.js';
import { partitionOfPlan, planOfPartition } from '../partition/plan.js';
import { PlanJsonWriter } from './plan-json.js';
import { ReComChain, type ChainKind } from './chain.js';
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
  graph: ZoneGraph;
  rules: Rules;
  plan: Plan;
  zones: ZoneSet;
}

/** Sample the ensemble of `input.plan`'s charter and summarise where the plan sits. */
export function runEnsemble(input: EnsembleInput, opts: EnsembleOptions): EnsembleResult {
  const g = unitGraphOf(input.zones, input.graph);
  const metrics = metricsOf(input);
  const start = partitionOfPlan(g, input.plan);
  const K = start.partition.count;
  const members = input.zones.zones.reduce((s, z) => s + z.members, 0);
  const ok = sideTestOf(input.rules, { sections: K, members });
  // the rules that judge a side by its units (within, max-spread…), and the sections --split-into made, kept as they are
  const zonesTest = sectionZonesTest(input.rules, input.zones);
  const frozenSections = new Set(splitIntoUnits(input.rules, input.zones).map((u) => start.partition.sectionOf(u)));
  const chainRules = { ...(zonesTest ? { zonesTest } : {}), ...(frozenSections.size ? { frozen: (s: number) => frozenSections.has(s) } : {}) };
  const chains = Math.max(1, opts.chains ?? 2);
  const kind = opts.kind ?? 'recom';
  const burnIn = opts.burnIn ?? Math.max(100, g.n);
  const thin = Math.max(1, opts.thin ?? 1);
  const perChain = chainSizes(opts.plans, chains);
  const deadline = opts.timeLimitMs === undefined ? Infinity : Date.now() + opts.timeLimitMs;
  const values: number[][][] = metrics.map(() => Array.from({ length: chains }, () => []));
  let stopped: StopReason = 'done';
  let steps = 0;
  let accepted = 0;
  let done = 0;
  const halt = (): boolean => {
    if (opts.shouldStop?.()) stopped = 'interrupted';
    else if (Date.now() > deadline) stopped = 'time';
    return stopped !== 'done';
  };
  const planJson = opts.withPlans ? new PlanJsonWriter(start.partition.g.ids, start.sectionIds) : undefined;
  for (let c = 0; c < chains && stopped === 'done'; c++) {
    const p = start.partition.clone();
    const chain = new ReComChain(p, ok, new Rng(`${opts.seed ?? 1}/chain ${c + 1}`), kind, 20, chainRules);
    for (let i = 0; i < burnIn && !(i % 64 === 0 && halt()); i++) chain.step();
    for (let i = 0; i < perChain[c]! && stopped === 'done'; i++) {
      for (let t = 0; t < thin; t++) chain.step();
      if (i % 16 === 0 && halt()) break;
      const plan = planOfPartition(p, start.sectionIds);
      const v = partitionMetrics(input, metrics, p, plan);
      v.forEach((x, m) => values[m]![c]!.push(x));
      opts.onSample?.({ chain: c + 1, step: burnIn + (i + 1) * thin, values: v, ...(planJson ? { plan, planJson: planJson.write(p) } : {}) });
      opts.onProgress?.(++done, opts.plans);
    }
    steps += chain.steps;
    accepted += chain.accepted;
  }
  const planValues = planMetrics(input, metrics, input.plan, start.partition.assignment);
  const summaries = metrics.map((metric, m) =>
    summarise(
      metric,
      planValues[m]!,
      values[m]!.map((c) => Float64Array.from(c)),
    ),
  );
  return {
    metrics,
    sections: K,
    kind,
    chains,
    burnIn,
    thin,
    samples: done,
    steps,
    accepted,
    stopped,
    summaries,
    unmixed: summaries.some((s) => s.rhat > RHAT_LIMIT || s.ess < ESS_MIN),
  };
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
