import { area, length, polygonToLine } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/**
 * Polsby–Popper compactness 4πA/P² (1 for a disc, → 0 for a long or ragged shape), computed
 * geodesically: area in m² (turf area, spherical) and perimeter in m (turf length, every ring,
 * holes included). Returns 0 for an empty geometry.
 */
export function polsbyPopper(geometry: Polygon | MultiPolygon): number {
  const a = area(geometry);
  const p = perimeterKm(geometry) * 1000;
  return p > 0 ? (4 * Math.PI * a) / (p * p) : 0;
}

/** Total length of every ring (outer rings and holes) in km. */
export function perimeterKm(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let km = 0;
  for (const rings of polygons) {
    if (rings.length === 0 || rings[0].length < 4) continue;
    const lines = polygonToLine({ type: 'Polygon', coordinates: rings });
    const fs: Feature[] = lines.type === 'FeatureCollection' ? lines.features : [lines];
    for (const f of fs) km += length(f as Feature<never>, { units: 'kilometers' });
  }
  return km;
}

/** Area in km² (geodesic). */
export function areaKm2(geometry: Polygon | MultiPolygon): number {
  return area(geometry) / 1e6;
}
