import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { merge } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { sectionRuleIds, type CheckReport, type RuleId } from '../check/index.js';
import { areaKm2, polsbyPopper, rewindRings } from '../core/geometry.js';
import { sectionsOf, type Plan, type ZoneSet } from '../core/types.js';
import { formatKm } from '../graph/format.js';
import { buildTopology, ZONES_OBJECT } from '../graph/topology.js';
import { maxOf } from '../core/extremes.js';

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
  /**
   * links inside the section (it crosses the sea or a gap), flat text for every GIS:
   * "Marie-Galante ↔ Est Grande Terre (23.2 km)", several joined by "; "; "" when none
   */
  links: string;
  /** the longest link inside the section in km, null when none */
  link_km: number | null;
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

/** Rules checked per section, from the check's registry (assignment and section-count concern the whole plan). */
const SECTION_RULES: RuleId[] = sectionRuleIds();

/** One section's outline, dissolved from the zones' topology, and the measures taken from it. */
export interface SectionOutline {
  id: string;
  /** zone ids, in the zone layer's order */
  zoneIds: string[];
  /** RFC 7946 (cleanGeometry): exterior rings counter-clockwise, holes clockwise */
  geometry: Polygon | MultiPolygon;
  /** geodesic area in km² */
  areaKm2: number;
  /** Polsby–Popper 4πA/P² (geodesic), 0–1 */
  polsbyPopper: number;
}

/**
 * Dissolve the zones of each section by merging the shared arcs of the zones' topology (borders between
 * zones of the same section disappear exactly; no polygon unions, no slivers), and measure each outline.
 * Holes (an unassigned lake, a zone of another section inside) stay holes; island parts stay separate
 * polygons. Sections are sorted by id (sectionsOf); zones without a section are left out.
 * The one dissolve of decoupage: the export writes these outlines, the report draws them.
 */
export function sectionOutlines(zones: ZoneSet, plan: Plan, topology: Topology = buildTopology(zones)): Map<string, SectionOutline> {
  // buildTopology gives each zone's geometry its index in zones.zones as id
  const geometries = (topology.objects[ZONES_OBJECT] as GeometryCollection).geometries;
  const geomOfZone = new Map<number, GeometryObject>();
  for (const g of geometries) geomOfZone.set(Number(g.id), g);
  const indexOf = new Map(zones.zones.map((z, i) => [z.id, i]));

  const out = new Map<string, SectionOutline>();
  for (const [id, zoneIds] of sectionsOf(
    plan,
    zones.zones.map((z) => z.id),
  )) {
    const parts = zoneIds.map((z) => geomOfZone.get(indexOf.get(z) ?? -1)).filter((g): g is GeometryObject => g !== undefined);
    const geometry = cleanGeometry(merge(topology, parts as never));
    out.set(id, { id, zoneIds, geometry, areaKm2: areaKm2(geometry), polsbyPopper: polsbyPopper(geometry) });
  }
  return out;
}

/**
 * One feature per section (sectionOutlines) with its figures. Output follows RFC 7946: WGS84 lon/lat,
 * exterior rings counter-clockwise, holes clockwise. Zones without a section are left out.
 */
export function dissolveSections(zones: ZoneSet, plan: Plan, opts: DissolveOptions = {}): FeatureCollection<Polygon | MultiPolygon, SectionProperties> {
  const verdicts = new Map((opts.report?.sections ?? []).map((s) => [s.id, s]));
  const checkedRules = new Set(opts.report?.rules.map((r) => r.rule) ?? []);
  const failing = failingSections(opts.report);

  const features = [...sectionOutlines(zones, plan, opts.topology).values()].map((outline): Feature<Polygon | MultiPolygon, SectionProperties> => {
    const { id: section, zoneIds: ids, geometry } = outline;
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
      links: (v?.links ?? []).map((l) => `${l.nameA} ↔ ${l.nameB} (${formatKm(l.distanceKm, 'en')} km)`).join('; '),
      link_km: v?.links?.length ? round(maxOf(v.links.map((l) => l.distanceKm)), 3) : null,
      compactness: round(outline.polsbyPopper, 4),
      area_km2: round(outline.areaKm2, 3),
    };
    if (v && opts.report) {
      for (const rule of SECTION_RULES) if (checkedRules.has(rule)) props[`rule_${rule.replace(/-/g, '_')}`] = !failing.get(rule)?.has(section);
    }
    return { type: 'Feature', properties: props, geometry };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * The sections each rule fails, gathered once (looking through a rule's failures for each section made the export of
 * a plan of thousands of failing sections quadratic). A rule's first verdict counts, as report.rules.find gave it.
 */
function failingSections(report: CheckReport | undefined): Map<RuleId, Set<string>> {
  const out = new Map<RuleId, Set<string>>();
  for (const v of report?.rules ?? []) {
    if (out.has(v.rule)) continue;
    const set = new Set<string>();
    for (const f of v.failures) if (f.section !== undefined) set.add(f.section);
    out.set(v.rule, set);
  }
  return out;
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
          members_estimated: zones.members.estimated,
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
 * exterior rings counter-clockwise and holes clockwise. A single part becomes a Polygon.
 */
export function cleanGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const kept: Position[][][] = [];
  for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
    const exterior = cleanRing(rings[0] ?? []);
    if (!exterior) continue; // a polygon whose exterior ring is degenerate cannot keep its holes
    kept.push([
      exterior,
      ...rings
        .slice(1)
        .map(cleanRing)
        .filter((r): r is Position[] => r !== null),
    ]);
  }
  const out: Polygon | MultiPolygon = kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
  return rewindRings(out, 'ccw');
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
