import { area, rewind } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { merge } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { areaKm2, polsbyPopper } from '../check/metrics.js';
import type { CheckReport, RuleId } from '../check/types.js';
import { sectionsOf, type Plan, type ZoneSet } from '../core/types.js';
import { buildTopology, ZONES_OBJECT } from '../graph/topology.js';

/** Properties of one dissolved section (flat values and lists, so QGIS and spreadsheets read them). */
export interface SectionProperties {
  section: string;
  name: string;
  /** zone ids, in the zone layer's order */
  zones: string[];
  zone_names: string[];
  zone_count: number;
  members: number;
  /** true when member figures are estimates */
  members_estimated: boolean;
  seats: number | null;
  /** every rule the section must meet holds (null when the plan was not checked) */
  compliant: boolean | null;
  /** per rule, e.g. rule_min_members: true; only the rules that were checked */
  [rule: `rule_${string}`]: boolean;
  /** short phrases, e.g. "8,214 members < 10,000" */
  problems: string[];
  /** values of the --respect property the section spans (empty when it crosses none) */
  crossed: string[];
  /** Polsby–Popper 4πA/P² (geodesic), 0–1 */
  compactness: number;
  area_km2: number;
}

export interface DissolveOptions {
  /** compliance, seats and crossings come from this report (checkPlan on the same zones and plan) */
  report?: CheckReport;
  /** reuse a topology already built for these zones (buildTopology) */
  topology?: Topology;
}

/** Rules checked per section (assignment and section-count concern the whole plan). */
const SECTION_RULES: RuleId[] = ['contiguity', 'min-members', 'min-seats', 'max-members', 'within'];

/**
 * One feature per section, its outline dissolved by merging the shared arcs of the zones' topology
 * (borders between zones of the same section disappear exactly; no polygon unions, no slivers).
 * Holes (an unassigned lake, a zone of another section inside) stay holes; island parts stay separate
 * polygons. Output follows RFC 7946: WGS84 lon/lat, exterior rings counter-clockwise, holes clockwise.
 * Zones without a section are left out.
 */
export function dissolveSections(zones: ZoneSet, plan: Plan, opts: DissolveOptions = {}): FeatureCollection<Polygon | MultiPolygon, SectionProperties> {
  const topology = opts.topology ?? buildTopology(zones);
  const geometries = (topology.objects[ZONES_OBJECT] as unknown as { geometries: GeometryObject[] }).geometries;
  const geomOfZone = new Map<number, GeometryObject>();
  for (const g of geometries) geomOfZone.set(Number(g.id), g);
  const indexOf = new Map(zones.zones.map((z, i) => [z.id, i]));
  const verdicts = new Map((opts.report?.sections ?? []).map((s) => [s.id, s]));
  const checkedRules = new Set(opts.report?.rules.map((r) => r.rule) ?? []);

  const features = [...sectionsOf(plan, zones.zones.map((z) => z.id))].map(([section, ids]): Feature<Polygon | MultiPolygon, SectionProperties> => {
    const parts = ids.map((id) => geomOfZone.get(indexOf.get(id) ?? -1)).filter((g): g is GeometryObject => g !== undefined);
    const merged = merge(topology, parts as never) as MultiPolygon;
    const geometry = cleanGeometry(merged);
    const zs = ids.map((id) => zones.byId.get(id)!);
    const v = verdicts.get(section);
    const largest = zs.reduce((a, b) => (b.members > a.members ? b : a));
    const props: SectionProperties = {
      section,
      name: v?.name ?? largest.name,
      zones: ids,
      zone_names: zs.map((z) => z.name),
      zone_count: ids.length,
      members: zs.reduce((s, z) => s + z.members, 0),
      members_estimated: zones.members.estimated,
      seats: v?.seats ?? null,
      compliant: v ? v.ok : null,
      problems: v?.problems ?? [],
      crossed: v?.crossed ?? [],
      compactness: round(polsbyPopper(geometry), 4),
      area_km2: round(areaKm2(geometry), 3),
    };
    if (v && opts.report) {
      for (const rule of SECTION_RULES) if (checkedRules.has(rule)) props[`rule_${rule.replace(/-/g, '_')}`] = sectionPasses(opts.report, rule, section);
    }
    return { type: 'Feature', properties: props, geometry };
  });
  return { type: 'FeatureCollection', features };
}

function sectionPasses(report: CheckReport, rule: RuleId, section: string): boolean {
  const verdict = report.rules.find((r) => r.rule === rule);
  return !verdict || !verdict.failures.some((f) => f.section === section);
}

/**
 * Every zone as a feature with its section (null when unassigned): the zone's own properties, then
 * `zone`, `zone_name`, `members`, `section`, `section_name`.
 */
export function zonesWithSections(zones: ZoneSet, plan: Plan, report?: CheckReport): FeatureCollection<Polygon | MultiPolygon> {
  const names = new Map((report?.sections ?? []).map((s) => [s.id, s.name]));
  return {
    type: 'FeatureCollection',
    features: zones.zones.map((z) => {
      const section = plan.get(z.id) ?? null;
      return {
        type: 'Feature',
        properties: {
          ...z.properties,
          zone: z.id,
          zone_name: z.name,
          members: z.members,
          section,
          section_name: section === null ? null : (names.get(section) ?? section),
        },
        geometry: cleanGeometry(z.geometry),
      };
    }),
  };
}

/**
 * RFC 7946 geometry: closed rings without repeated consecutive vertices, degenerate rings dropped,
 * exterior rings counter-clockwise and holes clockwise (turf rewind). A single part becomes a Polygon.
 */
export function cleanGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const kept: Position[][][] = [];
  for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
    const exterior = cleanRing(rings[0] ?? []);
    if (!exterior) continue; // a polygon whose exterior ring is degenerate cannot keep its holes
    kept.push([exterior, ...rings.slice(1).map(cleanRing).filter((r): r is Position[] => r !== null)]);
  }
  const out: Polygon | MultiPolygon = kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
  return rewind(out, { mutate: true }) as Polygon | MultiPolygon;
}

function cleanRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push([p[0], p[1]]);
  }
  if (out.length > 1) {
    const [f, l] = [out[0], out[out.length - 1]];
    if (f[0] !== l[0] || f[1] !== l[1]) out.push([f[0], f[1]]);
  }
  return out.length >= 4 ? out : null;
}

function round(x: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}

/** Geodesic area of a geometry in m² (turf), for tests and checks of area conservation. */
export function geodesicArea(g: Polygon | MultiPolygon): number {
  return area(g);
}
