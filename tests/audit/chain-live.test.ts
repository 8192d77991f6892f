import { describe, expect, it } from 'vitest';
import { ReComChain } from '../../src/audit/chain.js';
import { Rng } from '../../src/core/rng.js';
import { latticeGraph } from '../../src/partition/graph.js';
import { Partition } from '../../src/partition/partition.js';

// The reversible chain must follow a partition changed outside the chain (it keeps no list of sections between
// steps): a dropped section is never picked, a new one is.
describe('reversible ReCom and sections changed outside the chain', () => {
  it('picks the live sections after one is dropped and another made', () => {
    const g = latticeGraph(6, 2);
    // columns 0–1, 2–3, 4–5 of a 6×2 grid (units 0–5 the first row, 6–11 the second): three sections of 4 units
    const p = new Partition(g, [0, 0, 1, 1, 2, 2, 0, 0, 1, 1, 2, 2]);
    const chain = new ReComChain(p, (m) => m >= 2, new Rng(5), 'reversible');
    chain.step();
    // section 0 joins section 1 and is dropped; column 5 becomes a new section 5
    p.moveMany([...p.units(0)], 1);
    p.dropSection(0);
    p.newSection(5);
    p.moveMany([5, 11], 5);
    expect(p.sections()).toEqual([1, 2, 5]);
    let changed = 0;
    for (let i = 0; i < 2_000; i++) {
      chain.step();
      if (p.sectionOf(5) !== 5 || p.sectionOf(11) !== 5 || p.size(5) !== 2) changed++;
      for (const s of p.assignment) expect([1, 2, 5]).toContain(s);
    }
    // the new section takes part in the chain's moves
    expect(changed).toBeGreaterThan(0);
    expect(p.size(1) + p.size(2) + p.size(5)).toBe(12);
  });
});
