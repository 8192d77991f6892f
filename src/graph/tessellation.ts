import type { Polygon } from 'geojson';
import { Rng } from '../core/rng.js';
import { NO_MEMBER_COUNTS, type Zone, type ZoneSet } from '../core/types.js';

export interface TessellationOptions {
  rows: number;
  cols: number;
  /** seed of the jitter */
  seed?: number;
  /** south-west corner (lon, lat) and the size of one unit in degrees */
  origin?: [number, number];
  width?: number;
  height?: number;
  /** extra vertices on every edge (shared by both sides, like a real border) */
  edgeVertices?: number;
}

/**
 * A generated layer of "brick" units (rows offset by half a unit, like a wall): every unit has six
 * corners and, inside the layer, exactly six neighbours (two in its row, two above, two below), and
 * three units meet at every corner (no point-only contacts). Corners and edge vertices are jittered
 * (seeded) but shared exactly between neighbours, as in a clean topological layer. Used by the
 * benchmark (30,000 units) and by tests that need a large input with a known answer.
 * Zone ids are "r{row}c{col}"; members are 0.
 */
export function brickTessellation(opts: TessellationOptions): ZoneSet {
  const { rows, cols } = opts;
  const rng = new Rng(opts.seed ?? 1);
  const [lon0, lat0] = opts.origin ?? [0, 44];
  const w = opts.width ?? 0.02;
  const h = opts.height ?? 0.015;
  const k = opts.edgeVertices ?? 2;
  const ni = 2 * cols + 2; // lattice columns (half units)
  const nr = rows + 1; // lattice lines
  // corners: lattice point (i, r) at x = i·w/2, y = r·h, jittered
  const px = new Float64Array(ni * nr);
  const py = new Float64Array(ni * nr);
  for (let r = 0; r < nr; r++) {
    for (let i = 0; i < ni; i++) {
      px[r * ni + i] = lon0 + i * (w / 2) + (rng.next() - 0.5) * 0.3 * (w / 2);
      py[r * ni + i] = lat0 + r * h + (rng.next() - 0.5) * 0.3 * h;
    }
  }
  // extra vertices of each lattice edge, from its lower-numbered end: a sideways wiggle per vertex
  const hWiggle = new Float64Array((ni - 1) * nr * k).map(() => (rng.next() - 0.5) * 0.2);
  const vWiggle = new Float64Array(ni * (nr - 1) * k).map(() => (rng.next() - 0.5) * 0.2);
  const point = (i: number, r: number): [number, number] => [px[r * ni + i], py[r * ni + i]];
  /** vertices strictly between lattice points p and q (edge e, wiggles w), in the direction p → q */
  const inner = (p: [number, number], q: [number, number], wig: Float64Array, e: number, forward: boolean): [number, number][] => {
    // always computed from p to q, so both sides of the edge get identical vertices
    const out: [number, number][] = [];
    const [a, b] = [p, q];
    for (let j = 1; j <= k; j++) {
      const t = j / (k + 1);
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const s = wig[e * k + j - 1];
      out.push([a[0] + t * dx - s * dy, a[1] + t * dy + s * dx]);
    }
    return forward ? out : out.reverse();
  };
  const hEdge = (i: number, r: number, forward: boolean) => inner(point(i, r), point(i + 1, r), hWiggle, r * (ni - 1) + i, forward);
  const vEdge = (i: number, r: number, forward: boolean) => inner(point(i, r), point(i, r + 1), vWiggle, r * ni + i, forward);

  const zones: Zone[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const a = 2 * c + (r % 2);
      // counter-clockwise: along the bottom (line r), up the right side, back along the top, down the left
      const ring: [number, number][] = [
        point(a, r),
        ...hEdge(a, r, true),
        point(a + 1, r),
        ...hEdge(a + 1, r, true),
        point(a + 2, r),
        ...vEdge(a + 2, r, true),
        point(a + 2, r + 1),
        ...hEdge(a + 1, r + 1, false),
        point(a + 1, r + 1),
        ...hEdge(a, r + 1, false),
        point(a, r + 1),
        ...vEdge(a, r, false),
        point(a, r),
      ];
      const geometry: Polygon = { type: 'Polygon', coordinates: [ring] };
      const id = `r${r}c${c}`;
      zones.push({ id, name: `Unit ${r}-${c}`, members: 0, geometry, properties: { code: id, row: r, col: c } });
    }
  }
  return {
    file: `<tessellation ${rows}×${cols}>`,
    zones,
    byId: new Map(zones.map((z) => [z.id, z])),
    members: { estimated: false, description: NO_MEMBER_COUNTS },
  };
}
