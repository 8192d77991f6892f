import { formatCount as fmt, labelsFor, numberFormat, sourceIn, type Labels, type Lang } from '../core/i18n.js';
import { describeRules, type Rules } from '../core/rules.js';
import { translator, type Translator } from '../core/dictionary.js';
import type { CheckReport, RuleFailure, RuleVerdict, SectionVerdict } from './types.js';

const MAX_LISTED = 12;

/**
 * The frame of the check's text and Markdown outputs. The English rule labels, verdicts and failures are
 * the check's own sentences (CheckReport); in French they are said again from the report's figures.
 */
export const CHECK_LABELS: Labels<
  | 'rulesLine' | 'estimatesNote' | 'rulesHeading' | 'moreFailures' | 'sectionsHeading' | 'zone' | 'zones' | 'membersCell'
  | 'seat' | 'seats' | 'crosses' | 'boundaries' | 'boundariesNone' | 'boundariesOne' | 'hint' | 'note' | 'compliant' | 'notCompliantOne' | 'notCompliantMany'
  | 'mdTitle' | 'mdEstimates' | 'mdRule' | 'mdVerdict' | 'mdProblems' | 'mdSection' | 'mdName' | 'mdZones' | 'mdMembers'
  | 'mdSeats' | 'mdContiguous' | 'mdCrosses' | 'mdProblemsCol' | 'yes' | 'noPieces' | 'islandHint'
> = {
  en: {
    rulesLine: 'Rules: {rules}',
    estimatesNote: 'Note: member figures are estimates ({note}).',
    rulesHeading: 'Rules',
    moreFailures: '… and {n} more (see --json)',
    sectionsHeading: 'Sections ({n})',
    zone: '{n} zone',
    zones: '{n} zones',
    membersCell: '{n} members',
    seat: '{n} seat',
    seats: '{n} seats',
    crosses: 'crosses {prop}: {list}',
    boundaries: 'Boundaries of "{prop}": {n} of {total} sections cross them (informative, not a rule).',
    boundariesNone: 'Boundaries of "{prop}": none of the {total} sections crosses them (informative, not a rule).',
    boundariesOne: 'Boundaries of "{prop}": {n} of {total} sections crosses them (informative, not a rule).',
    hint: 'hint: {hint}',
    note: 'note: {note}',
    compliant: 'COMPLIANT',
    notCompliantOne: 'NOT COMPLIANT: {n} rule broken',
    notCompliantMany: 'NOT COMPLIANT: {n} rules broken',
    mdTitle: '## Plan check: {verdict}',
    mdEstimates: '> Member figures are estimates: {note}.',
    mdRule: 'Rule',
    mdVerdict: 'Verdict',
    mdProblems: '### Problems',
    mdSection: 'Section',
    mdName: 'Name',
    mdZones: 'Zones',
    mdMembers: 'Members',
    mdSeats: 'Seats',
    mdContiguous: 'Contiguous',
    mdCrosses: 'Crosses {prop}',
    mdProblemsCol: 'Problems',
    yes: 'yes',
    noPieces: 'no ({n} pieces)',
    islandHint: '{n} zone(s) touch no other zone: {list}; link them with --link A:B or --auto-link',
  },
  fr: {
    rulesLine: 'Règles : {rules}',
    estimatesNote: 'Note : les effectifs sont des estimations ({note}).',
    rulesHeading: 'Règles',
    moreFailures: '… et {n} de plus (voir --json)',
    sectionsHeading: 'Sections ({n})',
    zone: '{n} zone',
    zones: '{n} zones',
    membersCell: '{n} adhérents',
    seat: '{n} délégué',
    seats: '{n} délégués',
    crosses: 'franchit {prop} : {list}',
    boundaries: 'Limites de « {prop} » : {n} sections sur {total} les franchissent (pour information, ce n’est pas une règle).',
    boundariesNone: 'Limites de « {prop} » : aucune des {total} sections ne les franchit (pour information, ce n’est pas une règle).',
    boundariesOne: 'Limites de « {prop} » : {n} section sur {total} les franchit (pour information, ce n’est pas une règle).',
    hint: 'conseil : {hint}',
    note: 'remarque : {note}',
    compliant: 'CONFORME',
    notCompliantOne: 'NON CONFORME : {n} règle non respectée',
    notCompliantMany: 'NON CONFORME : {n} règles non respectées',
    mdTitle: '## Vérification du découpage : {verdict}',
    mdEstimates: '> Les effectifs sont des estimations : {note}.',
    mdRule: 'Règle',
    mdVerdict: 'Verdict',
    mdProblems: '### Problèmes',
    mdSection: 'Section',
    mdName: 'Nom',
    mdZones: 'Zones',
    mdMembers: 'Adhérents',
    mdSeats: 'Délégués',
    mdContiguous: 'D’un seul tenant',
    mdCrosses: 'Franchit {prop}',
    mdProblemsCol: 'Problèmes',
    yes: 'oui',
    noPieces: 'non ({n} morceaux)',
    islandHint: '{n} zone(s) ne touchent aucune autre zone : {list} ; reliez-les avec --link A:B ou --auto-link',
  },
};

export interface CheckFormatOptions {
  /** language of the text (default "en"); the French text needs `rules` to state the thresholds */
  lang?: Lang;
  /** the rules the plan was checked against (for the French rule labels and verdicts) */
  rules?: Rules;
}

/** "COMPLIANT" or "NOT COMPLIANT: 2 rules broken" (French: "CONFORME", "NON CONFORME : 2 règles non respectées"). */
export function verdictLine(report: CheckReport, lang: Lang = 'en'): string {
  const t = labelsFor(CHECK_LABELS, lang);
  const n = report.totals.brokenRules;
  return report.ok ? t('compliant') : t(n > 1 ? 'notCompliantMany' : 'notCompliantOne', { n });
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
  if (report.membersNote) out.push(t('estimatesNote', { note: sourceIn(report.membersNote, w.lang) }));
  out.push('', t('rulesHeading'));
  for (const r of report.rules) {
    out.push(`  ${r.ok ? '✔' : '✘'} ${w.label(r)}${w.colon}${w.message(r)}`);
    for (const f of r.failures.slice(0, MAX_LISTED)) out.push(`      - ${w.failure(f)}`);
    if (r.failures.length > MAX_LISTED) out.push(`      - ${t('moreFailures', { n: r.failures.length - MAX_LISTED })}`);
  }
  out.push('', t('sectionsHeading', { n: report.sections.length }));
  const rows = report.sections.map((s) => [
    s.ok ? '✔' : '✘',
    s.id,
    s.name === s.id ? '' : s.name,
    t(s.zones.length > 1 ? 'zones' : 'zone', { n: s.zones.length }),
    t('membersCell', { n: w.int(s.members) }),
    t(s.seats === 1 ? 'seat' : 'seats', { n: s.seats }),
  ]);
  const widths = rows.reduce((wd, r) => r.map((c, i) => Math.max(wd[i] ?? 0, [...c].length)), [] as number[]);
  report.sections.forEach((s, k) => {
    const cells = rows[k].map((c, i) => (i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])));
    let line = `  ${cells.join('  ')}`;
    const problems = w.problems(s);
    if (problems.length) line += `  ← ${problems.join(w.sep)}`;
    out.push(line.trimEnd());
    if (s.crossed.length) out.push(`      ${t('crosses', { prop: report.respect ?? '', list: s.crossed.join(', ') })}`);
  });
  if (report.respect) {
    const n = report.totals.crossingSections;
    out.push('', t(n === 0 ? 'boundariesNone' : n === 1 ? 'boundariesOne' : 'boundaries', { prop: report.respect, n, total: report.sections.length }));
  }
  if (report.notes.length) out.push('', ...report.notes.map((n) => t('note', { note: n })));
  if (hints.length) out.push('', ...hints.map((h) => t('hint', { hint: h })));
  out.push('', verdictLine(report, w.lang));
  return out.join('\n') + '\n';
}

/** Markdown verdict (for a committee's minutes or a pull request): rule table, section table, summary. */
export function formatCheckMarkdown(report: CheckReport, opts: CheckFormatOptions = {}): string {
  const w = wording(report, opts);
  const { t } = w;
  const colon = w.colon;
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out: string[] = [];
  out.push(t('mdTitle', { verdict: verdictLine(report, w.lang) }), '');
  out.push(`${t('rulesHeading')}${colon}${esc(w.rulesText)}`, '');
  if (report.membersNote) out.push(t('mdEstimates', { note: esc(sourceIn(report.membersNote, w.lang)) }), '');
  out.push(`| | ${t('mdRule')} | ${t('mdVerdict')} |`, '|---|---|---|');
  for (const r of report.rules) out.push(`| ${r.ok ? '✔' : '✘'} | ${esc(w.label(r))} | ${esc(w.message(r))} |`);
  const failures = report.rules.flatMap((r) => r.failures);
  if (failures.length) {
    out.push('', t('mdProblems'), '');
    for (const f of failures) out.push(`- ${esc(w.failure(f))}`);
  }
  out.push('', `### ${t('sectionsHeading', { n: report.sections.length })}`, '');
  const crossCol = report.respect ? ` ${t('mdCrosses', { prop: esc(report.respect) })} |` : '';
  out.push(`| | ${t('mdSection')} | ${t('mdName')} | ${t('mdZones')} | ${t('mdMembers')} | ${t('mdSeats')} | ${t('mdContiguous')} |${crossCol} ${t('mdProblemsCol')} |`);
  out.push(`|---|---|---|---|---:|---:|---|${report.respect ? '---|' : ''}---|`);
  for (const s of report.sections) out.push(sectionRow(s, esc, Boolean(report.respect), w));
  for (const n of report.notes) out.push('', `> ${esc(t('note', { note: n }))}`);
  out.push('', `**${verdictLine(report, w.lang)}**`, '');
  return out.join('\n');
}

function sectionRow(s: SectionVerdict, esc: (s: string) => string, respect: boolean, w: Wording): string {
  const zones = s.zones.length > 8 ? `${s.zones.slice(0, 8).join(', ')}, … (${s.zones.length})` : s.zones.join(', ');
  const contiguous = s.contiguous ? w.t('yes') : w.t('noPieces', { n: String(s.pieces?.length) });
  const cells = [s.ok ? '✔' : '✘', esc(s.id), esc(s.name === s.id ? '' : s.name), esc(zones), w.int(s.members), String(s.seats), contiguous];
  if (respect) cells.push(esc(s.crossed.join(', ')));
  cells.push(esc(w.problems(s).join(w.sep)));
  return `| ${cells.join(' | ')} |`;
}

/** Everything the outputs say about a check report, in one language. */
interface Wording {
  lang: Lang;
  /** ": " in English, " : " in French */
  colon: string;
  /** "; " in English, " ; " in French */
  sep: string;
  t: (key: keyof typeof CHECK_LABELS.en, params?: Record<string, string | number>) => string;
  int: (n: number) => string;
  rulesText: string;
  label(r: RuleVerdict): string;
  message(r: RuleVerdict): string;
  failure(f: RuleFailure): string;
  problems(s: SectionVerdict): string[];
}

function wording(report: CheckReport, opts: CheckFormatOptions): Wording {
  const lang = opts.lang ?? 'en';
  const t = labelsFor(CHECK_LABELS, lang);
  if (lang === 'en') {
    return {
      lang,
      colon: ': ',
      sep: '; ',
      t,
      int: fmt,
      rulesText: report.rulesText,
      label: (r) => r.label,
      message: (r) => r.message,
      failure: (f) => f.message,
      problems: (s) => s.problems,
    };
  }
  const tr = translator(lang);
  const v = labelsFor(VERDICT_LABELS, lang);
  const rules = opts.rules;
  const failureText = (f: RuleFailure) => failureIn(f, report, v, tr);
  return {
    lang,
    colon: ' : ',
    sep: ' ; ',
    t,
    int: tr.int,
    rulesText: rules ? describeRulesIn(rules, lang) : report.rulesText,
    label: (r) => ruleLabelIn(r, rules, v, tr),
    message: (r) => ruleMessageIn(r, report, rules, v, tr),
    failure: failureText,
    problems: (s) => sectionProblemsIn(s, report, lang),
  };
}

/**
 * The check's sentences (rule labels, verdicts, failures) in every language. The English outputs print the
 * CheckReport's own sentences (src/check/check.ts); these are used for the other languages, from the figures.
 */
export const VERDICT_LABELS: Labels<
  | 'rulesMembersSeats' | 'rulesMax' | 'rulesPerSeat' | 'rulesTotal' | 'rulesCount' | 'rulesWithin' | 'rulesRespect'
  | 'labelAssignment' | 'labelContiguity' | 'labelMinMembers' | 'labelMinSeats' | 'labelMaxMembers' | 'labelWithin' | 'labelCount'
  | 'seatRulePerSeat' | 'seatRuleTotal'
  | 'okAssignment' | 'okContiguity' | 'okMinMembers' | 'okMinSeats' | 'okMaxMembers' | 'okWithin' | 'okCount' | 'noSection'
  | 'failAssignment' | 'failContiguity' | 'failMinMembers' | 'failMinSeats' | 'failMaxMembers' | 'failWithin' | 'failCount'
  | 'unknownZone' | 'noZoneId' | 'emptySection' | 'duplicateZone' | 'missingZones' | 'splitSection'
  | 'fewMembers' | 'fewSeats' | 'manyMembers' | 'mixedWithin' | 'line' | 'lines' | 'more' | 'and'
> = {
  en: {
    rulesMembersSeats: '≥ {members} members and ≥ {seats} seats per section',
    rulesMax: '≤ {n} members',
    rulesPerSeat: '1 seat per {n} members',
    rulesTotal: '{n} seats by {method}',
    rulesCount: 'exactly {n} sections',
    rulesWithin: 'never crossing "{prop}"',
    rulesRespect: 'crossing "{prop}" only when needed',
    labelAssignment: 'every zone in exactly one section',
    labelContiguity: 'every section in one piece',
    labelMinMembers: '≥ {n} members per section',
    labelMinSeats: '≥ {n} seats per section ({rule})',
    labelMaxMembers: '≤ {n} members per section',
    labelWithin: 'sections never cross "{prop}"',
    labelCount: 'exactly {n} sections',
    seatRulePerSeat: '1 seat per {n} members',
    seatRuleTotal: '{n} seats by {method}',
    okAssignment: 'all {n} zones are in exactly one section',
    okContiguity: 'all {n} sections are contiguous',
    okMinMembers: 'every section has ≥ {limit} members (smallest: {min})',
    okMinSeats: 'every section elects ≥ {limit} delegates (fewest: {min})',
    okMaxMembers: 'every section has ≤ {limit} members',
    okWithin: 'no section crosses a "{prop}" boundary',
    okCount: 'the plan has {n} sections',
    noSection: 'no section to check',
    failAssignment: '{n} zone(s) wrongly assigned (see below)',
    failContiguity: '{n} section(s) split: {list}',
    failMinMembers: '{n} section(s) below {limit} members: {list}',
    failMinSeats: '{n} section(s) electing fewer than {limit} delegates: {list}',
    failMaxMembers: '{n} section(s) above {limit} members: {list}',
    failWithin: '{n} section(s) crossing a "{prop}" boundary: {list}',
    failCount: 'the plan has {value} sections, not {limit}',
    unknownZone: 'zone "{zone}" is not in the zone layer{where}',
    noZoneId: 'a row has no zone id{where}',
    emptySection: 'zone {zone} has an empty section{where}',
    duplicateZone: 'zone {zone} is listed {n} times{where}; the first row counts',
    missingZones: '{n} zone(s) in no section: {list}',
    splitSection: 'section {section} is in {n} pieces: {pieces}',
    fewMembers: 'section {section} has {value} members, below {limit}',
    fewSeats: 'section {section} elects {value} delegate(s), below {limit}',
    manyMembers: 'section {section} has {value} members, above {limit}',
    mixedWithin: 'section {section} mixes {prop} {values}',
    line: ' (line {list})',
    lines: ' (lines {list})',
    more: '… ({n} more)',
    and: ' and ',
  },
  fr: {
    rulesMembersSeats: '≥ {members} adhérents et ≥ {seats} délégués par section',
    rulesMax: '≤ {n} adhérents',
    rulesPerSeat: '1 délégué pour {n} adhérents',
    rulesTotal: '{n} délégués répartis selon la méthode {method}',
    rulesCount: 'exactement {n} sections',
    rulesWithin: 'sans jamais franchir « {prop} »',
    rulesRespect: 'en ne franchissant « {prop} » que si nécessaire',
    labelAssignment: 'chaque zone dans une et une seule section',
    labelContiguity: 'chaque section d’un seul tenant',
    labelMinMembers: '≥ {n} adhérents par section',
    labelMinSeats: '≥ {n} délégués par section ({rule})',
    labelMaxMembers: '≤ {n} adhérents par section',
    labelWithin: 'les sections ne franchissent jamais « {prop} »',
    labelCount: 'exactement {n} sections',
    seatRulePerSeat: '1 délégué pour {n} adhérents',
    seatRuleTotal: '{n} délégués selon la méthode {method}',
    okAssignment: 'les {n} zones sont chacune dans une et une seule section',
    okContiguity: 'les {n} sections sont d’un seul tenant',
    okMinMembers: 'chaque section compte au moins {limit} adhérents (la plus petite : {min})',
    okMinSeats: 'chaque section élit au moins {limit} délégués (le moins : {min})',
    okMaxMembers: 'chaque section compte au plus {limit} adhérents',
    okWithin: 'aucune section ne franchit une limite de « {prop} »',
    okCount: 'le découpage compte {n} sections',
    noSection: 'aucune section à vérifier',
    failAssignment: '{n} zone(s) mal affectée(s) (voir ci-dessous)',
    failContiguity: '{n} section(s) en plusieurs morceaux : {list}',
    failMinMembers: '{n} section(s) sous {limit} adhérents : {list}',
    failMinSeats: '{n} section(s) élisant moins de {limit} délégués : {list}',
    failMaxMembers: '{n} section(s) au-dessus de {limit} adhérents : {list}',
    failWithin: '{n} section(s) franchissant une limite de « {prop} » : {list}',
    failCount: 'le découpage compte {value} sections au lieu de {limit}',
    unknownZone: 'la zone « {zone} » n’est pas dans la couche des zones{where}',
    noZoneId: 'une ligne n’a pas de code de zone{where}',
    emptySection: 'la zone {zone} a une section vide{where}',
    duplicateZone: 'la zone {zone} figure {n} fois{where} ; seule la première ligne compte',
    missingZones: '{n} zone(s) dans aucune section : {list}',
    splitSection: 'la section {section} est en {n} morceaux : {pieces}',
    fewMembers: 'la section {section} compte {value} adhérents, moins de {limit}',
    fewSeats: 'la section {section} élit {value} délégué(s), moins de {limit}',
    manyMembers: 'la section {section} compte {value} adhérents, plus de {limit}',
    mixedWithin: 'la section {section} réunit plusieurs valeurs de « {prop} » : {values}',
    line: ' (ligne {list})',
    lines: ' (lignes {list})',
    more: '… ({n} de plus)',
    and: ' et ',
  },
};

type VerdictT = (key: keyof typeof VERDICT_LABELS.en, params?: Record<string, string | number>) => string;

/** The rules in one short line (describeRules in English). */
export function describeRulesIn(rules: Rules, lang: Lang): string {
  if (lang === 'en') return describeRules(rules);
  const v = labelsFor(VERDICT_LABELS, lang);
  const tr = translator(lang);
  const parts = [v('rulesMembersSeats', { members: tr.int(rules.minMembers), seats: tr.int(rules.minSeats) })];
  if (rules.maxMembers !== undefined) parts.push(v('rulesMax', { n: tr.int(rules.maxMembers) }));
  parts.push(
    rules.seats.kind === 'members-per-seat'
      ? v('rulesPerSeat', { n: tr.int(rules.seats.membersPerSeat) })
      : v('rulesTotal', { n: tr.int(rules.seats.total), method: tr.method(rules.seats.method) }),
  );
  if (rules.sections !== undefined) parts.push(v('rulesCount', { n: tr.int(rules.sections) }));
  if (rules.within) parts.push(v('rulesWithin', { prop: rules.within }));
  if (rules.respect) parts.push(v('rulesRespect', { prop: rules.respect }));
  return parts.join(' ; ');
}

function ruleLabelIn(r: RuleVerdict, rules: Rules | undefined, v: VerdictT, tr: Translator): string {
  if (r.rule === 'assignment') return v('labelAssignment');
  if (r.rule === 'contiguity') return v('labelContiguity');
  // without the rules, the report's generic label ("Effectif minimal")
  if (!rules) return tr.t(`rule_${r.rule}`);
  switch (r.rule) {
    case 'min-members':
      return v('labelMinMembers', { n: tr.int(rules.minMembers) });
    case 'min-seats': {
      const rule = rules.seats.kind === 'members-per-seat'
        ? v('seatRulePerSeat', { n: tr.int(rules.seats.membersPerSeat) })
        : v('seatRuleTotal', { n: tr.int(rules.seats.total), method: tr.method(rules.seats.method) });
      return v('labelMinSeats', { n: tr.int(rules.minSeats), rule });
    }
    case 'max-members':
      return v('labelMaxMembers', { n: tr.int(rules.maxMembers ?? 0) });
    case 'within':
      return v('labelWithin', { prop: rules.within ?? '' });
    case 'section-count':
      return v('labelCount', { n: tr.int(rules.sections ?? 0) });
  }
}

/** At most n ids, then "… (k more)". */
function previewIn(ids: string[], n: number, v: VerdictT): string {
  return ids.length <= n ? ids.join(', ') : `${ids.slice(0, n).join(', ')}, ${v('more', { n: ids.length - n })}`;
}

function ruleMessageIn(r: RuleVerdict, report: CheckReport, rules: Rules | undefined, v: VerdictT, tr: Translator): string {
  const n = report.sections.length;
  const failing = r.failures.map((f) => f.section).filter((s): s is string => s !== undefined);
  const list = previewIn(failing, 6, v);
  const limit = r.failures.find((f) => f.limit !== undefined)?.limit;
  if (r.ok && n === 0 && (r.rule === 'min-members' || r.rule === 'min-seats')) return v('noSection');
  switch (r.rule) {
    case 'assignment': {
      const zones = new Set(r.failures.flatMap((f) => (f.zone !== undefined ? [f.zone] : f.zones ?? [])));
      return r.ok ? v('okAssignment', { n: tr.int(report.totals.zones) }) : v('failAssignment', { n: tr.int(zones.size) });
    }
    case 'contiguity':
      return r.ok ? v('okContiguity', { n: tr.int(n) }) : v('failContiguity', { n: failing.length, list });
    case 'min-members':
      if (!r.ok) return v('failMinMembers', { n: failing.length, limit: tr.int(limit ?? 0), list });
      return rules ? v('okMinMembers', { limit: tr.int(rules.minMembers), min: tr.int(Math.min(...report.sections.map((s) => s.members))) }) : tr.t('allSectionsPass', { n });
    case 'min-seats':
      if (!r.ok) {
        // a seat total too small for every minimum: the apportionment's own note (English)
        if (failing.length === 0) return r.message;
        return v('failMinSeats', { n: failing.length, limit: tr.int(limit ?? 0), list });
      }
      return rules ? v('okMinSeats', { limit: tr.int(rules.minSeats), min: tr.int(Math.min(...report.sections.map((s) => s.seats))) }) : tr.t('allSectionsPass', { n });
    case 'max-members':
      if (!r.ok) return v('failMaxMembers', { n: failing.length, limit: tr.int(limit ?? 0), list });
      return rules?.maxMembers !== undefined ? v('okMaxMembers', { limit: tr.int(rules.maxMembers) }) : tr.t('allSectionsPass', { n });
    case 'within':
      return r.ok ? v('okWithin', { prop: report.within ?? '' }) : v('failWithin', { n: failing.length, prop: report.within ?? '', list });
    case 'section-count': {
      const f = r.failures[0];
      return f?.value !== undefined ? v('failCount', { value: tr.int(f.value), limit: tr.int(f.limit ?? 0) }) : v('okCount', { n: tr.int(n) });
    }
  }
}

function failureIn(f: RuleFailure, report: CheckReport, v: VerdictT, tr: Translator): string {
  const where = f.lines?.length ? v(f.lines.length > 1 ? 'lines' : 'line', { list: f.lines.join(', ') }) : '';
  switch (f.kind) {
    case 'unknown-zone':
      return f.zone ? v('unknownZone', { zone: f.zone, where }) : v('noZoneId', { where });
    case 'empty-section':
      return v('emptySection', { zone: f.zone ?? '', where });
    case 'duplicate-zone':
      return v('duplicateZone', { zone: f.zone ?? '', n: f.lines?.length ?? 2, where });
    case 'missing-zone':
      return v('missingZones', { n: tr.int(f.zones?.length ?? 0), list: previewIn(f.zones ?? [], 10, v) });
    case 'split-section':
      return v('splitSection', { section: f.section ?? '', n: f.value ?? 0, pieces: (f.pieces ?? []).map((p) => `{${previewIn(p, 5, v)}}`).join(' + ') });
    case 'too-few-members':
      if (f.section === undefined) break;
      return v('fewMembers', { section: f.section, value: tr.int(f.value ?? 0), limit: tr.int(f.limit ?? 0) });
    case 'too-few-seats':
      if (f.section === undefined) break;
      return v('fewSeats', { section: f.section, value: tr.int(f.value ?? 0), limit: tr.int(f.limit ?? 0) });
    case 'too-many-members':
      if (f.section === undefined) break;
      return v('manyMembers', { section: f.section, value: tr.int(f.value ?? 0), limit: tr.int(f.limit ?? 0) });
    case 'mixed-within': {
      const values = Object.entries(f.values ?? {}).map(([val, ids]) => `${val} (${previewIn(ids, 4, v)})`);
      return v('mixedWithin', { section: f.section ?? '', prop: report.within ?? '', values: values.join(v('and')) });
    }
    case 'wrong-section-count':
      return v('failCount', { value: tr.int(f.value ?? 0), limit: tr.int(f.limit ?? 0) });
  }
  return f.message;
}

/** A section's short problems: the check's own in English, else the report's wording ("5 286 adhérents, moins de 10 000"). */
export function sectionProblemsIn(s: SectionVerdict, report: CheckReport, lang: Lang = 'en'): string[] {
  if (lang === 'en' || s.ok) return s.problems;
  const tr = translator(lang);
  const out: string[] = [];
  for (const r of report.rules) {
    if (r.rule === 'assignment' || r.rule === 'section-count') continue;
    for (const f of r.failures) {
      if (f.section !== s.id) continue;
      const value = tr.int(f.value ?? 0);
      const limit = tr.int(f.limit ?? 0);
      if (f.kind === 'split-section') out.push(tr.t('problemSplit', { n: value }));
      else if (f.kind === 'too-few-members') out.push(tr.t('problemFewMembers', { value, limit }));
      else if (f.kind === 'too-few-seats') out.push(tr.t('problemFewSeats', { value, limit }));
      else if (f.kind === 'too-many-members') out.push(tr.t('problemManyMembers', { value, limit }));
      else if (f.kind === 'mixed-within') out.push(tr.t('problemWithin', { prop: report.within ?? '', values: Object.keys(f.values ?? {}).join(', ') }));
      else out.push(f.message);
    }
  }
  return out;
}
