/**
 * minOf / maxOf (src/core/extremes.ts): Math.min's and Math.max's answers over arrays of any length, and the places
 * that spread a plan-sized array into a call, which stopped with "Maximum call stack size exceeded" past about
 * 100,000 values (a plan of 160,000 sections, an audit of 200,000 plans, a links file of 200,000 rows).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { malapportionment } from '../../src/apportion/indices.js';
import { graphOptionsFrom } from '../../src/cli/graph-options.js';
import { ruleById, type PlanFacts, type SectionFacts } from '../../src/check/rules/index.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { maxOf, minOf } from '../../src/core/extremes.js';
import { Partition } from '../../src/partition/partition.js';
import { latticeGraph } from '../../src/partition/graph.js';
import { binsOf } from '../../src/report/audit.js';

/** More values than a call can take as arguments on V8's default stack. */
const LONG = 300_000;

describe('minOf and maxOf', () => {
  it('give what Math.min and Math.max give, NaN, −0, infinities and empty arrays included', () => {
    const value = fc.oneof(fc.double(), fc.constantFrom(0, -0, NaN, Infinity, -Infinity), fc.integer());
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (values) => {
        expect(Object.is(minOf(values), Math.min(...values))).toBe(true);
        expect(Object.is(maxOf(values), Math.max(...values))).toBe(true);
        expect(Object.is(minOf(Float64Array.from(values)), Math.min(...values))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('take arrays longer than a call takes arguments', () => {
    const values = Float64Array.from({ length: LONG }, (_, i) => ((i * 7919) % LONG) - 1000);
    expect(() => Math.min(...values)).toThrow(RangeError);
    expect(minOf(values)).toBe(-1000);
    expect(maxOf(values)).toBe(LONG - 1001);
  });
});

describe('plan-sized arrays', () => {
  it('the seat and member rules, and malapportionment, take a plan of 300,000 sections', () => {
    const sections = Array.from({ length: LONG }, (_, i) => ({
      id: `S${i}`,
      zones: [`z${i}`],
      members: 2000 + (i % 977),
      seats: 1 + (i % 5),
    })) as unknown as SectionFacts[];
    const rules = resolveRules({ minMembers: 100, membersPerSeat: 300, minSeats: 1 });
    const facts = { rules, sections, totals: { sections: LONG, members: 0 } } as unknown as PlanFacts;
    expect(ruleById('min-members').figures(facts)).toMatchObject({ smallest: 2000 });
    expect(ruleById('min-seats').figures(facts)).toMatchObject({ fewest: 1 });
    const m = malapportionment(sections.map((s) => ({ members: s.members, seats: s.seats })));
    expect(m.maxMembersPerSeat).toBe(maxOf(sections.map((s) => s.members / s.seats)));
    expect(m.minMembersPerSeat).toBe(minOf(sections.map((s) => s.members / s.seats)));
  });

  it("the audit report's histogram takes 300,000 plans, every one counted once", () => {
    const values = Float64Array.from({ length: LONG }, (_, i) => 10_000 + (i % 5000));
    const bins = binsOf(values, 12_000, true);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(LONG);
    expect(bins[0]!.from).toBeLessThanOrEqual(10_000);
    expect(bins[bins.length - 1]!.to).toBeGreaterThanOrEqual(14_999);
  });

  it('a links file of 200,000 rows is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'decoupage-links-'));
    const file = join(dir, 'links.csv');
    writeFileSync(file, 'zone_a,zone_b\n' + Array.from({ length: 200_000 }, (_, i) => `a${i},b${i}\n`).join(''));
    const links = graphOptionsFrom({ contiguity: 'rook', links: file }).links!;
    expect(links).toHaveLength(200_000);
    expect(links[199_999]).toMatchObject({ a: 'a199999', b: 'b199999', source: `${file} line 200001` });
  });

  it('a partition whose 250,000 sections were all dropped is copied', () => {
    const g = latticeGraph(500, 500);
    const p = new Partition(
      g,
      Int32Array.from({ length: g.n }, (_, i) => i),
    );
    for (let s = 0; s < g.n; s++) {
      for (const u of [...p.units(s)]) p.move(u, -1);
      p.dropSection(s);
    }
    const c = p.clone();
    expect(c.count).toBe(0);
    // the copy reuses the dropped indices as the original does
    expect(c.newSection()).toBe(p.newSection());
  });
});
