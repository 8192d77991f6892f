/**
 * The audit as an HTML page (`decoupage audit --report audit.html`): per measure a histogram of the valid plans
 * with the central 95 % shaded and the plan marked, and the sentence saying where it sits; the table of measures;
 * the chains' traces and whether they mixed. Self-contained (inline SVG and CSS), works offline, prints.
 */
import { basename } from 'node:path';
import type { AuditRow, AuditView } from '../audit/words.js';
import { charterLines } from '../check/wording.js';
import type { Rules } from '../core/charter.js';
import type { Lang } from '../core/i18n.js';
import { VERSION } from '../core/version.js';
import { said, say, type Said } from '../messages/index.js';
import { escapeXml as esc } from './escape.js';
import { REPORT_CSS } from './style.js';
import { maxOf, minOf } from '../core/extremes.js';

/** Chains' colours: Okabe–Ito, told apart by colour-blind readers. */
const CHAIN_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
const PLAN_COLOUR = '#a40e26';

export interface AuditReportOptions {
  lang: Lang;
  rules: Rules;
  zonesFile: string;
  planFile?: string;
}

export function renderAuditReport(v: AuditView, o: AuditReportOptions): string {
  const t = (m: Said) => say(m, o.lang);
  const plan = o.planFile ? basename(o.planFile) : '';
  const title = t(said('audit.report.title', { plan }));
  const outliers = v.rows.filter((r) => r.summary.outlier);
  const cards = [...outliers, ...v.rows.filter((r) => !r.summary.outlier)].map((r) => measureCard(r, o.lang)).join('\n');
  const table = `<div class="scroll"><table><thead><tr>${v.header.map((h, i) => `<th${i ? ' class="num"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${v.rows
    .map(
      (r) =>
        `<tr${r.summary.outlier ? ' class="outlier"' : ''}><td>${esc(r.title)}</td>${[r.plan, r.range, r.median, r.percentile, r.rhat, r.ess]
          .map((c) => `<td class="num">${esc(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;
  const traces = v.rows.map((r) => traceFigure(r, o.lang)).join('\n');
  return `<!doctype html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${REPORT_CSS}
.measures{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:16px}
.measure{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:#fff}
.measure h3{margin:0 0 6px}
.measure.outlier{border-color:${PLAN_COLOUR};box-shadow:inset 4px 0 0 ${PLAN_COLOUR}}
.measure p{margin:6px 0 0}
tr.outlier td:first-child{font-weight:700;color:${PLAN_COLOUR}}
.legend{display:flex;gap:16px;flex-wrap:wrap;font-size:13px;color:var(--muted);margin:0 0 10px}
.legend span::before{content:"";display:inline-block;width:14px;height:10px;margin-right:6px;vertical-align:0;background:var(--c)}
</style>
</head>
<body>
<main>
<header>
<h1>${esc(title)}</h1>
<p class="subtitle">${esc(t(said('audit.report.subtitle')))}</p>
</header>
<section>
<p>${esc(v.heading)}</p>
${v.stopped ? `<p class="notice">${esc(v.stopped)}</p>` : ''}
${v.mixed ? '' : `<p class="notice" role="alert">${esc(v.mixing)}</p>`}
<h3>${esc(t(said('audit.report.charter')))}</h3>
<ul class="rules">${charterLines(o.rules, o.lang)
    .map((l) => `<li>${esc(l)}</li>`)
    .join('')}</ul>
</section>
<section>
<h2>${esc(v.verdictsTitle.replace(/\s*:\s*$/, ''))}</h2>
${v.notes.map((n) => `<p>${esc(n)}</p>`).join('\n')}
<p class="note small">${esc(t(said('audit.report.howToRead')))}</p>
<div class="legend"><span style="--c:${PLAN_COLOUR}">${esc(t(said('audit.report.thePlan', { value: '' })).replace(/[\s:]+$/, ''))}</span><span style="--c:#c9d7e8">${esc(t(said('audit.report.central')))}</span></div>
<div class="measures">
${cards}
</div>
</section>
<section>
<h2>${esc(t(said('audit.report.table')))}</h2>
${table}
</section>
<section>
<h2>${esc(t(said('audit.report.chains')))}</h2>
<p>${esc(v.mixing)} ${esc(v.acceptance)}</p>
<div class="measures">
${traces}
</div>
</section>
<footer><p>${esc(t(said('audit.report.generated', { version: VERSION })))}</p></footer>
</main>
</body>
</html>
`;
}

/** One measure: its title, the histogram with the plan marked, the sentence. */
function measureCard(r: AuditRow, lang: Lang): string {
  return `<article class="measure${r.summary.outlier ? ' outlier' : ''}" data-metric="${esc(r.summary.metric.key)}">
<h3>${esc(r.title)}</h3>
${histogram(r, lang)}
<p>${esc(r.verdict)}</p>
</article>`;
}

interface Bin {
  from: number;
  to: number;
  count: number;
}

/** Bins of the sampled values: one per value for a count with few values, else 30 equal bins (the plan's value included). */
export function binsOf(values: ArrayLike<number>, plan: number, integer: boolean): Bin[] {
  let lo = Math.min(plan, minOf(values));
  let hi = Math.max(plan, maxOf(values));
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (integer && hi - lo <= 40) {
    const bins: Bin[] = [];
    for (let x = lo; x <= hi; x++) bins.push({ from: x - 0.5, to: x + 0.5, count: 0 });
    for (let i = 0; i < values.length; i++) bins[Math.round(values[i]! - lo)]!.count++;
    return bins;
  }
  if (hi === lo) {
    lo -= 0.5;
    hi += 0.5;
  }
  const k = 30;
  const width = (hi - lo) / k;
  const bins = Array.from({ length: k }, (_, i) => ({ from: lo + i * width, to: lo + (i + 1) * width, count: 0 }));
  for (let i = 0; i < values.length; i++) bins[Math.min(k - 1, Math.floor((values[i]! - lo) / width))]!.count++;
  return bins;
}

function histogram(r: AuditRow, lang: Lang): string {
  const s = r.summary;
  const all = Float64Array.from(s.chains.flatMap((c) => Array.from(c)));
  const bins = binsOf(all, s.plan, s.metric.digits === 0);
  const W = 460;
  const H = 150;
  const pad = { l: 8, r: 8, t: 22, b: 24 };
  if (!bins.length) return '';
  const x0 = bins[0]!.from;
  const x1 = bins[bins.length - 1]!.to;
  const sx = (x: number) => pad.l + ((x - x0) / (x1 - x0)) * (W - pad.l - pad.r);
  const max = Math.max(1, ...bins.map((b) => b.count));
  const sy = (c: number) => H - pad.b - (c / max) * (H - pad.t - pad.b);
  const band = Number.isFinite(s.low)
    ? `<rect x="${sx(Math.max(x0, s.low - (s.metric.digits === 0 ? 0.5 : 0))).toFixed(1)}" y="${pad.t - 4}" width="${Math.max(1, sx(Math.min(x1, s.high + (s.metric.digits === 0 ? 0.5 : 0))) - sx(Math.max(x0, s.low - (s.metric.digits === 0 ? 0.5 : 0)))).toFixed(1)}" height="${H - pad.b - pad.t + 4}" fill="#c9d7e8" opacity="0.6"/>`
    : '';
  const bars = bins
    .map((b) => {
      const x = sx(b.from) + 0.5;
      const w = Math.max(0.5, sx(b.to) - sx(b.from) - 1);
      return b.count
        ? `<rect x="${x.toFixed(1)}" y="${sy(b.count).toFixed(1)}" width="${w.toFixed(1)}" height="${(H - pad.b - sy(b.count)).toFixed(1)}" fill="#5b6470"/>`
        : '';
    })
    .join('');
  const px = sx(s.plan);
  const label = say(said('audit.report.thePlan', { value: r.plan }), lang);
  const anchor = px > W * 0.7 ? 'end' : 'start';
  const name = say(said('audit.report.histogramOf', { title: r.title, n: all.length }), lang);
  return `<figure><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(`${name}. ${r.verdict}`)}" xmlns="http://www.w3.org/2000/svg">
${band}${bars}
<line x1="${pad.l}" x2="${W - pad.r}" y1="${H - pad.b}" y2="${H - pad.b}" stroke="#8a939d"/>
<text x="${pad.l}" y="${H - 6}" font-size="12" fill="#5b6470">${esc(r.format(s.metric.digits === 0 ? x0 + 0.5 : x0))}</text>
<text x="${W - pad.r}" y="${H - 6}" font-size="12" fill="#5b6470" text-anchor="end">${esc(r.format(s.metric.digits === 0 ? x1 - 0.5 : x1))}</text>
<line x1="${px.toFixed(1)}" x2="${px.toFixed(1)}" y1="${pad.t - 6}" y2="${H - pad.b}" stroke="${PLAN_COLOUR}" stroke-width="3"/>
<text x="${(px + (anchor === 'end' ? -6 : 6)).toFixed(1)}" y="${pad.t - 8}" font-size="13" font-weight="700" fill="${PLAN_COLOUR}" text-anchor="${anchor}">${esc(label)}</text>
</svg></figure>`;
}

/** The values of one measure along each chain (at most 400 points per chain). */
function traceFigure(r: AuditRow, lang: Lang): string {
  const s = r.summary;
  const W = 460;
  const H = 110;
  const pad = { l: 56, r: 8, t: 8, b: 8 };
  const values = s.chains.flatMap((c) => Array.from(c));
  if (!values.length) return '';
  let lo = minOf(values);
  let hi = maxOf(values);
  if (hi === lo) {
    lo -= 1;
    hi += 1;
  }
  const n = maxOf(s.chains.map((c) => c.length));
  const sx = (i: number) => pad.l + (i / Math.max(1, n - 1)) * (W - pad.l - pad.r);
  const sy = (x: number) => H - pad.b - ((x - lo) / (hi - lo)) * (H - pad.t - pad.b);
  const lines = s.chains
    .map((c, k) => {
      const step = Math.max(1, Math.ceil(c.length / 400));
      const pts: string[] = [];
      for (let i = 0; i < c.length; i += step) pts.push(`${sx(i).toFixed(1)},${sy(c[i]!).toFixed(1)}`);
      return `<polyline points="${pts.join(' ')}" fill="none" stroke="${CHAIN_COLOURS[k % CHAIN_COLOURS.length]}" stroke-width="1.2" opacity="0.85"/>`;
    })
    .join('');
  const legend = s.chains
    .map((_, k) => `<span style="--c:${CHAIN_COLOURS[k % CHAIN_COLOURS.length]}">${esc(say(said('audit.report.chain', { n: k + 1 }), lang))}</span>`)
    .join('');
  const name = say(said('audit.report.traceOf', { title: r.title }), lang);
  const axis = `<text x="${pad.l - 6}" y="${pad.t + 10}" font-size="11" fill="#5b6470" text-anchor="end">${esc(r.format(hi))}</text><text x="${pad.l - 6}" y="${H - pad.b - 2}" font-size="11" fill="#5b6470" text-anchor="end">${esc(r.format(lo))}</text>`;
  return `<article class="measure" data-trace="${esc(s.metric.key)}"><h3>${esc(r.title)}</h3><figure><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(name)}" xmlns="http://www.w3.org/2000/svg">
<line x1="${pad.l}" x2="${W - pad.r}" y1="${sy(s.plan).toFixed(1)}" y2="${sy(s.plan).toFixed(1)}" stroke="${PLAN_COLOUR}" stroke-dasharray="4 3"/>
${lines}${axis}</svg></figure><div class="legend">${legend}</div><p class="small muted">${esc(r.title)} — R̂ ${esc(r.rhat)}, ESS ${esc(r.ess)}</p></article>`;
}
