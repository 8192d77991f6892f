import { describe, expect, it } from 'vitest';
import { load, proposeChecked, smallRules } from './support.js';

describe('--within and --respect', () => {
  it('--within is never crossed, even when crossing would give more sections', () => {
    // Without --within, the 6 zones of 5 members make 3 sections of 10 (one straddles R1/R2).
    // With --within reg, each region has 15 members: 1 section each, 2 in all.
    const { zones, graph } = load('line-two-deps.geojson');
    const free = proposeChecked(zones, graph, smallRules(10));
    expect(free.result.sections).toHaveLength(3);
    const { result, report } = proposeChecked(zones, graph, smallRules(10, { within: 'reg' }));
    expect(report.ok).toBe(true);
    expect(result.sections).toHaveLength(2);
    for (const s of result.sections) {
      expect(new Set(s.zones.map((z) => zones.byId.get(z)!.properties.reg)).size).toBe(1);
    }
  });

  it('--respect is crossed only when the thresholds require it (2×4 grid, two départements of 2×2)', () => {
    // 8 zones of 5, T = 10: 4 sections; vertical dominoes inside each département give 0 crossings.
    const { zones, graph } = load('grid-two-deps.geojson');
    for (const seed of [1, 2, 3]) {
      const { result, report } = proposeChecked(zones, graph, smallRules(10, { respect: 'dep' }), { seed });
      expect(report.ok).toBe(true);
      expect(result.sections).toHaveLength(4);
      expect(result.objective.respectCrossings).toBe(0);
      for (const s of result.sections) expect(s.crossed).toEqual([]);
    }
  });

  it('--respect: the number of sections comes first, with the fewest crossings it allows', () => {
    // Line A A A B B B of 5 members, T = 10: 3 sections force the pairs (1,2)(3,4)(5,6); the middle pair
    // crosses A/B once (1 zone outside its section's main département). Fewer crossings would mean 2 sections.
    const { zones, graph } = load('line-two-deps.geojson');
    const { result, report } = proposeChecked(zones, graph, smallRules(10, { respect: 'dep' }));
    expect(report.ok).toBe(true);
    expect(result.sections).toHaveLength(3);
    expect(result.objective.respectCrossings).toBe(1);
    expect(result.sections.filter((s) => s.crossed.length > 0).map((s) => s.crossed)).toEqual([['A', 'B']]);
  });
});
