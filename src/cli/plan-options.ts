import type { Command } from 'commander';
import { checkPlan } from '../check/index.js';
import type { CheckReport } from '../check/index.js';
import type { Rules } from '../core/index.js';
import type { ZoneSet } from '../core/index.js';
import { buildGraph } from '../graph/index.js';
import type { ZoneGraphResult } from '../graph/index.js';
import { readPlan, type PlanInput } from '../load/index.js';
import type { CliContext } from './context.js';
import { said, type Voice } from '../messages/index.js';
import { ENGLISH, sayer } from './voice.js';
import { graphOptionsFrom, type GraphFlags } from './graph-options.js';
import { flagKeys } from './flags.js';
import type { LangFlag } from './lang-option.js';
import { sayCarried } from './carry-note.js';
import { rulesFromOptions, type RuleFlags } from './rules-options.js';
import { zonesFromOptions, type ZoneFlags } from './zone-options.js';
import { withAttributes, type AttributeInput } from '../homogeneity/index.js';

/** Options naming the plan's columns, shared by check and export. */
export function addPlanOptions(cmd: Command, voice: Voice = ENGLISH): Command {
  const h = sayer(voice);
  return cmd.option('--plan-zone <column>', h(said('help.plan.zone'))).option('--plan-section <column>', h(said('help.plan.section')));
}

/** What addPlanOptions adds. */
export interface PlanFlags {
  planZone?: string;
  planSection?: string;
}

export const PLAN_FLAGS = flagKeys<PlanFlags>({ planZone: true, planSection: true });

/** What loadAndCheck reads: the flags of check and export but their own. */
export type CheckedPlanFlags = PlanFlags & ZoneFlags & GraphFlags & RuleFlags & LangFlag & { json?: true };

export interface CheckedPlan {
  zones: ZoneSet;
  input: PlanInput;
  graph: ZoneGraphResult;
  rules: Rules;
  report: CheckReport;
}

/** Load the zones, the plan, the rules and the graph, and check the plan: the common start of check and export. */
export function loadAndCheck(zonesFile: string, planFile: string, opts: CheckedPlanFlags, ctx: CliContext, attributes?: AttributeInput): CheckedPlan {
  const rules = rulesFromOptions(opts);
  const graphOptions = graphOptionsFrom(opts, { minMembers: rules.minMembers });
  // --attributes: before the check, which --max-spread reads them in
  const zones = withAttributes(zonesFromOptions(zonesFile, opts), attributes);
  const input = readPlan(planFile, {
    zones,
    zoneProp: opts.planZone,
    sectionProp: opts.planSection,
  });
  sayCarried(ctx, input.carried, planFile, 'section', opts);
  const progress = ctx.progress();
  const graph = buildGraph(zones, { ...graphOptions, progress });
  progress.done();
  const report = checkPlan(zones, graph, input, rules);
  return { zones, input, graph, rules, report };
}
