// MinHeap (src/core/heap.ts): propose's seeds and the map's colouring take entries from it in (key, tie-break, id)
// order, and propose reuses one heap for every growth of a search (clear): both must give the order of a sort.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from '../../src/core/heap.js';

type Entry = [key: number, tie: number, id: number];
const entries = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 50 })), {
  maxLength: 200,
});
const sorted = (es: Entry[]) => [...es].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);

function drain(h: MinHeap): Entry[] {
  const out: Entry[] = [];
  while (h.size > 0) {
    const id = h.pop();
    out.push([h.poppedKey, h.poppedTie, id]);
  }
  return out;
}

describe('MinHeap', () => {
  it('pops in (key, tie-break, id) order, built by add + heapify or by push', () => {
    fc.assert(
      fc.property(entries, (es) => {
        const a = new MinHeap();
        for (const [k, t, id] of es) a.add(k, t, id);
        a.heapify();
        const b = new MinHeap();
        for (const [k, t, id] of es) b.push(k, t, id);
        expect(drain(a)).toEqual(sorted(es));
        expect(drain(b)).toEqual(sorted(es));
      }),
    );
  });

  it('a heap cleared and filled again gives what a new heap gives', () => {
    fc.assert(
      fc.property(entries, entries, fc.nat(200), (first, second, popped) => {
        const reused = new MinHeap();
        for (const [k, t, id] of first) reused.push(k, t, id);
        for (let i = 0; i < Math.min(popped, reused.size); i++) reused.pop();
        reused.clear();
        expect(reused.size).toBe(0);
        for (const [k, t, id] of second) reused.add(k, t, id);
        reused.heapify();
        expect(drain(reused)).toEqual(sorted(second));
      }),
    );
  });
});
