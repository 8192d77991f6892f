/** How two zones are adjacent. */
export type EdgeKind =
  /** share a border of positive length */
  | 'border'
  /** touch only at a point (counted only with contiguity "queen") */
  | 'point'
  /** borders within the --snap tolerance, not exactly shared */
  | 'snapped'
  /** explicit link (--link, links CSV or --auto-link), e.g. an island and the mainland */
  | 'link';

export interface GraphEdge {
  /** zone indices (a < b) into ZoneGraph.ids */
  a: number;
  b: number;
  /** shared border length in km (0 for point contacts and links) */
  sharedBorderKm: number;
  kind: EdgeKind;
}

/** Adjacency graph of a ZoneSet: vertices are zone indices in the ZoneSet's order. */
export interface ZoneGraph {
  /** index → zone id (same order as ZoneSet.zones) */
  ids: string[];
  /** zone id → index */
  index: Map<string, number>;
  /** sorted neighbour indices of each zone (every edge kind that counts as adjacency) */
  neighbors: number[][];
  edges: GraphEdge[];
}
