/**
 * The links inside each section (src/check/links.ts linksBySection), gathered in one pass over the graph's edges: the
 * same links, in the same order and direction, as looking through every edge for each section (which made check
 * quadratic in the sections).
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/index.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { Rng } from '../../src/core/rng.js';
import type { Plan } from '../../src/core/types.js';
import { gridZoneSet } from '../support/zoneset.js';
import { rookGraph } from './adjacency.js';

describe('links inside sections', () => {
  it('are those of every link edge with both zones in the section, in edge order, from the zone the link came from', () => {
    const rng = new Rng(5);
    const zones = gridZoneSet(8, 8, () => 3000);
    const ids = zones.zones.map((z) => z.id);
    const rules = resolveRules({ minMembers: 1000, membersPerSeat: 1000, minSeats: 1 });
    let found = 0;
    for (let round = 0; round < 40; round++) {
      const pairs: [string, string][] = Array.from({ length: 3 + rng.int(25) }, () => [rng.pick(ids), rng.pick(ids)]);
      const graph = rookGraph(
        zones,
        pairs.filter(([a, b]) => a !== b),
      );
      for (const e of graph.edges) {
        if (e.kind !== 'link') continue;
        e.distanceKm = rng.int(100);
        e.source = `links.csv line ${rng.int(50)}`;
        if (rng.next() < 0.5) e.from = rng.next() < 0.5 ? e.a : e.b;
      }
      // sections of random sizes, some zones left out of the plan
      const plan: Plan = new Map();
      for (const id of ids) if (rng.next() < 0.9) plan.set(id, `S${rng.int(1 + rng.int(12))}`);
      const report = checkPlan(zones, graph, plan, rules);
      for (const s of report.sections) {
        const inside = new Set(s.zones.map((id) => graph.index.get(id)));
        const expected = graph.edges
          .filter((e) => e.kind === 'link' && inside.has(e.a) && inside.has(e.b))
          .map((e) => {
            const [from, to] = e.from === e.b ? [e.b, e.a] : [e.a, e.b];
            const [a, b] = [zones.zones[from], zones.zones[to]];
            return { zoneA: a.id, zoneB: b.id, nameA: a.name, nameB: b.name, distanceKm: e.distanceKm ?? 0, source: e.source ?? '' };
          });
        expect(s.links ?? []).toEqual(expected);
        found += expected.length;
        if (!expected.length) expect(s).not.toHaveProperty('links');
      }
    }
    // the rounds hold sections with links, several of them with more than one
    expect(found).toBeGreaterThan(40);
  });
});
