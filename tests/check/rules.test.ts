import { describe, expect, it } from 'vitest';
import { CHECK_MESSAGES, checkPlan, checkSections, ruleMessage, RULES, ruleTitle, rulesThatApply, sectionMemberBounds } from '../../src/check/index.js';
import { Rng } from '../../src/core/rng.js';
import { type Rules } from '../../src/core/rules.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import type { Plan } from '../../src/core/types.js';
import { gridZoneSet } from '../support/zoneset.js';
import { rookGraph } from './adjacency.js';

describe('the rule registry', () => {
  it('lists each rule once, in the order of the verdicts, each with a title and a statement in both languages', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([
      'assignment',
      'contiguity',
      'min-members',
      'min-seats',
      'max-members',
      'max-deviation',
      'max-zones',
      'max-spread',
      'within',
      'section-count',
      'split-into',
    ]);
    for (const id of ids) {
      expect(`title.${id}` in CHECK_MESSAGES, id).toBe(true);
      expect(`label.${id}` in CHECK_MESSAGES, id).toBe(true);
      expect(ruleTitle(id, 'fr')).not.toBe(ruleTitle(id, 'en'));
    }
  });

  it('optional rules apply only when set', () => {
    expect(rulesThatApply(resolveRules({})).map((r) => r.id)).toEqual(['assignment', 'contiguity', 'min-members', 'min-seats']);
    const all = resolveRules({ maxMembers: 90000, maxDeviation: 10, maxZones: 20, maxSpread: 'rate:3', within: 'reg', sections: 4, splitInto: '9312:2' });
    expect(rulesThatApply(all).map((r) => r.id)).toEqual(RULES.map((r) => r.id));
  });

  it('member bounds for propose: the largest minimum and the smallest maximum of the rules that apply', () => {
    expect(sectionMemberBounds(resolveRules({ minMembers: 8000, minSeats: 6, membersPerSeat: 1500 }))).toEqual({
      min: 9000,
      max: Infinity,
      maxZones: Infinity,
    });
    expect(sectionMemberBounds(resolveRules({ minMembers: 10000, maxMembers: 50000 }))).toEqual({ min: 10000, max: 50000, maxZones: Infinity });
    // ±10 % of a mean of 40,000 (4 sections of 160,000 members), within the max-members bound
    expect(sectionMemberBounds(resolveRules({ minMembers: 10000, maxMembers: 43000, maxDeviation: 10 }), { sections: 4, members: 160000 })).toEqual({
      min: 36000,
      max: 43000,
      maxZones: Infinity,
    });
  });
});

describe('split-into: check verifies that a divided zone forms its number of sections', () => {
  // 2 × 4 grid; the first row is zone Z's units (parent_zone Z), the second row other zones
  const zones = gridZoneSet(2, 4, () => 5000);
  for (const z of zones.zones.slice(0, 4)) z.properties.parent_zone = 'Z';
  const graph = rookGraph(zones);
  const ids = zones.zones.map((z) => z.id);
  const rules = resolveRules({ minMembers: 10000, minSeats: 0, splitInto: 'Z:2' });
  const plan = (sections: string[]) => new Map(ids.map((id, i) => [id, sections[i]!]));

  it('holds when the units of Z are in exactly 2 sections', () => {
    const v = checkPlan(zones, graph, plan(['A', 'A', 'B', 'B', 'A', 'A', 'B', 'B']), rules);
    expect(v.rules.find((r) => r.rule === 'split-into')?.ok).toBe(true);
  });

  it('fails, naming the zone and its sections, when they are in 1 (English and French)', () => {
    const v = checkPlan(zones, graph, plan(['A', 'A', 'A', 'A', 'B', 'B', 'B', 'B']), rules);
    const r = v.rules.find((x) => x.rule === 'split-into')!;
    expect(r.ok).toBe(false);
    expect(r.failures).toEqual([expect.objectContaining({ kind: 'wrong-split', zone: 'Z', value: 1, limit: 2, sections: ['A'] })]);
    expect(r.message).toBe('zone Z should form 2 sections; its units are in 1: A');
    expect(ruleMessage(r, 'fr')).toBe('la zone Z doit former 2 sections ; ses unités sont dans 1 : A');
    expect(v.ok).toBe(false);
  });
});

describe('assignment: its figures count the zones no row places (what the editor says next to the rule)', () => {
  const zones = gridZoneSet(2, 3, () => 5000);
  const graph = rookGraph(zones);
  const ids = zones.zones.map((z) => z.id);
  const rules = resolveRules({ minMembers: 0, minSeats: 0 });

  it('counts zones without a row and zones with an empty section, and 0 when all are placed', () => {
    const partial = new Map(ids.slice(0, 4).map((id, i) => [id, i === 0 ? '' : 'A']));
    const v = checkPlan(zones, graph, partial, rules);
    const r = v.rules.find((x) => x.rule === 'assignment')!;
    expect(r.ok).toBe(false);
    expect(r.figures).toEqual({ zones: 6, unassigned: 3 });
    const full = checkPlan(zones, graph, new Map(ids.map((id) => [id, 'A'])), rules);
    expect(full.rules.find((x) => x.rule === 'assignment')!.figures).toEqual({ zones: 6, unassigned: 0 });
  });
});

describe('checkSections judges the sections a move touches as checkPlan judges them (property)', () => {
  // 4 × 5 grid, members 1,000–9,000 drawn once
  const seedRng = new Rng(7);
  const members = Array.from({ length: 20 }, () => 1000 + seedRng.int(8001));
  const zones = gridZoneSet(4, 5, (r, c) => members[r * 5 + c]);
  const graph = rookGraph(zones);
  const charters: Rules[] = [
    resolveRules({ minMembers: 12000, membersPerSeat: 2000, minSeats: 6 }),
    resolveRules({ minMembers: 9000, maxMembers: 30000, maxDeviation: 20, minSeats: 3, membersPerSeat: 1000 }),
  ];

  it('for 200 random plans and moves', () => {
    const rng = new Rng(11);
    let judged = 0;
    for (let run = 0; run < 200; run++) {
      const rules = charters[run % charters.length];
      const k = 2 + rng.int(5);
      const plan: Plan = new Map(zones.zones.map((z) => [z.id, `S${rng.int(k)}`]));
      // move one zone to the section of one of its neighbours
      const i = rng.int(zones.zones.length);
      const nbrs = graph.neighbors[i];
      const from = plan.get(zones.zones[i].id)!;
      const to = plan.get(graph.ids[nbrs[rng.int(nbrs.length)]])!;
      plan.set(zones.zones[i].id, to);
      const part = checkSections(zones, graph, plan, rules, [from, to]);
      expect(part.incremental).toBe(true);
      const full = checkPlan(zones, graph, plan, rules);
      for (const { rule, failures } of part.rules) {
        const expected = full.rules.find((v) => v.rule === rule)!.failures.filter((f) => f.section === from || f.section === to);
        expect(failures, `run ${run}, ${rule}`).toEqual(expected);
        judged += failures.length;
      }
    }
    expect(judged).toBeGreaterThan(50); // the plans break rules often enough for the comparison to mean something
  });
});
