import type { ZoneGraph } from '../graph/types.js';

/**
 * Connected pieces of a set of zones, using only adjacency inside the set (BFS over graph.neighbors).
 * A contiguous section has exactly one piece. Pieces come largest first (then in zone order), each
 * piece's zone indices in ascending order, so messages are stable.
 */
export function piecesOf(graph: ZoneGraph, members: readonly number[]): number[][] {
  const inSet = new Set(members);
  const seen = new Set<number>();
  const pieces: number[][] = [];
  for (const start of [...members].sort((a, b) => a - b)) {
    if (seen.has(start)) continue;
    const piece: number[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length) {
      const v = queue.pop()!;
      piece.push(v);
      for (const w of graph.neighbors[v] ?? []) {
        if (inSet.has(w) && !seen.has(w)) {
          seen.add(w);
          queue.push(w);
        }
      }
    }
    pieces.push(piece.sort((a, b) => a - b));
  }
  return pieces.sort((a, b) => b.length - a.length || a[0] - b[0]);
}

/** True when the zones form one connected piece (an empty set counts as contiguous). */
export function isContiguous(graph: ZoneGraph, members: readonly number[]): boolean {
  return members.length === 0 || piecesOf(graph, members).length === 1;
}
