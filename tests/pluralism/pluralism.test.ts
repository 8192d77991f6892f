import { describe, expect, it } from 'vitest';
import { cliVoice } from '../../src/cli/voice.js';
import { say } from '../../src/messages/index.js';
import type { Plan } from '../../src/core/types.js';
import {
  comparePlans,
  defaultScenario,
  effectiveNumber,
  gallagher,
  listOutcome,
  pluralismOfPlan,
  readVotes,
  scenarioFromShares,
  sectionShares,
  simulateOutcome,
  thresholds,
} from '../../src/pluralism/index.js';
import { InputError } from '../../src/core/errors.js';
import { requireSettledTies } from '../../src/apportion/index.js';
import { inputErrorOf, tmpDir, tmpFile } from '../support/files.js';
import { zoneSetFrom } from '../support/zoneset.js';

const FIX = new URL('../fixtures/seats/', import.meta.url).pathname;
const zones = zoneSetFrom(FIX + 'row6.geojson');
const plan = (pairs: Record<string, string>): Plan => new Map(Object.entries(pairs));
const threeSections = plan({ Z1: 'north', Z2: 'north', Z3: 'middle', Z4: 'middle', Z5: 'south', Z6: 'south' });

describe('Gallagher index', () => {
  // Wikipedia, "Gallagher index", worked example: New Zealand 2005 general election, party vote % vs seats
  // (121 seats: Labour 50, National 48, NZ First 7, Greens 6, Māori 4, United Future 3, ACT 2, Progressive 1) → 1.11.
  it('New Zealand 2005 gives 1.11', () => {
    const votes = [41.1, 39.1, 5.72, 5.3, 2.12, 2.67, 1.51, 1.16, 0.62, 0.25, 0.12, 0.07, 0.05, 0.05, 0.04, 0.03, 0.03, 0.02, 0.02];
    const seats = [50, 48, 7, 6, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(gallagher(votes, seats)).toBeCloseTo(1.11, 1);
  });
  it('is 0 when seats follow votes exactly', () => {
    expect(gallagher([50, 30, 20], [5, 3, 2])).toBeCloseTo(0, 12);
  });
});

describe('effective number of lists (Laakso & Taagepera 1979, N = 1 / Σ p²)', () => {
  it('equals the number of lists when they are the same size', () => {
    expect(effectiveNumber([1, 1, 1, 1])).toBeCloseTo(4, 12);
    expect(effectiveNumber([0.5, 0.5])).toBeCloseTo(2, 12);
  });
  it('40/30/20/10: 1 / (0.16 + 0.09 + 0.04 + 0.01) = 1 / 0.30 = 3.33 (by hand)', () => {
    expect(effectiveNumber([40, 30, 20, 10])).toBeCloseTo(10 / 3, 12);
  });
});

describe("seat thresholds (Rae, Hanby & Loosemore 1971; Lijphart 1994; Taagepera's 75 %/(M+1))", () => {
  it("D'Hondt: exclusion 1/(M+1), representation 1/(M+n−1), effective 0.75/(M+1)", () => {
    const t = thresholds(5, 3, 'dhondt');
    expect(t.exclusion).toBeCloseTo(1 / 6, 12);
    expect(t.representation).toBeCloseTo(1 / 7, 12);
    expect(t.effective).toBeCloseTo(0.75 / 6, 12);
  });
  it("D'Hondt, M = 5: just under 1/6 can be shut out, just over 1/6 cannot (worst case: one rival)", () => {
    const out = (a: number) => listOutcome(['A', 'B'], [{ section: 's', members: 1000, seats: 5, shares: [a, 1 - a] }]);
    expect(out(0.16).sections[0].seatsByList.A).toBe(0); // 0.84 / 5 = 0.168 > 0.16
    expect(out(0.17).sections[0].seatsByList.A).toBe(1); // 0.83 / 5 = 0.166 < 0.17
  });
  it("D'Hondt, M = 5, n = 3: just over 1/7 can win a seat when the rivals split evenly", () => {
    const a = 1 / 7 + 0.001;
    const r = listOutcome(['A', 'B', 'C'], [{ section: 's', members: 1000, seats: 5, shares: [a, (1 - a) / 2, (1 - a) / 2] }]);
    expect(r.sections[0].seatsByList.A).toBe(1);
  });
  it('Hare largest remainder, M = 5, n = 3: a 13 % list can be shut out by two rivals with larger remainders', () => {
    // quotas: A 0.65, B 2.675, C 1.675 → floors 0 + 2 + 1, the two remainder seats go to .675 and .675.
    const r = listOutcome(['A', 'B', 'C'], [{ section: 's', members: 1000, seats: 5, shares: [0.13, 0.535, 0.335] }], 'hare');
    expect(r.sections[0].seatsByList).toEqual({ A: 0, B: 3, C: 2 });
    expect(thresholds(5, 3, 'hare').exclusion).toBeGreaterThan(0.13);
  });
});

describe('list outcome of a plan', () => {
  it('counts wasted votes: a 10 % list without a seat wastes 10 % of the section', () => {
    // 3 seats, 50/40/10 → D'Hondt 0.5, 0.4, 0.25 (A), 0.2 … → A 2, B 1, C 0.
    const r = listOutcome(['A', 'B', 'C'], [{ section: 's', members: 100, seats: 3, shares: [0.5, 0.4, 0.1] }]);
    expect(r.sections[0].seatsByList).toEqual({ A: 2, B: 1, C: 0 });
    expect(r.sections[0].wastedShare).toBeCloseTo(0.1, 12);
    expect(r.totals.listsRepresented).toBe(2);
    expect(r.totals.multiListSections).toBe(1);
  });
  it('equal averages: more votes wins (French rule); equal votes too: the tie stays open', () => {
    // 2 seats, 60/40: D'Hondt averages A 60, B 40, A 30 → A 1, B 1, no tie. With 3 seats among 50/25/25:
    // A 50, B 25 = C 25 = A/2 25: one seat for A, then three equal averages for 2 seats. A has more votes
    // than B and C, so A takes one; B and C have equal votes, so the last seat is not settled by law here.
    const r = listOutcome(['A', 'B', 'C'], [{ section: 's', members: 1000, seats: 3, shares: [0.5, 0.25, 0.25] }]);
    const ties = r.sections[0].ties;
    expect(ties).toHaveLength(1);
    expect(ties[0].resolvedBy).toBeUndefined();
    // 2 seats, 2/3 against 1/3: A's second average (1/3) equals B's first; A has more votes and wins it
    const settled = listOutcome(['A', 'B'], [{ section: 's', members: 1500, seats: 2, shares: [2 / 3, 1 / 3] }]);
    expect(settled.sections[0].ties).toHaveLength(1);
    expect(settled.sections[0].ties[0].resolvedBy).toBe('largest');
    expect(settled.sections[0].seatsByList).toEqual({ A: 2, B: 0 });
  });
  it('a one-seat section elects a single list and wastes every other vote', () => {
    const r = listOutcome(['A', 'B'], [{ section: 's', members: 1500, seats: 1, shares: [0.55, 0.45] }]);
    expect(r.sections[0].listsRepresented).toBe(1);
    expect(r.totals.wastedShare).toBeCloseTo(0.45, 12);
  });
  it('pluralismOfPlan uses the default scenario and says so', () => {
    const r = pluralismOfPlan(zones, threeSections);
    expect(r.scenario.isDefault).toBe(true);
    expect(say(r.scenario.description)).toMatch(/default scenario/);
    expect(say(r.scenario.description, 'fr')).toMatch(/scénario par défaut/);
    expect(r.lists).toHaveLength(4);
    // 1 seat per 1,500 members, rounded down: north 15,500 → 10, middle 14,400 → 9, south 24,100 → 16
    expect(Object.fromEntries(r.sections.map((s) => [s.section, s.seats]))).toEqual({ middle: 9, north: 10, south: 16 });
    expect(r.totals.seats).toBe(35);
  });
  it('zero-member zones and one-section plans work', () => {
    const z = zoneSetFrom({
      type: 'FeatureCollection',
      features: zones.zones.map((x, i) => ({ type: 'Feature', properties: { code: x.id, members: i === 0 ? 0 : x.members }, geometry: x.geometry })),
    });
    const one = new Map(z.zones.map((x) => [x.id, 'all']));
    const r = pluralismOfPlan(z, one, { votes: scenarioFromShares({ A: 60, B: 40 }) });
    expect(r.sections).toHaveLength(1);
    expect(r.sections[0].members).toBe(42_000);
    expect(r.sections[0].seats).toBe(28);
    // 28 seats, 60/40, D'Hondt: the exact proportional split 16.8 / 11.2 → 17 / 11
    expect(r.sections[0].seatsByList).toEqual({ A: 17, B: 11 });
  });
});

describe('vote files', () => {
  it('territory-wide list,share', () => {
    const v = readVotes(FIX + 'votes-territory.csv', zones);
    expect(v.lists).toEqual(['Rouge', 'Vert', 'Bleu']);
    expect(v.shares[0]).toBeCloseTo(0.45, 12);
    expect(v.byZone).toBeUndefined();
  });
  it('shares that do not add up to 100 are rescaled, and the scenario says so', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'votes-')), 'v110.csv');
    writeFileSync(file, 'list,share\nA,50\nB,30\nC,30\n');
    const v = readVotes(file, zones);
    expect(v.shares[0]).toBeCloseTo(50 / 110, 12);
    expect(say(v.description)).toContain('the shares add up to 110, not 100: they were rescaled to 100');
    expect(say(v.description, 'fr')).toContain('les parts totalisent 110 et non 100 : elles ont été ramenées à 100');
    expect(say(readVotes(FIX + 'votes-territory.csv', zones).description)).not.toContain('rescaled');
  });
  it('per zone, long and wide layouts give the same section shares, weighted by members', () => {
    const long = readVotes(FIX + 'votes-zones-long.csv', zones);
    const wide = readVotes(FIX + 'votes-zones-wide.csv', zones);
    const a = sectionShares(long, zones, threeSections);
    const b = sectionShares(wide, zones, threeSections);
    expect(a).toEqual(b);
    // north = Z1 (12,000 members, Rouge 60 %) + Z2 (3,500 members, Rouge 25 %): (7,200 + 875) / 15,500
    expect(a.get('north')![0]).toBeCloseTo(8075 / 15500, 12);
  });
  it('an unknown zone is a clear error naming the zone', () => {
    let err: unknown;
    try {
      readVotes(FIX + 'votes-unknown-zone.csv', zones);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).details.zone).toBe('Z9');
  });
  it('a zone with members but no votes is a clear error naming the zone', () => {
    let err: unknown;
    try {
      readVotes(FIX + 'votes-missing-zone.csv', zones);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).details.zone).toBe('Z6');
    expect((err as InputError).message).toMatch(/1 zone with members has no votes: Z6/);
  });
});

describe('simulation', () => {
  const sections = [
    { section: 'x', members: 10_000, seats: 6, shares: [0.4, 0.3, 0.2, 0.1] },
    { section: 'y', members: 1_500, seats: 1, shares: [0.4, 0.3, 0.2, 0.1] },
  ];
  const lists = ['A', 'B', 'C', 'D'];
  it('is reproducible from its seed', () => {
    const a = simulateOutcome(lists, sections, { draws: 200, concentration: 50, seed: 3 });
    const b = simulateOutcome(lists, sections, { draws: 200, concentration: 50, seed: 3 });
    expect(a).toEqual(b);
  });
  it('probabilities are coherent: overall ≥ each section, and a 0 % list never wins', () => {
    const s = simulateOutcome(['A', 'Z'], [{ section: 'x', members: 100, seats: 6, shares: [1, 0] }], { draws: 50, concentration: 10 });
    expect(s.overall.Z).toBe(0);
    expect(s.overall.A).toBe(1);
    const r = simulateOutcome(lists, sections, { draws: 300, concentration: 20, seed: 1 });
    for (const l of lists) for (const sec of ['x', 'y']) expect(r.overall[l]).toBeGreaterThanOrEqual(r.bySection[sec][l]);
    // a one-seat section elects exactly one list per draw, so the probabilities add up to 1
    expect(lists.reduce((a, l) => a + r.bySection.y[l], 0)).toBeCloseTo(1, 12);
  });
});

describe('comparing plans', () => {
  it('smaller sections elect fewer lists each (the reason for ≥ 10,000-member sections)', () => {
    const single = new Map(zones.zones.map((z) => [z.id, z.id]));
    const c = comparePlans(
      zones,
      [
        { label: 'sections', plan: threeSections },
        { label: 'zones', plan: single },
      ],
      { votes: scenarioFromShares({ A: 55, B: 45 }), rules: { minMembers: 0, minSeats: 0, seats: { kind: 'members-per-seat', membersPerSeat: 4000 } } },
    );
    // at 4,000 members per seat Z4 (6,400) and Z6 (4,000) elect 1 delegate each: one list only there.
    expect(c.plans[0].sections).toBe(3);
    expect(c.plans[1].sections).toBe(6);
    expect(c.plans[0].multiListSections).toBe(3);
    expect(c.plans[1].multiListSections).toBeLessThan(6);
    expect(c.plans[1].wastedShare).toBeGreaterThan(c.plans[0].wastedShare);
    expect(c.scenario.isDefault).toBe(false);
  });
  it('uses the default scenario when none is given', () => {
    expect(comparePlans(zones, [{ label: 'p', plan: threeSections }]).scenario).toEqual(defaultScenario());
  });
});

describe('vote figures as spreadsheets write them (the number parser of member counts)', () => {
  it('spaces between thousands, decimal commas and percentages', () => {
    const file = tmpFile(tmpDir('votes-fr-'), 'votes.csv', 'list;votes\nA;12\u202f000\nB;6 000\nC;"2000,0"\n');
    const v = readVotes(file, zones);
    expect(v.shares).toEqual([0.6, 0.3, 0.1]);
    const pct = tmpFile(tmpDir('votes-pct-'), 'share.csv', 'list,share\nA,"62,5%"\nB,37.5 %\n');
    expect(readVotes(pct, zones).shares).toEqual([0.625, 0.375]);
  });
  it('"1,500" could be 1500 or 1.5: refused, where it used to be read as 1.5', () => {
    const file = tmpFile(tmpDir('votes-amb-'), 'votes.csv', 'list,votes\nA,"1,500"\nB,700\n');
    const e = inputErrorOf(() => readVotes(file, zones));
    expect(e.details).toMatchObject({ field: 'votes' });
    expect(e.message).toMatch(/line 2: "1,500" could be read two ways/);
  });
});

describe('requireSettledTies', () => {
  const tie = { seats: 1, candidates: ['a', 'b'], winners: ['a'], value: 4000 };
  it('passes when there is no tie, or every tie was settled by --tie-break', () => {
    expect(() => requireSettledTies([])).not.toThrow();
    expect(() => requireSettledTies([{ ...tie, resolvedBy: 'first' }])).not.toThrow();
  });
  it('stops with exit code 1, naming the tied sections and the --tie-break choices', () => {
    const e = inputErrorOf(() => requireSettledTies([tie]));
    expect(e.exitCode).toBe(1);
    expect(e.message).toMatch(/the last seat tied between a, b/);
    expect(e.sayIn(cliVoice('en'))).toMatch(/--tie-break largest .* first .* random-seeded/);
  });
});
