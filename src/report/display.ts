/**
 * Map geometry for display only: the zones' shared-arc topology simplified (Visvalingam, topojson-simplify)
 * by the area each vertex adds ON SCREEN, in square pixels of the frame that draws it. Arcs stay shared,
 * so neighbouring zones and sections keep one common border; arc ends (where three zones meet) are always
 * kept. Every figure of the report (members, compactness, areas) comes from the exact geometry: only the
 * drawing is lighter (France: 43 MB → see BENCHMARKS.md).
 */
import type { GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { merge } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryObject, Topology } from 'topojson-specification';
import { rewindRings } from '../core/geometry.js';

/** A drawing area: its projection and the lon/lat box of what it draws (boxes of far-apart frames do not overlap). */
export interface DisplayFrame {
  projection: GeoProjection;
  /** [[west, south], [east, north]] in degrees */
  bounds: [[number, number], [number, number]];
}

/**
 * Vertices that change the drawing by less than this many square pixels are dropped: a tenth of a pixel
 * is invisible on screen and on the 2× PNG (0.4 px² there).
 */
export const DEFAULT_MIN_AREA_PX2 = 0.1;

/**
 * The topology with its arcs simplified for these frames. A point is weighed in the frame whose box holds
 * it (the first frame otherwise), as the area of the triangle it makes with its neighbours, projected.
 * minAreaPx2 ≤ 0 returns the topology as it is.
 */
export function displayTopology(topology: Topology, frames: readonly DisplayFrame[], minAreaPx2 = DEFAULT_MIN_AREA_PX2): Topology {
  // a quantized topology (delta-encoded arcs) is drawn as it is: decoupage builds its topologies unquantized
  if (!(minAreaPx2 > 0) || frames.length === 0 || topology.transform) return topology;
  const frameOf = (p: number[]): DisplayFrame => {
    if (frames.length === 1) return frames[0]!;
    for (const f of frames) {
      const [[w, s], [e, n]] = f.bounds;
      if (p[0]! >= w && p[0]! <= e && p[1]! >= s && p[1]! <= n) return f;
    }
    return frames[0]!;
  };
  // Weigh the points on the arcs projected once to screen pixels (planar Visvalingam there), then carry
  // the weights back onto the lon/lat arcs, which keep their exact coordinates.
  const screen = (p: number[]): number[] => {
    const q = frameOf(p).projection([p[0]!, p[1]!]);
    return q && Number.isFinite(q[0]) && Number.isFinite(q[1]) ? [q[0], q[1]] : [p[0]!, p[1]!];
  };
  const projected = { ...topology, transform: undefined, arcs: topology.arcs.map((arc) => arc.map((p) => screen(p))) } as Topology;
  const weighed = presimplify(projected as never);
  const arcs = topology.arcs.map((arc, i) => arc.map((p, j) => [p[0]!, p[1]!, (weighed.arcs[i]![j] as number[])[2]!]));
  return simplify({ ...topology, arcs } as never, minAreaPx2) as unknown as Topology;
}

/**
 * The outline of some zones of the display topology, merged (borders between them disappear), wound for
 * d3 (exteriors clockwise); rings that simplification flattened to fewer than 4 points are dropped.
 */
export function mergedOutline(topology: Topology, geometries: GeometryObject[]): MultiPolygon {
  const merged = merge(topology, geometries as never) as MultiPolygon;
  const coordinates = merged.coordinates.map((polygon) => polygon.filter((ring: Position[]) => ring.length >= 4)).filter((polygon) => polygon.length > 0);
  return rewindRings({ type: 'MultiPolygon', coordinates }, 'cw');
}

/** One zone's outline in the display topology, wound for d3. */
export function zoneOutline(topology: Topology, geometry: GeometryObject): MultiPolygon | Polygon {
  return mergedOutline(topology, [geometry]);
}
