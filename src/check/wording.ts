/**
 * Every sentence the check says about a plan, in one place, English and French side by side: the rules
 * in a line, each rule's title, statement and verdict, each failure and each section's short problem.
 * Rules and failures carry figures only (src/check/rules/); these templates are filled from them, so
 * `check`, `export`, the report, the demo and the editor page say the same thing in the same words
 * (no I/O here: the page bundles this file).
 */
import { APPORTION_LABELS, type Rules } from '../core/charter.js';
import { localeOf, numberFormat, type Lang } from '../core/i18n.js';
import { organisationWords, translator, type TranslatorOptions } from '../core/dictionary.js';
import { textNumbers } from '../apportion/numbers.js';
import type { Tie } from '../apportion/methods.js';
import type { Failure, RuleId, RuleVerdict } from './types.js';

/** One message in every language, with the same {placeholders}. */
type Message = Record<Lang, string>;

/** The catalogue: message id → English and French. "…One"/"…Many": singular and plural. */
export const CHECK_MESSAGES = {
  // the rules in one line (the parts are joined by "; "); the short lines name a property by its code, as typed
  // on the command line ("dep"); the charter sentences below name it in prose (CheckWords.field: "départements")
  'rules.membersSeats': { en: '≥ {n} {members} and ≥ {seats} seats per section', fr: '≥ {n} {members} et ≥ {seats} délégués par section' },
  'rules.max': { en: '≤ {n} {members}', fr: '≤ {n} {members}' },
  // French says "effectifs" whatever the members are called; these English short lines keep "members" (same placeholders)
  'rules.deviation': { en: 'members within ±{p} % of the mean', fr: 'effectifs à ±{p} % de la moyenne' },
  'rules.perSeat': { en: '1 seat per {n} {members}', fr: '1 délégué pour {n} {members}' },
  'rules.total': { en: '{n} seats by {method}', fr: '{n} délégués répartis selon la méthode {method}' },
  'rules.count': { en: 'exactly {n} sections', fr: 'exactement {n} sections' },
  'rules.within': { en: 'never crossing "{prop}"', fr: 'sans jamais franchir « {prop} »' },
  'rules.respect': { en: 'crossing "{prop}" only when needed', fr: 'en ne franchissant « {prop} » que si nécessaire' },

  // the charter in sentences (the report)
  'charter.minMembers': { en: 'Every section has at least {n} {members}.', fr: 'Chaque section compte au moins {n} {members}.' },
  'charter.maxMembers': { en: 'No section has more than {n} {members}.', fr: 'Aucune section ne dépasse {n} {members}.' },
  'charter.maxDeviation': {
    en: 'Every section has between {low} and {high} {members}: within ±{p} % of the mean section size ({mean}).',
    fr: 'Chaque section compte entre {low} et {high} {members} : à ±{p} % de l’effectif moyen d’une section ({mean}).',
  },
  'charter.maxDeviationNoPlan': { en: 'Every section’s size is within ±{p} % of the mean section size.', fr: 'L’effectif de chaque section est à ±{p} % de l’effectif moyen d’une section.' },
  'charter.minSeats': { en: 'Every section elects at least {n} delegates.', fr: 'Chaque section élit au moins {n} délégués.' },
  'charter.sections': { en: 'Exactly {n} sections.', fr: 'Exactement {n} sections.' },
  'charter.contiguous': {
    en: 'Every section is made of contiguous zones (explicit links count as contiguity).',
    fr: 'Chaque section est d’un seul tenant (les liaisons explicites comptent comme contiguïté).',
  },
  'charter.within': { en: 'Sections never cross the boundaries between {prop}.', fr: 'Les sections ne franchissent jamais les limites entre {prop}.' },
  'charter.respect': {
    en: 'Sections cross the boundaries between {prop} only when the thresholds require it.',
    fr: 'Les sections ne franchissent les limites entre {prop} que lorsque les seuils l’imposent.',
  },

  // each rule's title (the report's verdict table)
  'title.assignment': { en: 'Every zone in exactly one section', fr: 'Chaque zone dans une et une seule section' },
  'title.contiguity': { en: 'Contiguous sections', fr: 'Sections d’un seul tenant' },
  'title.min-members': { en: 'Minimum number of {members}', fr: 'Nombre minimal de {members}' },
  'title.max-members': { en: 'Maximum number of {members}', fr: 'Nombre maximal de {members}' },
  'title.max-deviation': { en: 'Deviation from the mean size', fr: 'Écart à l’effectif moyen' },
  'title.min-seats': { en: 'Minimum delegates', fr: 'Nombre minimal de délégués' },
  'title.section-count': { en: 'Number of sections', fr: 'Nombre de sections' },
  'title.within': { en: 'Hard boundaries', fr: 'Limites à ne pas franchir' },
  'title.respect': { en: 'Preferred boundaries', fr: 'Limites à respecter si possible' },

  // each rule's statement
  'label.assignment': { en: 'every zone in exactly one section', fr: 'chaque zone dans une et une seule section' },
  'label.contiguity': { en: 'every section in one piece', fr: 'chaque section d’un seul tenant' },
  'label.min-members': { en: '≥ {n} {members} per section', fr: '≥ {n} {members} par section' },
  'label.min-seats': { en: '≥ {n} seats per section ({rule})', fr: '≥ {n} délégués par section ({rule})' },
  'label.seatRulePerSeat': { en: '1 seat per {n} {members}', fr: '1 délégué pour {n} {members}' },
  'label.seatRuleTotal': { en: '{n} seats by {method}', fr: '{n} délégués selon la méthode {method}' },
  'label.max-members': { en: '≤ {n} {members} per section', fr: '≤ {n} {members} par section' },
  'label.max-deviation': { en: 'members within ±{p} % of the mean ({low}–{high})', fr: 'effectifs à ±{p} % de la moyenne ({low} à {high})' },
  'label.within': { en: 'sections never cross "{prop}"', fr: 'les sections ne franchissent jamais « {prop} »' },
  'label.section-count': { en: 'exactly {n} sections', fr: 'exactement {n} sections' },

  // each rule's verdict
  'ok.assignment': { en: 'all {n} zones are in exactly one section', fr: 'les {n} zones sont chacune dans une et une seule section' },
  'ok.contiguity': { en: 'all {n} sections are contiguous', fr: 'les {n} sections sont d’un seul tenant' },
  'ok.min-members': { en: 'every section has ≥ {limit} {members} (smallest: {min})', fr: 'chaque section compte au moins {limit} {members} (la plus petite : {min})' },
  'ok.min-seats': { en: 'every section elects ≥ {limit} delegates (fewest: {min})', fr: 'chaque section élit au moins {limit} délégués (le moins : {min})' },
  'ok.max-members': { en: 'every section has ≤ {limit} {members}', fr: 'chaque section compte au plus {limit} {members}' },
  'ok.max-deviation': {
    en: 'every section is within ±{p} % of the mean of {mean} {members} (largest gap: {worst} %)',
    fr: 'chaque section est à ±{p} % de la moyenne de {mean} {members} (plus grand écart : {worst} %)',
  },
  'ok.within': { en: 'no section crosses a "{prop}" boundary', fr: 'aucune section ne franchit une limite de « {prop} »' },
  'ok.section-count': { en: 'the plan has {n} sections', fr: 'le découpage compte {n} sections' },
  'ok.noSection': { en: 'no section to check', fr: 'aucune section à vérifier' },
  'fail.assignment': { en: '{parts}', fr: '{parts}' },
  'fail.assignmentUnknownOne': { en: '{n} unknown zone ({list})', fr: '{n} zone inconnue ({list})' },
  'fail.assignmentUnknownMany': { en: '{n} unknown zones ({list})', fr: '{n} zones inconnues ({list})' },
  'fail.assignmentMissingOne': { en: '{n} zone in no section ({list})', fr: '{n} zone dans aucune section ({list})' },
  'fail.assignmentMissingMany': { en: '{n} zones in no section ({list})', fr: '{n} zones dans aucune section ({list})' },
  'fail.assignmentEmptyOne': { en: '{n} zone with an empty section ({list})', fr: '{n} zone avec une section vide ({list})' },
  'fail.assignmentEmptyMany': { en: '{n} zones with an empty section ({list})', fr: '{n} zones avec une section vide ({list})' },
  'fail.assignmentTwiceOne': { en: '{n} zone listed twice ({list})', fr: '{n} zone listée deux fois ({list})' },
  'fail.assignmentTwiceMany': { en: '{n} zones listed twice ({list})', fr: '{n} zones listées deux fois ({list})' },
  'fail.contiguityOne': { en: '{n} section is split: {list}', fr: '{n} section(s) en plusieurs morceaux : {list}' },
  'fail.contiguityMany': { en: '{n} sections are split: {list}', fr: '{n} section(s) en plusieurs morceaux : {list}' },
  'fail.min-membersOne': { en: '{n} section below {limit} {members}: {list}', fr: '{n} section(s) sous {limit} {members} : {list}' },
  'fail.min-membersMany': { en: '{n} sections below {limit} {members}: {list}', fr: '{n} section(s) sous {limit} {members} : {list}' },
  'fail.min-seatsOne': { en: '{n} section elects fewer than {limit} delegates: {list}', fr: '{n} section(s) élisant moins de {limit} délégués : {list}' },
  'fail.min-seatsMany': { en: '{n} sections elect fewer than {limit} delegates: {list}', fr: '{n} section(s) élisant moins de {limit} délégués : {list}' },
  'fail.min-seatsWithNote': { en: '{verdict} ({note})', fr: '{verdict} ({note})' },
  'fail.max-membersOne': { en: '{n} section above {limit} {members}: {list}', fr: '{n} section(s) au-dessus de {limit} {members} : {list}' },
  'fail.max-membersMany': { en: '{n} sections above {limit} {members}: {list}', fr: '{n} section(s) au-dessus de {limit} {members} : {list}' },
  'fail.max-deviationOne': {
    en: '{n} section outside {low}–{high} {members} (±{p} % of {mean}): {list}',
    fr: '{n} section hors de {low} à {high} {members} (±{p} % de {mean}) : {list}',
  },
  'fail.max-deviationMany': {
    en: '{n} sections outside {low}–{high} {members} (±{p} % of {mean}): {list}',
    fr: '{n} sections hors de {low} à {high} {members} (±{p} % de {mean}) : {list}',
  },
  'fail.withinOne': { en: '{n} section crosses a "{prop}" boundary: {list}', fr: '{n} section(s) franchissant une limite de « {prop} » : {list}' },
  'fail.withinMany': { en: '{n} sections cross a "{prop}" boundary: {list}', fr: '{n} section(s) franchissant une limite de « {prop} » : {list}' },

  // each failure
  'failure.unknownZone': { en: 'zone "{zone}" is not in the zone layer{where}', fr: 'la zone « {zone} » n’est pas dans la couche des zones{where}' },
  'failure.noZoneId': { en: 'a row has no zone id{where}', fr: 'une ligne n’a pas de code de zone{where}' },
  'failure.emptySection': { en: 'zone {zone} has an empty section{where}', fr: 'la zone {zone} a une section vide{where}' },
  'failure.duplicateZone': { en: 'zone {zone} is listed {n} times{where}; the first row counts', fr: 'la zone {zone} figure {n} fois{where} ; seule la première ligne compte' },
  'failure.duplicateZoneSections': {
    en: 'zone {zone} is listed {n} times{where}, in sections {sections}; the first row counts',
    fr: 'la zone {zone} figure {n} fois{where}, dans les sections {sections} ; seule la première ligne compte',
  },
  'failure.missingZonesOne': { en: '{n} zone is in no section: {list}', fr: '{n} zone(s) dans aucune section : {list}' },
  'failure.missingZonesMany': { en: '{n} zones are in no section: {list}', fr: '{n} zone(s) dans aucune section : {list}' },
  'failure.splitSection': { en: 'section {section} is in {n} pieces: {pieces}', fr: 'la section {section} est en {n} morceaux : {pieces}' },
  'failure.fewMembers': { en: 'section {section} has {value} {members}, below {limit}', fr: 'la section {section} compte {value} {members}, moins de {limit}' },
  'failure.fewSeatsOne': { en: 'section {section} elects {value} delegate, below {limit}', fr: 'la section {section} élit {value} délégué(s), moins de {limit}' },
  'failure.fewSeatsMany': { en: 'section {section} elects {value} delegates, below {limit}', fr: 'la section {section} élit {value} délégué(s), moins de {limit}' },
  'failure.seatShortfall': {
    en: '{total} seats cannot give each of the {sections} sections {minimum} seats ({needed} needed)',
    fr: '{total} délégués ne permettent pas d’en donner {minimum} à chacune des {sections} sections ({needed} nécessaires)',
  },
  'failure.manyMembers': { en: 'section {section} has {value} {members}, above {limit}', fr: 'la section {section} compte {value} {members}, plus de {limit}' },
  'failure.manyMembersOneZone': {
    en: 'section {section} has {value} {members}, above {limit} (a single zone: split it with finer units)',
    fr: 'la section {section} compte {value} {members}, plus de {limit} (une seule zone : découpez-la en unités plus fines)',
  },
  'failure.outsideDeviation': {
    en: 'section {section} has {value} {members}, {deviation} % from the mean of {mean} (allowed: {low}–{high})',
    fr: 'la section {section} compte {value} {members}, à {deviation} % de la moyenne de {mean} (admis : {low} à {high})',
  },
  'failure.mixedWithin': { en: 'section {section} mixes {prop} {values}', fr: 'la section {section} réunit plusieurs valeurs de « {prop} » : {values}' },
  'failure.wrongCount': { en: 'the plan has {value} sections, not {limit}', fr: 'le découpage compte {value} sections au lieu de {limit}' },
  'failure.line': { en: ' (line {list})', fr: ' (ligne {list})' },
  'failure.lines': { en: ' (lines {list})', fr: ' (lignes {list})' },
  'failure.more': { en: '… ({n} more)', fr: '… ({n} de plus)' },
  'failure.and': { en: ' and ', fr: ' et ' },

  // things the committee should know that break no rule
  'note.lastSeat': { en: 'the last seat', fr: 'le dernier siège' },
  'note.lastSeats': { en: 'the last {n} seats', fr: 'les {n} derniers sièges' },
  'note.tie': {
    en: '{what} tied between {who} (equal claim {value}); nobody chose a rule: plan order gave {winners} the seat provisionally; `decoupage seats --tie-break` settles it',
    fr: '{what} à égalité entre {who} (même quotient {value}) ; aucune règle choisie : l’ordre du découpage l’a donné à {winners} provisoirement ; `decoupage seats --tie-break` tranche',
  },

  // a section's short problems
  'problem.split': { en: 'in {n} pieces', fr: 'en {n} morceaux séparés' },
  'problem.fewMembers': { en: '{value} {members} < {limit}', fr: '{value} {members}, moins de {limit}' },
  'problem.fewSeats': { en: '{value} seats < {limit}', fr: '{value} délégués, moins de {limit}' },
  'problem.manyMembers': { en: '{value} {members} > {limit}', fr: '{value} {members}, plus de {limit}' },
  'problem.deviation': { en: '{value} {members}, {deviation} % from the mean', fr: '{value} {members}, à {deviation} % de la moyenne' },
  'problem.within': { en: 'mixes {values}', fr: 'réunit {values}' },
} as const satisfies Record<string, Message>;

export type CheckMessageId = keyof typeof CHECK_MESSAGES;

/** How a language joins things: "; " / " ; ", ": " / " : ". */
const PUNCT: Record<Lang, { sep: string; colon: string }> = {
  en: { sep: '; ', colon: ': ' },
  fr: { sep: ' ; ', colon: ' : ' },
};

/** Figures in words, in one language, with the organisation's words (its members word, its fields' names). */
export interface CheckWords {
  lang: Lang;
  /** the members word and field labels these words say (as the report's translator takes them) */
  options: TranslatorOptions;
  /** a message, {members} / {Members} filled with the members word (French elision: "d’adhérents") */
  say(id: CheckMessageId, params?: Record<string, string | number>): string;
  /** a zone property in prose, plural: "dep" → "départements", else its label, else quoted: “bv” */
  field(prop: string): string;
  int(n: number): string;
  /** a signed percentage with one decimal: "+12.5" / "+12,5" */
  pct(n: number): string;
  /** at most n ids, then "… (k more)" */
  preview(ids: readonly string[], n?: number): string;
  method(id: string): string;
  sep: string;
  colon: string;
}

/**
 * Every function below takes a language (the default words: members / adhérents, dep and reg named) or the
 * words of one organisation: `checkWords('fr', { membersWord: 'sociétaires', fieldLabels: { bv: 'bassins de vie' } })`.
 */
export type Speech = Lang | CheckWords;

const WORDS = new Map<string, CheckWords>();

/**
 * The words of one language and organisation (built once for each: Intl formatters are costly to create).
 * `opts` as the report's translator takes them (src/core/dictionary.ts), so both say the same words.
 */
export function checkWords(lang: Lang = 'en', opts: TranslatorOptions = {}): CheckWords {
  const key = JSON.stringify([lang, opts.membersWord?.trim() ?? '', opts.fieldLabels ?? {}]);
  let w = WORDS.get(key);
  if (!w) WORDS.set(key, (w = makeWords(lang, opts)));
  return w;
}

/** The words of a rule set: its "members-word", "respect-label" and "within-label", over `opts`. */
export function rulesWords(rules: Rules, lang: Lang = 'en', opts: TranslatorOptions = {}): CheckWords {
  const fieldLabels: Record<string, string> = {};
  if (rules.respect && rules.respectLabel) fieldLabels[rules.respect] = rules.respectLabel;
  if (rules.within && rules.withinLabel) fieldLabels[rules.within] = rules.withinLabel;
  Object.assign(fieldLabels, opts.fieldLabels);
  const membersWord = opts.membersWord ?? rules.membersWord;
  return checkWords(lang, { ...(membersWord ? { membersWord } : {}), ...(Object.keys(fieldLabels).length ? { fieldLabels } : {}) });
}

function wordsOf(speech: Speech): CheckWords {
  return typeof speech === 'string' ? checkWords(speech) : speech;
}

/** A language given alone says a rule set with the rule set's own words (rulesWords). */
function wordsFor(rules: Rules, speech: Speech): CheckWords {
  return typeof speech === 'string' ? rulesWords(rules, speech) : speech;
}

function makeWords(lang: Lang, opts: TranslatorOptions): CheckWords {
  const nf = numberFormat(lang);
  // as the English messages always wrote them ("12,345"), and percentages with one decimal
  const enInt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const tr = translator(lang, opts);
  const words = organisationWords(lang, opts);
  const say = (id: CheckMessageId, params?: Record<string, string | number>) => words.fill(CHECK_MESSAGES[id][lang], params);
  return {
    lang,
    options: opts,
    say,
    field: words.field,
    int: (n) => (lang === 'en' ? enInt.format(Math.round(n)) : nf.int(n)),
    pct: (n) => (n > 0 ? '+' : n < 0 ? '−' : '') + oneDecimal.format(Math.abs(n)),
    preview: (ids, n = 10) => (ids.length <= n ? ids.join(', ') : `${ids.slice(0, n).join(', ')}, ${say('failure.more', { n: ids.length - n })}`),
    method: (id) => (lang === 'en' ? (APPORTION_LABELS as Record<string, string>)[id] ?? id : tr.method(id)),
    sep: PUNCT[lang].sep,
    colon: PUNCT[lang].colon,
  };
}

/** The rules in one short line: "≥ 10,000 members and ≥ 6 seats per section; 1 seat per 1,500 members". */
export function describeRulesIn(rules: Rules, lang: Speech = 'en'): string {
  const w = wordsFor(rules, lang);
  const parts = [w.say('rules.membersSeats', { n: w.int(rules.minMembers), seats: w.int(rules.minSeats) })];
  if (rules.maxMembers !== undefined) parts.push(w.say('rules.max', { n: w.int(rules.maxMembers) }));
  if (rules.maxDeviation !== undefined) parts.push(w.say('rules.deviation', { p: numberFormat(w.lang).dec(rules.maxDeviation, rules.maxDeviation % 1 ? 1 : 0) }));
  parts.push(
    rules.seats.kind === 'members-per-seat'
      ? w.say('rules.perSeat', { n: w.int(rules.seats.membersPerSeat) })
      : w.say('rules.total', { n: w.int(rules.seats.total), method: w.method(rules.seats.method) }),
  );
  if (rules.sections !== undefined) parts.push(w.say('rules.count', { n: w.int(rules.sections) }));
  if (rules.within) parts.push(w.say('rules.within', { prop: rules.within }));
  if (rules.respect) parts.push(w.say('rules.respect', { prop: rules.respect }));
  return parts.join(w.sep);
}

/**
 * The charter in sentences (the report). `plan` (number of sections and their members) gives the
 * max-deviation bounds in members; without it the rule is said in percent only.
 */
export function charterLines(rules: Rules, lang: Speech = 'en', plan?: { sections: number; members: number }): string[] {
  const w = wordsFor(rules, lang);
  const lines = [w.say('charter.minMembers', { n: w.int(rules.minMembers) })];
  if (rules.maxMembers !== undefined) lines.push(w.say('charter.maxMembers', { n: w.int(rules.maxMembers) }));
  if (rules.maxDeviation !== undefined) {
    const p = percent(rules.maxDeviation, w.lang);
    if (plan && plan.sections > 0) {
      const mean = plan.members / plan.sections;
      lines.push(
        w.say('charter.maxDeviation', { p, mean: w.int(mean), low: w.int(Math.ceil(mean * (1 - rules.maxDeviation / 100) - 1e-9 * mean)), high: w.int(Math.floor(mean * (1 + rules.maxDeviation / 100) + 1e-9 * mean)) }),
      );
    } else lines.push(w.say('charter.maxDeviationNoPlan', { p }));
  }
  lines.push(w.say('charter.minSeats', { n: w.int(rules.minSeats) }));
  lines.push(seatSentence(rules, w));
  if (rules.sections !== undefined) lines.push(w.say('charter.sections', { n: w.int(rules.sections) }));
  lines.push(w.say('charter.contiguous'));
  if (rules.within) lines.push(w.say('charter.within', { prop: w.field(rules.within) }));
  if (rules.respect) lines.push(w.say('charter.respect', { prop: w.field(rules.respect) }));
  return lines;
}

/** "One delegate per 1,500 members (rounded down)." or the fixed-total sentence. */
export function seatSentence(rules: Rules, lang: Speech = 'en'): string {
  // the apportionment says it too (seats --lang): its sentence lives in the shared dictionary
  const w = wordsFor(rules, lang);
  const tr = translator(w.lang, w.options);
  return rules.seats.kind === 'members-per-seat'
    ? tr.t('ruleMembersPerSeat', { n: tr.int(rules.seats.membersPerSeat) })
    : tr.t('ruleTotalSeats', { n: tr.int(rules.seats.total), method: tr.method(rules.seats.method) });
}

/** A rule's short title ("Minimum members"), for tables. */
export function ruleTitle(rule: RuleId | 'respect', lang: Speech = 'en'): string {
  return wordsOf(lang).say(`title.${rule}`);
}

function percent(p: number, lang: Lang): string {
  return numberFormat(lang).dec(p, Number.isInteger(p) ? 0 : 1);
}

/** A rule's statement, e.g. "≥ 10,000 members per section", from its figures (RuleVerdict.figures). */
export function ruleLabel(v: Pick<RuleVerdict, 'rule' | 'figures'>, lang: Speech = 'en'): string {
  const w = wordsOf(lang);
  const f = v.figures;
  const n = (k: string) => w.int(Number(f[k] ?? 0));
  switch (v.rule) {
    case 'assignment':
    case 'contiguity':
      return w.say(`label.${v.rule}`);
    case 'min-members':
    case 'max-members':
      return w.say(`label.${v.rule}`, { n: n('limit') });
    case 'min-seats': {
      const rule = f.membersPerSeat !== undefined
        ? w.say('label.seatRulePerSeat', { n: n('membersPerSeat') })
        : w.say('label.seatRuleTotal', { n: n('total'), method: w.method(String(f.method)) });
      return w.say('label.min-seats', { n: n('limit'), rule });
    }
    case 'max-deviation':
      return w.say('label.max-deviation', { p: percent(Number(f.limit), w.lang), low: n('low'), high: n('high') });
    case 'within':
      return w.say('label.within', { prop: String(f.prop) });
    case 'section-count':
      return w.say('label.section-count', { n: n('limit') });
  }
}

/** A rule's one-line verdict, from its figures and failures. */
export function ruleMessage(v: Pick<RuleVerdict, 'rule' | 'figures' | 'failures' | 'ok'>, lang: Speech = 'en'): string {
  const w = wordsOf(lang);
  const f = v.figures;
  const n = (k: string) => w.int(Number(f[k] ?? 0));
  const sections = Number(f.sections ?? 0);
  const failing = v.failures.map((x) => x.section).filter((s): s is string => s !== undefined);
  const count = failing.length;
  const list = w.preview(failing, 6);
  const plural = <K extends string>(base: K) => `${base}${count > 1 ? 'Many' : 'One'}` as CheckMessageId;
  switch (v.rule) {
    case 'assignment': {
      if (v.ok) return w.say('ok.assignment', { n: n('zones') });
      return w.say('fail.assignment', { parts: assignmentParts(v.failures, w).join(w.sep) });
    }
    case 'contiguity':
      return v.ok ? w.say('ok.contiguity', { n: n('sections') }) : w.say(plural('fail.contiguity'), { n: count, list });
    case 'min-members':
      if (v.ok) return sections ? w.say('ok.min-members', { limit: n('limit'), min: n('smallest') }) : w.say('ok.noSection');
      return w.say(plural('fail.min-members'), { n: count, limit: n('limit'), list });
    case 'min-seats': {
      if (v.ok) return sections ? w.say('ok.min-seats', { limit: n('limit'), min: n('fewest') }) : w.say('ok.noSection');
      const shortfall = v.failures.find((x) => x.kind === 'too-few-seats' && x.section === undefined);
      const note = shortfall ? failureText(shortfall, lang) : undefined;
      if (note && count === 0) return note;
      const verdict = w.say(plural('fail.min-seats'), { n: count, limit: n('limit'), list });
      return note ? w.say('fail.min-seatsWithNote', { verdict, note }) : verdict;
    }
    case 'max-members':
      return v.ok ? w.say('ok.max-members', { limit: n('limit') }) : w.say(plural('fail.max-members'), { n: count, limit: n('limit'), list });
    case 'max-deviation': {
      const p = percent(Number(f.limit), w.lang);
      if (v.ok) return sections ? w.say('ok.max-deviation', { p, mean: n('mean'), worst: w.pct(Number(f.worst ?? 0)) }) : w.say('ok.noSection');
      return w.say(plural('fail.max-deviation'), { n: count, p, mean: n('mean'), low: n('low'), high: n('high'), list });
    }
    case 'within':
      return v.ok ? w.say('ok.within', { prop: String(f.prop) }) : w.say(plural('fail.within'), { n: count, prop: String(f.prop), list });
    case 'section-count':
      return v.ok ? w.say('ok.section-count', { n: n('limit') }) : w.say('failure.wrongCount', { value: n('value'), limit: n('limit') });
  }
}

function assignmentParts(fs: readonly Failure[], w: CheckWords): string[] {
  const parts: string[] = [];
  const add = (base: string, ids: string[]) => {
    if (ids.length) parts.push(w.say(`${base}${ids.length > 1 ? 'Many' : 'One'}` as CheckMessageId, { n: ids.length, list: w.preview(ids, 5) }));
  };
  const zonesOf = (k: Failure['kind']) => fs.flatMap((f) => (f.kind === k && 'zone' in f ? [f.zone] : []));
  add('fail.assignmentUnknown', zonesOf('unknown-zone').map((z) => z || '""'));
  add('fail.assignmentMissing', fs.flatMap((f) => (f.kind === 'missing-zone' ? f.zones : [])));
  add('fail.assignmentEmpty', zonesOf('empty-section'));
  add('fail.assignmentTwice', zonesOf('duplicate-zone'));
  return parts;
}

/** One failure as a sentence, from its figures. */
export function failureText(f: Failure, lang: Speech = 'en'): string {
  const w = wordsOf(lang);
  const where = 'lines' in f && f.lines.length ? w.say(f.lines.length > 1 ? 'failure.lines' : 'failure.line', { list: f.lines.join(', ') }) : '';
  switch (f.kind) {
    case 'unknown-zone':
      return f.zone === '' ? w.say('failure.noZoneId', { where }) : w.say('failure.unknownZone', { zone: f.zone, where });
    case 'empty-section':
      return w.say('failure.emptySection', { zone: f.zone, where });
    case 'duplicate-zone':
      return f.sections.length > 1
        ? w.say('failure.duplicateZoneSections', { zone: f.zone, n: f.count, where, sections: f.sections.join(', ') })
        : w.say('failure.duplicateZone', { zone: f.zone, n: f.count, where });
    case 'missing-zone':
      return w.say(f.zones.length > 1 ? 'failure.missingZonesMany' : 'failure.missingZonesOne', { n: w.int(f.zones.length), list: w.preview(f.zones, 10) });
    case 'split-section':
      return w.say('failure.splitSection', { section: f.section, n: f.value, pieces: f.pieces.map((p) => `{${w.preview(p, 5)}}`).join(' + ') });
    case 'too-few-members':
      return w.say('failure.fewMembers', { section: f.section, value: w.int(f.value), limit: w.int(f.limit) });
    case 'too-few-seats':
      if (f.section === undefined) return w.say('failure.seatShortfall', { total: w.int(f.total), sections: w.int(f.sections), minimum: w.int(f.minimum), needed: w.int(f.needed) });
      return w.say(f.value === 1 ? 'failure.fewSeatsOne' : 'failure.fewSeatsMany', { section: f.section, value: w.int(f.value), limit: w.int(f.limit) });
    case 'too-many-members':
      return w.say(f.zoneCount === 1 ? 'failure.manyMembersOneZone' : 'failure.manyMembers', { section: f.section, value: w.int(f.value), limit: w.int(f.limit) });
    case 'outside-deviation':
      return w.say('failure.outsideDeviation', { section: f.section, value: w.int(f.value), deviation: w.pct(f.deviation), mean: w.int(f.mean), low: w.int(f.low), high: w.int(f.high) });
    case 'mixed-within': {
      const values = Object.entries(f.values).map(([val, ids]) => `${val} (${w.preview(ids, 4)})`);
      return w.say('failure.mixedWithin', { section: f.section, prop: f.prop, values: values.join(w.say('failure.and')) });
    }
    case 'wrong-section-count':
      return w.say('failure.wrongCount', { value: w.int(f.value), limit: w.int(f.limit) });
  }
}

/** A tie for the last seat(s) that nobody settled, as a note: plan order gave it provisionally. */
export function tieNote(t: Tie, lang: Speech = 'en'): string {
  const w = wordsOf(lang);
  const what = t.seats === 1 ? w.say('note.lastSeat') : w.say('note.lastSeats', { n: w.int(t.seats) });
  return w.say('note.tie', { what, who: t.candidates.join(', '), value: textNumbers(w.lang).dec(t.value, 4), winners: t.winners.join(', ') });
}

/** A section's short problems, one per failure that names it, in the order of the rules. */
export function sectionProblems(section: string, rules: readonly Pick<RuleVerdict, 'failures'>[], lang: Speech = 'en'): string[] {
  return rules.flatMap((r) => r.failures.filter((f) => f.section === section).map((f) => sectionProblem(f, lang)).filter((p): p is string => p !== undefined));
}

/** A section's short problem for a failure that names it ("8,214 members < 10,000"); undefined for plan-wide failures. */
export function sectionProblem(f: Failure, lang: Speech = 'en'): string | undefined {
  const w = wordsOf(lang);
  switch (f.kind) {
    case 'split-section':
      return w.say('problem.split', { n: w.int(f.value) });
    case 'too-few-members':
      return w.say('problem.fewMembers', { value: w.int(f.value), limit: w.int(f.limit) });
    case 'too-few-seats':
      return f.section === undefined ? undefined : w.say('problem.fewSeats', { value: w.int(f.value), limit: w.int(f.limit) });
    case 'too-many-members':
      return w.say('problem.manyMembers', { value: w.int(f.value), limit: w.int(f.limit) });
    case 'outside-deviation':
      return w.say('problem.deviation', { value: w.int(f.value), deviation: w.pct(f.deviation) });
    case 'mixed-within':
      return w.say('problem.within', { prop: f.prop, values: Object.keys(f.values).join(w.say('failure.and')) });
    default:
      return undefined;
  }
}
