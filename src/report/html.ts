import { PARENT_PROP } from '../core/units.js';
import { membersOfZones, sectionNamesOf } from '../core/types.js';
import { basename } from 'node:path';
import type { SectionSeats } from '../apportion/index.js';
import type { CheckReport, RuleVerdict } from '../check/index.js';
import { charterLines, checkWords, ruleDetail, ruleMessage, ruleTitle, rulesWords, sectionProblems, seatSentence, type CheckWords } from '../check/wording.js';
import { ruleById } from '../check/rules/index.js';
import type { Rules } from '../core/rules.js';
import { colourSections, UNASSIGNED_FILL } from '../export/colour.js';
import { escapeXml as esc, htmlLabels, type HtmlLabel } from './escape.js';
import { layoutSections, type SectionLayout } from '../export/layout.js';
import { say, type Said } from '../messages/index.js';
import { sectionLinksText } from '../check/format.js';
import { translator, type Translator } from './i18n.js';
import { renderComparison } from './comparison.js';
import { renderHomogeneity } from './homogeneity.js';
import { renderMapSvg } from './map.js';
import { REPORT_CSS } from './style.js';
import type { ReportInput, ReportPluralism, ScenarioInfo } from './types.js';
import { VERSION } from '../core/version.js';

/** One row of the sections table, from the check report when there is one, else from the plan alone. */
interface SectionRow {
  id: string;
  name: string;
  zones: string[];
  members: number;
  seats?: number;
  compactness: number;
  crossed: string[];
  ok?: boolean;
  problems: string[];
  /** "crosses the sea or a gap: …" when the section holds a link */
  links?: string;
}

/**
 * The report as ONE self-contained HTML file (inline CSS and SVG, no script, no external URL), in
 * English or French. Every text that comes from the data is escaped.
 */
export function renderReport(input: ReportInput): string {
  return renderReportAndMap(input).html;
}

/**
 * The report and the map it shows, as a standalone SVG (`report --png` saves that same map as an image
 * instead of dissolving and drawing the sections again).
 */
export function renderReportAndMap(input: ReportInput): { html: string; mapSvg: string } {
  const r = reportContext(input);
  const mapSvg = renderMapSvg(input.zones, input.plan, { lang: input.lang, layout: r.layout, sectionNames: r.names, width: 1000 });
  const html = [
    pageHead(r),
    pageHeader(r),
    keyFigures(r),
    membersNote(r),
    rulesSection(r),
    mapSection(r, mapSvg),
    sectionsSection(r),
    // how alike the zones of each section are (--attributes)
    input.homogeneity ? renderHomogeneity(input.zones, input.plan, input.homogeneity, { lang: input.lang, layout: r.layout, names: r.names }) : '',
    verdictsSection(r),
    input.seats ? seatsSection(r, input.seats) : '',
    input.pluralism ? pluralismSection(r, input.pluralism) : '',
    // the comparison of plans, said in words (src/report/comparison.ts)
    renderComparison(input, r.tr, input.comparison?.scenario ? scenarioText(input.comparison.scenario, r.tr) : ''),
    pageFooter(r),
  ];
  return { html: html.join(''), mapSvg };
}

/** What every part of the report reads: the input, its words, and the sections' rows with their names and totals. */
interface ReportContext {
  input: ReportInput;
  tr: Translator;
  /** a label of the report, escaped */
  tx: HtmlLabel;
  words: CheckWords;
  layout: SectionLayout;
  rows: SectionRow[];
  /** section id → its name */
  names: Map<string, string>;
  /** a section's name (its id when the plan has no such section) */
  name(id: string): string;
  title: string;
  totalMembers: number;
  /** undefined unless every section has its seats */
  totalSeats?: number;
}

function reportContext(input: ReportInput): ReportContext {
  // the organisation's words (members word, fields in prose) for the report's labels and the check's sentences alike
  const given = { membersWord: input.membersWord, fieldLabels: input.fieldLabels };
  const words = input.rules ? rulesWords(input.rules, input.lang, given) : checkWords(input.lang, given);
  const tr = translator(input.lang, words.options);
  const layout = layoutSections(input.zones, input.plan, input.topology);
  const rows = sectionRows(input, layout, tr, words);
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return {
    input,
    tr,
    tx: htmlLabels(tr),
    words,
    layout,
    rows,
    names,
    name: (id) => names.get(id) ?? id,
    title: input.title ?? tr.t('defaultTitle'),
    totalMembers: rows.reduce((s, r) => s + r.members, 0),
    totalSeats: rows.every((r) => r.seats !== undefined) ? rows.reduce((s, r) => s + (r.seats ?? 0), 0) : undefined,
  };
}

function pageHead({ input, title }: ReportContext): string {
  return (
    `<!DOCTYPE html><html lang="${input.lang}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${esc(title)}</title><style>${REPORT_CSS}</style></head><body><main>`
  );
}

/** The title, what the plan is made of and, when propose proved it, how far it is from the most sections possible. */
function pageHeader({ input, tr, tx, rows, title }: ReportContext): string {
  const out = [`<header><h1>${esc(title)}</h1>`];
  out.push(`<p class="subtitle">${tx('subtitle', { sections: tr.int(rows.length), zones: tr.int(input.zones.zones.length) })}</p>`);
  if (input.bound) {
    const n = { n: tr.int(rows.length), max: tr.int(input.bound.value) };
    out.push(`<p class="subtitle" id="bound">${tx(input.bound.optimal ? 'boundOptimal' : 'boundGap', n)}</p>`);
  }
  out.push('</header>');
  return out.join('');
}

/** The cards under the title: sections, zones, members, seats, the verdict. */
function keyFigures({ input, tr, tx, rows, totalMembers, totalSeats }: ReportContext): string {
  const check = input.check;
  const verdict = check ? (check.ok ? ['ok', tr.t('planCompliant')] : ['bad', tr.t('planNotCompliant')]) : ['neutral', tr.t('planNotChecked')];
  const out = ['<div class="cards">'];
  out.push(card(tx('cardSections'), tr.int(rows.length)));
  out.push(card(tx('cardZones'), tr.int(input.zones.zones.length)));
  out.push(card(tx('cardMembers'), tr.int(totalMembers) + (input.zones.members.estimated ? '<sup>*</sup>' : '')));
  if (totalSeats !== undefined) out.push(card(tx('cardSeats'), tr.int(totalSeats)));
  out.push(card(tx('cardVerdict'), `<span class="badge big ${verdict[0]}">${esc(verdict[1])}</span>`, 'verdict'));
  out.push('</div>');
  return out.join('');
}

/** Where the member figures come from: counted, estimated, or estimated for the units of split zones only. */
function membersNote({ input, tx }: ReportContext): string {
  const description = membersDescription(input);
  const partly = partlyEstimated(input);
  if (partly) {
    return `<p class="notice estimate" id="members-note"><strong>* ${tx('membersPartlyEstimated')}.</strong> ${tx('membersPartlyEstimatedText', { ...partly, description })}</p>`;
  }
  if (input.zones.members.estimated) {
    return `<p class="notice estimate" id="members-note"><strong>* ${tx('membersEstimated')}.</strong> ${tx('membersEstimatedText', { description })}</p>`;
  }
  return `<p class="note" id="members-note">${tx('membersCounted', { description })}</p>`;
}

function membersDescription(input: ReportInput): string {
  return say(input.zones.members.description, input.lang);
}

/** The rules in words (with the plan's totals when it was checked). */
function rulesSection({ input, tx, words }: ReportContext): string {
  const check = input.check;
  const rules = input.rules
    ? `<ul class="rules">${charterLines(input.rules, words, check ? { sections: check.totals.sections, members: check.totals.members } : undefined)
        .map((l) => `<li>${esc(l)}</li>`)
        .join('')}</ul>`
    : `<p>${tx('noRules')}</p>`;
  return `<section id="rules"><h2>${tx('rulesHeading')}</h2>${rules}</section>`;
}

function mapSection({ input, tx }: ReportContext, mapSvg: string): string {
  const credit = input.credit ? ` <span class="credit">${tx('creditLine', { credit: input.credit })}</span>` : '';
  return `<section id="map"><h2>${tx('mapHeading')}</h2><figure>${mapSvg}<figcaption>${tx('mapCaption')}${credit}</figcaption></figure></section>`;
}

/** The sections table: one row per section, the totals, and what compactness means. */
function sectionsSection(r: ReportContext): string {
  const { input, tr, tx, rows } = r;
  // the boundaries each section crosses, when some section crosses one or the rules name them (--respect)
  const showCrossed = rows.some((row) => row.crossed.length > 0) || input.rules?.respect !== undefined;
  const colours = colourSections([...r.layout.sections.keys()], r.layout.adjacency);
  const out = [`<section id="sections"><h2>${tx('sectionsHeading')}</h2><div class="scroll"><table id="sections-table"><thead><tr>`];
  out.push(`<th>${tx('colSection')}</th><th>${tx('colZones')}</th><th class="num">${tx('colMembers')}</th>`);
  out.push(`<th class="num">${tx('colSeats')}</th><th class="num">${tx('colMembersPerSeat')}</th><th class="num">${tx('colCompactness')}</th>`);
  if (showCrossed) out.push(`<th>${tx('colCrossed')}${input.rules?.respect ? ` (${esc(tr.field(input.rules.respect))})` : ''}</th>`);
  out.push(`<th>${tx('colVerdict')}</th></tr></thead><tbody>`);
  for (const row of rows) out.push(sectionRowHtml(r, row, colours.get(row.id) ?? UNASSIGNED_FILL, showCrossed));
  out.push(`</tbody><tfoot><tr><th>${tx('total')}</th><th>${tr.int(rows.reduce((s, row) => s + row.zones.length, 0))}</th>`);
  out.push(`<th class="num">${tr.int(r.totalMembers)}</th><th class="num">${r.totalSeats === undefined ? '' : tr.int(r.totalSeats)}</th>`);
  out.push(
    `<th class="num">${r.totalSeats ? tr.int(Math.round(r.totalMembers / r.totalSeats)) : ''}</th><th></th>${showCrossed ? '<th></th>' : ''}<th></th></tr></tfoot>`,
  );
  out.push(`</table></div><p class="note small">${tx('compactnessNote')}</p></section>`);
  return out.join('');
}

/** One section's row: its colour and name, its zones (the first six named), figures, boundaries crossed, verdict. */
function sectionRowHtml({ input, tr, tx }: ReportContext, r: SectionRow, colour: string, showCrossed: boolean): string {
  const zoneNames = r.zones.map((id) => input.zones.byId.get(id)?.name ?? id);
  const shown = zoneNames.slice(0, 6).join(', ') + (zoneNames.length > 6 ? ', …' : '');
  const out = [`<tr data-section="${esc(r.id)}">`];
  out.push(`<td class="section-name"><span class="swatch" style="background:${colour}"></span>${esc(r.name)}`);
  if (r.name !== r.id) out.push(`<div class="muted small">${esc(r.id)}</div>`);
  out.push(`</td><td class="zones"><strong>${tr.int(r.zones.length)}</strong> <span class="muted small">${esc(shown)}</span>`);
  if (r.links) out.push(`<div class="link small">${esc(r.links)}</div>`);
  out.push('</td>');
  out.push(`<td class="num">${tr.int(r.members)}</td>`);
  out.push(`<td class="num">${r.seats === undefined ? tx('notApplicable') : tr.int(r.seats)}</td>`);
  out.push(`<td class="num">${r.seats ? tr.int(Math.round(r.members / r.seats)) : tx('notApplicable')}</td>`);
  out.push(`<td class="num">${tr.dec(r.compactness)}</td>`);
  if (showCrossed) out.push(`<td>${r.crossed.length > 1 ? esc(r.crossed.join(', ')) : `<span class="muted">${tx('none')}</span>`}</td>`);
  out.push(`<td>${r.ok === undefined ? tx('notApplicable') : badge(r.ok, tr)}`);
  if (r.problems.length) out.push(`<div class="problems small">${esc(r.problems.join('; '))}</div>`);
  out.push('</td></tr>');
  return out.join('');
}

/** The verdict on every rule (and the boundaries crossed, for information), or that the plan was not checked. */
function verdictsSection({ input, tr, tx, words, name }: ReportContext): string {
  const check = input.check;
  if (!check) return `<section id="verdicts"><h2>${tx('verdictsHeading')}</h2><p>${tx('verdictsNotChecked')}</p></section>`;
  const out = [`<section id="verdicts"><h2>${tx('verdictsHeading')}</h2>`];
  out.push(`<table id="verdicts-table"><thead><tr><th>${tx('colRule')}</th><th>${tx('colResult')}</th><th>${tx('colDetails')}</th></tr></thead><tbody>`);
  for (const v of check.rules) {
    out.push(
      `<tr data-rule="${esc(v.rule)}"><td>${esc(ruleTitle(v.rule, words))}</td><td>${badge(v.ok, tr)}</td><td>${esc(verdictDetails(v, check, name, tr, words))}</td></tr>`,
    );
  }
  if (check.respect !== undefined) {
    const crossing = check.sections.filter((s) => s.crossed.length > 1);
    const detail = crossing.length ? tr.t('respectDetail', { n: tr.int(crossing.length), list: crossing.map((s) => s.name).join(', ') }) : tr.t('respectNone');
    out.push(
      `<tr data-rule="respect"><td>${esc(ruleTitle('respect', words))} (${esc(tr.field(check.respect))})</td><td><span class="badge neutral">${tx('info')}</span></td><td>${esc(detail)}</td></tr>`,
    );
  }
  out.push('</tbody></table></section>');
  return out.join('');
}

/** The seats table and the malapportionment figures. */
function seatsSection({ input, tr, tx, words, name }: ReportContext, seats: SectionSeats): string {
  const out = [`<section id="seats"><h2>${tx('seatsHeading')}</h2>`];
  out.push(`<p>${tx('seatsRule', { rule: seatRuleText(input.rules, seats.rule, words) })}</p>`);
  out.push(`<table id="seats-table"><thead><tr><th>${tx('colSection')}</th><th class="num">${tx('colMembers')}</th><th class="num">${tx('colSeats')}</th>`);
  out.push(`<th class="num">${tx('colMembersPerSeat')}</th><th class="num">${tx('colDeviation')}</th></tr></thead><tbody>`);
  for (const r of seats.rows) {
    out.push(`<tr data-section="${esc(r.section)}"><td>${esc(name(r.section))}</td><td class="num">${tr.int(r.members)}</td>`);
    out.push(
      `<td class="num">${tr.int(r.seats)}</td><td class="num">${Number.isFinite(r.membersPerSeat) ? tr.int(Math.round(r.membersPerSeat)) : tx('notApplicable')}</td>`,
    );
    out.push(`<td class="num">${Number.isFinite(r.deviationPct) ? signed(tr.pct(r.deviationPct / 100)) : tx('notApplicable')}</td></tr>`);
  }
  out.push('</tbody></table><ul class="figures">');
  out.push(`<li>${tx('malapportionment', { lh: tr.pct(seats.overall.loosemoreHanby / 100) })}</li>`);
  if (Number.isFinite(seats.overall.ratio)) {
    out.push(
      `<li>${tx('seatsRange', { min: tr.int(Math.round(seats.overall.minMembersPerSeat)), max: tr.int(Math.round(seats.overall.maxMembersPerSeat)), ratio: tr.dec(seats.overall.ratio) })}</li>`,
    );
  }
  if (seats.ties.length) {
    out.push(`<li>${tx('seatsTies', { list: seats.ties.map((t) => t.candidates.map(name).join(' = ')).join('; ') })}</li>`);
  }
  out.push('</ul></section>');
  return out.join('');
}

/** The pluralism of the list vote: the seats each list wins per section, then the figures in words. */
function pluralismSection(r: ReportContext, p: ReportPluralism): string {
  const { tr, tx } = r;
  const scenario = p.scenario ? ` ${scenarioText(p.scenario, tr)}` : '';
  return (
    `<section id="pluralism"><h2>${tx('pluralismHeading')}</h2><p>${tx('pluralismIntro', { method: tr.method(p.method) })}${scenario}</p>` +
    pluralismTable(r, p) +
    pluralismFigures(r, p) +
    '</section>'
  );
}

function pluralismTable({ tr, tx, name }: ReportContext, p: ReportPluralism): string {
  const out = [`<div class="scroll"><table id="pluralism-table"><thead><tr><th>${tx('colSection')}</th><th class="num">${tx('colSeats')}</th>`];
  for (const l of p.lists) out.push(`<th class="num">${esc(l)}</th>`);
  out.push(`<th class="num">${tx('colListsRepresented')}</th></tr></thead><tbody>`);
  for (const s of p.sections) {
    const represented = p.lists.filter((l) => (s.seatsByList[l] ?? 0) > 0).length;
    out.push(`<tr data-section="${esc(s.section)}"><td>${esc(name(s.section))}</td><td class="num">${tr.int(s.seats)}</td>`);
    for (const l of p.lists) out.push(`<td class="num">${tr.int(s.seatsByList[l] ?? 0)}</td>`);
    out.push(`<td class="num">${tr.int(represented)}</td></tr>`);
  }
  out.push(`</tbody><tfoot><tr><th>${tx('total')}</th><th class="num">${tr.int(p.sections.reduce((a, s) => a + s.seats, 0))}</th>`);
  for (const l of p.lists) out.push(`<th class="num">${tr.int(p.totals.seatsByList[l] ?? 0)}</th>`);
  out.push(`<th class="num">${tr.int(p.totals.listsRepresented)}</th></tr>`);
  if (p.votes) {
    out.push(`<tr class="votes"><th>${tx('colVotes')}</th><th></th>`);
    for (const l of p.lists) out.push(`<th class="num">${p.votes[l] === undefined ? '' : tr.pct(p.votes[l]!)}</th>`);
    out.push('<th></th></tr>');
  }
  out.push('</tfoot></table></div>');
  return out.join('');
}

/** Lists represented, Gallagher index, effective number of lists, wasted votes. */
function pluralismFigures({ tr, tx }: ReportContext, p: ReportPluralism): string {
  const out = ['<ul class="figures">'];
  out.push(`<li>${tx('pluralismListsRepresented', { n: tr.int(p.totals.listsRepresented) })}</li>`);
  if (p.totals.gallagher !== undefined) {
    out.push(`<li>${tx('pluralismGallagher', { v: tr.dec(p.totals.gallagher) })} <span class="muted">${tx('gallagherExplained')}</span></li>`);
  }
  if (p.totals.effectiveListsByVotes !== undefined && p.totals.effectiveListsBySeats !== undefined) {
    out.push(
      `<li>${tx('pluralismEnp', { votes: tr.dec(p.totals.effectiveListsByVotes), seats: tr.dec(p.totals.effectiveListsBySeats) })} <span class="muted">${tx('enpExplained')}</span></li>`,
    );
  }
  if (p.totals.wastedShare !== undefined) out.push(`<li>${tx('pluralismWasted', { v: tr.pct(p.totals.wastedShare) })}</li>`);
  out.push('</ul>');
  return out.join('');
}

/** Where it comes from (data, credit, members), when it was made and by which version. */
function pageFooter({ input, tr, tx }: ReportContext): string {
  const when = input.generatedAt ?? new Date();
  const credit = input.credit ? ` · ${tx('creditLine', { credit: input.credit })}` : '';
  const source = tx('dataSource', { file: input.source ?? basename(input.zones.file) });
  return (
    `<footer><p>${source}${credit} · ${tx('membersSource', { description: membersDescription(input) })}</p>` +
    `<p>${tx('generated', { date: tr.date(when), version: VERSION })}. ${tx('footerNote')}</p>` +
    '</footer></main></body></html>\n'
  );
}

function scenarioText(s: ScenarioInfo, tr: Translator): string {
  return esc(tr.t('scenarioLine', { description: s.isDefault ? tr.t('scenarioDefault') : say(s.description, tr.lang) }));
}

function card(label: string, valueHtml: string, cls = ''): string {
  return `<div class="card ${cls}"><div class="label">${label}</div><div class="value">${valueHtml}</div></div>`;
}

function badge(ok: boolean, tr: Translator): string {
  return `<span class="badge ${ok ? 'ok' : 'bad'}">${esc(tr.t(ok ? 'pass' : 'fail'))}</span>`;
}

function signed(text: string): string {
  return /^[-−]/.test(text) || /^0([.,]0+)?\s?%$/.test(text) ? text : `+${text}`;
}

/** Table rows: figures from the check report (so they match check/export), compactness from the dissolved outline. */
function sectionRows(input: ReportInput, layout: SectionLayout, tr: Translator, words: CheckWords): SectionRow[] {
  const compactness = (id: string) => layout.sections.get(id)?.polsbyPopper ?? 0;
  if (input.check) {
    return input.check.sections.map((s) => ({
      id: s.id,
      name: s.name,
      zones: s.zones,
      members: s.members,
      seats: input.seats?.seats.get(s.id) ?? s.seats,
      compactness: compactness(s.id),
      crossed: s.crossed,
      ok: s.ok,
      problems: s.ok ? [] : sectionProblems(s.id, input.check!.rules, words),
      ...(s.links ? { links: sectionLinksText(s.links, tr.lang) } : {}),
    }));
  }
  return [...layout.sections.values()].map((shape) => ({
    id: shape.id,
    name: shape.id,
    zones: shape.zoneIds,
    members: membersOfZones(input.zones, shape.zoneIds),
    seats: input.seats?.seats.get(shape.id),
    compactness: compactness(shape.id),
    crossed: input.rules?.respect ? distinctValues(input, shape.zoneIds, input.rules.respect) : [],
    problems: [],
  }));
}

function distinctValues(input: ReportInput, zoneIds: string[], prop: string): string[] {
  const values = new Set(zoneIds.map((z) => String(input.zones.byId.get(z)?.properties[prop] ?? '')));
  return values.size > 1 ? [...values].sort() : [];
}

function verdictDetails(v: RuleVerdict, check: CheckReport, name: (section: string) => string, tr: Translator, words: CheckWords): string {
  const detail = ruleDetail(v, words);
  if (detail !== undefined) return detail;
  if (v.ok) {
    // a plan rule says its own verdict (every zone placed…); for section rules, every section passes
    if (ruleById(v.rule).scope === 'plan') {
      const m = ruleMessage(v, words);
      return `${m.charAt(0).toUpperCase()}${m.slice(1)}.`;
    }
    return tr.t('allSectionsPass', { n: tr.int(check.totals.sections) });
  }
  const sections = [...new Set(v.failures.map((f) => f.section).filter((s): s is string => s !== undefined))];
  if (sections.length) {
    return tr.t('sectionsFail', { n: tr.int(sections.length), list: sections.map(name).join(', ') });
  }
  const zones = [...new Set(v.failures.flatMap((f) => (f.zone !== undefined ? [f.zone] : (f.zones ?? []))))];
  if (zones.length) return tr.t('zonesFail', { n: tr.int(zones.length), list: zones.slice(0, 20).join(', ') + (zones.length > 20 ? ', …' : '') });
  return v.message;
}

/** The seat rule in the report's words when the rules are known; else the apportionment's own sentence. */
function seatRuleText(rules: Rules | undefined, fallback: Said, words: CheckWords): string {
  if (!rules) return say(fallback, words.lang);
  // after a colon: no capital ("Règle appliquée : un délégué pour…")
  return lowerFirst(seatSentence(rules, words).replace(/\.$/, ''));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

/**
 * When only the units of split zones are estimates (members.estimatedIds): how many units, of which zones, and
 * the sections (by name) that hold them, for the report's notice; undefined when all figures are of one kind.
 */
function partlyEstimated(input: ReportInput): { units: number; zones: string; sections: string } | undefined {
  const ids = input.zones.members.estimatedIds;
  if (!ids || ids.length === 0) return undefined;
  const parents = [...new Set(ids.map((id) => String(input.zones.byId.get(id)?.properties[PARENT_PROP] ?? id)))];
  const sections = [...new Set(ids.map((id) => input.plan.get(id)).filter((s): s is string => s !== undefined))].sort();
  const names = sectionNamesOf(input.zones, input.plan);
  const named = sections.map((s) => (names.get(s) && names.get(s) !== s ? `${s} ${names.get(s)}` : s));
  return { units: ids.length, zones: parents.join(', '), sections: named.join(', ') };
}
