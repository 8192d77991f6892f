/**
 * The demo: the whole decoupage pipeline on the bundled fictional region (data/demo/), written into one
 * folder. It reads like the job: load → graph → propose → seats → check → pluralism → export → report.
 */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { sectionSeats, seatsCsvText, type SectionSeats } from '../apportion/index.js';
import { checkPlan, type CheckReport } from '../check/index.js';
import { silentProgress, type Progress } from '../core/progress.js';
import { type Rules } from '../core/rules.js';
import { resolveRules } from '../check/rules/resolve.js';
import type { Plan, ZoneSet } from '../core/types.js';
import { dissolveSections, geojsonText, unitsFeatureCollection, zonesWithSections } from '../export/index.js';
import type { ZoneGraphResult } from '../graph/types.js';
import { writeOutputs, type OutputFile } from '../io/atomic.js';
import { loadZones } from '../load/index.js';
import { planFromInput, planToCsv, readPlan } from '../load/plan.js';
import { comparePlans, membersBySection, readVotes, type PlanComparison, type VoteScenario } from '../pluralism/index.js';
import { proposeSections, type ProposeResult } from '../propose/index.js';
import { planOnUnits, type CompositeLayer } from '../propose/split.js';
import { prepareSplit } from '../propose/prepare.js';
import { assembleReport, renderReport, type Lang } from '../report/index.js';
import { REGION } from './names.js';
import { formatDemoSummary } from './summary.js';
import { labelsFor } from '../core/i18n.js';
import { DEMO_LABELS } from '../messages/demo.js';
import { said } from '../messages/index.js';

/** data/demo/ of the package (the same from src/demo/run.ts under tsx and from dist/demo/run.js). */
export const DEMO_DATA_DIR = fileURLToPath(new URL('../../data/demo/', import.meta.url));

/**
 * Zones with more members than this are split into their communes (data/demo/metropole-communes.geojson):
 * only the metropolitan zone Z01 Valmorance (about 100,000 members, a quarter of the region).
 */
export const DEMO_SPLIT_ABOVE = 60_000;

/** The charter of the demo: the rules the project was made for. */
export const DEMO_RULES: Rules = resolveRules({ minMembers: 10_000, membersPerSeat: 1_500, minSeats: 6, respect: 'dep' });

export interface DemoOptions {
  /** language of the HTML report (default "en") */
  lang?: Lang;
  /** seed of the proposer (default 1) */
  seed?: number;
  progress?: Progress;
  /** folder holding the demo data (default: DEMO_DATA_DIR) */
  dataDir?: string;
  /** date printed in the report (default now) */
  generatedAt?: Date;
}

/** The files the demo writes (each is also the message saying what it holds, in demo.ts of the catalogue). */
export type DemoOutputFile = 'plan.csv' | 'units.geojson' | 'sections.geojson' | 'zones.geojson' | 'seats.csv' | 'report.html';

export interface DemoOutput {
  file: DemoOutputFile;
  /** absolute path */
  path: string;
  /** what it holds, in a few words (in English; `labelsFor(DEMO_LABELS, lang)(file)` in another language) */
  what: string;
}

export interface DemoResult {
  outDir: string;
  outputs: DemoOutput[];
  /** the 40 zones of the region, as loaded */
  zones: ZoneSet;
  /** the layer the plan is made of: the zones, with the metropolitan zone replaced by its communes */
  units: CompositeLayer;
  /** contiguity graph of the units */
  graph: ZoneGraphResult;
  rules: Rules;
  proposal: ProposeResult;
  check: CheckReport;
  seats: SectionSeats;
  /** the "old practice" plan, one section per département, and its verdict under the same rules */
  departements: { plan: Plan; check: CheckReport };
  comparison: PlanComparison;
  /** readable summary (sections table, verdicts, pluralism comparison), in the language of opts.lang */
  summary: string;
}

export const DEPARTEMENT_PLAN_LABEL = 'département plan';
export const PROPOSED_PLAN_LABEL = 'proposed plan';

/** Run the whole pipeline on the bundled demo region and write its outputs into outDir. */
export async function runDemo(outDir: string, opts: DemoOptions = {}): Promise<DemoResult> {
  const progress = opts.progress ?? silentProgress;
  const dataDir = opts.dataDir ?? DEMO_DATA_DIR;
  const data = (name: string) => join(dataDir, name);
  const out = resolve(outDir);
  const outputs: DemoOutput[] = [];

  // 1. load the zones with their member counts
  progress.update(said('output.progress.demoLoad'));
  const zones = loadZones(data('zones.geojson'), { membersProp: 'members' });

  // 1b. the metropolitan zone is too big for one section: replace it by its communes (same map, so
  // their borders match the zones exactly and no snapping is needed), as `decoupage propose --split-with` does
  // 2. and the contiguity graph; the island, too small for a section, is joined to its nearest neighbour
  const communes = loadZones(data('metropole-communes.geojson'), { membersProp: 'members' });
  const rules = DEMO_RULES;
  const prepared = prepareSplit(zones, communes, rules, {
    splitAbove: DEMO_SPLIT_ABOVE,
    splitSnap: 0,
    graph: { autoLink: true, minMembers: rules.minMembers },
    progress,
  });
  if (!prepared.layer) throw new Error(`demo: no zone of the demo region has more than ${DEMO_SPLIT_ABOVE} members`);
  const units = prepared.layer;
  const graph = prepared.graph;

  // 3. propose sections under the charter
  progress.update(said('output.progress.demoPropose'));
  const proposal = proposeSections(units, graph, rules, { seed: opts.seed ?? 1, progress });
  const plan = proposal.plan;

  // 4. seats; 5. the check is the one proposeSections made (checkPlan, the checker of `decoupage check`)
  const seats = sectionSeats(membersBySection(units, plan), rules);
  const check = proposal.check;

  // 6. the old practice (one section per département, a plan on the zones, carried onto the units)
  // under the same rules, and the list vote in both
  const depPlan = planOnUnits(planFromInput(readPlan(data('plan-departements.csv'), zones), zones), units);
  const depCheck = checkPlan(units, graph, depPlan, rules);
  const votes = votesOnUnits(readVotes(data('votes.csv'), zones), units);
  const comparison = comparePlans(
    units,
    [
      { label: DEPARTEMENT_PLAN_LABEL, plan: depPlan },
      { label: PROPOSED_PLAN_LABEL, plan, seats: seats.seats },
    ],
    { votes, rules, method: 'dhondt' },
  );

  // 7. export and 8. report: every file is built first, then all are written together (all or nothing)
  progress.update(said('output.progress.demoWrite'));
  const files: OutputFile[] = [];
  const wrote = (file: DemoOutputFile, data: string) => {
    outputs.push({ file, path: join(out, file), what: DEMO_LABELS[file].en });
    files.push({ path: join(out, file), data });
  };
  wrote('plan.csv', planToCsv(plan, units));
  wrote('units.geojson', geojsonText(unitsFeatureCollection(units)));
  const sections = dissolveSections(units, plan, { report: check, topology: graph.topology });
  wrote('sections.geojson', geojsonText(sections));
  wrote('zones.geojson', geojsonText(zonesWithSections(units, plan, check)));
  wrote('seats.csv', seatsCsvText(seats));

  // the report is assembled as `decoupage report` does it, from the figures computed above
  const lang = opts.lang ?? 'en';
  const report = assembleReport(units, graph, plan, rules, {
    lang,
    title: labelsFor(DEMO_LABELS, lang)('title', { region: REGION.name }),
    generatedAt: opts.generatedAt,
    source: 'data/demo (fictional region generated by scripts/generate-demo.ts)',
    topology: graph.topology,
    check,
    seats,
    pluralism: comparison.plans[1].report, // plans: [département plan, proposed plan]
    comparison,
    // the report names the plans and adds their checks and maps: matched to the comparison by label
    planLabel: PROPOSED_PLAN_LABEL,
    compare: [{ label: DEPARTEMENT_PLAN_LABEL, plan: depPlan }],
  });
  const html = renderReport(report);
  wrote('report.html', html);
  await writeOutputs(files);
  progress.done();

  const result: Omit<DemoResult, 'summary'> = {
    outDir: out,
    outputs,
    zones,
    units,
    graph,
    rules,
    proposal,
    check,
    seats,
    departements: { plan: depPlan, check: depCheck },
    comparison,
  };
  return { ...result, summary: formatDemoSummary(result, lang) };
}

/** Votes given per zone apply to each of its units (a commune votes like its zone in the scenario). */
function votesOnUnits(scenario: VoteScenario, units: CompositeLayer): VoteScenario {
  if (!scenario.byZone) return scenario;
  const byZone = new Map(scenario.byZone);
  for (const [unit, zone] of units.parentOf) {
    const shares = scenario.byZone.get(zone);
    if (shares && !byZone.has(unit)) byZone.set(unit, shares);
  }
  return { ...scenario, byZone };
}
