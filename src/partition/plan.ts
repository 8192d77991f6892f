/** Between the Plan of files and people (zone id → section id) and the Partition of the engines (indices). */
import type { Plan } from '../core/types.js';
import type { UnitGraph } from './graph.js';
import { Partition } from './partition.js';

/** A Partition of a plan, with the section id of each section index. */
export interface PlanPartition {
  partition: Partition;
  /** section index → section id */
  sectionIds: string[];
  /** section id → section index */
  sectionIndex: Map<string, number>;
}

/**
 * The Partition of a plan on a unit graph. Sections are indexed in the order of `sectionOrder` (default: sorted
 * ids); units the plan does not name, and plan entries naming no unit, are left out (unassigned / ignored).
 */
export function partitionOfPlan(g: UnitGraph, plan: Plan, sectionOrder?: readonly string[]): PlanPartition {
  const sectionIds = sectionOrder ? [...sectionOrder] : [...new Set(plan.values())].sort();
  const sectionIndex = new Map(sectionIds.map((s, i) => [s, i]));
  const assignment = new Int32Array(g.n).fill(-1);
  for (let u = 0; u < g.n; u++) {
    const s = plan.get(g.ids[u]!);
    if (s === undefined) continue;
    let k = sectionIndex.get(s);
    if (k === undefined) {
      k = sectionIds.length;
      sectionIds.push(s);
      sectionIndex.set(s, k);
    }
    assignment[u] = k;
  }
  return { partition: new Partition(g, assignment, sectionIds.length), sectionIds, sectionIndex };
}

/** The Plan of a Partition: every assigned unit with the id of its section. */
export function planOfPartition(p: Partition, sectionIds: readonly string[]): Plan {
  const plan: Plan = new Map();
  for (let u = 0; u < p.g.n; u++) {
    const s = p.assignment[u]!;
    if (s >= 0) plan.set(p.g.ids[u]!, sectionIds[s] ?? `S${s + 1}`);
  }
  return plan;
}
