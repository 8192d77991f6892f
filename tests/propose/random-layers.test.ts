import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/index.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { Rng } from '../../src/core/rng.js';
import { buildGraph } from '../../src/graph/build.js';
import { brickTessellation } from '../../src/graph/tessellation.js';
import { proposeSections } from '../../src/propose/index.js';
import { gridZoneSet } from '../support/zoneset.js';

/**
 * Many random layers and thresholds: whatever the input, a returned plan must pass the same checker as
 * `decoupage check`, cover every zone, and never claim more sections than the upper bound allows.
 */
describe('propose on random layers', () => {
  const cases = Array.from({ length: 12 }, (_, k) => k + 1);

  it.each(cases)('grid case %i: valid plan covering every zone, within the bound', (k) => {
    const rng = new Rng(`grid-${k}`);
    const rows = 3 + rng.int(6);
    const cols = 3 + rng.int(6);
    // skewed members: mostly small zones, a few large ones
    const members = Array.from({ length: rows * cols }, () => (rng.next() < 0.1 ? 5_000 + rng.int(20_000) : 200 + rng.int(3_000)));
    const zones = gridZoneSet(rows, cols, (r, c) => members[r * cols + c]);
    const graph = buildGraph(zones);
    const total = members.reduce((s, m) => s + m, 0);
    // a threshold the layer can reach (a layer below it is infeasible by construction: the infeasibility tests cover it)
    const minMembers = Math.min(2_000 + rng.int(8_000), total);
    const rules = resolveRules({ minMembers, minSeats: 1, membersPerSeat: 500 });
    const r = proposeSections(zones, graph, rules, { seed: k });
    expect(checkPlan(zones, graph, r.plan, rules).ok).toBe(true);
    expect(r.plan.size).toBe(zones.zones.length);
    expect(r.sections.length).toBeLessThanOrEqual(r.upperBound);
    // a connected grid whose total reaches the threshold always has a plan of at least one section
    expect(r.sections.length).toBeGreaterThanOrEqual(1);
  });

  it('a jittered brick tessellation of 600 units: valid plan within the bound', () => {
    const zones = brickTessellation({ rows: 20, cols: 30, seed: 3 });
    const rng = new Rng('bricks');
    for (const z of zones.zones) z.members = 100 + rng.int(900);
    const graph = buildGraph(zones);
    const rules = resolveRules({ minMembers: 5_000, minSeats: 1, membersPerSeat: 100 });
    const r = proposeSections(zones, graph, rules, { seed: 1 });
    expect(checkPlan(zones, graph, r.plan, rules).ok).toBe(true);
    expect(r.sections.length).toBeLessThanOrEqual(r.upperBound);
    // every section needs 5,000 of about 330,000 members, so a decent heuristic finds well over half the bound
    expect(r.sections.length).toBeGreaterThan(r.upperBound * 0.75);
  });
});
