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
import { planHomogeneity, type PlanHomogeneity } from '../homogeneity/plan.js';
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
  const { lang } = ctx;
  const nf = numberFormat(lang);
  const t = (id: MessageId & `homogeneity.${string}`, params?: Record<string, string | number>) =>
    esc(say(said(id as 'homogeneity.report.title', params as never), lang));
  const { summary, attrs, families } = h;
  const k = attrs.columns.length;
  const r2 = (x: number | null) => (x === null ? '–' : nf.dec(x, 3));
  const out: string[] = [];
  out.push(`<section id="homogeneity"><h2>${t('homogeneity.report.title')}</h2>`);
  out.push(
    `<p id="homogeneity-r2">${t('homogeneity.report.intro', { columns: attrs.columns.join(', '), r2: r2(summary.r2), r2w: r2(summary.r2Weighted) })}</p>`,
  );
  if (summary.missing.length) {
    const names = summary.missing.map((id) => `${id} ${zones.byId.get(id)?.name ?? ''}`.trim());
    out.push(`<p class="note small" id="homogeneity-missing">${t('homogeneity.report.missing', { n: summary.missing.length, list: names.join(', ') })}</p>`);
  }

  // the layers: one per attribute, the families, the sections alone
  const range = attrs.columns.map((_, c) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < attrs.n; i++) {
      const v = attrs.raw[i * k + c];
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return [lo, hi] as const;
  });
  // shades by rank (each shade holds as many zones): the editor's scale too (src/export/choropleth.ts)
  const scales = attrs.columns.map((_, c) => rankScale(Array.from({ length: attrs.n }, (_, i) => attrs.raw[i * k + c])));
  const sorted = scales.map((x) => x.sorted);
  const zoneName = (i: number) => `${zones.zones[i].name} (${zones.zones[i].id})`;
  const layers: (ZoneLayer & { label: string })[] = attrs.columns.map((col, c) => ({
    id: `attr-${c}`,
    label: col,
    fill: (i) => {
      const v = attrs.raw[i * k + c];
      return scales[c]!.fill(v);
    },
    title: (i) =>
      `${zoneName(i)}: ${Number.isFinite(attrs.raw[i * k + c]) ? nf.dec(attrs.raw[i * k + c], scales[c]!.decimals) : say(said('homogeneity.report.noValue'), lang)}`,
  }));
  if (families) {
    layers.push({
      id: 'families',
      label: say(said('homogeneity.report.families'), lang),
      fill: (i) => familyColour(families.family[i]),
      title: (i) =>
        `${zoneName(i)}: ${families.family[i] < 0 ? say(said('homogeneity.report.noValue'), lang) : say(said('homogeneity.report.family', { n: families.family[i] + 1 }), lang)}`,
    });
  }
  const svg = renderMapSvg(zones, plan, {
    lang,
    layout: ctx.layout,
    sectionNames: ctx.names,
    width: 1000,
    legend: false,
    labels: 'none',
    zoneLayers: layers,
    idPrefix: 'homogeneity-map',
  });

  // radio buttons and CSS: the checked layer is shown, with its legend
  const css = ['#homogeneity .zone-layer,#homogeneity .hlegend{display:none}'];
  layers.forEach((l) =>
    css.push(
      `#hl-${l.id}:checked~figure .zone-layer[data-layer="${l.id}"],#hl-${l.id}:checked~.hlegends .hlegend[data-layer="${l.id}"]{display:inline;display:revert}`,
    ),
  );
  out.push(
    `<style>${css.join('')}#homogeneity .layer-switch{margin:0 14px 0 4px}#homogeneity .hlegend{margin:6px 0}#homogeneity .hramp{display:inline-block;width:220px;height:12px;border:1px solid #8a8f98;vertical-align:-2px;margin:0 6px}</style>`,
  );
  const radios = [
    ...layers.map(
      (l, j) =>
        `<input type="radio" name="homogeneity-layer" id="hl-${l.id}" value="${l.id}"${j === 0 ? ' checked' : ''}><label class="layer-switch" for="hl-${l.id}">${esc(l.label)}</label>`,
    ),
    `<input type="radio" name="homogeneity-layer" id="hl-none" value="none"><label class="layer-switch" for="hl-none">${t('homogeneity.report.none')}</label>`,
  ];
  // the inputs are siblings of the figure and the legends, for the CSS to switch them
  out.push(`<div class="homogeneity-map"><strong>${t('homogeneity.report.layer')}</strong> ${radios.join('')}`);
  out.push('<div class="hlegends">');
  attrs.columns.forEach((col, c) => {
    const [lo, hi] = range[c];
    const median = sorted[c][Math.floor((sorted[c].length - 1) / 2)];
    const stops = rampStops();
    const d = scales[c]!.decimals;
    out.push(
      `<div class="hlegend" data-layer="attr-${c}">${esc(col)}: ${nf.dec(lo, d)}<span class="hramp" style="background:linear-gradient(to right,${stops})"></span>${nf.dec(hi, d)}` +
        ` <span class="muted small">${t('homogeneity.report.byRank', { median: nf.dec(median, d) })}</span> <span class="swatch" style="background:${NO_VALUE}"></span>${t('homogeneity.report.noValue')}</div>`,
    );
  });
  if (families) {
    const items = families.centres.map(
      (centre, f) =>
        `<span class="family-key"><span class="swatch" style="background:${familyColour(f)}"></span>${t('homogeneity.report.family', { n: f + 1 })} (${attrs.columns.map((c, j) => `${esc(c)} ${nf.dec(centre[j], 1)}`).join(', ')})</span> `,
    );
    out.push(`<div class="hlegend" data-layer="families">${items.join('')}</div>`);
  }
  out.push('</div>');
  out.push(`<figure>${svg}</figure></div>`);
  if (families) {
    const sil = nf.dec(families.silhouette, 2);
    out.push(
      `<p class="note">${families.forced ? t('homogeneity.report.familiesForced', { k: families.k, silhouette: sil }) : t('homogeneity.report.familiesIntro', { k: families.k, silhouette: sil })}</p>`,
    );
  }

  // the profile of each section
  out.push(`<h3>${t('homogeneity.report.profile')}</h3><div class="scroll"><table id="homogeneity-table"><thead><tr>`);
  out.push(`<th>${t('homogeneity.report.section')}</th><th class="num">${t('homogeneity.report.zones')}</th>`);
  for (const col of attrs.columns)
    out.push(`<th class="num">${t('homogeneity.report.mean', { column: col })}</th><th class="num">${t('homogeneity.report.range')}</th>`);
  if (families) out.push(`<th>${t('homogeneity.report.mainFamily')}</th>`);
  out.push(`<th class="num">${t('homogeneity.report.ss')}</th></tr></thead><tbody>`);
  for (const s of summary.sections) {
    out.push(`<tr data-section="${esc(s.id)}"${s.flagged ? ' class="flagged"' : ''}><td class="section-name">${esc(ctx.names.get(s.id) ?? s.id)}`);
    if (s.flagged) out.push(` <span class="badge bad">${t('homogeneity.report.flag')}</span>`);
    out.push(`</td><td class="num">${nf.int(s.zones)}</td>`);
    for (const col of attrs.columns) {
      const m = s.mean[col];
      const r = s.range[col];
      out.push(`<td class="num">${m === null ? '–' : nf.dec(m, 1)}</td><td class="num">${r === null ? '–' : nf.dec(r, 1)}</td>`);
    }
    if (families) {
      const m = h.main.get(s.id);
      out.push(
        m
          ? `<td><span class="swatch" style="background:${familyColour(m.family)}"></span>${t('homogeneity.report.family', { n: m.family + 1 })} · ${esc(nf.pct(m.share, 0))}</td>`
          : '<td>–</td>',
      );
    }
    out.push(`<td class="num">${nf.dec(s.ss, 2)}</td></tr>`);
  }
  out.push(`</tbody></table></div><p class="note small">${t('homogeneity.report.meanNote')}</p></section>`);
  return out.join('');
}
