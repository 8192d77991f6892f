import { describe, expect, it } from 'vitest';
import { standardise, onUnits } from '../../src/homogeneity/attributes.js';
import { homogeneityOf, leastHomogeneous } from '../../src/homogeneity/measure.js';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sq = (xs: number[], m: number) => xs.reduce((a, x) => a + (x - m) * (x - m), 0);

describe('standardise', () => {
  it('gives each column mean 0 and population sd 1 over the zones with a value, NaN stays missing', () => {
    // two columns, zone 2 has no value in the second
    const a = standardise(['a', 'b'], [1, 10, 2, 20, 3, NaN, 6, 40]);
    expect(a.n).toBe(4);
    expect(a.weights).toEqual([1, 1]);
    const col = (c: number) => [0, 1, 2, 3].map((i) => a.z[i * 2 + c]).filter((v) => !Number.isNaN(v));
    for (const c of [0, 1]) {
      const xs = col(c);
      expect(mean(xs)).toBeCloseTo(0, 12);
      expect(Math.sqrt(sq(xs, 0) / xs.length)).toBeCloseTo(1, 12);
    }
    expect(Number.isNaN(a.z[2 * 2 + 1])).toBe(true);
    expect(a.raw[3 * 2 + 1]).toBe(40);
    // by the definition: (x − mean) / sd
    const xs = [1, 2, 3, 6];
    const m = mean(xs);
    const sd = Math.sqrt(sq(xs, m) / 4);
    expect(a.z[3 * 2]).toBeCloseTo((6 - m) / sd, 12);
  });

  it('a constant column is 0 wherever it has a value', () => {
    const a = standardise(['a'], [5, 5, NaN]);
    expect([...a.z.slice(0, 2)]).toEqual([0, 0]);
    expect(Number.isNaN(a.z[2])).toBe(true);
  });
});

describe('homogeneityOf', () => {
  const values = [1, 2, 3, 5, 8];
  const attrs = standardise(['rate'], values);
  const z = [...attrs.z];

  it('R² = 1 − within / total over the standardised values', () => {
    const assignment = [0, 0, 1, 1, 1];
    const h = homogeneityOf(attrs, assignment);
    const s0 = [z[0], z[1]];
    const s1 = [z[2], z[3], z[4]];
    const within = sq(s0, mean(s0)) + sq(s1, mean(s1));
    const total = sq(z, mean(z));
    expect(h.within).toBeCloseTo(within, 12);
    expect(h.total).toBeCloseTo(total, 12);
    expect(h.r2).toBeCloseTo(1 - within / total, 12);
    // without members the weighted figures are the plain ones
    expect(h.r2Weighted).toBeCloseTo(h.r2, 12);
    expect(h.zones).toBe(5);
    expect(h.missing).toBe(0);
    // per section: raw mean and range
    expect(h.sections[0].mean[0]).toBeCloseTo(mean([1, 2]), 12);
    expect(h.sections[1].range[0]).toBe(8 - 3);
    expect(h.sections[1].ss).toBeCloseTo(sq(s1, mean(s1)), 12);
  });

  it('one zone per section gives R² 1, one section gives R² 0', () => {
    expect(homogeneityOf(attrs, [0, 1, 2, 3, 4]).r2).toBeCloseTo(1, 12);
    expect(homogeneityOf(attrs, [0, 0, 0, 0, 0]).r2).toBeCloseTo(0, 12);
  });

  it('weighting a zone by 2 members is counting it twice', () => {
    const members = [2, 1, 1, 3, 1];
    const assignment = [0, 0, 1, 1, 1];
    const h = homogeneityOf(attrs, assignment, members);
    // the same zones repeated as many times as their members, plain figures
    const rep: number[] = [];
    const repSection: number[] = [];
    members.forEach((m, i) => {
      for (let r = 0; r < m; r++) {
        rep.push(z[i]);
        repSection.push(assignment[i]);
      }
    });
    const total = sq(rep, mean(rep));
    const s0 = rep.filter((_, j) => repSection[j] === 0);
    const s1 = rep.filter((_, j) => repSection[j] === 1);
    const within = sq(s0, mean(s0)) + sq(s1, mean(s1));
    expect(h.totalWeighted).toBeCloseTo(total, 12);
    expect(h.withinWeighted).toBeCloseTo(within, 12);
    expect(h.r2Weighted).toBeCloseTo(1 - within / total, 12);
    // members-weighted raw mean of section 0: (2·1 + 1·2) / 3
    expect(h.sections[0].mean[0]).toBeCloseTo((2 * 1 + 1 * 2) / 3, 12);
    // the unweighted R² does not move with members
    expect(h.r2).toBeCloseTo(homogeneityOf(attrs, assignment).r2, 12);
  });

  it('column weights multiply each column’s squares', () => {
    const raw = [1, 4, 2, 1, 6, 0, 7, 9];
    const w = standardise(['a', 'b'], raw, [3, 1]);
    const h = homogeneityOf(w, [0, 0, 1, 1]);
    const colZ = (c: number) => [0, 1, 2, 3].map((i) => w.z[i * 2 + c]);
    const part = (xs: number[]) => sq(xs.slice(0, 2), mean(xs.slice(0, 2))) + sq(xs.slice(2), mean(xs.slice(2)));
    const within = 3 * part(colZ(0)) + part(colZ(1));
    const total = 3 * sq(colZ(0), mean(colZ(0))) + sq(colZ(1), mean(colZ(1)));
    expect(h.r2).toBeCloseTo(1 - within / total, 12);
  });

  it('a zone with a missing value is left out and counted, never taken as 0', () => {
    const withGap = standardise(['a'], [1, 2, NaN, 5, 8]);
    const h = homogeneityOf(withGap, [0, 0, 1, 1, 1]);
    expect(h.missing).toBe(1);
    expect(h.sections[1].missing).toBe(1);
    expect(h.zones).toBe(4);
    // the same as the plan without that zone
    const without = homogeneityOf(standardise(['a'], [1, 2, 5, 8]), [0, 0, 1, 1]);
    expect(h.r2).toBeCloseTo(without.r2, 12);
    expect(h.sections[1].range[0]).toBe(8 - 5);
  });

  it('unassigned zones are out of the figures; the least homogeneous section comes first', () => {
    const h = homogeneityOf(attrs, [0, 0, -1, 1, 1]);
    expect(h.zones).toBe(4);
    const kept = [z[0], z[1], z[3], z[4]];
    const within = sq([z[0], z[1]], mean([z[0], z[1]])) + sq([z[3], z[4]], mean([z[3], z[4]]));
    expect(h.r2).toBeCloseTo(1 - within / sq(kept, mean(kept)), 12);
    const flagged = leastHomogeneous(h, attrs);
    expect(flagged[0]).toBe(h.sections[0].ss > h.sections[1].ss ? 0 : 1);
    // a range limit flags every section above it
    expect(leastHomogeneous(h, attrs, { share: 0, maxSpread: { rate: 0.5 } }).sort()).toEqual([0, 1]);
  });

  it('units of a split zone take their zone’s values', () => {
    const u = onUnits(attrs, [0, 0, 1, -1]);
    expect([...u.raw.slice(0, 3)]).toEqual([1, 1, 2]);
    expect(Number.isNaN(u.raw[3])).toBe(true);
    expect(u.z[1]).toBe(attrs.z[0]);
  });
});
