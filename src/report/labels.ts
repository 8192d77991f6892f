/**
 * The labels of a map without collisions: where a section's label goes (its pole of inaccessibility), and the
 * places tried, largest sections first, until each label or its numbered callout is free (src/report/map.ts draws them).
 */
import type { GeoProjection } from 'd3-geo';
import type { MultiPolygon, Position } from 'geojson';
import polylabel from 'polylabel';

/** Where a section's label goes: the pole of inaccessibility of its largest part (polylabel), in SVG pixels. */
export interface LabelAnchor {
  at: [number, number];
  /** the largest part's rings, projected: a moved label must stay over them */
  rings: Position[][];
  /** its distance to the part's border */
  room: number;
  area: number;
}

export interface LabelCandidate extends LabelAnchor {
  section: string;
  text: string;
  /** what a callout says (the section's number in the legend) */
  callout?: string;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel {
  section: string;
  text: string;
  x: number;
  y: number;
  size: number;
  /** a number at a free place, joined to the section by a line (the legend gives its name) */
  callout: boolean;
  from: [number, number];
}

export function labelAnchor(geometry: MultiPolygon, projection: GeoProjection): LabelAnchor | undefined {
  let best: Position[][] | undefined;
  let bestArea = -1;
  for (const polygon of geometry.coordinates) {
    const rings = polygon.map((ring) => ring.map((p) => projection(p as [number, number]) ?? [NaN, NaN]));
    const a = Math.abs(planarArea(rings[0]!));
    if (a > bestArea) [best, bestArea] = [rings, a];
  }
  if (!best || !(bestArea > 0)) return undefined;
  const p = polylabel(best as [number, number][][], 0.5);
  return { at: [p[0]!, p[1]!], rings: best, room: p.distance, area: bestArea };
}

/** An estimate of the width of `chars` characters of semi-bold text at font size `size` (labels: DejaVu Sans semi-bold is about 0.64 em a character). */
function textWidth(chars: number, size: number): number {
  return chars * size * 0.64;
}

/** DejaVu Sans's narrow and wide characters (advance about 0.28–0.4 em, and 0.8–1 em). */
const NARROW = new Set([..." iIjlt.,:;·'’|!()[]-frJ"]);
const WIDE = new Set([...'mwMWŴŵ@%Œœ—']);

/**
 * An estimate of the width of regular text at font size `size`, character by character (DejaVu Sans's advances, by
 * class: narrow ~0.34 em, wide ~0.95, other capitals 0.72, figures 0.64, the rest 0.6): a line of capitals is about a
 * third wider than one of lower case, which a width per character would not see.
 */
export function textExtent(text: string, size: number): number {
  let em = 0;
  for (const ch of text.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue; // an accent adds no width
    em += NARROW.has(ch) ? 0.34 : WIDE.has(ch) ? 0.95 : ch !== ch.toLowerCase() ? 0.72 : ch >= '0' && ch <= '9' ? 0.64 : 0.6;
  }
  return em * size;
}

/**
 * The box of a label of `chars` characters (counted once per label: a label may try hundreds of places): the text's
 * extent (textWidth) and its halo.
 */
function labelBox(chars: number, x: number, y: number, size: number): Box {
  const w = textWidth(chars, size) + 4;
  const h = size * 1.25 + 2;
  return { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const within = (a: Box, b: Box) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

/**
 * The boxes placed on the map, by the cells of a grid over the frame that each overlaps: whether a box within the frame
 * overlaps one of them asks only the boxes of its cells (comparing it with every box placed made the labels of a
 * map of thousands of sections quadratic). A box partly outside the frame is kept in the cells it covers inside.
 */
export class BoxGrid {
  private readonly cells: Box[][];
  private readonly cols: number;
  private readonly rows: number;
  constructor(
    private readonly frame: Box,
    private readonly size = 32,
  ) {
    this.cols = Math.max(1, Math.ceil((frame.x1 - frame.x0) / size));
    this.rows = Math.max(1, Math.ceil((frame.y1 - frame.y0) / size));
    this.cells = Array.from({ length: this.cols * this.rows }, () => []);
  }
  private span(lo: number, hi: number, origin: number, count: number): [number, number] {
    const clamp = (v: number) => Math.min(count - 1, Math.max(0, Math.floor((v - origin) / this.size)));
    return [clamp(lo), clamp(hi)];
  }
  /** the cells a box covers (clamped to the frame's) */
  private each(b: Box, f: (cell: Box[]) => boolean | void): boolean {
    const [i0, i1] = this.span(b.x0, b.x1, this.frame.x0, this.cols);
    const [j0, j1] = this.span(b.y0, b.y1, this.frame.y0, this.rows);
    for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) if (f(this.cells[j * this.cols + i]!)) return true;
    return false;
  }
  /** a box placed; none lying wholly outside the frame is kept (no box within the frame can overlap it) */
  add(b: Box): void {
    if (!(b.x1 > this.frame.x0 && b.x0 < this.frame.x1 && b.y1 > this.frame.y0 && b.y0 < this.frame.y1)) return;
    this.each(b, (cell) => void cell.push(b));
  }
  /** whether a box within the frame overlaps one placed */
  hits(b: Box): boolean {
    return this.each(b, (cell) => cell.some((p) => overlaps(p, b)));
  }
}

/**
 * Labels without collisions, largest sections first: each at its pole of inaccessibility, else shifted (up to
 * two lines up or down, half its width aside) while it stays over its section, else smaller (12 → 10 → 8.5 px),
 * else its number in a free place nearby (spiral search), joined to the section by a line. `placed` gets the boxes.
 */
export function placeLabels(candidates: LabelCandidate[], size: number, placed: Box[], frame: Box): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  const taken = new BoxGrid(frame);
  for (const p of placed) taken.add(p);
  const free = (b: Box) => within(b, frame) && !taken.hits(b);
  const order = [...candidates].sort((a, b) => b.area - a.area || (a.section < b.section ? -1 : 1));
  for (const c of order) {
    let done = false;
    const chars = [...c.text].length;
    for (const sz of [size, size * 0.85, size * 0.7]) {
      const b0 = labelBox(chars, 0, 0, sz);
      const [w, h] = [b0.x1 - b0.x0, b0.y1 - b0.y0];
      const shifts = [
        [0, 0],
        [0, -0.8],
        [0, 0.8],
        [-0.5, 0],
        [0.5, 0],
        [0, -1.6],
        [0, 1.6],
        [-0.5, -0.8],
        [0.5, -0.8],
        [-0.5, 0.8],
        [0.5, 0.8],
      ];
      for (const [dx, dy] of shifts) {
        const [x, y] = [c.at[0] + dx! * w, c.at[1] + dy! * h];
        const b = labelBox(chars, x, y, sz);
        if ((dx || dy) && !insideRings([x, y], c.rings)) continue;
        if (!free(b)) continue;
        placed.push(b);
        taken.add(b);
        out.push({ section: c.section, text: c.text, x, y, size: sz, callout: false, from: c.at });
        done = true;
        break;
      }
      if (done) break;
    }
    if (done) continue;
    // a numbered callout: the smallest free place on a spiral around the section
    const text = c.callout ?? c.text;
    const textChars = [...text].length;
    for (let k = 1; k < 400 && !done; k++) {
      const r = 6 + 2.2 * k;
      const t = k * 0.7;
      const [x, y] = [c.at[0] + r * Math.cos(t), c.at[1] + r * Math.sin(t)];
      const b = labelBox(textChars, x, y, 10);
      if (!free(b)) continue;
      placed.push(b);
      taken.add(b);
      out.push({ section: c.section, text, x, y, size: 10, callout: true, from: c.at });
      done = true;
    }
  }
  return out;
}

function planarArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return a / 2;
}

function insideRings(p: [number, number], rings: Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
