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

describeWithRealData([PACA_COMMUNES, COMMUNE_TABLE_2023], 'decoupage audit on the PACA communes with a vote scenario', () => {
  it('writes the report and the JSON lines, and every plan written passes check', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runCli } = await import('../helpers.js');
    const dir = mkdtempSync(join(tmpdir(), 'audit-paca-'));
    const zones = pacaCommunesWithEstimatedMembers();
    const graph = buildGraph(zones, { autoLink: true });
    const rules = resolveRules({ minMembers: 10000, membersPerSeat: 1500, minSeats: 6, respect: 'dep' });
    const plan = proposeSections(zones, graph, rules, { seed: 1 }).plan;
    const planFile = join(dir, 'plan.csv');
    writeFileSync(planFile, 'zone,section\n' + [...plan].map(([z, s]) => `${z},${s}`).join('\n') + '\n');
    // members as the loader estimated them, given as a CSV (the population file is a temporary of the loader)
    const members = join(dir, 'members.csv');
    writeFileSync(members, 'code,members\n' + zones.zones.map((z) => `${z.id},${z.members}`).join('\n') + '\n');
    const votes = join(dir, 'votes.csv');
    writeFileSync(votes, 'list,share\nA,0.45\nB,0.35\nC,0.2\n');
    const out = join(dir, 'ensemble.jsonl');
    const report = join(dir, 'audit.html');
    const args = ['--members-csv', members, '--auto-link', '--min-members', '10000', '--members-per-seat', '1500', '--min-seats', '6', '--respect', 'dep'];
    const r = await runCli('audit', PACA_COMMUNES, planFile, ...args, '--votes', votes, '--plans', '400', '--out', out, '--with-plans', '--report', report);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain('data-metric="seats_list_B"');
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(400);
    for (const line of lines.filter((_, i) => i % 40 === 0)) {
      const sampled = new Map(Object.entries((JSON.parse(line) as { plan: Record<string, string> }).plan));
      const v = checkPlan(zones, graph, sampled, rules);
      expect(v.rules.filter((x) => !x.ok).map((x) => x.rule)).toEqual([]);
      expect(new Set(sampled.values()).size).toBe(new Set(plan.values()).size);
    }
  }, 60_000);
});
