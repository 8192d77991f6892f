/**
 * The zones' geometry in the page's base pixel space (1000 px on the larger side, an equirectangular
 * projection centred on the region: planar, so ring winding does not matter), drawn with d3-geo from the
 * zones' topology: shared arcs, so any set of borders is a topojson mesh. Set up once; the view transform
 * (store.view) scales and moves it.
 */
import { geoPath, geoTransform } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh, neighbors } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export interface Geometry {
  paths: Path2D[];
  boxes: [number, number, number, number][];
  centroids: [number, number][];
  areas: number[];
  /** every border between two zones */
  innerBorders: Path2D;
  /** size of the base space */
  w: number;
  h: number;
  /** zone index → neighbouring zone indices */
  adjacency: number[][];
  /** borders (shared arcs) between zones a and b (indices) for which `keep` is true; a === b: the outer edge */
  meshPath(keep: (a: number, b: number) => boolean): Path2D;
}

export function buildGeometry(topo: Topology): Geometry {
  const zonesObject = topo.objects.zones as GeometryCollection;
  const fc = feature(topo, zonesObject) as unknown as FeatureCollection;
  // geometries carry the zone index as id
  const features: Feature[] = [];
  for (const f of fc.features) features[Number(f.id)] = f;
  let x0 = Infinity,
    x1 = -Infinity,
    y0 = Infinity,
    y1 = -Infinity;
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    } else for (const d of c as unknown[]) visit(d);
  };
  for (const f of features) if (f?.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  const lon0 = (x0 + x1) / 2;
  const lat0 = (y0 + y1) / 2;
  const cos = Math.cos((lat0 * Math.PI) / 180);
  const k = 1000 / Math.max((x1 - x0) * cos, y1 - y0, 1e-9);
  const w = (x1 - x0) * cos * k;
  const h = (y1 - y0) * k;
  const project = geoTransform({
    point(x: number, y: number) {
      this.stream.point((x - lon0) * cos * k + w / 2, -(y - lat0) * k + h / 2);
    },
  });
  const gp = geoPath(project);
  const g: Geometry = {
    paths: [],
    boxes: [],
    centroids: [],
    areas: [],
    innerBorders: new Path2D(),
    w,
    h,
    adjacency: neighbors(zonesObject.geometries as GeometryObject[]),
    meshPath(keep) {
      const m = mesh(topo, zonesObject, (a: GeometryObject, b: GeometryObject) => keep(Number(a.id), Number(b.id)));
      const p = new Path2D();
      geoPath(project, p as unknown as CanvasRenderingContext2D)(m as MultiLineString);
      return p;
    },
  };
  features.forEach((f, i) => {
    const p = new Path2D();
    geoPath(project, p as unknown as CanvasRenderingContext2D)(f);
    g.paths[i] = p;
    const [[bx0, by0], [bx1, by1]] = gp.bounds(f);
    g.boxes[i] = [bx0, by0, bx1, by1];
    g.centroids[i] = gp.centroid(f) as [number, number];
    g.areas[i] = gp.area(f);
  });
  g.innerBorders = g.meshPath((a, b) => a !== b);
  return g;
}
