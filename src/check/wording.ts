/**
 * Every sentence the check says about a plan, said from the figures: the rules in a line, each rule's title,
 * statement and verdict, each failure and each section's short problem. The sentences are the catalogue's
 * "check" messages (src/messages/check.ts); rules and failures carry figures only (src/check/rules/), so
 * `check`, `export`, the report, the demo and the editor page say the same thing in the same words
 * (no I/O here: the page bundles this file).
 */
import type { Rules } from '../core/charter.js';
import { formatCount, numberFormat, type Lang } from '../core/i18n.js';
import { organisationWords, translator, type TranslatorOptions } from '../core/dictionary.js';
import { textNumbers } from '../apportion/numbers.js';
import type { Tie } from '../apportion/methods.js';
import type { Failure, RuleId, RuleVerdict } from './types.js';
import { CHECK_MESSAGES } from '../messages/check.js';
import { RULES, ruleById, type Rule } from './rules/index.js';
import { methodNameIn } from '../messages/methods.js';

export { CHECK_MESSAGES };

export type { CheckMessageId, CheckWords } from './rules/words.js';
import type { CheckMessageId, CheckWords } from './rules/words.js';

/** How a language joins things: "; " / " ; ", ": " / " : ". */
const PUNCT: Record<Lang, { sep: string; colon: string }> = {
  en: { sep: '; ', colon: ': ' },
  fr: { sep: ' ; ', colon: ' : ' },
};

/**
 * Every function below takes a language (the default words: members / adhérents, dep and reg named) or the
 * words of one organisation: `checkWords('fr', { membersWord: 'sociétaires', fieldLabels: { bv: 'bassins de vie' } })`.
 */
export type Speech = Lang | CheckWords;

const WORDS = new Map<string, CheckWords>();

/**
 * The words of one language and organisation (built once for each).
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
  // whole numbers as the English messages always wrote them ("12,345": formatCount), and percentages with one decimal
  const words = organisationWords(lang, opts);
  const say = (id: CheckMessageId, params?: Record<string, string | number>) => words.fill(CHECK_MESSAGES[id][lang], params);
  const int = (n: number) => (lang === 'en' ? formatCount(n) : nf.int(n));
  return {
    lang,
    options: opts,
    say,
    field: words.field,
    int,
    pct: (n) => (n > 0 ? '+' : n < 0 ? '−' : '') + nf.dec(Math.abs(n), 1),
    preview: (ids, n = 10) => (ids.length <= n ? ids.join(', ') : `${ids.slice(0, n).join(', ')}, ${say('failure.more', { n: int(ids.length - n) })}`),
    method: (id) => methodNameIn(id, 'rules', lang),
    sep: PUNCT[lang].sep,
    colon: PUNCT[lang].colon,
  };
}

/** The rules in one short line: "≥ 10,000 members and ≥ 6 seats per section; 1 seat per 1,500 members". */
export function describeRulesIn(rules: Rules, lang: Speech = 'en'): string {
  const w = wordsFor(rules, lang);
  const parts = [w.say('rules.membersSeats', { n: w.int(rules.minMembers), seats: w.int(rules.minSeats) })];
  if (rules.maxMembers !== undefined) parts.push(w.say('rules.max', { n: w.int(rules.maxMembers) }));
  if (rules.maxDeviation !== undefined)
    parts.push(w.say('rules.deviation', { p: numberFormat(w.lang).dec(rules.maxDeviation, rules.maxDeviation % 1 ? 1 : 0) }));
  for (const r of RULES) if (r.words?.rulesLine && r.applies(rules)) parts.push(r.words.rulesLine(rules, w));
  parts.push(
    rules.seats.kind === 'members-per-seat'
      ? w.say('rules.perSeat', { n: w.int(rules.seats.membersPerSeat) })
      : w.say('rules.total', { n: w.int(rules.seats.total), method: w.method(rules.seats.method) }),
  );
  if (rules.sections !== undefined) parts.push(w.say('rules.count', { n: w.int(rules.sections) }));
  if (rules.within) parts.push(w.say('rules.within', { prop: w.field(rules.within) }));
  if (rules.respect) parts.push(w.say('rules.respect', { prop: w.field(rules.respect) }));
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
        w.say('charter.maxDeviation', {
          p,
          mean: w.int(mean),
          low: w.int(Math.ceil(mean * (1 - rules.maxDeviation / 100) - 1e-9 * mean)),
          high: w.int(Math.floor(mean * (1 + rules.maxDeviation / 100) + 1e-9 * mean)),
        }),
      );
    } else lines.push(w.say('charter.maxDeviationNoPlan', { p }));
  }
  for (const r of RULES) if (r.words?.charter && r.applies(rules)) lines.push(r.words.charter(rules, w));
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
/** True for a name that has a rule's title (a rule's id, or respect). */
export function hasRuleTitle(rule: string): rule is RuleId | 'respect' {
  return Object.hasOwn(CHECK_MESSAGES, `title.${rule}`);
}

export function ruleTitle(rule: RuleId | 'respect', lang: Speech = 'en'): string {
  return wordsOf(lang).say(`title.${rule}`);
}

function percent(p: number, lang: Lang): string {
  return numberFormat(lang).dec(p, Number.isInteger(p) ? 0 : 1);
}

/** A rule's statement, e.g. "≥ 10,000 members per section", from its figures (RuleVerdict.figures): said by its module. */
export function ruleLabel(v: Pick<RuleVerdict, 'rule' | 'figures'>, lang: Speech = 'en'): string {
  return ruleWords(v.rule).label(v.figures, wordsOf(lang));
}

/** A plan rule's figures in a few words for tables ("19 sections, 20 required."), when its module says them. */
export function ruleDetail(v: Pick<RuleVerdict, 'rule' | 'figures'>, lang: Speech = 'en'): string | undefined {
  return ruleById(v.rule).detail?.(v.figures, wordsOf(lang));
}

/** A rule's one-line verdict, from its figures and failures: said by its module. */
export function ruleMessage(v: Pick<RuleVerdict, 'rule' | 'figures' | 'failures' | 'ok'>, lang: Speech = 'en'): string {
  return ruleWords(v.rule).message(v, wordsOf(lang));
}

/** One failure as a sentence, from its figures: said by the module of the rule it breaks. */
export function failureText(f: Failure, lang: Speech = 'en'): string {
  return saidByRules(f, wordsOf(lang), 'failure') ?? unsaid(f);
}

/** A tie for the last seat(s) that nobody settled, as a note: plan order gave it provisionally. */
export function tieNote(t: Tie, lang: Speech = 'en'): string {
  const w = wordsOf(lang);
  const what = w.say('note.last', { n: w.int(t.seats) });
  return w.say('note.tie', { what, who: t.candidates.join(', '), value: textNumbers(w.lang).dec(t.value, 4), winners: t.winners.join(', ') });
}

/** A section's short problems, one per failure that names it, in the order of the rules. */
export function sectionProblems(section: string, rules: readonly Pick<RuleVerdict, 'failures'>[], lang: Speech = 'en'): string[] {
  return rules.flatMap((r) =>
    r.failures
      .filter((f) => f.section === section)
      .map((f) => sectionProblem(f, lang))
      .filter((p): p is string => p !== undefined),
  );
}

/** A section's short problem for a failure that names it ("8,214 members < 10,000"); undefined for plan-wide failures. */
export function sectionProblem(f: Failure, lang: Speech = 'en'): string | undefined {
  return saidByRules(f, wordsOf(lang), 'problem');
}

/** The sentences of a rule whose module says them itself. */
function ruleWords(id: RuleId): NonNullable<Rule['words']> {
  const words = ruleById(id).words;
  if (!words) throw new Error(`rule ${id} has no words`);
  return words;
}

/** A failure of a rule whose module says its sentences: the first module that knows its kind. */
function saidByRules(f: Failure, w: CheckWords, what: 'failure' | 'problem'): string | undefined {
  for (const r of RULES) {
    const s = r.words?.[what](f, w);
    if (s !== undefined) return s;
  }
  return undefined;
}

function unsaid(f: Failure): never {
  throw new Error(`no rule says the failure ${(f as { kind: string }).kind}`);
}
