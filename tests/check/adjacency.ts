import type { Topology } from 'topojson-specification';
import type { ZoneSet } from '../../src/core/types.js';
import { buildTopology, ZONES_OBJECT } from '../../src/graph/topology.js';
import type { GraphEdge, ZoneGraph } from '../../src/graph/types.js';

/**
 * Tiny rook adjacency for the check/export tests, independent of src/graph's buildGraph:
 * two zones are neighbours when they use the same topology arc. `links` adds explicit edges.
 */
export function rookGraph(zones: ZoneSet, links: [string, string][] = []): ZoneGraph {
  const topo = buildTopology(zones) as Topology;
  const obj = topo.objects[ZONES_OBJECT] as unknown as { geometries: { id: number; arcs: unknown }[] };
  const users = new Map<number, Set<number>>();
  const walk = (arcs: unknown, zone: number): void => {
    if (typeof arcs === 'number') {
      const a = arcs < 0 ? ~arcs : arcs;
      let set = users.get(a);
      if (!set) users.set(a, (set = new Set()));
      set.add(zone);
    } else if (Array.isArray(arcs)) for (const x of arcs) walk(x, zone);
  };
  for (const g of obj.geometries) walk(g.arcs, g.id);
  const ids = zones.zones.map((z) => z.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairs = new Map<string, GraphEdge>();
  for (const set of users.values()) {
    const list = [...set].sort((a, b) => a - b);
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) pairs.set(`${list[i]}-${list[j]}`, { a: list[i], b: list[j], sharedBorderKm: 0, kind: 'border' });
  }
  for (const [x, y] of links) {
    const [a, b] = [index.get(x)!, index.get(y)!].sort((p, q) => p - q);
    pairs.set(`${a}-${b}`, { a, b, sharedBorderKm: 0, kind: 'link' });
  }
  const neighbors: number[][] = ids.map(() => []);
  for (const e of pairs.values()) {
    neighbors[e.a].push(e.b);
    neighbors[e.b].push(e.a);
  }
  neighbors.forEach((n) => n.sort((a, b) => a - b));
  return { ids, index, neighbors, edges: [...pairs.values()] };
}
