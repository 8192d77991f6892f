import { expect, it } from 'vitest';
import { ReComChain } from '../../src/audit/chain.js';
import { sideTestOf } from '../../src/audit/charter.js';
import { checkPlan } from '../../src/check/index.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { Rng } from '../../src/core/rng.js';
import { buildGraph } from '../../src/graph/build.js';
import { unitGraphOf } from '../../src/partition/graph.js';
import { partitionOfPlan, planOfPartition } from '../../src/partition/plan.js';
import { proposeSections } from '../../src/propose/index.js';
import { COMMUNE_TABLE_2023, describeWithRealData, PACA_COMMUNES, pacaCommunesWithEstimatedMembers } from '../support/real-data.js';

describeWithRealData([PACA_COMMUNES, COMMUNE_TABLE_2023], 'ReCom on the PACA communes', () => {
  it('every sampled plan passes checkPlan under the same charter', () => {
    const zones = pacaCommunesWithEstimatedMembers();
    const graph = buildGraph(zones, { autoLink: true });
    const rules = resolveRules({ minMembers: 10000, membersPerSeat: 1500, minSeats: 6 });
    const start = proposeSections(zones, graph, rules, { seed: 1 }).plan;
    expect(checkPlan(zones, graph, start, rules).ok).toBe(true);
    const g = unitGraphOf(zones, graph);
    const { partition: p, sectionIds } = partitionOfPlan(g, start);
    const sections = p.count;
    const chain = new ReComChain(p, sideTestOf(rules), new Rng(5), 'recom');
    for (let i = 1; i <= 400; i++) {
      chain.step();
      if (i % 40 === 0) {
        const plan = planOfPartition(p, sectionIds);
        expect(checkPlan(zones, graph, plan, rules).ok).toBe(true);
        expect(new Set(plan.values()).size).toBe(sections);
      }
    }
    expect(chain.accepted).toBeGreaterThan(300);
  });
});
