/**
 * The comparison of plans as the report shows it: the figures of each plan under the same vote scenario
 * and rules (comparePlans, checkPlan, seats), then the same figures said in words: what each one means
 * and which plan does better on it, so that a board does not read a better Gallagher index of the old
 * plan as a verdict on the whole proposal.
 */
import type { Topology } from 'topojson-specification';
import { checkPlan, type CheckReport } from '../check/index.js';
import { checkWords, hasRuleTitle, ruleTitle } from '../check/wording.js';
import type { Rules } from '../core/rules.js';
import { membersBySection, type Plan, type ZoneSet } from '../core/types.js';
import type { ZoneGraph } from '../graph/types.js';
import { comparePlans, type ListMethod, type PlanComparison, type VoteScenario } from '../pluralism/index.js';
import { escapeXml as esc, htmlLabels } from './escape.js';
import { capitalise, type LabelKey, type Translator } from './i18n.js';
import { renderMapSvg } from './map.js';
import type { ReportComparedPlan, ReportComparison, ReportInput } from './types.js';
import type { Said } from '../messages/index.js';

/** A plan to compare with the reported one; without a label it is named after what it is (see planName). */
export interface ComparedPlanInput {
  /** the name chosen by the user (e.g. --compare-label): used as it is */
  label?: string;
  /** the name when the plan is not one section per département or région (e.g. its file name) */
  fallbackLabel?: string;
  plan: Plan;
  seats?: Map<string, number>;
}

export interface ComparisonContext {
  zones: ZoneSet;
  graph: ZoneGraph;
  rules: Rules;
  tr: Translator;
  /** the reported plan with the figures already computed for it */
  reported: { label?: string; plan: Plan; seats: Map<string, number>; check: CheckReport };
  others: ComparedPlanInput[];
}

/** The reported plan and the others under one scenario, each with its check and its name. */
export function buildComparison(ctx: ComparisonContext, opts: { votes?: VoteScenario; method?: ListMethod } = {}): ReportComparison {
  const entries = [
    { label: reportedLabel(ctx), plan: ctx.reported.plan, seats: ctx.reported.seats },
    ...ctx.others.map((o) => ({ label: otherLabel(o, ctx), plan: o.plan, seats: o.seats })),
  ];
  const comparison = comparePlans(ctx.zones, entries, { votes: opts.votes, method: opts.method, rules: ctx.rules });
  return {
    scenario: scenarioOf(comparison),
    plans: comparison.plans.map((p, i) => withFigures(p, entries[i]!.label, entries[i]!.plan, i === 0, ctx)),
  };
}

/**
 * A comparison made elsewhere (the demo makes one for its own summary) with the report's figures added:
 * entries are matched to the plans by label (ctx.reported.label, ctx.others' labels) and renamed for what
 * they are; an entry of an unknown label keeps the figures it has.
 */
export function enrichComparison(comparison: PlanComparison | ReportComparison, ctx: ComparisonContext): ReportComparison {
  return {
    scenario: scenarioOf(comparison),
    plans: comparison.plans.map((p) => {
      if (ctx.reported.label !== undefined && p.label === ctx.reported.label) return withFigures(p, namedReported(ctx), ctx.reported.plan, true, ctx);
      const other = ctx.others.find((o) => o.label === p.label);
      if (other) return withFigures(p, planName(ctx.zones, other.plan, ctx.rules, ctx.tr) ?? p.label, other.plan, false, ctx);
      return stripReport(p);
    }),
  };
}

function withFigures(p: ReportComparedPlan, label: string, plan: Plan, isReported: boolean, ctx: ComparisonContext): ReportComparedPlan {
  const check = isReported ? ctx.reported.check : checkPlan(ctx.zones, ctx.graph, plan, ctx.rules);
  const members = [...membersBySection(ctx.zones, plan).values()].reduce((a, m) => a + m, 0);
  return { ...stripReport(p), label, isReported, plan, members, brokenRules: check.rules.filter((r) => !r.ok).map((r) => r.rule) };
}

/** The comparison's own figures, without the full pluralism report of each plan it may carry. */
function stripReport(p: ReportComparedPlan & { report?: unknown }): ReportComparedPlan {
  const { report: _report, ...rest } = p;
  return rest;
}

function scenarioOf(c: PlanComparison | ReportComparison): ReportComparison['scenario'] {
  const s = c.scenario as { description?: Said | string; isDefault?: boolean } | undefined;
  return s?.description !== undefined ? { description: s.description, isDefault: s.isDefault } : undefined;
}

function otherLabel(o: ComparedPlanInput, ctx: ComparisonContext): string {
  return o.label ?? planName(ctx.zones, o.plan, ctx.rules, ctx.tr) ?? o.fallbackLabel ?? ctx.tr.t('colPlan');
}

function reportedLabel(ctx: ComparisonContext): string {
  return ctx.reported.label ?? namedReported(ctx);
}

/** The reported plan named for what it is, else "Proposed plan". */
function namedReported(ctx: ComparisonContext): string {
  return planName(ctx.zones, ctx.reported.plan, ctx.rules, ctx.tr) ?? ctx.tr.t('thisPlanLabel');
}

/**
 * "Départements (one section each)" when the plan's sections are exactly the values of a boundary
 * property (dep, reg, or the rules' respect / within property): the old one-section-per-département plan
 * is then named for what it is, not for its file.
 */
export function planName(zones: ZoneSet, plan: Plan, rules: Rules | undefined, tr: Translator): string | undefined {
  const candidates = [...new Set([rules?.respect, rules?.within, 'dep', 'reg'].filter((p): p is string => p !== undefined))];
  for (const prop of candidates) {
    const valueOfSection = new Map<string, string>();
    const sectionOfValue = new Map<string, string>();
    let matches = plan.size > 0;
    for (const [zone, section] of plan) {
      const raw = zones.byId.get(zone)?.properties[prop];
      if (raw === undefined || raw === null || raw === '') {
        matches = false;
        break;
      }
      const value = String(raw);
      if ((valueOfSection.get(section) ?? value) !== value || (sectionOfValue.get(value) ?? section) !== section) {
        matches = false;
        break;
      }
      valueOfSection.set(section, value);
      sectionOfValue.set(value, section);
    }
    if (matches && valueOfSection.size > 1) return tr.t('onePerValueLabel', { Prop: capitalise(tr.field(prop)) });
  }
  return undefined;
}

type Better = 'reported' | 'other' | 'same';
/** The figures the comparison weighs, each with its name in the report's words. */
const CRITERIA = {
  sections: 'critSections',
  single: 'critSingle',
  gallagher: 'critGallagher',
  wasted: 'critWasted',
  enp: 'critEnp',
  delegates: 'critDelegates',
} as const satisfies Record<string, LabelKey>;
type Criterion = keyof typeof CRITERIA;
interface Finding {
  criterion: Criterion;
  better: Better;
  text: string;
}

/**
 * The comparison in sentences: whether each plan meets the rules, then one sentence per figure saying what
 * it means and which plan does better, and a summary of who does better on what.
 */
export function explainComparison(c: ReportComparison, tr: Translator): { lines: { criterion: string; text: string }[]; summary: string[] } {
  const reported = c.plans.find((p) => p.isReported) ?? c.plans[0];
  const lines: { criterion: string; text: string }[] = [];
  const summary: string[] = [];
  if (!reported) return { lines, summary };
  for (const other of c.plans.filter((p) => p !== reported)) {
    const compliance = complianceLine(reported, other, tr);
    if (compliance) lines.push({ criterion: 'compliance', text: compliance });
    const findings = figureFindings(reported, other, tr);
    lines.push(...findings.map((f) => ({ criterion: f.criterion, text: f.text })));
    const critName = (f: Finding) => tr.t(CRITERIA[f.criterion]);
    const won = (b: Better) => findings.filter((f) => f.better === b).map(critName);
    const wins: [string, string[]][] = [
      [reported.label, won('reported')],
      [other.label, won('other')],
    ];
    for (const [plan, list] of wins) if (list.length) summary.push(tr.t('cmpSummary', { plan, list: joinList(list, tr) }));
    if (!wins.some(([, l]) => l.length)) summary.push(tr.t('cmpSummaryNone'));
  }
  return { lines, summary };
}

function complianceLine(a: ReportComparedPlan, b: ReportComparedPlan, tr: Translator): string | undefined {
  if (!a.brokenRules || !b.brokenRules) return undefined;
  const rules = (ids: string[]) => ids.map((id) => ruleName(id, tr)).join(', ');
  if (a.brokenRules.length === 0 && b.brokenRules.length === 0) return tr.t('cmpBothComply', { this: a.label, other: b.label });
  if (a.brokenRules.length === 0) return tr.t('cmpOnlyThisComplies', { this: a.label, other: b.label, rules: rules(b.brokenRules) });
  if (b.brokenRules.length === 0) return tr.t('cmpOnlyOtherComplies', { this: a.label, other: b.label, rules: rules(a.brokenRules) });
  return tr.t('cmpNoneComplies', { this: a.label, other: b.label, a: rules(a.brokenRules), b: rules(b.brokenRules) });
}

/** A rule's title as the check's catalogue says it, in the report's words ("Nombre minimal de sociétaires"). */
export function ruleName(rule: string, tr: Translator): string {
  return hasRuleTitle(rule) ? ruleTitle(rule, checkWords(tr.lang, tr.options)) : rule;
}

/** Each figure both plans have, with the direction that is better and the sentence that says so. */
function figureFindings(a: ReportComparedPlan, b: ReportComparedPlan, tr: Translator): Finding[] {
  const out: Finding[] = [];
  const add = (
    criterion: Criterion,
    key: LabelKey,
    va: number | undefined,
    vb: number | undefined,
    higherIsBetter: boolean,
    format: (x: number) => string,
    extra: Record<string, string> = {},
  ) => {
    if (va === undefined || vb === undefined || !Number.isFinite(va) || !Number.isFinite(vb)) return;
    const [fa, fb] = [format(va), format(vb)];
    const better: Better = fa === fb ? 'same' : va > vb === higherIsBetter ? 'reported' : 'other';
    const text =
      better === 'same'
        ? tr.t('cmpSame', { what: capitalise(tr.t(CRITERIA[criterion])), a: fa })
        : tr.t(key, { a: fa, b: fb, better: better === 'reported' ? a.label : b.label, ...extra });
    out.push({ criterion, better, text });
  };
  const perSection = (p: ReportComparedPlan) => (p.members !== undefined && p.sections > 0 ? tr.int(Math.round(p.members / p.sections)) : '—');
  add('sections', 'cmpSections', a.sections, b.sections, true, tr.int, { ma: perSection(a), mb: perSection(b) });
  add('single', 'cmpSingle', singleList(a), singleList(b), false, tr.int);
  add('gallagher', 'cmpGallagher', a.gallagher, b.gallagher, false, (x) => tr.dec(x));
  add('wasted', 'cmpWasted', a.wastedShare, b.wastedShare, false, (x) => tr.pct(x));
  add('enp', 'cmpEnp', a.effectiveListsBySeats, b.effectiveListsBySeats, true, (x) => tr.dec(x));
  const perSeat = (p: ReportComparedPlan) => (p.members !== undefined && p.seats ? tr.int(Math.round(p.members / p.seats)) : '—');
  // delegates for the same members: compared as delegates per member, said as a count
  const ratio = (p: ReportComparedPlan) => (p.seats !== undefined && p.members ? p.seats / p.members : undefined);
  const ra = ratio(a);
  const rb = ratio(b);
  if (ra !== undefined && rb !== undefined && a.seats !== undefined && b.seats !== undefined) {
    const same = a.seats === b.seats && a.members === b.members;
    const better: Better = same ? 'same' : ra > rb ? 'reported' : 'other';
    out.push({
      criterion: 'delegates',
      better,
      text: same
        ? tr.t('cmpSame', { what: capitalise(tr.t(CRITERIA.delegates)), a: tr.int(a.seats) })
        : tr.t('cmpDelegates', { a: tr.int(a.seats), b: tr.int(b.seats), ma: perSeat(a), mb: perSeat(b), better: better === 'reported' ? a.label : b.label }),
    });
  }
  return out;
}

function singleList(p: ReportComparedPlan): number {
  return p.singleListSections ?? p.sections - p.multiListSections;
}

function joinList(items: string[], tr: Translator): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${tr.t('and')} ${items[items.length - 1]}`;
}

/** The comparison section of the report: the table, the figures in words, the plans' maps side by side. */
export function renderComparison(input: ReportInput, tr: Translator, scenarioHtml: string): string {
  const c = input.comparison;
  if (!c || !c.plans.length) return '';
  const tx = htmlLabels(tr);
  const na = tx('notApplicable');
  const out: string[] = [];
  out.push(`<section id="comparison"><h2>${tx('comparisonHeading')}</h2><p>${tx('comparisonIntro')}${scenarioHtml ? ` ${scenarioHtml}` : ''}</p>`);
  const hasCheck = c.plans.some((p) => p.brokenRules !== undefined);
  const hasMembers = c.plans.some((p) => p.members !== undefined);
  out.push(`<div class="scroll"><table id="comparison-table"><thead><tr><th>${tx('colPlan')}</th>`);
  if (hasCheck) out.push(`<th>${tx('colCompliant')}</th>`);
  out.push(`<th class="num">${tx('cardSections')}</th>`);
  if (hasMembers) out.push(`<th class="num">${tx('colMembersPerSection')}</th><th class="num">${tx('colSeats')}</th>`);
  out.push(`<th class="num">${tx('colSectionsSingleList')}</th><th class="num">${tx('colEnpSeats')}</th>`);
  out.push(`<th class="num">${tx('colGallagher')}</th><th class="num">${tx('colWasted')}</th></tr></thead><tbody>`);
  const num = (v: number | undefined, f: (x: number) => string) => (v === undefined || !Number.isFinite(v) ? na : f(v));
  for (const p of c.plans) {
    out.push(`<tr${p.isReported ? ' class="reported"' : ''}><td class="plan-name">${esc(p.label)}</td>`);
    if (hasCheck) out.push(`<td>${p.brokenRules === undefined ? na : compliantBadge(p.brokenRules.length === 0, tr)}</td>`);
    out.push(`<td class="num">${tr.int(p.sections)}</td>`);
    if (hasMembers) {
      out.push(`<td class="num">${num(p.members !== undefined && p.sections ? p.members / p.sections : undefined, (x) => tr.int(Math.round(x)))}</td>`);
      out.push(`<td class="num">${num(p.seats, tr.int)}</td>`);
    }
    out.push(`<td class="num">${tr.int(singleList(p))}</td>`);
    out.push(`<td class="num">${num(p.effectiveListsBySeats, (x) => tr.dec(x))}</td><td class="num">${num(p.gallagher, (x) => tr.dec(x))}</td>`);
    out.push(`<td class="num">${num(p.wastedShare, (x) => tr.pct(x))}</td></tr>`);
  }
  out.push('</tbody></table></div>');

  const { lines, summary } = explainComparison(c, tr);
  if (lines.length) {
    out.push(`<h3>${tx('comparisonMeaning')}</h3><ul class="explained" id="comparison-explained">`);
    for (const l of lines) out.push(`<li data-criterion="${esc(l.criterion)}">${esc(l.text)}</li>`);
    out.push('</ul>');
    if (summary.length) out.push(`<ul class="summary" id="comparison-summary">${summary.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`);
  }
  out.push(`<p class="note small">${tx('gallagherExplained')} ${tx('enpExplained')}</p>`);

  // the maps of the plans side by side (the reported plan first)
  const drawable = c.plans.filter((p) => p.plan !== undefined);
  if (drawable.length >= 2) {
    const ordered = [...drawable.filter((p) => p.isReported), ...drawable.filter((p) => !p.isReported)];
    out.push(`<h3>${tx('comparisonMapsHeading')}</h3><div class="maps-pair" id="comparison-maps">`);
    ordered.forEach((p, k) => {
      const svg = sideMap(input, p.plan!, input.topology, tr, `map-side-${k}`);
      out.push(
        `<figure class="plan-map" data-plan="${esc(p.label)}">${svg}<figcaption><strong>${esc(p.label)}</strong> · ${tx('subtitle', { sections: tr.int(p.sections), zones: tr.int(input.zones.zones.length) })}</figcaption></figure>`,
      );
    });
    out.push('</div>');
  }
  out.push('</section>');
  return out.join('');
}

function compliantBadge(ok: boolean, tr: Translator): string {
  return `<span class="badge ${ok ? 'ok' : 'bad'}">${esc(tr.t(ok ? 'yes' : 'no'))}</span>`;
}

/** A small map of one plan, for the side-by-side view: names when there are few sections, no legend. */
function sideMap(input: ReportInput, plan: Plan, topology: Topology | undefined, tr: Translator, idPrefix: string): string {
  const sections = new Set(plan.values()).size;
  return renderMapSvg(input.zones, plan, {
    lang: tr.lang,
    width: 620,
    maxHeight: 560,
    labels: sections <= 10 ? 'names' : 'none',
    legend: false,
    topology,
    idPrefix,
  });
}
