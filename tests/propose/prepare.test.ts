/**
 * prepareSplit, the split step of `propose --split-with`, on layers built in memory: a row of three zones,
 * the first (30,000 members) replaced by four finer units drawn on the same map.
 */
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cliVoice } from '../../src/cli/voice.js';
import { InputError } from '../../src/core/errors.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { prepareSplit, proposeSections } from '../../src/propose/index.js';
import { gridZoneSet, zoneSetFrom } from '../support/zoneset.js';
import { inputErrorOf } from '../support/files.js';

const SIZE = 1 / 64;
// r0c0 (30,000 members) | r0c1 (12,000) | r0c2 (12,000), unit squares of the grid
const zones = gridZoneSet(1, 3, (_r, c) => (c === 0 ? 30_000 : 12_000), SIZE);
// r0c0 as four quarter squares u00, u01, u10, u11 of 7,500 members each
const units: Feature[] = [];
for (const r of [0, 1]) {
  for (const c of [0, 1]) {
    const [x, y, h] = [(c * SIZE) / 2, (r * SIZE) / 2, SIZE / 2];
    units.push({
      type: 'Feature',
      properties: { code: `u${r}${c}`, ze2020: 'r0c0', members: 7_500 },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + h, y],
            [x + h, y + h],
            [x, y + h],
            [x, y],
          ],
        ],
      },
    });
  }
}
const fine = zoneSetFrom({ type: 'FeatureCollection', features: units });
const rules = resolveRules({ minMembers: 10_000, minSeats: 1, membersPerSeat: 1 });

describe('prepareSplit', () => {
  it('replaces the large zone by its units, builds their graph and finds them touching as their zones do', () => {
    // the units' east side has a vertex halfway that the zone r0c1 lacks, as with two maps: the split snap joins them
    const p = prepareSplit(zones, fine, rules, { splitAbove: 20_000 });
    expect(p.layer?.split.map((s) => s.id)).toEqual(['r0c0']);
    expect(p.units.zones.map((z) => z.id)).toEqual(['u00', 'u01', 'u10', 'u11', 'r0c1', 'r0c2']);
    expect(p.graph.ids).toEqual(p.units.zones.map((z) => z.id));
    expect(p.snapM).toBe(200); // DEFAULT_SPLIT_SNAP_M, larger than the graph's own snap
    expect(p.adjacency).toEqual({ missing: [], extra: [], disconnected: [] });
    // u01 and u11 are on the east side of r0c0: they touch r0c1
    const touches = (a: string, b: string) => p.graph.neighbors[p.graph.index.get(a)!].includes(p.graph.index.get(b)!);
    expect(touches('u01', 'r0c1') && touches('u11', 'r0c1')).toBe(true);
    expect(touches('u00', 'r0c1')).toBe(false);
    // without snapping, nothing joins the units to r0c1: said as a difference between the two graphs
    const exact = prepareSplit(zones, fine, rules, { splitAbove: 20_000, splitSnap: 0 });
    expect(exact.adjacency?.missing).toEqual([{ a: 'r0c0', b: 'r0c1' }]);
  });

  it('turns split-into into locks: the zone in exactly 2 sections, then proposes around them', () => {
    const p = prepareSplit(zones, fine, { ...rules, splitInto: [{ zone: 'r0c0', sections: 2 }] }, { splitAbove: 20_000, splitSnap: 0, seed: 1 });
    expect(p.lock).toBeDefined();
    const labels = [...p.lock!.values()];
    expect(new Set(labels)).toEqual(new Set(['r0c0-1', 'r0c0-2']));
    expect(labels.filter((l) => l === 'r0c0-1')).toHaveLength(2);
    const result = proposeSections(p.units, p.graph, rules, { seed: 1, lock: p.lock });
    expect(new Set(['u00', 'u01', 'u10', 'u11'].map((u) => result.plan.get(u))).size).toBe(2);
  });

  it('carries a lock on the split zone to its units, and says which zones it carried', () => {
    const p = prepareSplit(zones, fine, rules, { splitAbove: 20_000, splitSnap: 0, lock: new Map([['r0c0', 'X']]) });
    expect([...p.lock!].sort()).toEqual([
      ['u00', 'X'],
      ['u01', 'X'],
      ['u10', 'X'],
      ['u11', 'X'],
    ]);
    expect(p.carriedLocks).toEqual([{ zone: 'r0c0', units: 4 }]);
  });

  it('without finer units: the zones and their graph as they are', () => {
    const p = prepareSplit(zones, undefined, rules, { graph: { contiguity: 'queen' } });
    expect(p.layer).toBeUndefined();
    expect(p.units).toBe(zones);
    expect(p.graph.contiguity).toBe('queen');
  });

  it('names its options, not the CLI flags, when a companion option is missing', () => {
    const e = inputErrorOf(() => prepareSplit(zones, undefined, { ...rules, splitInto: [{ zone: 'r0c0', sections: 2 }] }));
    expect(e).toBeInstanceOf(InputError);
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('splitInto needs splitWith (the finer units the zone is divided into) and splitAbove');
    expect(e.message).not.toContain('--split-with');
    // the CLI says the same error with its flags
    expect(e.sayIn(cliVoice('en'))).toContain('--split-into needs --split-with');
    expect(inputErrorOf(() => prepareSplit(zones, fine, rules)).message).toContain('splitWith needs splitAbove N');
    expect(inputErrorOf(() => prepareSplit(zones, undefined, rules, { splitAbove: 5 })).message).toContain('splitAbove needs splitWith');
  });

  it('refuses a link to a zone that is split', () => {
    const links = [{ a: 'r0c0', b: 'r0c2', source: '--link r0c0:r0c2' }];
    const e = inputErrorOf(() => prepareSplit(zones, fine, rules, { splitAbove: 20_000, splitSnap: 0, graph: { links } }));
    expect(e.message).toContain('--link r0c0:r0c2 names zone r0c0, which is split into finer units');
  });
});
