import { sectionSeats } from '../apportion/sections.js';
import { boundsDependOnCount, checkPlan, optionKey, requireCharter, rulesThatApply, sectionMemberBounds, type MemberBounds } from '../check/index.js';
import { areaKm2, perimeterKm } from '../core/geometry.js';
import { InputError } from '../core/errors.js';
import { count, option, said, type Said } from '../messages/index.js';
import { silentProgress, type Progress } from '../core/progress.js';
import { Rng } from '../core/rng.js';
import type { Rules } from '../core/rules.js';
import type { Plan, ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import type { GrowResult } from './grow.js';
import { partitionOf, type ChainOutcome, type ChainWork } from './chain.js';
import { runChainsHere, threadsFor } from './threads.js';
import { betterPlan, mergeDown, objectiveOf, polish } from './improve.js';
import { lockSeeds } from './locks.js';
import { homogenise } from './homogenise.js';
import { attributesOf } from '../homogeneity/table.js';
import { sectionZonesTest } from '../check/rules/index.js';
import type { Partition } from '../partition/partition.js';
import { lockOf, locksOf, regionTerms, Stamps } from './search.js';
import { buildProblem, checkFeasible, seatCap, upperBound, type Problem } from './problem.js';
import type { ProposeOptions, ProposeResult, SectionSummary } from './types.js';

/**
 * Propose sections: as many as possible (max-p), each contiguous and meeting the rules, then as few
 * --respect crossings as possible, then as compact as possible. With rules.sections, exactly that many.
 *
 * 1. Feasibility is explained up front (a part of the map below the threshold, --sections above the
 *    bound, a zone above --max-members…): InputError with exit code 1.
 * 2. `constructions` randomised region-growing runs (see grow.ts); the best is kept.
 * 3. `iterations` large-neighbourhood steps (improve.ts): dissolve 1–4 adjacent sections (up to 8 when
 *    sections span many zones) and regrow them, keeping the result when it has more sections or as many
 *    with the spare members gathered in fewer sections (so that a new section can form where they
 *    meet); then up to iterations / 4 steps keep re-cuts that are at least as compact.
 * 4. Border-zone moves polish --respect crossings and compactness (and balance with --sections).
 * 5. The plan is validated with checkPlan, the same checker as `decoupage check`.
 * Steps 2 and 3 run as CHAINS independent chains, each with its own seed drawn from the one Rng, half the
 * constructions and half the patience (so a search that has converged stops twice as early; one still finding
 * sections goes on to `iterations`), and the best plan is kept: the chains run side by side on two cores, or both
 * in a worker when they are short (threads.ts), and the plan is the same on one.
 * Deterministic for a given seed: every random choice comes from one Rng and the effort is counted in
 * iterations, not seconds (timeLimitMs is only a safety cap).
 */
export function proposeSections(zones: ZoneSet, graph: ZoneGraph, rules: Rules, opts: ProposeOptions = {}): ProposeResult {
  requireCharter(rules);
  if (boundsDependOnCount(rules)) return proposeOverCounts(zones, graph, rules, opts);
  return proposeWithBounds(zones, graph, rules, opts, sectionMemberBounds(rules));
}

/**
 * Rules whose member bounds depend on the number of sections (--max-deviation: ±P % of the mean): try
 * the counts from the upper bound down (or only --sections), each with its bounds, and keep the first
 * count for which the search finds a plan. The plan is then checked with the rules as given.
 */
function proposeOverCounts(zones: ZoneSet, graph: ZoneGraph, rules: Rules, opts: ProposeOptions): ProposeResult {
  const base = buildProblem(zones, graph, rules, opts.lock);
  checkFeasible(base, rules, zones);
  const ub = upperBound(base, rules);
  const members = zones.zones.reduce((s, z) => s + z.members, 0);
  const largest = zones.zones.reduce((m, z) => Math.max(m, z.members), 0);
  const counts = rules.sections !== undefined ? [rules.sections] : Array.from({ length: ub }, (_, i) => ub - i);
  const tried: number[] = [];
  for (const k of counts) {
    const bounds = sectionMemberBounds(rules, { sections: k, members });
    if (bounds.min > bounds.max || largest > bounds.max) continue;
    tried.push(k);
    try {
      const result = proposeWithBounds(zones, graph, { ...rules, sections: k }, opts, bounds);
      return { ...result, check: checkPlan(zones, graph, result.plan, rules) };
    } catch (e) {
      if (!(e instanceof InputError) || e.exitCode !== 1) throw e;
    }
  }
  throw new InputError(
    said('plan.propose.noDeviationPlan', {
      p: rules.maxDeviation ?? 0,
      detail: tried.length
        ? tried.length === 1
          ? said('plan.propose.tried', { k: tried[0] })
          : said('plan.propose.triedRange', { a: tried[tried.length - 1], b: tried[0] })
        : said('plan.propose.largestAboveBound', {
            n: count(largest),
            count: rules.sections !== undefined ? said('plan.propose.sectionCount', { k: rules.sections }) : said('plan.propose.anyCount'),
          }),
    }),
    {
      field: optionKey('maxDeviation'),
      hint: said('plan.propose.noDeviationPlan.hint', { maxDeviation: option('maxDeviation'), splitWith: option('splitWith') }),
    },
    1,
  );
}

/** Search chains run per proposal (steps 2–3): a fixed number, so the plan never depends on the cores. */
const CHAINS = 2;

function proposeWithBounds(zones: ZoneSet, graph: ZoneGraph, rules: Rules, opts: ProposeOptions, bounds: Required<MemberBounds>): ProposeResult {
  const started = Date.now();
  const progress = opts.progress ?? silentProgress;
  const p = buildProblem(zones, graph, rules, opts.lock, bounds);
  checkFeasible(p, rules, zones);
  const ub = upperBound(p, rules);
  const rng = new Rng(opts.seed ?? 1);
  const notes: Said[] = [];

  // --- 2–3. constructions and large-neighbourhood search, in CHAINS independent chains (chain.ts) ---
  // the zones' areas and perimeters (the summary's compactness) are measured while a worker's chain still runs, if
  // one does, else when the summary needs them; the caller's work (opts.meanwhile) is done then too
  let measures: ZoneMeasures | undefined;
  const measure = () => (measures ??= zoneMeasures(zones));
  const search = searchChains(p, rules, chainWorks(p, opts, rng, ub, started), opts, progress, ub, measure);
  const best = search.best;

  // --- 4. exact count (--sections, or the seat cap), polish ---
  fitSectionCount(p, best, rules, ub, notes);
  polish(p, best, rng, new Stamps(p.n), { balance: rules.sections !== undefined });

  // --- 4b. the rules that judge a section by its zones (max-spread…), then homogeneity (--attributes) ---
  const homogenised = homogeniseSections(p, zones, rules, best, rng, opts, notes);
  progress.done();

  // --- 5. ids, summary, validation ---
  const { plan, sections } = summarise(p, best, rules, measure());
  const report = checkPlan(zones, graph, plan, rules);
  if (!report.ok) {
    const broken = report.rules.filter((r) => !r.ok).map((r) => r.message);
    throw new Error(`propose built a plan that breaks a rule (a bug, please report it): ${broken.join('; ')}`);
  }
  const obj = objectiveOf(p, best);
  if (zones.members.estimated) notes.push(said('load.source.estimatesNote', { source: zones.members.description }));
  if (search.timedOut) notes.push(said('plan.propose.note.timeLimit', { option: option('timeLimitMs') }));
  return {
    plan,
    sections,
    upperBound: ub,
    threshold: p.T,
    objective: { sections: obj.sections, respectCrossings: obj.respect, internalBorderKm: obj.internal },
    notes,
    check: report,
    iterations: search.iterations,
    ...(homogenised ? { homogenised } : {}),
  };
}

/**
 * The chains' work: each its seed drawn from `rng` (one draw per chain, in order, even for a chain left without
 * constructions), its share of the constructions, the whole iteration budget and its share of the patience.
 */
function chainWorks(p: Problem, opts: ProposeOptions, rng: Rng, ub: number, started: number): ChainWork[] {
  const seeds = lockSeeds(p);
  const initial = startSections(p, opts.initial, new Set(seeds.flat()));
  const constructions = Math.max(1, opts.constructions ?? 50);
  const iterations = opts.iterations ?? Math.min(20_000, 20 * p.n);
  const works: ChainWork[] = [];
  for (let c = 0; c < CHAINS; c++) {
    const share = (total: number) => Math.floor(total / CHAINS) + (c < total % CHAINS ? 1 : 0);
    const seed = Math.floor(rng.next() * 4294967296);
    if (share(constructions) === 0) continue;
    works.push({
      seed,
      constructions: share(constructions),
      iterations,
      patience: Math.max(50, Math.floor(iterations / (4 * CHAINS))),
      seeds,
      initial: c === 0 ? initial : [],
      ub,
      ...(opts.timeLimitMs !== undefined ? { deadline: started + opts.timeLimitMs } : {}),
    });
  }
  return works;
}

/**
 * Run the chains (on worker threads when there are several and the layer is large enough: threads.ts), doing
 * `measure` and the caller's meanwhile work while a worker's chain runs; the best chain's plan, whether a chain ran
 * out of time, and the constructions and steps done.
 */
function searchChains(
  p: Problem,
  rules: Rules,
  works: readonly ChainWork[],
  opts: ProposeOptions,
  progress: Progress,
  ub: number,
  measure: () => void,
): { best: Partition; timedOut: boolean; iterations: number } {
  const events = {
    progress: (phase: 'construction' | 'iteration', k: number, n: number, best: number) =>
      progress.update(said(phase === 'construction' ? 'output.progress.construction' : 'output.progress.iteration', { k, n, best, ub })),
  };
  // one chain alone needs no worker
  const { pool, release } = threadsFor(opts, works.length > 1 ? p.n : 0);
  let outcomes: ChainOutcome[];
  try {
    outcomes = pool ? pool.runChains(p, works, events, (busy) => (measure(), opts.meanwhile?.(busy))) : runChainsHere(p, works, events);
  } finally {
    release();
  }
  let chosen: ChainOutcome | undefined;
  for (const o of outcomes) if (o.assignment && (!chosen || betterPlan(o.objective, chosen.objective))) chosen = o;
  if (!chosen) throw constructionFailure(p, rules, [...outcomes].reverse().find((o) => o.failure)?.failure);
  return {
    best: partitionOf(p, chosen.assignment!),
    timedOut: outcomes.some((o) => o.timedOut),
    iterations: outcomes.reduce((s, o) => s + o.constructions + o.steps, 0),
  };
}

/**
 * The number of sections --sections asks for, or at most the seat cap: too few is exit 1 (the search found no more);
 * too many are merged down (exit 1 when --max-members forbids it), with a note when the seat cap asked for it.
 */
function fitSectionCount(p: Problem, best: Partition, rules: Rules, ub: number, notes: Said[]): void {
  const cap = seatCap(rules);
  const target = rules.sections ?? (best.count > cap ? cap : undefined);
  if (target !== undefined && best.count < target) {
    throw new InputError(
      said('plan.propose.fewerSections', { found: best.count, min: count(p.T), target, ub }),
      { field: 'sections', hint: said('plan.propose.fewerSections.hint', { found: best.count, iterations: option('iterations'), seed: option('seed') }) },
      1,
    );
  }
  if (target === undefined || best.count <= target) return;
  if (!mergeDown(p, best, target)) {
    const maxMembers = option('maxMembers');
    throw new InputError(
      said('plan.propose.cannotMergeDown', { target, maxMembers }),
      { field: 'sections', hint: said('plan.propose.cannotMergeDown.hint', { maxMembers }) },
      1,
    );
  }
  if (rules.sections === undefined) {
    const seats = rules.seats.kind === 'total' ? rules.seats.total : '';
    notes.push(said('plan.propose.note.seatCap', { cap, seatsOption: option('seats'), seats, minSeatsOption: option('minSeats'), minSeats: rules.minSeats }));
  }
}

/**
 * The rules that judge a section by its zones (max-spread…), then homogeneity (--attributes), at the same number of
 * sections and no more --respect crossings (homogenise.ts): `best` moved in place; exit 1 when a section still breaks
 * such a rule. Undefined without --attributes.
 */
function homogeniseSections(
  p: Problem,
  zones: ZoneSet,
  rules: Rules,
  best: Partition,
  rng: Rng,
  opts: ProposeOptions,
  notes: Said[],
): ProposeResult['homogenised'] {
  const sectionOk = sectionZonesTest(rules, zones);
  const attributes = attributesOf(zones);
  if (!attributes && !sectionOk) return undefined;
  const attrs = attributes ?? { columns: [], weights: [], n: p.n, raw: new Float64Array(0), z: new Float64Array(0) };
  const h = homogenise(p, best.assignment, attrs, rng.fork(), { ...opts.homogenise, sectionOk });
  for (let z = 0; z < p.n; z++) if (h.labels[z] !== best.assignment[z]) best.move(z, h.labels[z]!);
  if (h.violations > 0) {
    throw new InputError(
      said('plan.propose.sectionTestFailed', { n: h.violations, sections: best.count }),
      {
        field: 'max-spread',
        hint: said('plan.propose.sectionTestFailed.hint'),
      },
      1,
    );
  }
  if (h.timedOut) notes.push(said('plan.propose.note.timeLimit', { option: option('timeLimitMs') }));
  return attributes ? { before: h.before, after: h.after, steps: h.steps, timedOut: h.timedOut } : undefined;
}

/** opts.initial as zone indices: every zone known, unlocked, in one section only, each section ≥ T and within max. */
function startSections(p: Problem, initial: ProposeOptions['initial'], locked: Set<number>): number[][] {
  if (!initial) return [];
  const index = new Map(p.ids.map((id, i) => [id, i]));
  const used = new Set<number>();
  const out: number[][] = [];
  for (const ids of initial) {
    const zs = ids.map((id) => index.get(id));
    if (zs.some((z) => z === undefined || used.has(z) || locked.has(z))) throw new Error('propose: initial sections must name distinct, unlocked zones');
    let m = 0;
    for (const z of zs as number[]) (used.add(z), (m += p.members[z]));
    if (m < p.T || m > p.max) throw new Error('propose: an initial section does not meet the member thresholds');
    out.push(zs as number[]);
  }
  return out;
}

function constructionFailure(p: Problem, rules: Rules, f: GrowResult['failure']): InputError {
  if (f?.lock !== undefined && f.lock >= 0) {
    const label = p.lockLabels[f.lock];
    return new InputError(
      said('plan.propose.lockedCannotReach', { section: label, min: count(p.T) }),
      { zone: p.ids[f.zone], hint: said('plan.propose.lockedCannotReach.hint', { minMembers: option('minMembers') }) },
      1,
    );
  }
  const z = f?.zone ?? 0;
  return new InputError(
    Number.isFinite(p.max)
      ? said('plan.propose.noPlanMax', { min: count(p.T), max: count(p.max), zone: p.ids[z], name: p.names[z] })
      : said('plan.propose.noPlan', { min: count(p.T), zone: p.ids[z], name: p.names[z] }),
    { zone: p.ids[z], hint: noPlanHint(rules) },
    1,
  );
}

/**
 * What to change when no plan is found: lower the threshold, or raise the caps the charter sets (the options of the
 * rules that bound a section from above: --max-members, --max-deviation, --max-zones…).
 */
function noPlanHint(rules: Rules): Said {
  const caps = rulesThatApply(rules)
    .filter((r) => {
      const b = r.memberBounds?.(rules, { sections: 1, members: 1 });
      return b !== undefined && (b.max !== undefined || b.maxZones !== undefined);
    })
    .flatMap((r) => (r.options ?? []).map((o) => o.field));
  // no cap set: the threshold is what to change (raising a cap nobody set would mean nothing to the reader)
  if (!caps.length) return said('plan.propose.noPlan.hintNoCap', { minMembers: option('minMembers') });
  const [first, ...rest] = caps;
  const raise = rest.reduce<Said>(
    (list, field) => said('plan.propose.noPlan.orOption', { list, option: option(field) }),
    said('plan.propose.noPlan.option', { option: option(first) }),
  );
  return said('plan.propose.noPlan.hint', { raise, minMembers: option('minMembers') });
}

/** Each zone's area (km²) and perimeter (km), by zone index: what a section's compactness is made of. */
interface ZoneMeasures {
  area: Float64Array;
  perimeter: Float64Array;
}

function zoneMeasures(zones: ZoneSet): ZoneMeasures {
  return {
    area: Float64Array.from(zones.zones, (z) => areaKm2(z.geometry)),
    perimeter: Float64Array.from(zones.zones, (z) => perimeterKm(z.geometry)),
  };
}

/** Stable readable ids: lock labels keep their name; other sections are S01, S02… by the members of their largest zone. */
function summarise(p: Problem, part: Partition, rules: Rules, measures: ZoneMeasures): { plan: Plan; sections: SectionSummary[] } {
  const regions = part.sections();
  const locks = locksOf(part);
  const largest = (r: number) => part.units(r).reduce((a, b) => (p.members[b] > p.members[a] || (p.members[b] === p.members[a] && b < a) ? b : a));
  const unlocked = regions
    .filter((r) => lockOf(locks, r) < 0)
    .sort((a, b) => {
      const la = largest(a);
      const lb = largest(b);
      return p.members[lb] - p.members[la] || la - lb;
    });
  const width = Math.max(2, String(unlocked.length).length);
  const taken = new Set(p.lockLabels);
  const idOf = new Map<number, string>();
  let k = 0;
  for (const r of unlocked) {
    let id: string;
    do id = `S${String(++k).padStart(width, '0')}`;
    while (taken.has(id));
    idOf.set(r, id);
  }
  for (const r of regions) if (lockOf(locks, r) >= 0) idOf.set(r, p.lockLabels[lockOf(locks, r)]);

  const plan: Plan = new Map();
  for (let i = 0; i < p.n; i++) plan.set(p.ids[i], idOf.get(part.sectionOf(i))!);
  const membersBySection = new Map<string, number>();
  const ordered = [...regions].sort((a, b) => (idOf.get(a)! < idOf.get(b)! ? -1 : 1));
  for (const r of ordered) membersBySection.set(idOf.get(r)!, part.members(r));
  const seats = sectionSeats(membersBySection, rules).seats;

  const { area: zoneArea, perimeter: zonePerim } = measures;
  const sections = ordered.map((r): SectionSummary => {
    const zs = [...part.units(r)].sort((a, b) => a - b);
    const { internal } = regionTerms(p, part, r);
    const area = zs.reduce((s, z) => s + zoneArea[z], 0);
    const perim = Math.max(1e-9, zs.reduce((s, z) => s + zonePerim[z], 0) - 2 * internal);
    const crossed = rules.respect ? [...new Set(zs.map((z) => p.respectValues[p.respect[z]]))].sort() : [];
    return {
      id: idOf.get(r)!,
      name: p.names[largest(r)],
      zones: zs.map((z) => p.ids[z]),
      members: part.members(r),
      seats: seats.get(idOf.get(r)!) ?? 0,
      crossed: crossed.length > 1 ? crossed : [],
      compactness: Math.min(1, (4 * Math.PI * area) / (perim * perim)),
    };
  });
  return { plan, sections };
}
