/**
 * Soft qualitative palette (ColorBrewer Paired/Set3 light tones): dark labels stay readable on every
 * colour, and the grey used for zones without a section is not in it.
 */
export const SECTION_PALETTE = [
  '#a6cee3', '#b2df8a', '#fdbf6f', '#cab2d6', '#fb9a99', '#ffed6f',
  '#8dd3c7', '#fccde5', '#bebada', '#80b1d3', '#fdb462', '#b3de69',
] as const;

export const UNASSIGNED_FILL = '#eeeeee';

/**
 * Give each section a colour so that neighbouring sections differ: greedy colouring in Welsh-Powell
 * order (most neighbours first, ties by id), always the lowest free colour, so it is deterministic.
 * Beyond the palette (never seen on real maps) colours are reused.
 */
export function colourSections(
  ids: readonly string[],
  adjacency: ReadonlyMap<string, ReadonlySet<string>>,
  palette: readonly string[] = SECTION_PALETTE,
): Map<string, string> {
  const degree = (s: string) => adjacency.get(s)?.size ?? 0;
  const order = [...ids].sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map<string, number>();
  for (const s of order) {
    const used = new Set<number>();
    for (const n of adjacency.get(s) ?? []) {
      const c = index.get(n);
      if (c !== undefined) used.add(c);
    }
    let c = 0;
    while (used.has(c)) c++;
    index.set(s, c);
  }
  return new Map(ids.map((s) => [s, palette[index.get(s)! % palette.length]!]));
}
