/**
 * The report's "Homogeneity" section (issue 21): R² both ways, a map with one togglable layer per attribute
 * (a colour-blind-safe sequential scale, ColorBrewer YlOrRd, with its legend), the families of zones (k-means)
 * as a categorical layer, the section outlines over them, and a profile of each section.
 * Layers switch with radio buttons and CSS only: the report stays one file that works offline and prints.
 */
import { schemeTableau10 } from 'd3-scale-chromatic';
import { NO_VALUE_FILL, rampStops, rankScale } from '../export/choropleth.js';
import type { Rules } from '../core/rules.js';
import { sectionsOf, type Plan, type ZoneSet } from '../core/types.js';
import { numberFormat, type Lang } from '../core/i18n.js';
import { spreadLimits } from '../check/rules/index.js';
import type { Attributes } from '../homogeneity/attributes.js';
import { familiesOf, mainFamilies, type Families } from '../homogeneity/families.js';
import { planHomogeneity, type PlanHomogeneity, type SectionProfile } from '../homogeneity/plan.js';
import { attributesOf } from '../homogeneity/table.js';
import { say, said, type MessageId } from '../messages/index.js';
import { escapeXml as esc } from './escape.js';
import type { SectionLayout } from '../export/layout.js';
import { renderMapSvg, type ZoneLayer } from './map.js';

/** What the report shows of the homogeneity of a plan (computed by the job: the families load ml-kmeans lazily). */
export interface ReportHomogeneity {
  summary: PlanHomogeneity;
  attrs: Attributes;
  families?: Families;
  /** section id → its main family and the share of its members living in it */
  main: Map<string, { family: number; share: number }>;
}

/** The homogeneity of `plan` on a layer with attributes (undefined without). */
export async function reportHomogeneity(
  zones: ZoneSet,
  plan: Plan,
  rules: Rules | undefined,
  opts: { families?: number; seed?: number } = {},
): Promise<ReportHomogeneity | undefined> {
  const maxSpread = rules?.maxSpread ? Object.fromEntries(spreadLimits(rules.maxSpread)) : undefined;
  const summary = planHomogeneity(zones, plan, { maxSpread });
  const attrs = attributesOf(zones);
  if (!summary || !attrs) return undefined;
  const families = await familiesOf(attrs, { k: opts.families, seed: opts.seed });
  const ids = [
    ...sectionsOf(
      plan,
      zones.zones.map((z) => z.id),
    ).keys(),
  ];
  const index = new Map(ids.map((s, i) => [s, i]));
  const assignment = zones.zones.map((z) => (plan.has(z.id) ? index.get(plan.get(z.id)!)! : -1));
  const main = new Map<string, { family: number; share: number }>();
  if (families)
    mainFamilies(
      families,
      assignment,
      zones.zones.map((z) => z.members),
    ).forEach((m, s) => m && main.set(ids[s], m));
  return { summary, attrs, families, main };
}

/** Okabe & Ito's colour-blind-safe categorical palette (without black), then Tableau 10 for more families. */
const FAMILY_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', ...schemeTableau10];
/** zones without a value */
const NO_VALUE = NO_VALUE_FILL;

export function familyColour(f: number): string {
  return f < 0 ? NO_VALUE : FAMILY_COLOURS[f % FAMILY_COLOURS.length];
}

/** The HTML section: figures, layer switch, map, legends, families, profile table. */
export function renderHomogeneity(
  zones: ZoneSet,
  plan: Plan,
  h: ReportHomogeneity,
  ctx: { lang: Lang; layout: SectionLayout; names: ReadonlyMap<string, string> },
): string {
  const v = homogeneityView(zones, h, ctx);
  const svg = renderMapSvg(zones, plan, {
    lang: ctx.lang,
    layout: ctx.layout,
    sectionNames: ctx.names,
    width: 1000,
    legend: false,
    labels: 'none',
    zoneLayers: v.layers,
    idPrefix: 'homogeneity-map',
  });
  return (
    `<section id="homogeneity"><h2>${v.t('homogeneity.report.title')}</h2>` +
    homogeneityFigures(v) +
    layerSwitchStyle(v.layers) +
    layersMap(v, svg) +
    familiesNote(v) +
    profileTable(v) +
    '</section>'
  );
}

/** What every part of the section reads: the figures, their words and number format, the scales and the map's layers. */
interface HomogeneityView {
  zones: ZoneSet;
  h: ReportHomogeneity;
  lang: Lang;
  names: ReadonlyMap<string, string>;
  nf: ReturnType<typeof numberFormat>;
  /** a message of the homogeneity namespace, escaped */
  t(id: MessageId & `homogeneity.${string}`, params?: Record<string, string | number>): string;
  /** each column's scale: shades by rank (each shade holds as many zones), the editor's scale too (src/export/choropleth.ts) */
  scales: ReturnType<typeof rankScale>[];
  /** one layer per attribute, then the families */
  layers: (ZoneLayer & { label: string })[];
}

function homogeneityView(zones: ZoneSet, h: ReportHomogeneity, ctx: { lang: Lang; names: ReadonlyMap<string, string> }): HomogeneityView {
  const { lang } = ctx;
  const { attrs } = h;
  const value = (i: number, c: number) => attrs.raw[i * attrs.columns.length + c];
  const scales = attrs.columns.map((_, c) => rankScale(Array.from({ length: attrs.n }, (_, i) => value(i, c))));
  const base = {
    zones,
    h,
    lang,
    names: ctx.names,
    nf: numberFormat(lang),
    t: (id: MessageId & `homogeneity.${string}`, params?: Record<string, string | number>) =>
      esc(say(said(id as 'homogeneity.report.title', params as never), lang)),
    scales,
  };
  return { ...base, layers: zoneLayers(base, value) };
}

/** The layers of the map: one per attribute (its value on hover), and the families of zones when there are some. */
function zoneLayers(
  { zones, h, lang, nf, scales }: Omit<HomogeneityView, 'layers'>,
  value: (i: number, c: number) => number,
): (ZoneLayer & { label: string })[] {
  const { attrs, families } = h;
  const noValue = say(said('homogeneity.report.noValue'), lang);
  const zoneName = (i: number) => `${zones.zones[i].name} (${zones.zones[i].id})`;
  const layers: (ZoneLayer & { label: string })[] = attrs.columns.map((col, c) => ({
    id: `attr-${c}`,
    label: col,
    fill: (i) => scales[c]!.fill(value(i, c)),
    title: (i) => `${zoneName(i)}: ${Number.isFinite(value(i, c)) ? nf.dec(value(i, c), scales[c]!.decimals) : noValue}`,
  }));
  if (families) {
    layers.push({
      id: 'families',
      label: say(said('homogeneity.report.families'), lang),
      fill: (i) => familyColour(families.family[i]),
      title: (i) => `${zoneName(i)}: ${families.family[i] < 0 ? noValue : say(said('homogeneity.report.family', { n: families.family[i] + 1 }), lang)}`,
    });
  }
  return layers;
}

/** R² both ways, and the zones left out for want of a value. */
function homogeneityFigures({ zones, h, nf, t }: HomogeneityView): string {
  const { summary, attrs } = h;
  const r2 = (x: number | null) => (x === null ? '–' : nf.dec(x, 3));
  let out = `<p id="homogeneity-r2">${t('homogeneity.report.intro', { columns: attrs.columns.join(', '), r2: r2(summary.r2), r2w: r2(summary.r2Weighted) })}</p>`;
  if (summary.missing.length) {
    const names = summary.missing.map((id) => `${id} ${zones.byId.get(id)?.name ?? ''}`.trim());
    out += `<p class="note small" id="homogeneity-missing">${t('homogeneity.report.missing', { n: summary.missing.length, list: names.join(', ') })}</p>`;
  }
  return out;
}

/** Radio buttons and CSS: the checked layer is shown, with its legend. */
function layerSwitchStyle(layers: readonly ZoneLayer[]): string {
  const css = ['#homogeneity .zone-layer,#homogeneity .hlegend{display:none}'];
  layers.forEach((l) =>
    css.push(
      `#hl-${l.id}:checked~figure .zone-layer[data-layer="${l.id}"],#hl-${l.id}:checked~.hlegends .hlegend[data-layer="${l.id}"]{display:inline;display:revert}`,
    ),
  );
  return `<style>${css.join('')}#homogeneity .layer-switch{margin:0 14px 0 4px}#homogeneity .hlegend{margin:6px 0}#homogeneity .hramp{display:inline-block;width:220px;height:12px;border:1px solid #8a8f98;vertical-align:-2px;margin:0 6px}</style>`;
}

/** The layer switch, the legend of each layer and the map; the inputs are siblings of the figure and the legends, for the CSS to switch them. */
function layersMap(v: HomogeneityView, svg: string): string {
  const radios = [
    ...v.layers.map(
      (l, j) =>
        `<input type="radio" name="homogeneity-layer" id="hl-${l.id}" value="${l.id}"${j === 0 ? ' checked' : ''}><label class="layer-switch" for="hl-${l.id}">${esc(l.label)}</label>`,
    ),
    `<input type="radio" name="homogeneity-layer" id="hl-none" value="none"><label class="layer-switch" for="hl-none">${v.t('homogeneity.report.none')}</label>`,
  ];
  const legends = v.h.attrs.columns.map((col, c) => attributeLegend(v, col, c));
  if (v.h.families) legends.push(familiesLegend(v, v.h.families));
  return (
    `<div class="homogeneity-map"><strong>${v.t('homogeneity.report.layer')}</strong> ${radios.join('')}` +
    `<div class="hlegends">${legends.join('')}</div>` +
    `<figure>${svg}</figure></div>`
  );
}

/** An attribute's legend: its lowest value, the ramp, its highest value, the median, and the grey of no value. */
function attributeLegend({ nf, t, scales }: HomogeneityView, col: string, c: number): string {
  const { sorted, decimals: d } = scales[c]!;
  const [lo, hi] = [sorted[0] ?? Infinity, sorted[sorted.length - 1] ?? -Infinity];
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return (
    `<div class="hlegend" data-layer="attr-${c}">${esc(col)}: ${nf.dec(lo, d)}<span class="hramp" style="background:linear-gradient(to right,${rampStops()})"></span>${nf.dec(hi, d)}` +
    ` <span class="muted small">${t('homogeneity.report.byRank', { median: nf.dec(median, d) })}</span> <span class="swatch" style="background:${NO_VALUE}"></span>${t('homogeneity.report.noValue')}</div>`
  );
}

/** Each family's colour and centre (its mean value of every attribute). */
function familiesLegend({ h, nf, t }: HomogeneityView, families: Families): string {
  const items = families.centres.map(
    (centre, f) =>
      `<span class="family-key"><span class="swatch" style="background:${familyColour(f)}"></span>${t('homogeneity.report.family', { n: f + 1 })} (${h.attrs.columns.map((c, j) => `${esc(c)} ${nf.dec(centre[j], 1)}`).join(', ')})</span> `,
  );
  return `<div class="hlegend" data-layer="families">${items.join('')}</div>`;
}

/** How many families, how well apart (silhouette), and whether their number was asked for. */
function familiesNote({ h, nf, t }: HomogeneityView): string {
  const families = h.families;
  if (!families) return '';
  const sil = nf.dec(families.silhouette, 2);
  return `<p class="note">${families.forced ? t('homogeneity.report.familiesForced', { k: families.k, silhouette: sil }) : t('homogeneity.report.familiesIntro', { k: families.k, silhouette: sil })}</p>`;
}

/** The profile of each section: zones, mean and range of every attribute, main family, within-section sum of squares. */
function profileTable(v: HomogeneityView): string {
  const { h, t } = v;
  const out = [`<h3>${t('homogeneity.report.profile')}</h3><div class="scroll"><table id="homogeneity-table"><thead><tr>`];
  out.push(`<th>${t('homogeneity.report.section')}</th><th class="num">${t('homogeneity.report.zones')}</th>`);
  for (const col of h.attrs.columns)
    out.push(`<th class="num">${t('homogeneity.report.mean', { column: col })}</th><th class="num">${t('homogeneity.report.range')}</th>`);
  if (h.families) out.push(`<th>${t('homogeneity.report.mainFamily')}</th>`);
  out.push(`<th class="num">${t('homogeneity.report.ss')}</th></tr></thead><tbody>`);
  for (const s of h.summary.sections) out.push(profileRow(v, s));
  out.push(`</tbody></table></div><p class="note small">${t('homogeneity.report.meanNote')}</p>`);
  return out.join('');
}

function profileRow({ h, nf, t, names }: HomogeneityView, s: SectionProfile): string {
  const one = (x: number | null) => (x === null ? '–' : nf.dec(x, 1));
  const out = [`<tr data-section="${esc(s.id)}"${s.flagged ? ' class="flagged"' : ''}><td class="section-name">${esc(names.get(s.id) ?? s.id)}`];
  if (s.flagged) out.push(` <span class="badge bad">${t('homogeneity.report.flag')}</span>`);
  out.push(`</td><td class="num">${nf.int(s.zones)}</td>`);
  for (const col of h.attrs.columns) out.push(`<td class="num">${one(s.mean[col])}</td><td class="num">${one(s.range[col])}</td>`);
  if (h.families) {
    const m = h.main.get(s.id);
    out.push(
      m
        ? `<td><span class="swatch" style="background:${familyColour(m.family)}"></span>${t('homogeneity.report.family', { n: m.family + 1 })} · ${esc(nf.pct(m.share, 0))}</td>`
        : '<td>–</td>',
    );
  }
  out.push(`<td class="num">${nf.dec(s.ss, 2)}</td></tr>`);
  return out.join('');
}
