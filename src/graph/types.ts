import type { Topology } from 'topojson-specification';
import type { Lang } from '../core/i18n.js';
import type { Progress } from '../core/progress.js';

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
  /** shared border length in km (0 for point contacts and links; an estimate for "snapped") */
  sharedBorderKm: number;
  kind: EdgeKind;
  /**
   * links only: distance in km between the two zones (0 for explicit links between touching zones); an explicit link's
   * is measured the first time it is read
   */
  distanceKm?: number;
  /** links only: where the link came from ("--link", "links.csv line 3", "--auto-link") */
  source?: string;
  /** links only: the zone of the part that needed the link (--auto-link), or the first zone given (--link A:B) */
  from?: number;
  /** --auto-link only: chosen as the nearest zone of the same département, of the same région, or the nearest of all */
  tier?: 'dep' | 'reg' | 'nearest';
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

export type Contiguity = 'rook' | 'queen';

/** An explicit link between two zones, by id, with where it was given (for error messages). */
export interface LinkSpec {
  a: string;
  b: string;
  /** e.g. "--link" or "links.csv line 4" */
  source: string;
  /** the file the link came from, if any (used as InputError.file) */
  file?: string;
}

export interface GraphOptions {
  /** rook (default): a border of positive length is needed; queen: one shared point is enough */
  contiguity?: Contiguity;
  /** snapping tolerance in metres: borders closer than this count as shared (kind "snapped") */
  snapM?: number;
  /**
   * with --snap in rook mode, the shortest stretch of border (in metres) within the tolerance that
   * counts as shared; shorter contacts (corners) are near-misses. Default: 3 × snapM.
   */
  snapMinLengthM?: number;
  /** explicit links (--link A:B, links CSV) */
  links?: LinkSpec[];
  /**
   * link the separate parts that cannot form a section on their own (fewer than minMembers members) to
   * their nearest part, preferring one in the same département, then the same région (zone properties
   * dep/deps, reg/regs); without minMembers, every part with another within maxLinkKm
   */
  autoLink?: boolean;
  /** with autoLink: the member threshold of a section (rules.minMembers); leave undefined without member counts */
  minMembers?: number;
  /** with autoLink: the longest link added (km, default 50); a part below minMembers with no part that close is refused (exit 1) */
  maxLinkKm?: number;
  /** language of the refusal message (default English) */
  lang?: Lang;
  progress?: Progress;
}

/** Two zones closer than the tolerance: either not joined, or joined only thanks to snapping. */
export interface NearMiss {
  a: number;
  b: number;
  /** smallest distance found between the two outlines, in metres */
  distanceM: number;
  /** estimated length of border (metres) lying within the tolerance */
  lengthM: number;
  joined: boolean;
}

export interface ZoneGraphResult extends ZoneGraph {
  contiguity: Contiguity;
  /**
   * the shared-arc topology the graph was derived from (reuse it for dissolves): the same Topology as
   * topojson-server's, made from the graph's arcs on its first read (only the commands that draw need it)
   */
  readonly topology: Topology;
  /** connected components after links (zone indices in input order), largest first */
  components: number[][];
  /** member total of each component (same order as components) */
  componentMembers: number[];
  /** component number of each zone (index into components) */
  componentOf: number[];
  /** zones that touch no other zone (before links), in input order */
  islands: number[];
  /** links added by --auto-link, each with its distance */
  linksAdded: GraphEdge[];
  /** with --auto-link: the threshold and longest link used, and (without threshold) the parts left separate */
  autoLink?: AutoLinkInfo;
  /** pairs closer than the tolerance that were not joined, or joined only thanks to snapping */
  nearMisses: NearMiss[];
  /** the edge between two zones (indices), if they are adjacent */
  edgeBetween(a: number, b: number): GraphEdge | undefined;
  /** shared border length in km between two zones (indices); 0 when not adjacent or only linked */
  borderKm(a: number, b: number): number;
}

/** How --auto-link ran, for summaries. */
export interface AutoLinkInfo {
  /** undefined: no threshold (no member counts), every part was linked within maxLinkKm */
  minMembers?: number;
  maxLinkKm: number;
  /** separate parts before automatic links */
  parts: number;
  /** without a threshold: the parts with no other part within maxLinkKm, left as they are */
  separate: { zones: number[]; members: number; nearestKm?: number }[];
}
