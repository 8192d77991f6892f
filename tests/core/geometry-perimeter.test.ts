// Issue 25: perimeterKm computes turf's haversine inline (no coordinate copies per segment). It must give the
// very same doubles as summing turf's `distance` over the edges, or section compactness would drift.
import { distance } from '@turf/distance';
import fc from 'fast-check';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { perimeterKm } from '../../src/core/geometry.js';

function turfPerimeter(g: Polygon): number {
  let km = 0;
  for (const ring of g.coordinates)
    for (let i = 1; i < ring.length; i++) {
      if (Math.abs(ring[i - 1][0]) === 180 && ring[i - 1][0] === ring[i][0]) continue;
      km += distance(ring[i - 1], ring[i], { units: 'kilometers' });
    }
  return km;
}

describe('perimeterKm', () => {
  it('equals the sum of turf distances exactly, on random rings anywhere on the globe', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })), { minLength: 3, maxLength: 50 }),
        (pts) => {
          const ring = [...pts, pts[0]];
          const g: Polygon = { type: 'Polygon', coordinates: [ring] };
          expect(perimeterKm(g)).toBe(turfPerimeter(g));
        },
      ),
      { numRuns: 300, seed: 25 },
    );
  });
  it('a 1° square at the equator: about 4 × 111.2 km', () => {
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(perimeterKm(g)).toBeCloseTo(444.7, 0);
  });
});
