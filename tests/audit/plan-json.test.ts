import { describe, expect, it } from 'vitest';
import { runEnsemble } from '../../src/audit/ensemble.js';
import { PlanJsonWriter } from '../../src/audit/plan-json.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { buildGraph } from '../../src/graph/build.js';
import { unitGraphFrom } from '../../src/partition/graph.js';
import { Partition } from '../../src/partition/partition.js';
import { planOfPartition } from '../../src/partition/plan.js';
import { gridZoneSet } from '../support/zoneset.js';

describe('PlanJsonWriter', () => {
  it('writes the plan planOfPartition gives, names quoted and escaped, unassigned units left out', () => {
    const ids = ['13055', 'a"b', 'é\\x', '04001', 'z\n1'];
    const g = unitGraphFrom([[1], [0, 2], [1, 3], [2, 4], [3]], [1, 1, 1, 1, 1], ids);
    const p = new Partition(g, [0, 0, -1, 1, 2]);
    const sectionIds = ['Nord « 1 »', 'S"2'];
    const w = new PlanJsonWriter(ids, sectionIds);
    const written = w.write(p);
    expect(JSON.parse(written)).toEqual(Object.fromEntries(planOfPartition(p, sectionIds)));
    // section 2 has no id: the same fallback name as planOfPartition
    expect(JSON.parse(written)['z\n1']).toBe('S3');
    expect(Object.keys(JSON.parse(written))).toHaveLength(4);
    p.move(2, 1);
    expect(JSON.parse(w.write(p))).toEqual(Object.fromEntries(planOfPartition(p, sectionIds)));
  });

  it('gives every sample of runEnsemble its plan as JSON, equal to the sample’s plan', () => {
    const zones = gridZoneSet(4, 6, () => 1000);
    const graph = buildGraph(zones);
    const plan = new Map(zones.zones.map((z) => [z.id, `S${Math.floor(Number(z.id.split('c')[1]) / 2) + 1}`]));
    const rules = resolveRules({ minMembers: 3000 });
    let samples = 0;
    runEnsemble(
      { zones, graph, rules, plan },
      {
        plans: 30,
        chains: 2,
        seed: 4,
        withPlans: true,
        onSample: (s) => {
          samples++;
          expect(s.planJson).toBeDefined();
          expect(JSON.parse(s.planJson!)).toEqual(Object.fromEntries(s.plan!));
        },
      },
    );
    expect(samples).toBe(30);
  });
});
