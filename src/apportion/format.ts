import { labelsFor, type Lang } from '../core/i18n.js';
import { textNumbers } from './numbers.js';
import type { Tie } from './methods.js';
import type { SectionSeats } from './sections.js';
import { toCsv, type CsvStyle } from '../io/csv.js';
import { decimal, isSaid, option, said, say, type Said, type Voice } from '../messages/index.js';

export { textNumbers, type TextNumbers } from './numbers.js';

/** Labels of the seats table. */
import { SEATS_LABELS } from '../messages/seats.js';
import { maxOf } from '../core/extremes.js';
export { SEATS_LABELS };

/** The seat rule in words, in a language. */
export function seatRuleIn(s: Pick<SectionSeats, 'rule'>, lang: Voice | Lang = 'en'): string {
  return say(s.rule, lang);
}

/** A JSON.stringify replacer: a seat rule (a Said) as its English sentence, as the JSON outputs have always written it. */
export function ruleInEnglish(key: string, value: unknown): unknown {
  return key === 'rule' && isSaid(value) ? say(value, 'en') : value;
}

/** A plain-text table, columns right-aligned except the first. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, maxOf(rows.map((r) => (r[i] ?? '').length))));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A tie for the last seat(s): who, with which claim, and how it was settled (if it was). */
export function describeTie(t: Tie): Said {
  const who = t.candidates.join(', ');
  const what = said('plan.seats.last', { n: t.seats });
  return t.resolvedBy
    ? said('plan.seats.tieSettled', { what, who, claim: decimal(t.value, 4), option: option('tieBreak'), rule: t.resolvedBy, winners: t.winners.join(', ') })
    : said('plan.seats.tieOpen', { what, who, claim: decimal(t.value, 4) });
}

/** The seats table printed by `decoupage seats` (French with lang "fr"). */
export function formatSectionSeats(s: SectionSeats, opts: { zoneCounts?: Map<string, number>; estimated?: boolean; lang?: Lang; voice?: Voice } = {}): string {
  const lang = opts.lang ?? 'en';
  const t = labelsFor(SEATS_LABELS, lang);
  const { int, dec, signedPct } = textNumbers(lang);
  const rows = s.rows.map((r) => [
    r.section,
    ...(opts.zoneCounts ? [String(opts.zoneCounts.get(r.section) ?? 0)] : []),
    int(r.members),
    String(r.seats),
    dec(r.quota),
    int(r.membersPerSeat),
    signedPct(r.deviationPct),
  ]);
  const totalMembers = s.rows.reduce((a, r) => a + r.members, 0);
  const totalSeats = s.rows.reduce((a, r) => a + r.seats, 0);
  rows.push([
    t('total'),
    ...(opts.zoneCounts ? [String([...opts.zoneCounts.values()].reduce((a, x) => a + x, 0))] : []),
    int(totalMembers),
    String(totalSeats),
    dec(totalSeats),
    int(s.overall.averageMembersPerSeat),
    '',
  ]);
  const header = [t('section'), ...(opts.zoneCounts ? [t('zones')] : []), t('members'), t('seats'), t('quota'), t('membersPerSeat'), t('vsAverage')];
  const o = s.overall;
  const lines = [
    t('seatsLine', { rule: seatRuleIn(s, opts.voice ?? lang) }),
    '',
    textTable(header, rows),
    '',
    t('quotaNote', { avg: int(o.averageMembersPerSeat) }),
    t('lhLine', { lh: dec(o.loosemoreHanby) }),
    t('rangeLine', { min: int(o.minMembersPerSeat), max: int(o.maxMembersPerSeat), ratio: dec(o.ratio) }),
  ];
  if (o.sectionsWithoutSeats > 0) lines.push(t('noSeats', { n: o.sectionsWithoutSeats }));
  for (const tie of s.ties) lines.push(t('tie', { tie: say(describeTie(tie), opts.voice ?? lang) }));
  if (opts.estimated) lines.push(t('estimated'));
  return lines.join('\n') + '\n';
}

/** The seats spreadsheet: section,section_name,members,seats, one row per section (written by `decoupage seats -o`). */
export function seatsCsvText(s: Pick<SectionSeats, 'rows'>, opts: { names?: ReadonlyMap<string, string>; style?: Partial<CsvStyle> } = {}): string {
  return toCsv(
    ['section', 'section_name', 'members', 'seats'],
    s.rows.map((r) => [r.section, opts.names?.get(r.section) ?? r.section, r.members, r.seats]),
    opts.style,
  );
}
