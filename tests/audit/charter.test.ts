import { describe, expect, it } from 'vitest';
import { resolveRules, sectionMemberBounds } from '../../src/check/rules/index.js';
import { sideTestOf } from '../../src/audit/charter.js';

describe('the charter as a side test', () => {
  it('accepts a side exactly when the rules’ own bounds do', () => {
    const rules = resolveRules({ minMembers: 10_000, membersPerSeat: 1_500, minSeats: 6, maxZones: 3 });
    const { min, max, maxZones } = sectionMemberBounds(rules);
    const ok = sideTestOf(rules);
    expect(min).toBeGreaterThanOrEqual(10_000);
    expect(ok(min, 1, 0, false)).toBe(true);
    expect(ok(min - 1, 1, 0, false)).toBe(false);
    expect(ok(min, maxZones, 0, false)).toBe(true);
    expect(ok(min, maxZones + 1, 0, false)).toBe(false);
    if (Number.isFinite(max)) expect(ok(max + 1, 1, 0, false)).toBe(false);
  });
});
