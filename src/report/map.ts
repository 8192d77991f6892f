import { geoBounds, geoConicConformal, geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPoint, MultiPolygon, Polygon, Position } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { rewindRings } from '../core/geometry.js';
import { membersOfZones, type Plan, type ZoneSet } from '../core/types.js';
import { colourSections, UNASSIGNED_FILL } from '../export/colour.js';
import { escapeXml } from './escape.js';
import { DEFAULT_MIN_AREA_PX2, displayTopology, mergedOutline, zoneOutline } from './display.js';
import { geometryIndex, layoutSections, type SectionLayout } from '../export/layout.js';
import { translator, type Lang, type Translator } from './i18n.js';
import { labelAnchor, placeLabels, textExtent, type Box, type LabelCandidate, type PlacedLabel } from './labels.js';
import { maxOf } from '../core/extremes.js';

export interface MapOptions {
  lang?: Lang;
  /** total width of the SVG in px (default 960); the height follows the shape of the region */
  width?: number;
  /** largest map height in px (default 760) */
  maxHeight?: number;
  /** display names of sections (default: the section id) */
  sectionNames?: ReadonlyMap<string, string>;
  /** label sections on the map: by name, by number (matching the legend), or not; default: names up to 25 sections */
  labels?: 'names' | 'numbers' | 'none';
  /** draw the legend under the map (default true) */
  legend?: boolean;
  /** reuse a layout already computed (the report computes it once) */
  layout?: SectionLayout;
  /** without a layout: the zones' topology already built (graph.topology), instead of building it again */
  topology?: Topology;
  /**
   * drop the vertices that change the drawing by less than this many square pixels (default 0.1; 0 draws
   * the exact outlines). Display only: the figures come from the exact geometry.
   */
  simplify?: number;
  /** prefix of the ids inside the SVG (clip paths of insets), unique per map of one page (default "map") */
  idPrefix?: string;
  /**
   * layers of zone fills drawn over the section fills and under the borders (a choropleth of an attribute,
   * families of zones), each a <g class="zone-layer" data-layer="id"> the page shows or hides
   */
  zoneLayers?: readonly ZoneLayer[];
}

/** One fill per zone (by index in the ZoneSet), with its tooltip. */
export interface ZoneLayer {
  id: string;
  fill(zone: number): string;
  title?(zone: number): string;
}

const FONT = "'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif";
const PAD = 12;

/**
 * Draw a plan as a standalone SVG: sections filled with distinct colours (neighbours never share one),
 * thin grey zone borders inside sections, thick section borders, the outer border, labels and a legend.
 * Borders come from the shared arcs of the topology, so each border is drawn once.
 */
export function renderMapSvg(zones: ZoneSet, plan: Plan, opts: MapOptions = {}): string {
  const m = mapDrawing(zones, plan, opts);
  const parts: string[] = [];
  /** label boxes already on the map, and the sections whose name became a numbered callout */
  const placed: Box[] = [];
  const callouts = new Set<string>();
  if (m.insets) parts.push(insetClipPaths(m));
  m.frames.forEach((frame, k) => parts.push(frameSvg(m, frame, k, placed, callouts)));
  let height = m.mapHeight + 2 * PAD;
  if (opts.legend ?? true) {
    const legend = legendSvg(m, height + 4, callouts);
    parts.push(legend.svg);
    height = legend.bottom + PAD;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="decoupage-map" width="${m.width}" height="${Math.ceil(height)}" ` +
    `viewBox="0 0 ${m.width} ${Math.ceil(height)}" role="img" aria-label="${escapeXml(m.tr.t('mapHeading'))}">` +
    `<title>${escapeXml(m.tr.t('mapHeading'))}</title>` +
    `<rect class="background" width="100%" height="100%" fill="#ffffff"/>` +
    parts.join('') +
    '</svg>'
  );
}

/** What every part of the map reads: the plan laid out, the sections' colours, names and numbers, the frames. */
interface MapDrawing {
  zones: ZoneSet;
  opts: MapOptions;
  tr: Translator;
  width: number;
  layout: SectionLayout;
  sectionIds: string[];
  /** a section's display name */
  name(s: string): string;
  colours: Map<string, string>;
  /** a section's number in the legend (from 1) */
  number: Map<string, number>;
  labels: 'names' | 'numbers' | 'none';
  frames: MapFrame[];
  /** height of the frames, without the padding */
  mapHeight: number;
  /** index of a zone's geometry in the ZoneSet */
  indexOfGeometry: Map<GeometryObject, number>;
  /** the shared arcs simplified for the scale of each frame (display only) */
  display: Topology;
  /** more than one frame: the far-away parts in insets */
  insets: boolean;
  idPrefix: string;
}

function mapDrawing(zones: ZoneSet, plan: Plan, opts: MapOptions): MapDrawing {
  const width = opts.width ?? 960;
  const layout = opts.layout ?? layoutSections(zones, plan, opts.topology);
  const sectionIds = [...layout.sections.keys()];
  // zones wound for d3 (exteriors clockwise, see rewindRings): used to fit the projection
  const zoneFeatures: Feature[] = zones.zones.map((z) => ({ type: 'Feature', properties: {}, geometry: rewindRings(z.geometry, 'cw') }));
  const frames = mapFrames(zoneFeatures, width - 2 * PAD, opts.maxHeight ?? 760);
  return {
    zones,
    opts,
    tr: translator(opts.lang ?? 'en'),
    width,
    layout,
    sectionIds,
    name: (s) => opts.sectionNames?.get(s) ?? s,
    colours: colourSections(sectionIds, layout.adjacency),
    number: new Map(sectionIds.map((s, i) => [s, i + 1])),
    labels: opts.labels ?? (sectionIds.length <= 25 ? 'names' : 'numbers'),
    frames,
    mapHeight: Math.max(...frames.map((f) => f.y + f.h)) - PAD,
    indexOfGeometry: new Map(layout.collection.geometries.map((g, i) => [g, geometryIndex(g, i)])),
    display: displayTopology(layout.topology, frames, opts.simplify ?? DEFAULT_MIN_AREA_PX2),
    // Far-away parts (overseas regions) get insets of their own: each frame draws the whole plan with its
    // own projection, clipped to its box. A region in one piece is a single frame with no clipping.
    insets: frames.length > 1,
    // ids are per document: several maps in one page (the report's side-by-side view) need their own
    idPrefix: opts.idPrefix ?? 'map',
  };
}

function insetClipPaths({ frames, idPrefix }: MapDrawing): string {
  const clips = frames.map((f, k) => `<clipPath id="${idPrefix}-frame-${k}"><rect x="${f.x}" y="${f.y}" width="${f.w}" height="${f.h}"/></clipPath>`);
  return `<defs>${clips.join('')}</defs>`;
}

/** One frame as it is drawn: its path data, its zones, and its sections' outlines. */
interface FrameDrawing {
  frame: MapFrame;
  /** SVG path data of a geometry in this frame's projection */
  d(o: GeoPermissibleObjects): string;
  /** indices of the zones the frame draws */
  inFrame: Set<number>;
  /** whether the frame draws this zone */
  here(g: GeometryObject): boolean;
  /** each section's outline, from the zones of this frame */
  shapes: Map<string, MultiPolygon>;
}

/**
 * One frame of the map: fills (sections, zones outside the plan, zone layers), borders, then labels. Each frame
 * draws only its own zones (an inset does not draw the whole country again, clipped).
 */
function frameSvg(m: MapDrawing, frame: MapFrame, k: number, placed: Box[], callouts: Set<string>): string {
  const f = frameDrawing(m, frame);
  const parts: string[] = [];
  if (m.insets) {
    if (k > 0)
      parts.push(
        `<rect class="inset-frame" x="${frame.x}" y="${frame.y}" width="${frame.w}" height="${frame.h}" fill="none" stroke="#c4c9d0" stroke-width="1"/>`,
      );
    parts.push(`<g class="map-frame" clip-path="url(#${m.idPrefix}-frame-${k})">`);
  }
  parts.push(sectionFills(m, f), zoneLayers(m, f), borders(m, f));
  if (m.labels !== 'none') parts.push(labelsSvg(m, f, placed, callouts));
  if (m.insets) parts.push('</g>');
  return parts.join('');
}

function frameDrawing(m: MapDrawing, frame: MapFrame): FrameDrawing {
  const path = geoPath(frame.projection);
  const inFrame = new Set(frame.zones);
  const here = (g: GeometryObject) => inFrame.has(m.indexOfGeometry.get(g)!);
  const zonesOfSection = new Map<string, GeometryObject[]>();
  for (const g of m.layout.collection.geometries) {
    const s = sectionOf(m, g);
    if (s === undefined || !here(g)) continue;
    if (!zonesOfSection.has(s)) zonesOfSection.set(s, []);
    zonesOfSection.get(s)!.push(g);
  }
  const shapes = new Map([...zonesOfSection].map(([s, gs]) => [s, mergedOutline(m.display, gs)]));
  return { frame, d: (o) => round(path(o) ?? ''), inFrame, here, shapes };
}

function sectionOf(m: MapDrawing, g: GeometryObject): string | undefined {
  return m.layout.sectionOfIndex[m.indexOfGeometry.get(g)!];
}

/** One path per section outline, then the zones outside the plan in grey. */
function sectionFills(m: MapDrawing, { d, inFrame, shapes }: FrameDrawing): string {
  const parts = ['<g class="sections">'];
  for (const s of m.sectionIds) {
    const shape = shapes.get(s);
    if (!shape) continue;
    parts.push(`<path class="section" data-section="${escapeXml(s)}" fill="${m.colours.get(s)}" d="${d(shape)}"><title>${escapeXml(m.name(s))}</title></path>`);
  }
  for (const g of m.layout.collection.geometries) {
    const i = m.indexOfGeometry.get(g)!;
    if (m.layout.sectionOfIndex[i] === undefined && inFrame.has(i)) {
      parts.push(
        `<path class="unassigned" fill="${UNASSIGNED_FILL}" d="${d(zoneOutline(m.display, g))}"><title>${escapeXml(m.zones.zones[i]!.name)}</title></path>`,
      );
    }
  }
  parts.push('</g>');
  return parts.join('');
}

/** The zone layers (MapOptions.zoneLayers), over the section fills. */
function zoneLayers(m: MapDrawing, { d, inFrame }: FrameDrawing): string {
  const parts: string[] = [];
  for (const layer of m.opts.zoneLayers ?? []) {
    parts.push(`<g class="zone-layer" data-layer="${escapeXml(layer.id)}">`);
    for (const g of m.layout.collection.geometries) {
      const i = m.indexOfGeometry.get(g)!;
      if (!inFrame.has(i)) continue;
      const title = layer.title ? `<title>${escapeXml(layer.title(i))}</title>` : '';
      parts.push(`<path fill="${layer.fill(i)}" d="${d(zoneOutline(m.display, g))}">${title}</path>`);
    }
    parts.push('</g>');
  }
  return parts.join('');
}

/** Borders from the shared arcs: zone borders inside a section, section borders, the outer border. */
function borders(m: MapDrawing, { d, here }: FrameDrawing): string {
  const { display, layout } = m;
  const same = (a: GeometryObject, b: GeometryObject) => sectionOf(m, a) === sectionOf(m, b);
  const inner = mesh(display, layout.collection, (a, b) => a !== b && here(a) && here(b) && same(a, b));
  const between = mesh(display, layout.collection, (a, b) => a !== b && (here(a) || here(b)) && !same(a, b));
  const outer = mesh(display, layout.collection, (a, b) => a === b && here(a));
  return (
    `<path class="zone-borders" fill="none" stroke="#8a8f98" stroke-width="0.6" stroke-linejoin="round" d="${d(inner)}"/>` +
    `<path class="section-borders" fill="none" stroke="#2b2f36" stroke-width="2" stroke-linejoin="round" d="${d(between)}"/>` +
    `<path class="outer-border" fill="none" stroke="#2b2f36" stroke-width="2.2" stroke-linejoin="round" d="${d(outer)}"/>`
  );
}

/**
 * Labels at each section's pole of inaccessibility, moved, shrunk or replaced by a numbered callout so that no two
 * overlap (placed is shared by the frames: insets do not overlap the main frame anyway).
 */
function labelsSvg(m: MapDrawing, { frame, shapes }: FrameDrawing, placed: Box[], callouts: Set<string>): string {
  const parts = [`<g class="labels" font-family="${FONT}" text-anchor="middle" fill="#1f2328">`];
  const candidates: LabelCandidate[] = [];
  for (const s of m.sectionIds) {
    const shape = shapes.get(s);
    const anchor = shape && labelAnchor(shape, frame.projection);
    if (!anchor) continue;
    const [x, y] = anchor.at;
    if (m.insets && !(x >= frame.x && x <= frame.x + frame.w && y >= frame.y && y <= frame.y + frame.h)) continue;
    const number = String(m.number.get(s));
    candidates.push({ section: s, text: m.labels === 'names' ? m.name(s) : number, callout: number, ...anchor });
  }
  const box = { x0: frame.x, y0: frame.y, x1: frame.x + frame.w, y1: frame.y + frame.h };
  for (const l of placeLabels(candidates, m.labels === 'names' ? 12 : 11, placed, box)) {
    if (l.callout) callouts.add(l.section);
    parts.push(placedLabelSvg(l));
  }
  parts.push('</g>');
  return parts.join('');
}

/** A label with its white halo; a callout also gets its line to the section. */
function placedLabelSvg(l: PlacedLabel): string {
  const line = l.callout
    ? `<line class="callout-line" x1="${l.from[0].toFixed(1)}" y1="${l.from[1].toFixed(1)}" x2="${l.x.toFixed(1)}" y2="${l.y.toFixed(1)}" stroke="#1f2328" stroke-width="0.8"/>` +
      `<circle cx="${l.from[0].toFixed(1)}" cy="${l.from[1].toFixed(1)}" r="1.6" fill="#1f2328"/>`
    : '';
  return (
    line +
    `<text class="label${l.callout ? ' callout' : ''}" data-section="${escapeXml(l.section)}" x="${l.x.toFixed(1)}" y="${(l.y + l.size * 0.35).toFixed(1)}" font-size="${l.size}" font-weight="600" ` +
    `stroke="#ffffff" stroke-width="3" stroke-opacity="0.85" stroke-linejoin="round" paint-order="stroke">${escapeXml(l.text)}</text>`
  );
}

/** The width of a legend column, when its entries fit in it, and the gap after an entry's text. */
const LEGEND_COLUMN = 230;
const LEGEND_GAP = 12;

/** The legend under the map from `top`, in as many columns as fit; `bottom` is where it ends. */
function legendSvg(m: MapDrawing, top: number, callouts: Set<string>): { svg: string; bottom: number } {
  const { tr, sectionIds } = m;
  const entries = sectionIds.map((s) => ({
    swatch: m.colours.get(s)!,
    text: `${m.labels === 'numbers' || callouts.has(s) ? `${m.number.get(s)}. ` : ''}${truncate(m.name(s), 30)} · ${tr.int(membersOfZones(m.zones, m.layout.sections.get(s)!.zoneIds))}`,
  }));
  if (sectionIds.length < m.zones.zones.length && m.layout.sectionOfIndex.some((s) => s === undefined)) {
    entries.push({ swatch: UNASSIGNED_FILL, text: tr.t('unassigned') });
  }
  const { rows, x } = legendColumns(
    entries.map((e) => 20 + textExtent(e.text, 12) + LEGEND_GAP), // swatch, text, gap
    m.width - 2 * PAD,
  );
  const parts = [`<g class="legend" font-family="${FONT}" font-size="12" fill="#1f2328">`];
  parts.push(`<text x="${PAD}" y="${top + 12}" font-weight="700" font-size="13">${escapeXml(tr.t('legend'))}</text>`);
  entries.forEach((e, k) => {
    const left = x[Math.floor(k / rows)]!;
    const y = top + 24 + (k % rows) * 20;
    parts.push(
      `<g class="legend-entry"><rect x="${left}" y="${y}" width="14" height="14" rx="2" fill="${e.swatch}" stroke="#2b2f36" stroke-width="0.8"/>` +
        `<text x="${left + 20}" y="${y + 11.5}">${escapeXml(e.text)}</text></g>`,
    );
  });
  parts.push('</g>');
  return { svg: parts.join(''), bottom: top + 24 + rows * 20 };
}

/**
 * The legend's columns, filled top to bottom: as many as fit in `usable` (the last one's entries may end in half the
 * right margin), each LEGEND_COLUMN wide or as wide as its widest entry (`widths`: swatch, text and the gap after it);
 * the rows and each column's x (from PAD).
 */
function legendColumns(widths: readonly number[], usable: number): { rows: number; x: number[] } {
  for (let cols = Math.max(1, Math.min(widths.length, Math.floor(usable / LEGEND_COLUMN))); ; cols--) {
    const rows = Math.ceil(widths.length / cols);
    const x = [PAD];
    for (let c = 0; c < cols; c++) x.push(x[c]! + Math.max(LEGEND_COLUMN, maxOf(widths.slice(c * rows, (c + 1) * rows))));
    const lastEnds = x[cols - 1]! + maxOf(widths.slice((cols - 1) * rows)) - LEGEND_GAP;
    if (cols === 1 || (x[cols - 1]! - PAD <= usable && lastEnds <= PAD + usable + PAD / 2)) return { rows, x };
  }
}

/** One drawing area of the map: a box in the SVG and the projection that fits its zones into it. */
interface MapFrame {
  projection: GeoProjection;
  /** indices of the zones it draws */
  zones: number[];
  /** lon/lat box of those zones, a little wider */
  bounds: [[number, number], [number, number]];
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Zones further apart than this (in degrees, between bounding boxes) are drawn in separate frames. */
const INSET_GAP_DEG = 3;

/**
 * The frames of the map: the whole layer in one frame, or, when some zones lie far from the others
 * (France's overseas regions), the largest group in the main frame and every other group in an inset
 * of a row under it, as French maps usually show the DROM.
 */
function mapFrames(zoneFeatures: Feature[], mapWidth: number, maxHeight: number): MapFrame[] {
  const groups = farApartGroups(zoneFeatures);
  // fitted on the zones' vertices: the same extent as their outlines (to a fraction of a pixel), without
  // clipping and resampling every ring at each of the fitting passes
  const collection = (idx: number[]): MultiPoint => ({
    type: 'MultiPoint',
    coordinates: idx.flatMap((i) => verticesOf(zoneFeatures[i]!.geometry as Polygon | MultiPolygon)),
  });
  const fitted = (idx: number[], x: number, y: number, w: number, hMax: number): MapFrame => {
    const fc = collection(idx);
    const projection = chooseProjection(fc);
    projection.fitWidth(w, fc);
    let [[, y0], [, y1]] = geoPath(projection).bounds(fc);
    if (!(y1 - y0 <= hMax)) {
      projection.fitSize([w, hMax], fc);
      [[, y0], [, y1]] = geoPath(projection).bounds(fc);
    }
    const h = Math.max(1, Math.ceil(y1 - y0));
    // centre horizontally in the box when the height limited the scale
    const [[x0], [x1]] = geoPath(projection).bounds(fc);
    projection.translate([projection.translate()[0] + x + (w - (x1 - x0)) / 2 - x0, projection.translate()[1] + y - y0]);
    const [[w0, s0], [e0, n0]] = geoBounds(fc);
    const m = 0.5;
    return {
      projection,
      x,
      y,
      w,
      h,
      zones: idx,
      bounds: [
        [w0 - m, s0 - m],
        [e0 + m, n0 + m],
      ],
    };
  };
  if (groups.length === 1) return [fitted(groups[0]!, PAD, PAD, mapWidth, maxHeight)];
  const main = fitted(groups[0]!, PAD, PAD, mapWidth, Math.round(maxHeight * 0.8));
  const others = groups.slice(1);
  const gap = 10;
  const w = Math.floor((mapWidth - gap * (others.length - 1)) / others.length);
  const top = main.y + main.h + gap;
  const insets = others.map((g, k) => fitted(g, PAD + k * (w + gap), top, w, Math.min(w, 180)));
  // insets of one row share the tallest height, so their frames line up
  const h = Math.max(...insets.map((f) => f.h));
  return [main, ...insets.map((f) => ({ ...f, h }))];
}

/** Groups of zone indices, largest first, whose bounding boxes are within INSET_GAP_DEG of each other. */
function farApartGroups(zoneFeatures: Feature[]): number[][] {
  const all = zoneFeatures.map((_, i) => i);
  const [[ax0, ay0], [ax1, ay1]] = geoBounds({ type: 'FeatureCollection', features: zoneFeatures });
  // a region of ordinary size is one group: no need to compare every pair of zones
  if (ax1 - ax0 < 20 && ay1 - ay0 < 20) return [all];
  const boxes = zoneFeatures.map((f) => geoBounds(f));
  const parent = all.slice();
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [[x0, y0], [x1, y1]] = boxes[i]!;
      const [[u0, v0], [u1, v1]] = boxes[j]!;
      const dx = Math.max(0, u0 - x1, x0 - u1);
      const dy = Math.max(0, v0 - y1, y0 - v1);
      if (dx < INSET_GAP_DEG && dy < INSET_GAP_DEG) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, number[]>();
  for (const i of all) {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(i);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

/**
 * Conic conformal (Lambert, as IGN maps of France) with standard parallels at 1/6 and 5/6 of the
 * latitude span when the region lies in one hemisphere and is not continental; Equal Earth otherwise
 * (e.g. France with its overseas regions).
 */
function chooseProjection(fc: GeoPermissibleObjects): GeoProjection {
  const [[x0, y0], [x1, y1]] = geoBounds(fc);
  const lonSpan = x1 >= x0 ? x1 - x0 : x1 + 360 - x0;
  const centreLon = x0 + lonSpan / 2;
  if (y0 * y1 > 0 && y1 - y0 < 50 && lonSpan < 90) {
    const span = y1 - y0;
    return geoConicConformal()
      .parallels([y0 + span / 6, y1 - span / 6])
      .rotate([-centreLon, 0]);
  }
  return geoEqualEarth().rotate([-centreLon, 0]);
}

function verticesOf(g: Polygon | MultiPolygon): Position[] {
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Keep path data small: one decimal is a tenth of a pixel. */
function round(pathData: string): string {
  return pathData.replace(/-?\d+\.\d+(e-?\d+)?/g, (m) => String(Math.round(Number(m) * 10) / 10));
}
