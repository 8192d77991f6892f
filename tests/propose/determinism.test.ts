import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { proposeSections } from '../../src/propose/index.js';
import { gridZoneSet } from '../support/zoneset.js';
import { proposeChecked, smallRules } from './support.js';

describe('seeded determinism', () => {
  // a 12×12 grid with uneven members (a fixed formula, no randomness), many possible plans; cells of
  // 1/64° so that the coordinates are exact binary numbers and neighbours share identical vertices
  const zones = gridZoneSet(12, 12, (r, c) => 1 + ((r * 7 + c * 13) % 9), 1 / 64);
  const graph = buildGraph(zones);
  const rules = smallRules(20);

  it('the same seed gives the same plan', () => {
    const a = proposeSections(zones, graph, rules, { seed: 7 });
    const b = proposeSections(zones, graph, rules, { seed: 7 });
    expect([...a.plan]).toEqual([...b.plan]);
    expect(a.sections).toEqual(b.sections);
  });

  it('different seeds may differ, and both plans are valid', () => {
    const a = proposeChecked(zones, graph, rules, { seed: 1 });
    const b = proposeChecked(zones, graph, rules, { seed: 2 });
    expect(a.report.ok).toBe(true);
    expect(b.report.ok).toBe(true);
    expect(a.result.sections.length).toBeLessThanOrEqual(a.result.upperBound);
    expect(b.result.sections.length).toBeLessThanOrEqual(b.result.upperBound);
  });

  it('locked zones keep their section label', () => {
    const lock = new Map([
      ['r0c0', 'North-West'],
      ['r0c1', 'North-West'],
      ['r11c11', 'South-East'],
    ]);
    const { result, report } = proposeChecked(zones, graph, rules, { lock });
    expect(report.ok).toBe(true);
    expect(result.plan.get('r0c0')).toBe('North-West');
    expect(result.plan.get('r0c1')).toBe('North-West');
    expect(result.plan.get('r11c11')).toBe('South-East');
  });

  it('locked zones that do not touch are joined into one section', () => {
    const lock = new Map([
      ['r0c0', 'X'],
      ['r0c3', 'X'],
    ]);
    const { result, report } = proposeChecked(zones, graph, rules, { lock });
    expect(report.ok).toBe(true);
    expect(result.plan.get('r0c3')).toBe('X');
    expect(result.plan.get('r0c1')).toBe('X'); // the path between them
  });

  it('--sections K gives exactly K sections', () => {
    for (const k of [3, 10]) {
      const { result, report } = proposeChecked(zones, graph, smallRules(20, { sections: k }));
      expect(report.ok).toBe(true);
      expect(result.sections).toHaveLength(k);
    }
  });

  it('a fixed total of seats caps the number of sections', () => {
    // 60 seats with at least 6 per section: at most 10 sections
    const rules = smallRules(20, { seats: 60, minSeats: 6, method: 'dhondt' });
    const { result, report } = proposeChecked(zones, graph, rules);
    expect(report.ok).toBe(true);
    expect(result.sections).toHaveLength(10);
    expect(result.sections.reduce((s, x) => s + x.seats, 0)).toBe(60);
  });
});
