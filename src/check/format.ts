import { escapeMarkdown } from '../core/markdown.js';
import { labelsFor, type Lang } from '../core/i18n.js';
import { say } from '../messages/message.js';
import type { Rules } from '../core/rules.js';
import { checkWords, describeRulesIn, rulesWords, failureText, ruleLabel, ruleMessage, sectionProblems, tieNote } from './wording.js';
import { crossesText } from '../graph/format.js';
import type { CheckReport, RuleFailure, RuleVerdict, SectionLink, SectionVerdict } from './types.js';
import { CHECK_TEXT_LABELS as CHECK_LABELS } from '../messages/checkText.js';

const MAX_LISTED = 12;

export { CHECK_LABELS };

export interface CheckFormatOptions {
  /** language of the text (default "en") */
  lang?: Lang;
  /** the rules the plan was checked against (for the rules line in that language) */
  rules?: Rules;
}

/** "COMPLIANT" or "NOT COMPLIANT: 2 rules broken" (French: "CONFORME", "NON CONFORME : 2 règles non respectées"). */
export function verdictLine(report: CheckReport, lang: Lang = 'en'): string {
  const t = labelsFor(CHECK_LABELS, lang);
  const n = report.totals.brokenRules;
  return report.ok ? t('compliant') : t('notCompliant', { n });
}

/** The hint printed when a plan is split because some zones touch nothing (islands). */
export function islandHint(names: string[], lang: Lang = 'en'): string {
  return labelsFor(CHECK_LABELS, lang)('islandHint', { n: names.length, list: `${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}` });
}

/**
 * Plain-text verdict for a terminal: ✔/✘ per rule (with every failure), then per section, then any
 * hints (e.g. how to link islands), and last the summary line.
 */
export function formatCheckText(report: CheckReport, hints: string[] = [], opts: CheckFormatOptions = {}): string {
  const w = wording(report, opts);
  const { t } = w;
  const out: string[] = [];
  out.push(t('rulesLine', { rules: w.rulesText }));
  if (report.membersNote) out.push(t('estimatesNote', { note: say(report.membersNote, w.lang) }));
  out.push('', t('rulesHeading'));
  for (const r of report.rules) {
    out.push(`  ${r.ok ? '✔' : '✘'} ${w.label(r)}${w.colon}${w.message(r)}`);
    for (const f of r.failures.slice(0, MAX_LISTED)) out.push(`      - ${w.failure(f)}`);
    if (r.failures.length > MAX_LISTED) out.push(`      - ${t('moreFailures', { n: w.int(r.failures.length - MAX_LISTED) })}`);
  }
  out.push('', t('sectionsHeading', { n: report.sections.length }));
  const rows = report.sections.map((s) => [
    s.ok ? '✔' : '✘',
    s.id,
    s.name === s.id ? '' : s.name,
    t('zones', { n: s.zones.length }),
    t('membersCell', { n: w.int(s.members) }),
    t('seats', { n: s.seats }),
  ]);
  const widths = rows.reduce((wd, r) => r.map((c, i) => Math.max(wd[i] ?? 0, [...c].length)), [] as number[]);
  report.sections.forEach((s, k) => {
    const cells = rows[k].map((c, i) => (i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])));
    let line = `  ${cells.join('  ')}`;
    const problems = w.problems(s);
    if (problems.length) line += `  ← ${problems.join(w.sep)}`;
    out.push(line.trimEnd());
    if (s.crossed.length) out.push(`      ${t('crosses', { prop: w.field(report.respect ?? ''), list: s.crossed.join(', ') })}`);
    if (s.links) out.push(`      ${sectionLinksText(s.links, w.lang)}`);
  });
  if (report.respect) {
    const n = report.totals.crossingSections;
    out.push('', t(n === 0 ? 'boundariesNone' : 'boundaries', { prop: w.field(report.respect), n, total: report.sections.length }));
  }
  if (report.ties.length) out.push('', ...report.ties.map((tie) => t('note', { note: tieNote(tie, w.lang) })));
  if (hints.length) out.push('', ...hints.map((h) => t('hint', { hint: h })));
  out.push('', verdictLine(report, w.lang));
  return out.join('\n') + '\n';
}

/** Markdown verdict (for a committee's minutes or a pull request): rule table, section table, summary. */
export function formatCheckMarkdown(report: CheckReport, opts: CheckFormatOptions = {}): string {
  const w = wording(report, opts);
  const { t } = w;
  const colon = w.colon;
  const esc = escapeMarkdown;
  const out: string[] = [];
  out.push(t('mdTitle', { verdict: verdictLine(report, w.lang) }), '');
  out.push(`${t('rulesHeading')}${colon}${esc(w.rulesText)}`, '');
  if (report.membersNote) out.push(t('mdEstimates', { note: esc(say(report.membersNote, w.lang)) }), '');
  out.push(`| | ${t('mdRule')} | ${t('mdVerdict')} |`, '|---|---|---|');
  for (const r of report.rules) out.push(`| ${r.ok ? '✔' : '✘'} | ${esc(w.label(r))} | ${esc(w.message(r))} |`);
  const failures = report.rules.flatMap((r) => r.failures);
  if (failures.length) {
    out.push('', t('mdProblems'), '');
    for (const f of failures) out.push(`- ${esc(w.failure(f))}`);
  }
  out.push('', `### ${t('sectionsHeading', { n: report.sections.length })}`, '');
  const crossCol = report.respect ? ` ${t('mdCrosses', { prop: esc(w.field(report.respect)) })} |` : '';
  out.push(
    `| | ${t('mdSection')} | ${t('mdName')} | ${t('mdZones')} | ${t('mdMembers')} | ${t('mdSeats')} | ${t('mdContiguous')} |${crossCol} ${t('mdProblemsCol')} |`,
  );
  out.push(`|---|---|---|---|---:|---:|---|${report.respect ? '---|' : ''}---|`);
  for (const s of report.sections) out.push(sectionRow(s, esc, Boolean(report.respect), w));
  for (const tie of report.ties) out.push('', `> ${esc(t('note', { note: tieNote(tie, w.lang) }))}`);
  out.push('', `**${verdictLine(report, w.lang)}**`, '');
  return out.join('\n');
}

function sectionRow(s: SectionVerdict, esc: (s: string) => string, respect: boolean, w: Wording): string {
  const zones = s.zones.length > 8 ? `${s.zones.slice(0, 8).join(', ')}, … (${s.zones.length})` : s.zones.join(', ');
  let contiguous = s.contiguous ? w.t('yes') : w.t('noPieces', { n: String(s.pieces?.length) });
  if (s.links) contiguous += ` (${sectionLinksText(s.links, w.lang)})`;
  const cells = [s.ok ? '✔' : '✘', esc(s.id), esc(s.name === s.id ? '' : s.name), esc(zones), w.int(s.members), String(s.seats), contiguous];
  if (respect) cells.push(esc(s.crossed.join(', ')));
  cells.push(esc(w.problems(s).join(w.sep)));
  return `| ${cells.join(' | ')} |`;
}

/** Everything the outputs say about a check report, in one language (the sentences come from ./wording.ts). */
interface Wording {
  lang: Lang;
  /** ": " in English, " : " in French */
  colon: string;
  /** "; " in English, " ; " in French */
  sep: string;
  t: (key: keyof typeof CHECK_LABELS, params?: Record<string, string | number>) => string;
  int: (n: number) => string;
  rulesText: string;
  label(r: RuleVerdict): string;
  message(r: RuleVerdict): string;
  failure(f: RuleFailure): string;
  problems(s: SectionVerdict): string[];
  /** a boundary property in words: "dep" → "départements" (the rules' own labels first) */
  field(prop: string): string;
}

function wording(report: CheckReport, opts: CheckFormatOptions): Wording {
  const lang = opts.lang ?? 'en';
  const w = checkWords(lang);
  return {
    lang,
    colon: w.colon,
    sep: w.sep,
    t: labelsFor(CHECK_LABELS, lang),
    int: w.int,
    field: (opts.rules ? rulesWords(opts.rules, lang) : w).field,
    rulesText: opts.rules ? describeRulesIn(opts.rules, lang) : report.rulesText,
    label: (r) => ruleLabel(r, lang),
    message: (r) => ruleMessage(r, lang),
    failure: (f) => failureText(f, lang),
    problems: (s) => sectionProblems(s.id, report.rules, lang),
  };
}

/** "crosses the sea or a gap: Marie-Galante ↔ Est Grande Terre, 23.2 km" for a section holding links. */
export function sectionLinksText(links: readonly SectionLink[], lang: Lang): string {
  return crossesText(
    links.map((l) => ({ aName: l.nameA, bName: l.nameB, km: l.distanceKm })),
    lang,
  );
}
