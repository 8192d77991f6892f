import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { buildGraph } from '../../src/graph/index.js';
import { zoneSetFrom } from '../support/zoneset.js';

const fixture = (name: string) => zoneSetFrom(new URL(`../fixtures/graph/${name}`, import.meta.url).pathname);

// Independent references: on a sphere of radius R, a meridian arc of Δφ is R·Δφ, and a short
// stretch of parallel at latitude φ is R·cos φ·Δλ (the great circle is shorter by ~1e-10 here).
const R_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;
const meridianKm = (dLatDeg: number) => R_KM * rad(dLatDeg);
const parallelKm = (latDeg: number, dLonDeg: number) => R_KM * Math.cos(rad(latDeg)) * rad(dLonDeg);

describe('buildGraph on hand-made fixtures', () => {
  it('two squares sharing an edge are rook neighbours, with the length of that edge', () => {
    const g = buildGraph(fixture('two-squares.geojson'));
    expect(g.edges).toHaveLength(1);
    expect(g.edges[0]).toMatchObject({ a: 0, b: 1, kind: 'border' });
    expect(g.edges[0].sharedBorderKm).toBeCloseTo(meridianKm(0.01), 4);
    expect(g.borderKm(1, 0)).toBeCloseTo(meridianKm(0.01), 4);
    expect(g.neighbors).toEqual([[1], [0]]);
    expect(g.components).toEqual([[0, 1]]);
    expect(g.islands).toEqual([]);
    expect(g.nearMisses).toEqual([]);
  });

  it('squares touching at a corner: no rook edge (a near-miss), a queen "point" edge', () => {
    const zones = fixture('corner.geojson');
    const rook = buildGraph(zones);
    expect(rook.edges).toEqual([]);
    expect(rook.islands).toEqual([0, 1]);
    expect(rook.components).toEqual([[0], [1]]);
    expect(rook.nearMisses).toEqual([{ a: 0, b: 1, distanceM: 0, lengthM: 0, joined: false }]);

    const queen = buildGraph(zones, { contiguity: 'queen' });
    expect(queen.edges).toEqual([{ a: 0, b: 1, sharedBorderKm: 0, kind: 'point' }]);
    expect(queen.components).toEqual([[0, 1]]);
    expect(queen.islands).toEqual([]);
    expect(queen.borderKm(0, 1)).toBe(0);
  });

  it('a zone inside the hole of another is its neighbour, sharing the whole hole outline', () => {
    const g = buildGraph(fixture('hole.geojson'));
    expect(g.edges).toHaveLength(1);
    expect(g.edges[0].kind).toBe('border');
    const perimeter = 2 * meridianKm(0.01) + parallelKm(45.01, 0.01) + parallelKm(45.02, 0.01);
    expect(g.edges[0].sharedBorderKm).toBeCloseTo(perimeter, 3);
    expect(g.components).toEqual([[0, 1]]);
  });

  it('a multipolygon zone is one vertex whose parts each bring their neighbours', () => {
    const g = buildGraph(fixture('multipolygon-island.geojson'));
    const [A, B, C, D] = [0, 1, 2, 3];
    expect(g.neighbors[A]).toEqual([B, C]); // B touches the mainland part, C the island part
    expect(g.borderKm(A, B)).toBeCloseTo(meridianKm(0.01), 4);
    expect(g.borderKm(A, C)).toBeCloseTo(meridianKm(0.01), 4);
    expect(g.islands).toEqual([D]);
    expect(g.components).toEqual([[A, B, C], [D]]);
  });

  it('--auto-link joins the lonely island to its nearest zone and reports the distance', () => {
    const g = buildGraph(fixture('multipolygon-island.geojson'), { autoLink: true });
    expect(g.linksAdded).toHaveLength(1);
    const link = g.linksAdded[0];
    expect([link.a, link.b]).toEqual([2, 3]); // C and D, 0.005° of longitude apart
    expect(link.kind).toBe('link');
    expect(link.distanceKm!).toBeCloseTo(parallelKm(45, 0.005), 2);
    expect(g.components).toEqual([[0, 1, 2, 3]]);
    expect(g.islands).toEqual([3]); // still reported: islands are counted before links
    expect(g.neighbors[3]).toEqual([2]);
  });

  it("an explicit link's distance is measured when first read: the auto-link's figure, in the edge's JSON too", () => {
    const zones = fixture('multipolygon-island.geojson');
    const e = buildGraph(zones, { links: [{ a: 'D', b: 'C', source: '--link D:C' }] }).edgeBetween(3, 2)!;
    // not a value computed with the graph (a nearest-point search over both outlines) but one measured on reading
    expect(typeof Object.getOwnPropertyDescriptor(e, 'distanceKm')?.get).toBe('function');
    const auto = buildGraph(zones, { autoLink: true }).linksAdded[0];
    expect(e.distanceKm).toBe(auto.distanceKm);
    expect(e.distanceKm).toBeCloseTo(parallelKm(45, 0.005), 2);
    expect(JSON.parse(JSON.stringify(e))).toMatchObject({ kind: 'link', distanceKm: auto.distanceKm, source: '--link D:C' });
  });

  it('explicit links count as adjacency; unknown ids and self-links are input errors', () => {
    const zones = fixture('multipolygon-island.geojson');
    const g = buildGraph(zones, { links: [{ a: 'D', b: 'C', source: '--link D:C' }] });
    expect(g.components).toHaveLength(1);
    expect(g.edgeBetween(3, 2)).toMatchObject({ a: 2, b: 3, kind: 'link', source: '--link D:C' });
    expect(g.linksAdded).toEqual([]); // only --auto-link links are "added"

    // a link between zones that already share a border adds nothing
    expect(buildGraph(zones, { links: [{ a: 'A', b: 'B', source: '--link A:B' }] }).edgeBetween(0, 1)?.kind).toBe('border');

    const bad = () => buildGraph(zones, { links: [{ a: 'D', b: 'ZZ', source: 'links.csv line 3', file: 'links.csv' }] });
    expect(bad).toThrow(InputError);
    expect(bad).toThrow(/ZZ/);
    expect(bad).toThrow(/links\.csv/);
    expect(() => buildGraph(zones, { links: [{ a: 'D', b: 'D', source: '--link D:D' }] })).toThrow(/itself/);
  });

  it('two polygons 2 m apart: separate without --snap, joined as "snapped" with --snap 5', () => {
    const zones = fixture('gap-2m.geojson');
    const plain = buildGraph(zones);
    expect(plain.edges).toEqual([]);
    expect(plain.islands).toEqual([0, 1]);
    expect(plain.nearMisses).toEqual([]);

    const snapped = buildGraph(zones, { snapM: 5 });
    expect(snapped.edges).toHaveLength(1);
    expect(snapped.edges[0].kind).toBe('snapped');
    // the facing sides are 0.01° of latitude long
    expect(snapped.edges[0].sharedBorderKm).toBeGreaterThan(meridianKm(0.01) * 0.99);
    expect(snapped.edges[0].sharedBorderKm).toBeLessThan(meridianKm(0.01) * 1.02);
    expect(snapped.components).toEqual([[0, 1]]);
    expect(snapped.nearMisses).toHaveLength(1);
    expect(snapped.nearMisses[0].joined).toBe(true);
    expect(snapped.nearMisses[0].distanceM).toBeCloseTo(2, 1);

    // a tolerance smaller than the gap changes nothing
    const tight = buildGraph(zones, { snapM: 1 });
    expect(tight.edges).toEqual([]);
    expect(tight.nearMisses).toEqual([]);
  });

  it('two polygons overlapping by 2 m: joined with --snap 5 (layers generalised differently)', () => {
    const d = 2 / (R_KM * 1000 * rad(1) * Math.cos(rad(45))); // 2 m in degrees of longitude at 45°N
    const sq = (x0: number, x1: number) => [
      [
        [x0, 45],
        [x1, 45],
        [x1, 45.01],
        [x0, 45.01],
        [x0, 45],
      ],
    ];
    const zones = zoneSetFrom({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: 'A' }, geometry: { type: 'Polygon', coordinates: sq(0, 0.01 + d) } },
        { type: 'Feature', properties: { code: 'B' }, geometry: { type: 'Polygon', coordinates: sq(0.01, 0.02) } },
      ],
    });
    expect(buildGraph(zones).edges).toEqual([]);
    const g = buildGraph(zones, { snapM: 5 });
    expect(g.edges.map((e) => e.kind)).toEqual(['snapped']);
    expect(g.edges[0].sharedBorderKm).toBeGreaterThan(meridianKm(0.01) * 0.99);
    expect(g.nearMisses[0]).toMatchObject({ distanceM: 0, joined: true }); // the outlines cross
  });

  it('with --snap in rook mode, a corner contact stays a near-miss (not a stretch of border)', () => {
    const g = buildGraph(fixture('corner.geojson'), { snapM: 5 });
    expect(g.edges).toEqual([]);
    expect(g.nearMisses).toHaveLength(1);
    expect(g.nearMisses[0]).toMatchObject({ a: 0, b: 1, distanceM: 0, joined: false });
    // queen + snap joins it
    expect(buildGraph(fixture('corner.geojson'), { snapM: 5, contiguity: 'queen' }).edges).toHaveLength(1);
  });

  it('rejects a bad contiguity or tolerance with a readable error', () => {
    const zones = fixture('two-squares.geojson');
    expect(() => buildGraph(zones, { contiguity: 'bishop' as never })).toThrow(/rook|queen/);
    expect(() => buildGraph(zones, { snapM: -1 })).toThrow(InputError);
  });
});
