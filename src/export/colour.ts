/**
 * Section colours, shared by the report, the PNG map, the editor page and the GeoPackage style.
 *
 * The palette is Okabe & Ito's colour-blind safe qualitative set, mixed 35 % towards white so that dark labels
 * stay readable on every colour (contrast with #111 ≥ 6.8:1); black, and the bluish green (too close to the
 * sky blue and the blue once lightened), are left out. tests/export/colour.test.ts checks that any two of them,
 * and the grey of zones without a section, stay apart (CIELAB ΔE ≥ 12) for protanopes, deuteranopes and
 * tritanopes (Machado et al. 2009 simulation).
 */
import { MinHeap } from '../core/heap.js';

export const SECTION_PALETTE = [
  '#efc159', // orange          #E69F00
  '#91cef1', // sky blue        #56B4E9
  '#f5ed84', // yellow          #F0E442
  '#59a3cd', // blue            #0072B2
  '#e49659', // vermilion       #D55E00
  '#dea8c6', // reddish purple  #CC79A7
] as const;

export const UNASSIGNED_FILL = '#eeeeee';

/**
 * A proper colouring of the sections' adjacency graph: neighbouring sections never share a colour.
 *
 * Stable: with `previous` (the colours shown before an edit), every section keeps its colour when no
 * neighbour kept the same one, so an edit recolours as few sections as possible (when two neighbours had the
 * same colour, the one with more neighbours keeps it). The others are coloured by DSATUR (Brélaz 1979: the
 * section whose neighbours already use the most distinct colours first; ties: most uncoloured neighbours,
 * then id), each taking the lowest free colour. Deterministic. Should the palette not suffice after keeping
 * colours (a planar map needs at most 4, DSATUR rarely more than 5), the colouring starts afresh without
 * `previous`; beyond the palette (never seen on real maps) colours are reused.
 */
export function colourSections(
  ids: readonly string[],
  adjacency: ReadonlyMap<string, ReadonlySet<string>>,
  palette: readonly string[] = SECTION_PALETTE,
  previous?: ReadonlyMap<string, string>,
): Map<string, string> {
  const index = colourIndices(ids, adjacency, palette.length, previous, palette) ?? colourIndices(ids, adjacency, palette.length)!;
  return new Map(ids.map((s) => [s, palette[index.get(s)! % palette.length]!]));
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Colour indices; undefined when `previous` was given and the palette did not suffice. DSATUR keeps each section's
 * saturation (distinct colours among its neighbours) and uncoloured neighbours up to date as sections are coloured,
 * and takes the next section from a heap (core/heap.ts) ordered as the rule says (entries made stale by an update are skipped): a
 * scan of every section at each step made the report's map quadratic (3,600 sections: seconds).
 */
function colourIndices(
  ids: readonly string[],
  adjacency: ReadonlyMap<string, ReadonlySet<string>>,
  k: number,
  previous?: ReadonlyMap<string, string>,
  palette?: readonly string[],
): Map<string, number> | undefined {
  const n = ids.length;
  const index = new Map(ids.map((s, i) => [s, i]));
  // each section's neighbours among `ids` (itself left out), as indices
  const nbrs: number[][] = ids.map((s) => {
    const out: number[] = [];
    for (const t of adjacency.get(s) ?? []) {
      const j = index.get(t);
      if (j !== undefined && t !== s) out.push(j);
    }
    return out;
  });
  // who counts each section as a neighbour (the same lists when the adjacency is symmetric, as it is on a map)
  const rev: number[][] = ids.map(() => []);
  nbrs.forEach((list, i) => {
    for (const j of list) rev[j]!.push(i);
  });
  const colour = new Int32Array(n).fill(-1);
  if (previous && palette) {
    const order = ids.map((_, i) => i).sort((a, b) => nbrs[b]!.length - nbrs[a]!.length || byId(ids[a]!, ids[b]!));
    for (const i of order) {
      const c = palette.indexOf(previous.get(ids[i]!) ?? '');
      if (c >= 0 && !nbrs[i]!.some((j) => colour[j] === c)) colour[i] = c;
    }
  }
  // saturation: the distinct colours of each section's coloured neighbours; free: its uncoloured neighbours
  const seen: Set<number>[] = ids.map(() => new Set());
  const free = new Int32Array(n);
  for (let i = 0; i < n; i++) for (const j of nbrs[i]!) colour[j] >= 0 ? seen[i]!.add(colour[j]!) : free[i]++;
  // the next section: most saturated, then most free, then the smallest id (entries keyed −saturation, −free, id rank)
  const byRank = ids.map((_, i) => i).sort((a, b) => byId(ids[a]!, ids[b]!));
  const rank = new Int32Array(n);
  byRank.forEach((i, r) => (rank[i] = r));
  const heap = new MinHeap();
  const push = (i: number) => heap.push(-seen[i]!.size, -free[i]!, rank[i]!);
  for (let i = 0; i < n; i++) if (colour[i]! < 0) push(i);
  while (heap.size > 0) {
    const best = byRank[heap.pop()]!;
    // stale: coloured already, or its figures have changed since (a newer entry holds them)
    if (colour[best]! >= 0 || -heap.poppedKey !== seen[best]!.size || -heap.poppedTie !== free[best]) continue;
    let c = 0;
    while (seen[best]!.has(c)) c++;
    if (c >= k && previous) return undefined;
    colour[best] = c;
    for (const j of rev[best]!) {
      if (colour[j]! >= 0) continue;
      free[j]--;
      seen[j]!.add(c);
      push(j);
    }
  }
  return new Map(ids.map((s, i) => [s, colour[i]!]));
}
