import { describe, expect, it } from 'vitest';
import { apportion, loosemoreHanby, seatsByQuota, seatsForSections, sectionSeats } from '../../src/apportion/index.js';
import { InputError } from '../../src/core/errors.js';
import type { ApportionMethod, Rules } from '../../src/core/rules.js';
import { readCsv } from '../../src/io/csv.js';

const FIX = new URL('../fixtures/seats/', import.meta.url).pathname;
const w = (pairs: [string, number][]) => pairs.map(([id, weight]) => ({ id, weight }));
const seatsOf = (r: { seats: Map<string, number> }) => [...r.seats.values()];

describe('highest averages: published worked examples', () => {
  // Wikipedia, "D'Hondt method", Example: 230,000 voters, 8 seats, A 100,000 / B 80,000 / C 30,000 / D 20,000
  // → D'Hondt A 4, B 3, C 1, D 0.
  const wiki = w([
    ['A', 100_000],
    ['B', 80_000],
    ['C', 30_000],
    ['D', 20_000],
  ]);
  it("D'Hondt gives 4/3/1/0 (Wikipedia D'Hondt example)", () => {
    expect(seatsOf(apportion(wiki, 8, 'dhondt'))).toEqual([4, 3, 1, 0]);
  });
  it('Sainte-Laguë gives 3/3/1/1 on the same votes (the classic comparison)', () => {
    expect(seatsOf(apportion(wiki, 8, 'sainte-lague'))).toEqual([3, 3, 1, 1]);
  });

  // staatsrecht.honikel.de, "Berechnungsbeispiele – Lösungen": 10 seats, A 6,100 / B 5,000 / C 900 votes:
  // Sainte-Laguë 5/4/1, largest remainder 5/4/1, D'Hondt 6/4/0.
  const honikel = w([
    ['A', 6100],
    ['B', 5000],
    ['C', 900],
  ]);
  it.each([
    ['sainte-lague', [5, 4, 1]],
    ['hamilton', [5, 4, 1]],
    ['dhondt', [6, 4, 0]],
  ] as [ApportionMethod, number[]][])('%s on the honikel.de worked example', (method, expected) => {
    expect(seatsOf(apportion(honikel, 10, method))).toEqual(expected);
  });

  // Electowiki, "Sainte-Laguë method", 35-seat example: A 503 / B 304 / C 193 → Sainte-Laguë 17/11/7.
  // (The page's D'Hondt aside, 18/10/6, adds up to 34 seats, not 35, so it is not used here.)
  it('Electowiki 35-seat example: Sainte-Laguë 17/11/7', () => {
    const ew = w([
      ['A', 503],
      ['B', 304],
      ['C', 193],
    ]);
    expect(seatsOf(apportion(ew, 35, 'sainte-lague'))).toEqual([17, 11, 7]);
  });

  // Electoral reform wiki, "Sainte-Laguë Method": 10 seats, 25,000 / 19,000 / 12,000 / 8,000 → 4, 3, 2, 1.
  it('Sainte-Laguë 4/3/2/1 on the electoral-reform wiki example', () => {
    expect(
      seatsOf(
        apportion(
          w([
            ['A', 25_000],
            ['B', 19_000],
            ['C', 12_000],
            ['D', 8_000],
          ]),
          10,
          'sainte-lague',
        ),
      ),
    ).toEqual([4, 3, 2, 1]);
  });
});

describe('US House apportionments (published census figures)', () => {
  // 1790 census apportionment populations (Tannenbaum, "Excursions in Modern Mathematics", apportionment
  // project table). The Apportionment Act of 1792 used Jefferson's method with 105 seats (ratio 1:33,000;
  // seats as listed in Tucker's Blackstone, 1803, note D); the vetoed bill of March 1792 shared 120 seats by
  // Hamilton's method (seats as listed by the National Archives, "The 1790 Census and the First Veto", 2022).
  const t = readCsv(FIX + 'us-1790-census.csv');
  const states = t.rows.map((r) => ({ id: r.state, weight: Number(r.population) }));
  it("Jefferson (D'Hondt) with 105 seats gives the 1792 Act's apportionment", () => {
    const r = apportion(states, 105, 'dhondt');
    for (const row of t.rows) expect(r.seats.get(row.state), row.state).toBe(Number(row.seats_1792_act));
  });
  it("Hamilton with 120 seats gives the vetoed bill's apportionment", () => {
    const r = apportion(states, 120, 'hamilton');
    for (const row of t.rows) expect(r.seats.get(row.state), row.state).toBe(Number(row.seats_vetoed_bill));
  });
  it('Hamilton and Jefferson disagree on 105 seats: Delaware and Virginia (Balinski & Young, Fair Representation, ch. 2)', () => {
    const h = apportion(states, 105, 'hamilton');
    const j = apportion(states, 105, 'dhondt');
    expect(h.seats.get('Delaware')).toBe(2);
    expect(j.seats.get('Delaware')).toBe(1);
    expect(h.seats.get('Virginia')).toBe(18);
    expect(j.seats.get('Virginia')).toBe(19);
  });

  // 2020 census apportionment populations and seats: census.gov "2020 Census Apportionment Results", Table 1
  // (as kept in alecramsay/MM2 data/census). Huntington-Hill, 435 seats, each state first gets 1.
  const us = readCsv(FIX + 'us-2020-apportionment.csv');
  const pops = us.rows.map((r) => ({ id: r.state, weight: Number(r.population) }));
  it('Huntington-Hill reproduces the 2020 House apportionment for all 50 states', () => {
    for (const minSeats of [0, 1]) {
      const r = apportion(pops, 435, 'huntington-hill', { minSeats });
      for (const row of us.rows) expect(r.seats.get(row.state), row.state).toBe(Number(row.seats));
      expect(r.ties).toEqual([]);
    }
  });
  it('seat 436 would have gone to New York (it missed it by 89 people, Census Bureau priority list 2020)', () => {
    const r = apportion(pops, 436, 'huntington-hill');
    expect(r.seats.get('New York')).toBe(27);
    const changed = us.rows.filter((row) => r.seats.get(row.state) !== Number(row.seats)).map((row) => row.state);
    expect(changed).toEqual(['New York']);
  });
});

describe('Hamilton: Alabama paradox', () => {
  // Wikipedia, "Apportionment paradox" (Alabama paradox example): populations 6, 6, 2.
  // 10 seats → 4, 4, 2; 11 seats → 5, 5, 1: the small state loses a seat when the house grows.
  it('C loses a seat when the house grows from 10 to 11', () => {
    const p = w([
      ['A', 6],
      ['B', 6],
      ['C', 2],
    ]);
    expect(seatsOf(apportion(p, 10, 'hamilton'))).toEqual([4, 4, 2]);
    expect(seatsOf(apportion(p, 11, 'hamilton'))).toEqual([5, 5, 1]);
  });
  it('divisor methods are house-monotone: no state loses a seat when seats grow (Balinski & Young)', () => {
    const p = w([
      ['A', 6],
      ['B', 6],
      ['C', 2],
      ['D', 7],
    ]);
    for (const m of ['dhondt', 'sainte-lague', 'huntington-hill', 'adams'] as ApportionMethod[]) {
      for (let s = 4; s < 30; s++) {
        const a = apportion(p, s, m, { tieBreak: 'first' });
        const b = apportion(p, s + 1, m, { tieBreak: 'first' });
        for (const id of ['A', 'B', 'C', 'D']) expect(b.seats.get(id)! >= a.seats.get(id)!, `${m} ${s}`).toBe(true);
      }
    }
  });
});

describe('Adams and Huntington-Hill give every section a seat', () => {
  it('a tiny section still gets one seat', () => {
    const p = w([
      ['big', 1_000_000],
      ['tiny', 10],
    ]);
    expect(apportion(p, 5, 'adams').seats.get('tiny')).toBe(1);
    expect(apportion(p, 5, 'huntington-hill').seats.get('tiny')).toBe(1);
    expect(apportion(p, 5, 'dhondt').seats.get('tiny')).toBe(0);
  });
  it('refuses fewer seats than sections with members', () => {
    expect(() =>
      apportion(
        w([
          ['a', 1],
          ['b', 1],
          ['c', 1],
        ]),
        2,
        'adams',
      ),
    ).toThrow(/at least one seat/);
  });
});

describe('ties are reported, never settled silently', () => {
  it('two equal sections and an odd seat', () => {
    const r = apportion(
      w([
        ['a', 5000],
        ['b', 5000],
      ]),
      3,
      'dhondt',
    );
    expect(r.ties).toHaveLength(1);
    expect(r.ties[0].candidates).toEqual(['a', 'b']);
    expect(r.ties[0].seats).toBe(1);
    expect(r.ties[0].resolvedBy).toBeUndefined();
  });
  it('Hamilton ties on equal remainders', () => {
    const r = apportion(
      w([
        ['a', 1],
        ['b', 1],
        ['c', 1],
      ]),
      4,
      'hamilton',
    );
    expect(r.ties[0].candidates).toEqual(['a', 'b', 'c']);
    expect([...r.seats.values()].reduce((s, x) => s + x, 0)).toBe(4);
  });
  it('--tie-break largest gives the seat to the larger weight', () => {
    // D'Hondt: the 1st seat goes to big (6000); the 2nd is claimed equally by big (6000/2) and small (3000/1).
    const r = apportion(
      w([
        ['small', 3000],
        ['big', 6000],
      ]),
      2,
      'dhondt',
      { tieBreak: 'largest' },
    );
    expect(r.ties[0].candidates).toEqual(['small', 'big']);
    expect(r.seats.get('big')).toBe(2);
    expect(r.ties[0].resolvedBy).toBe('largest');
  });
  it('--tie-break random-seeded is reproducible', () => {
    const p = w(['a', 'b', 'c', 'd', 'e'].map((id) => [id, 100] as [string, number]));
    const x = apportion(p, 2, 'sainte-lague', { tieBreak: 'random-seeded', seed: 7 });
    const y = apportion(p, 2, 'sainte-lague', { tieBreak: 'random-seeded', seed: 7 });
    expect(x.ties[0].winners).toEqual(y.ties[0].winners);
    expect(x.ties[0].winners).toHaveLength(2);
  });
});

describe('minimum seats and edge cases', () => {
  const rules = (total: number, minSeats: number, method: ApportionMethod = 'dhondt'): Rules => ({
    minMembers: 0,
    minSeats,
    seats: { kind: 'total', total, method },
  });
  it('more minimum seats than total seats is a clear error (exit 1)', () => {
    const m = new Map([
      ['a', 100],
      ['b', 200],
      ['c', 300],
    ]);
    let err: unknown;
    try {
      seatsForSections(m, rules(12, 6));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/more minimum seats than total seats/);
    expect((err as InputError).message).toMatch(/3 sections × 6/);
    expect((err as InputError).exitCode).toBe(1);
  });
  it('every section gets at least the minimum, and the seats add up', () => {
    const m = new Map([
      ['a', 100],
      ['b', 20_000],
      ['c', 300],
    ]);
    for (const method of ['dhondt', 'sainte-lague', 'hamilton', 'huntington-hill', 'adams'] as ApportionMethod[]) {
      const s = seatsForSections(m, rules(30, 6, method));
      expect(
        [...s.values()].every((x) => x >= 6),
        method,
      ).toBe(true);
      expect(
        [...s.values()].reduce((a, x) => a + x, 0),
        method,
      ).toBe(30);
    }
  });
  it('Hamilton with a minimum shares the rest by largest remainder (Spanish Congress rule, LOREG art. 162)', () => {
    // 2 base seats each, 4 left over shared 3:1 by members: quotas 3 and 1 exactly.
    const s = seatsForSections(
      new Map([
        ['x', 300],
        ['y', 100],
      ]),
      rules(8, 2, 'hamilton'),
    );
    expect([...s.values()]).toEqual([5, 3]);
  });
  it('one section takes every seat', () => {
    for (const method of ['dhondt', 'sainte-lague', 'hamilton', 'huntington-hill', 'adams'] as ApportionMethod[]) {
      expect(seatsForSections(new Map([['only', 12_345]]), rules(40, 6, method)).get('only')).toBe(40);
    }
  });
  it('a section with zero members gets only the minimum', () => {
    const s = seatsForSections(
      new Map([
        ['empty', 0],
        ['full', 50_000],
      ]),
      rules(20, 6),
    );
    expect(s.get('empty')).toBe(6);
    expect(s.get('full')).toBe(14);
  });
  it('zero members everywhere and seats to share is a clear error', () => {
    expect(() =>
      seatsForSections(
        new Map([
          ['a', 0],
          ['b', 0],
        ]),
        rules(10, 0),
      ),
    ).toThrow(InputError);
  });
  it('members-per-seat drops remainders: 10,499 members at 1,500 per seat elect 6 (10,499 / 1,500 = 6.999)', () => {
    expect(
      seatsByQuota(
        w([
          ['s', 10_499],
          ['t', 10_500],
          ['z', 0],
        ]),
        1500,
      ),
    ).toEqual(
      new Map([
        ['s', 6],
        ['t', 7],
        ['z', 0],
      ]),
    );
    const r: Rules = { minMembers: 0, minSeats: 6, seats: { kind: 'members-per-seat', membersPerSeat: 1500 } };
    expect(seatsForSections(new Map([['s', 10_499]]), r).get('s')).toBe(6);
  });
});

describe('malapportionment', () => {
  // Loosemore & Hanby (1971): D = ½ Σ |s_i − v_i|. Hand computation: members 50/30/20 %, seats 60/30/10 %
  // → ½ (10 + 0 + 10) = 10 %.
  it('Loosemore–Hanby on a hand-computed case', () => {
    expect(
      loosemoreHanby([
        { share: 50, seats: 6 },
        { share: 30, seats: 3 },
        { share: 20, seats: 1 },
      ]),
    ).toBeCloseTo(10, 10);
  });
  it('sectionSeats reports members per seat, deviation and the max/min ratio', () => {
    const r: Rules = { minMembers: 0, minSeats: 0, seats: { kind: 'members-per-seat', membersPerSeat: 1000 } };
    const s = sectionSeats(
      new Map([
        ['a', 4000],
        ['b', 2500],
      ]),
      r,
    );
    // a: 4 seats, 1,000 per seat; b: 2 seats, 1,250 per seat; average 6,500 / 6.
    expect(s.rows.map((x) => x.membersPerSeat)).toEqual([1000, 1250]);
    expect(s.overall.ratio).toBeCloseTo(1.25, 10);
    expect(s.rows[0].deviationPct).toBeCloseTo(((1000 - 6500 / 6) / (6500 / 6)) * 100, 10);
  });
});
