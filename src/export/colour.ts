/**
 * Section colours, shared by the report, the PNG map, the editor page and the GeoPackage style.
 *
 * The palette is Okabe & Ito's colour-blind safe qualitative set, mixed 35 % towards white so that dark labels
 * stay readable on every colour (contrast with #111 ≥ 6.8:1); black, and the bluish green (too close to the
 * sky blue and the blue once lightened), are left out. tests/export/colour.test.ts checks that any two of them,
 * and the grey of zones without a section, stay apart (CIELAB ΔE ≥ 12) for protanopes, deuteranopes and
 * tritanopes (Machado et al. 2009 simulation).
 */
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

/** Colour indices; undefined when `previous` was given and the palette did not suffice. */
function colourIndices(
  ids: readonly string[],
  adjacency: ReadonlyMap<string, ReadonlySet<string>>,
  k: number,
  previous?: ReadonlyMap<string, string>,
  palette?: readonly string[],
): Map<string, number> | undefined {
  const present = new Set(ids);
  const nbrs = (s: string) => [...(adjacency.get(s) ?? [])].filter((t) => present.has(t) && t !== s);
  const degree = new Map(ids.map((s) => [s, nbrs(s).length]));
  const colour = new Map<string, number>();
  if (previous && palette) {
    const order = [...ids].sort((a, b) => degree.get(b)! - degree.get(a)! || byId(a, b));
    for (const s of order) {
      const c = palette.indexOf(previous.get(s) ?? '');
      if (c >= 0 && !nbrs(s).some((t) => colour.get(t) === c)) colour.set(s, c);
    }
  }
  const left = new Set(ids.filter((s) => !colour.has(s)));
  while (left.size) {
    let best = '';
    let bestSat = -1;
    let bestFree = -1;
    for (const s of left) {
      const ns = nbrs(s);
      const sat = new Set(ns.map((t) => colour.get(t)).filter((c) => c !== undefined)).size;
      const free = ns.filter((t) => left.has(t)).length;
      if (sat > bestSat || (sat === bestSat && (free > bestFree || (free === bestFree && byId(s, best) < 0)))) {
        best = s;
        bestSat = sat;
        bestFree = free;
      }
    }
    const used = new Set(nbrs(best).map((t) => colour.get(t)));
    let c = 0;
    while (used.has(c)) c++;
    if (c >= k && previous) return undefined;
    colour.set(best, c);
    left.delete(best);
  }
  return colour;
}
