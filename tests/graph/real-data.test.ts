import { beforeAll, expect, it } from 'vitest';
import type { ZoneSet } from '../../src/core/types.js';
import { buildGraph } from '../../src/graph/index.js';
import type { ZoneGraphResult } from '../../src/graph/types.js';
import { describeWithRealData, FRANCE_ZONES, PACA_COMMUNES } from '../support/real-data.js';
import { zoneSetFrom } from '../support/zoneset.js';

/**
 * An independent check of rook and queen contiguity, without the topology: two zones share a border
 * when some segment (pair of consecutive vertices) appears in both outlines, and a point when some
 * vertex does. Valid for these layers because shared borders use identical vertices (data/README).
 */
function bruteForcePairs(zones: ZoneSet): { segments: Set<string>; vertices: Set<string> } {
  const segOwner = new Map<string, Set<number>>();
  const ptOwner = new Map<string, Set<number>>();
  const add = (m: Map<string, Set<number>>, k: string, z: number) => {
    let s = m.get(k);
    if (!s) m.set(k, (s = new Set()));
    s.add(z);
  };
  zones.zones.forEach((zone, z) => {
    const g = zone.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const poly of polys)
      for (const ring of poly)
        for (let i = 0; i < ring.length; i++) {
          const p = `${ring[i][0]},${ring[i][1]}`;
          add(ptOwner, p, z);
          if (i > 0) {
            const q = `${ring[i - 1][0]},${ring[i - 1][1]}`;
            if (p !== q) add(segOwner, p < q ? `${p}|${q}` : `${q}|${p}`, z);
          }
        }
  });
  const pairs = (m: Map<string, Set<number>>) => {
    const out = new Set<string>();
    for (const s of m.values()) {
      const l = [...s].sort((a, b) => a - b);
      for (let i = 0; i < l.length; i++) for (let j = i + 1; j < l.length; j++) out.add(`${l[i]}-${l[j]}`);
    }
    return out;
  };
  return { segments: pairs(segOwner), vertices: pairs(ptOwner) };
}

const edgeSet = (g: ZoneGraphResult, kinds: string[]) => new Set(g.edges.filter((e) => kinds.includes(e.kind)).map((e) => `${e.a}-${e.b}`));

describeWithRealData([FRANCE_ZONES], 'France, 306 zones d’emploi', () => {
  let zones: ZoneSet;
  let rook: ZoneGraphResult;
  let brute: ReturnType<typeof bruteForcePairs>;
  const ids = (g: ZoneGraphResult, c: number[]) => c.map((i) => g.ids[i]);
  beforeAll(() => {
    zones = zoneSetFrom(FRANCE_ZONES);
    rook = buildGraph(zones);
    brute = bruteForcePairs(zones);
  });

  it('rook edges are exactly the pairs sharing a segment, each with a positive length', () => {
    expect(zones.zones).toHaveLength(306);
    expect(rook.edges.every((e) => e.kind === 'border' && e.sharedBorderKm > 0)).toBe(true);
    expect(edgeSet(rook, ['border'])).toEqual(brute.segments);
  });

  it('rook excludes pairs touching only at a point (queen adds exactly those)', () => {
    const pointOnly = [...brute.vertices].filter((p) => !brute.segments.has(p));
    const queen = buildGraph(zones, { contiguity: 'queen' });
    expect(edgeSet(queen, ['point'])).toEqual(new Set(pointOnly));
    for (const p of pointOnly) expect(edgeSet(rook, ['border', 'point']).has(p)).toBe(false);
    // data/README: in this layer no pair of zones touches only at a point
    expect(pointOnly).toEqual([]);
  });

  it('each overseas region (codes 01–06) is cut off from the others and from the mainland', () => {
    for (const c of rook.components) {
      const prefixes = new Set(ids(rook, c).map((id) => id.slice(0, 2)));
      const overseas = [...prefixes].filter((p) => p >= '01' && p <= '06');
      if (overseas.length) expect([...prefixes]).toEqual(overseas.slice(0, 1));
    }
  });

  it("Corsica's 7 zones (94xx) form their own component", () => {
    const corsica = zones.zones.map((z, i) => [z.id, i] as const).filter(([id]) => id.startsWith('94'));
    expect(corsica).toHaveLength(7); // data/README: region 94 has 7 ZE
    const comp = rook.components[rook.componentOf[corsica[0][1]]];
    expect(ids(rook, comp).sort()).toEqual(corsica.map(([id]) => id).sort());
  });

  it('the mainland is one component: all zones but the 19 overseas and 7 Corsican ones', () => {
    // data/README counts: overseas regions 01:5, 02:6, 03:3, 04:4, 06:1 = 19 zones
    expect(rook.components[0]).toHaveLength(306 - 19 - 7);
    // (codes 00xx are the zones crossing a regional border, all on the mainland)
    const overseasOrCorsica = (id: string) => id.startsWith('94') || (id.slice(0, 2) >= '01' && id.slice(0, 2) <= '06');
    expect(ids(rook, rook.components[0]).filter(overseasOrCorsica)).toEqual([]);
  });

  it('the islands are Marie-Galante and Mayotte, reported by id and name', () => {
    // Mayotte is a region with a single ZE; Marie-Galante is an island zone of Guadeloupe.
    // The other islands (Corsica, Martinique, Réunion, Grande-Terre/Basse-Terre) hold several zones.
    expect(rook.islands.map((i) => `${zones.zones[i].id} ${zones.zones[i].name}`)).toEqual(['0103 Marie-Galante', '0601 Mayotte']);
  });

  it('--auto-link connects everything with one link per separate part', () => {
    const g = buildGraph(zones, { autoLink: true });
    expect(g.components).toHaveLength(1);
    expect(g.linksAdded).toHaveLength(rook.components.length - 1);
    for (const l of g.linksAdded) {
      expect(l.kind).toBe('link');
      expect(l.distanceKm!).toBeGreaterThan(0); // separate parts never touch
      expect(rook.componentOf[l.a]).not.toBe(rook.componentOf[l.b]);
    }
    // Marie-Galante lies about 30 km from the rest of Guadeloupe (and > 100 km from Martinique):
    // the rest of Guadeloupe is its nearest part, so that link is among those added
    const mg = zones.zones.findIndex((z) => z.id === '0103');
    const mgLinks = g.linksAdded.filter((l) => l.a === mg || l.b === mg);
    const toGuadeloupe = mgLinks.filter((l) => g.ids[l.a === mg ? l.b : l.a].startsWith('01'));
    expect(toGuadeloupe).toHaveLength(1);
    expect(toGuadeloupe[0].distanceKm!).toBeLessThan(40);
    expect(Math.min(...mgLinks.map((l) => l.distanceKm!))).toBe(toGuadeloupe[0].distanceKm);
  });
});

describeWithRealData([PACA_COMMUNES], 'PACA communes (946)', () => {
  let zones: ZoneSet;
  let rook: ZoneGraphResult;
  beforeAll(() => {
    zones = zoneSetFrom(PACA_COMMUNES);
    rook = buildGraph(zones);
  });

  it('rook and queen edges match the independent segment/vertex check', () => {
    const brute = bruteForcePairs(zones);
    expect(edgeSet(rook, ['border'])).toEqual(brute.segments);
    const queen = buildGraph(zones, { contiguity: 'queen' });
    expect(edgeSet(queen, ['point'])).toEqual(new Set([...brute.vertices].filter((p) => !brute.segments.has(p))));
    // rook reports those point contacts as near-misses, not as edges
    expect(rook.nearMisses.length).toBe(queen.edges.filter((e) => e.kind === 'point').length);
    expect(rook.nearMisses.every((m) => !m.joined && m.distanceM === 0)).toBe(true);
  });

  it('the 10 multi-part communes are single zones with neighbours, none an island', () => {
    const multi = zones.zones.flatMap((z, i) => (z.geometry.type === 'MultiPolygon' && z.geometry.coordinates.length > 1 ? [i] : []));
    expect(multi).toHaveLength(10); // data/README: 10 communes in several parts
    expect(rook.ids).toHaveLength(946);
    for (const i of multi) {
      expect(rook.neighbors[i].length).toBeGreaterThan(0);
      expect(rook.islands).not.toContain(i);
    }
    expect(rook.islands).toEqual([]);
  });

  it("the Enclave des Papes (Valréas, Grillon, Richerenches, Visan) is the only separate part", () => {
    // these four Vaucluse communes are surrounded by the Drôme, which is not in the layer
    expect(rook.components).toHaveLength(2);
    expect(rook.components[1].map((i) => zones.zones[i].name).sort()).toEqual(['Grillon', 'Richerenches', 'Valréas', 'Visan']);
  });

  it('one component after --auto-link (one short link) or after an explicit link', () => {
    const auto = buildGraph(zones, { autoLink: true });
    expect(auto.components).toHaveLength(1);
    expect(auto.linksAdded).toHaveLength(1);
    // the enclave is a few km from the rest of the Vaucluse
    expect(auto.linksAdded[0].distanceKm!).toBeLessThan(10);

    const linked = buildGraph(zones, { links: [{ a: '84138', b: '84019', source: '--link 84138:84019' }] }); // Valréas – Bollène
    expect(linked.components).toHaveLength(1);
    expect(linked.components[0]).toHaveLength(946);
  });

  it('snapping a clean layer adds no edge', () => {
    const g = buildGraph(zones, { snapM: 10 });
    expect(edgeSet(g, ['border'])).toEqual(edgeSet(rook, ['border']));
    expect(g.edges.length).toBe(rook.edges.length);
  });
});
