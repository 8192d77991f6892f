/**
 * The grid of placed label boxes (src/report/labels.ts BoxGrid) that placeLabels asks whether a place is free: for a box
 * within the map's frame, the same answer as comparing it with every box placed (which made the labels of a map of
 * thousands of sections quadratic), whatever the boxes placed (partly or wholly outside the frame, points, huge).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoxGrid } from '../../src/report/labels.js';

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const box = (lo: number, hi: number) =>
  fc
    .tuple(
      fc.double({ min: lo, max: hi, noNaN: true }),
      fc.double({ min: lo, max: hi, noNaN: true }),
      fc.double({ min: 0, max: 300, noNaN: true }),
      fc.double({ min: 0, max: 60, noNaN: true }),
    )
    .map(([x, y, w, h]) => ({ x0: x, y0: y, x1: x + w, y1: y + h }));

describe('BoxGrid', () => {
  it('finds an overlap exactly when one of the boxes placed overlaps the box asked', () => {
    const frame = { x0: 10, y0: 20, x1: 810, y1: 620 };
    fc.assert(
      fc.property(fc.array(box(-200, 1000), { maxLength: 80 }), fc.array(box(10, 700), { maxLength: 40 }), (placed, asked) => {
        const grid = new BoxGrid(frame);
        for (const p of placed) grid.add(p);
        for (const q of asked) {
          // placeLabels asks only of boxes within the frame
          const inFrame = { x0: Math.max(q.x0, frame.x0), y0: Math.max(q.y0, frame.y0), x1: Math.min(q.x1, frame.x1), y1: Math.min(q.y1, frame.y1) };
          if (!(inFrame.x0 <= inFrame.x1 && inFrame.y0 <= inFrame.y1)) continue;
          expect(grid.hits(inFrame)).toBe(placed.some((p) => overlaps(p, inFrame)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('on a frame smaller than a cell, and on boxes touching the frame from outside', () => {
    const frame = { x0: 0, y0: 0, x1: 5, y1: 5 };
    const grid = new BoxGrid(frame);
    grid.add({ x0: -3, y0: 0, x1: 0, y1: 5 });
    grid.add({ x0: 4, y0: 4, x1: 9, y1: 9 });
    expect(grid.hits({ x0: 0, y0: 0, x1: 1, y1: 1 })).toBe(false);
    expect(grid.hits({ x0: 3.5, y0: 3.5, x1: 4.5, y1: 4.5 })).toBe(true);
  });

  it('finds a box placed partly outside the frame from a point of the frame it covers (fast-check found this corner)', () => {
    const grid = new BoxGrid({ x0: 10, y0: 20, x1: 810, y1: 620 });
    grid.add({ x0: 0, y0: 0, x1: 10.000000000000002, y1: 20.000000000000004 });
    expect(grid.hits({ x0: 10, y0: 20, x1: 10, y1: 20 })).toBe(true);
    expect(grid.hits({ x0: 10.1, y0: 20, x1: 11, y1: 21 })).toBe(false);
  });
});
