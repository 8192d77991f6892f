import { neighbors } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { Plan, ZoneSet } from '../../src/core/types.js';
import { buildTopology, ZONES_OBJECT } from '../../src/graph/topology.js';
import type { ZoneGraph } from '../../src/graph/types.js';
import { zoneSetFrom } from '../support/zoneset.js';

export const FIXTURES = new URL('../fixtures/report/', import.meta.url).pathname;

/** The 6-zone fixture (one zone is named `<script>alert(1)</script>`) and its two-section plan. */
export function fixture(): { zones: ZoneSet; plan: Plan } {
  const zones = zoneSetFrom(`${FIXTURES}zones.geojson`);
  const plan: Plan = new Map([
    ['Z1', 'West'], ['Z2', 'West'], ['Z4', 'West'],
    ['Z3', 'East'], ['Z5', 'East'], ['Z6', 'East'],
  ]);
  return { zones, plan };
}

/** Shared-arc (rook) adjacency, enough for checkPlan in these tests without depending on buildGraph. */
export function rookGraph(zones: ZoneSet): ZoneGraph {
  const topo = buildTopology(zones);
  const nb = neighbors((topo.objects[ZONES_OBJECT] as GeometryCollection).geometries);
  const ids = zones.zones.map((z) => z.id);
  const edges = nb.flatMap((list, a) => list.filter((b) => b > a).map((b) => ({ a, b, sharedBorderKm: 0, kind: 'border' as const })));
  return { ids, index: new Map(ids.map((id, i) => [id, i])), neighbors: nb.map((l) => [...l].sort((x, y) => x - y)), edges };
}
