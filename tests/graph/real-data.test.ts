import { beforeAll, expect, it } from 'vitest';
import type { ZoneSet } from '../../src/core/types.js';
import { buildGraph } from '../../src/graph/index.js';
import type { ZoneGraphResult } from '../../src/graph/types.js';
import { describeWithRealData, FRANCE_ZONES, PACA_COMMUNES } from '../support/real-data.js';
import { zoneSetFrom } from '../support/zoneset.js';
import { franceZonesWithEstimatedMembers, pacaCommunesWithEstimatedMembers } from '../support/real-data.js';
import { InputError } from '../../src/core/errors.js';

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

  it('--auto-link without member counts links only parts within 50 km: Marie-Galante, nothing across the ocean', () => {
    const g = buildGraph(zones, { autoLink: true });
    const names = g.linksAdded.map((l) => [zones.zones[l.a].name, zones.zones[l.b].name].sort().join(' ↔ '));
    expect(names).toEqual(['Est Grande Terre ↔ Marie-Galante']);
    expect(g.linksAdded[0].distanceKm!).toBeLessThan(40);
    // the other parts (Corsica, Martinique, Guyane, Réunion, Mayotte and Guadeloupe with Marie-Galante) stay separate
    expect(g.autoLink?.separate).toHaveLength(rook.components.length - 2);
    expect(g.components).toHaveLength(rook.components.length - 1);
  });
});

describeWithRealData([FRANCE_ZONES], 'France with members (population × 0.08): --auto-link links only what must be linked', () => {
  let zones: ZoneSet;
  beforeAll(() => {
    zones = franceZonesWithEstimatedMembers(0.08);
  });
  const linkNames = (g: ZoneGraphResult) => g.linksAdded.map((l) => `${zones.zones[l.from!].name} → ${zones.zones[l.from === l.a ? l.b : l.a].name}`);

  it('at 10,000 members: one link, Marie-Galante to its own département; no Menton ↔ Calvi, no Guadeloupe ↔ Brest', () => {
    const g = buildGraph(zones, { autoLink: true, minMembers: 10_000 });
    // Marie-Galante (about 10,000 inhabitants → 800 members) is the only part below 10,000 members
    expect(linkNames(g)).toEqual(['Marie-Galante → Est Grande Terre']);
    expect(g.linksAdded[0].tier).toBe('dep');
    expect(g.linksAdded[0].distanceKm!).toBeGreaterThan(15);
    expect(g.linksAdded[0].distanceKm!).toBeLessThan(40);
    const ids = g.linksAdded.flatMap((l) => [g.ids[l.a], g.ids[l.b]]);
    expect(ids).not.toContain('9314'); // Menton
    expect(ids).not.toContain('5302'); // Brest
    // Corsica, Guyane, Martinique, Réunion and Mayotte each hold enough members for a section: they stay apart
    expect(g.components).toHaveLength(7);
  });

  it('at 30,000 members: the parts below it with nothing within 50 km are refused, each named with its members', () => {
    let err: InputError | undefined;
    try {
      buildGraph(zones, { autoLink: true, minMembers: 30_000 });
    } catch (e) {
      err = e as InputError;
    }
    expect(err).toBeInstanceOf(InputError);
    expect(err!.exitCode).toBe(1);
    const corsica = zones.zones.filter((z) => z.id.startsWith('94')).reduce((s, z) => s + z.members, 0);
    const mayotte = zones.byId.get('0601')!.members;
    expect(corsica).toBeLessThan(30_000);
    expect(err!.message).toContain(
      `9401 Ajaccio, 9402 Bastia, 9403 Calvi, 9404 Corte, 9405 Ghisonaccia, … (+2 more), ${corsica.toLocaleString('en-US')} members`,
    );
    expect(err!.message).toMatch(/its nearest part is 9314 \(Menton\), 16\d km away/);
    expect(err!.message).toContain(`the part 0601 Mayotte, ${mayotte.toLocaleString('en-US')} members, below the threshold of 30,000`);
    expect(err!.message).toMatch(/maxLinkKm/);
  });

  it('a lower threshold (20,000, just under Mayotte) lets the overseas parts stand alone again', () => {
    const g = buildGraph(zones, { autoLink: true, minMembers: 20_000, maxLinkKm: 50 });
    expect(linkNames(g)).toEqual(['Marie-Galante → Est Grande Terre']);
  });
});

describeWithRealData([PACA_COMMUNES], 'PACA communes with members (population × 0.08): the Enclave des Papes', () => {
  it('is the one part below 10,000 members, linked to the nearest commune of its own département (Vaucluse)', () => {
    const zones = pacaCommunesWithEstimatedMembers(0.08);
    const rook = buildGraph(zones);
    const g = buildGraph(zones, { autoLink: true, minMembers: 10_000 });
    expect(rook.components).toHaveLength(2);
    expect(g.components).toHaveLength(1);
    expect(g.linksAdded).toHaveLength(1);
    const l = g.linksAdded[0];
    const to = zones.zones[l.from === l.a ? l.b : l.a];
    // the enclave (4 communes of Vaucluse inside the Drôme, which is not in the layer) is the small part
    const enclave = rook.components[1];
    expect(enclave.map((i) => zones.zones[i].properties.dep)).toEqual(['84', '84', '84', '84']);
    expect(rook.componentMembers[1]).toBeLessThan(10_000);
    expect(enclave).toContain(l.from);
    expect(to.properties.dep).toBe('84');
    expect(l.tier).toBe('dep');
    expect(l.distanceKm!).toBeLessThan(2); // across a thin strip of the Drôme
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

  it('the Enclave des Papes (Valréas, Grillon, Richerenches, Visan) is the only separate part', () => {
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
