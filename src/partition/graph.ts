/**
 * The graph a Partition lives on, in flat arrays: units (zones, or the communes of split zones) as indices
 * 0..n-1, adjacency in CSR form (the neighbours of u are neighbours[offsets[u] .. offsets[u+1])), and each
 * unit's members. Built once from a ZoneSet and its ZoneGraph; the hot loops of propose, the editor session
 * and the audit chain touch these arrays only.
 */
import type { ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';

export interface UnitGraph {
  /** number of units */
  n: number;
  /** unit index → id (the ZoneSet's order) */
  ids: readonly string[];
  /** CSR offsets, n + 1 entries */
  offsets: Int32Array;
  /** CSR neighbour indices, sorted within each unit */
  neighbours: Int32Array;
  /** members of each unit */
  members: Float64Array;
}

/** The unit graph of a zone layer and its contiguity graph (every edge kind that counts, links included). */
export function unitGraphOf(zones: ZoneSet, graph: ZoneGraph): UnitGraph {
  if (graph.ids.length !== zones.zones.length) throw new Error('unitGraphOf: the graph was not built on these zones');
  return unitGraphFrom(
    graph.neighbors,
    zones.zones.map((z) => z.members),
    graph.ids,
  );
}

/** A unit graph from neighbour lists (symmetric) and members; ids default to the indices as strings. */
export function unitGraphFrom(neighbours: readonly (readonly number[])[], members: ArrayLike<number>, ids?: readonly string[]): UnitGraph {
  const n = neighbours.length;
  if (members.length !== n) throw new Error('unitGraphFrom: one member count per unit');
  const offsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) offsets[u + 1] = offsets[u]! + neighbours[u]!.length;
  const flat = new Int32Array(offsets[n]!);
  for (let u = 0; u < n; u++) {
    const sorted = [...neighbours[u]!].sort((a, b) => a - b);
    flat.set(sorted, offsets[u]!);
  }
  return {
    n,
    ids: ids ?? Array.from({ length: n }, (_, i) => String(i)),
    offsets,
    neighbours: flat,
    members: Float64Array.from(members),
  };
}

/** The neighbours of each cell of a lattice of w × h cells (rook adjacency), row by row. */
function latticeNeighbours(w: number, h: number): number[][] {
  const nbrs: number[][] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const list: number[] = [];
      if (y > 0) list.push((y - 1) * w + x);
      if (x > 0) list.push(y * w + x - 1);
      if (x < w - 1) list.push(y * w + x + 1);
      if (y < h - 1) list.push((y + 1) * w + x);
      nbrs.push(list);
    }
  }
  return nbrs;
}

/** The units of a lattice of w × h cells (rook adjacency), row by row: for tests and benchmarks. */
export function latticeGraph(w: number, h: number, members: (i: number) => number = () => 1): UnitGraph {
  return unitGraphFrom(
    latticeNeighbours(w, h),
    Array.from({ length: w * h }, (_, i) => members(i)),
  );
}
