import { neighbors } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { Plan, ZoneSet } from '../../src/core/types.js';
import { buildTopology, ZONES_OBJECT } from '../../src/graph/topology.js';
import type { ZoneGraph } from '../../src/graph/types.js';
import { zoneSetFrom } from '../support/zoneset.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { buildGraph } from '../../src/graph/build.js';
import { proposeSections } from '../../src/propose/index.js';
import { assembleReport, type Lang, type ReportInput } from '../../src/report/index.js';
import { boundariesFromCommuneTable } from '../../src/load/boundaries.js';
import { COMMUNE_TABLE_2023, communePopulation, pacaZonesWithEstimatedMembers } from '../support/real-data.js';

export const FIXTURES = new URL('../fixtures/report/', import.meta.url).pathname;

/** The 6-zone fixture (one zone is named `<script>alert(1)</script>`) and its two-section plan. */
export function fixture(): { zones: ZoneSet; plan: Plan } {
  const zones = zoneSetFrom(`${FIXTURES}zones.geojson`);
  const plan: Plan = new Map([
    ['Z1', 'West'],
    ['Z2', 'West'],
    ['Z4', 'West'],
    ['Z3', 'East'],
    ['Z5', 'East'],
    ['Z6', 'East'],
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

/** The six départements of PACA. */
const PACA_DEPS = ['04', '05', '06', '13', '83', '84'];

/**
 * Each zone's département as the import gives it (where most of its people live), counting only the
 * people of PACA: a zone crossing into another région belongs to its PACA département.
 */
function pacaDepartements(): Map<string, string> {
  const pacaPopulation = new Map([...communePopulation()].filter(([code]) => PACA_DEPS.includes(code.slice(0, 2))));
  return new Map([...boundariesFromCommuneTable(COMMUNE_TABLE_2023, pacaPopulation)].map(([zone, b]) => [zone, b.dep]));
}

/**
 * The report of the proposed PACA plan (22 zones d'emploi, members = population × 0.08, --respect dep,
 * seed 1) compared with the six départements, for the members called "sociétaires" and the zones
 * credited to INSEE: what the committee would show its board.
 */
export function pacaComparisonReport(lang: Lang): ReportInput {
  const raw = pacaZonesWithEstimatedMembers(0.08);
  const deps = pacaDepartements();
  const list = raw.zones.map((z) => ({ ...z, properties: { ...z.properties, dep: deps.get(z.id)! } }));
  const zones: ZoneSet = { ...raw, zones: list, byId: new Map(list.map((z) => [z.id, z])) };
  const graph = buildGraph(zones, { autoLink: true });
  const rules = resolveRules({ minMembers: 10_000, membersPerSeat: 1_500, minSeats: 6, respect: 'dep' });
  const proposal = proposeSections(zones, graph, rules, { seed: 1 });
  const depPlan: Plan = new Map(zones.zones.map((z) => [z.id, String(z.properties.dep)]));
  return assembleReport(
    zones,
    graph,
    proposal.plan,
    { ...rules, membersWord: 'sociétaires' },
    {
      lang,
      check: proposal.check,
      compare: [{ plan: depPlan, fallbackLabel: 'old-plan' }],
      credit: "Insee, zones d'emploi 2020",
      topology: graph.topology,
      generatedAt: new Date('2026-01-01T10:00:00Z'),
    },
  );
}
