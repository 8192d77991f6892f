import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { expect } from 'vitest';

/** Signed planar area of a ring (lon/lat): > 0 counter-clockwise. */
export function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

export function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * RFC 7946 checks: WGS84 ranges, rings closed with ≥ 4 positions and no repeated consecutive vertex,
 * exterior rings counter-clockwise, holes clockwise, no "crs" member.
 */
export function expectRfc7946(fc: FeatureCollection): void {
  expect(fc.type).toBe('FeatureCollection');
  expect((fc as unknown as Record<string, unknown>).crs).toBeUndefined();
  for (const f of fc.features) {
    const g = f.geometry as Polygon | MultiPolygon;
    expect(['Polygon', 'MultiPolygon']).toContain(g.type);
    for (const rings of polygonsOf(g)) {
      rings.forEach((ring, k) => {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (let i = 1; i < ring.length; i++) expect(ring[i][0] !== ring[i - 1][0] || ring[i][1] !== ring[i - 1][1]).toBe(true);
        for (const [lon, lat] of ring) {
          expect(Math.abs(lon)).toBeLessThanOrEqual(180);
          expect(Math.abs(lat)).toBeLessThanOrEqual(90);
        }
        if (k === 0) expect(signedArea(ring)).toBeGreaterThan(0);
        else expect(signedArea(ring)).toBeLessThan(0);
      });
    }
  }
}

/** A closed ring as a canonical list: rotated to start at its smallest vertex (same direction kept). */
export function canonicalRing(ring: Position[]): string[] {
  const open = ring.slice(0, -1).map((p) => `${p[0]},${p[1]}`);
  const key = (s: string) => s.split(',').map(Number);
  let best = 0;
  for (let i = 1; i < open.length; i++) {
    const [a, b] = [key(open[i]), key(open[best])];
    if (a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])) best = i;
  }
  return [...open.slice(best), ...open.slice(0, best)];
}

/** Geometries equal up to the starting vertex of each ring and the order of the polygons. */
export function canonicalGeometry(g: Polygon | MultiPolygon): string[][][] {
  return polygonsOf(g)
    .map((rings) => rings.map(canonicalRing))
    .sort((a, b) => (a[0][0] < b[0][0] ? -1 : 1));
}
