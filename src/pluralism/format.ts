import { textNumbers, textTable } from '../apportion/format.js';
import { formatCount as intEn, labelsFor, numberFormat, type Lang } from '../core/i18n.js';
import { said, say } from '../messages/index.js';
import { seatRuleIn } from '../apportion/format.js';
import type { PlanComparison, PluralismReport } from './plan.js';
import type { ListMethod } from './thresholds.js';
import { methodNameIn } from '../messages/methods.js';
import type { VoteScenario } from './votes.js';
import { toCsv, type CsvStyle } from '../io/csv.js';
import { PLURALISM_LABELS } from '../messages/pluralism.js';

const pctEn = (x: number, d = 1) => (Number.isFinite(x) ? `${(100 * x).toFixed(d)} %` : '—');

export { PLURALISM_LABELS };

/** Percent and decimal numbers of the pluralism outputs in a language (English as they always were). */
function numbers(lang: Lang) {
  if (lang === 'en') return { pct: pctEn, int: intEn, dec: (n: number, d = 2) => n.toFixed(d) };
  const nf = numberFormat(lang);
  return {
    pct: (x: number, d = 1) => (Number.isFinite(x) ? nf.pct(x, d) : '—'),
    int: textNumbers(lang).int,
    dec: (n: number, d = 2) => nf.dec(n, d),
  };
}

/** The list-vote method in words. */
export function listMethodIn(method: ListMethod, lang: Lang = 'en'): string {
  return methodNameIn(method, 'list', lang);
}

/** Where the vote figures come from, in a language (a description given by code as words is kept as it is). */
export function scenarioIn(s: Pick<VoteScenario, 'description' | 'isDefault'>, lang: Lang = 'en'): string {
  return say(s.description, lang);
}

/** The text printed by `decoupage pluralism` for one plan. */
export function formatPluralism(r: PluralismReport, opts: { estimated?: boolean; title?: string; lang?: Lang } = {}): string {
  const lang = opts.lang ?? 'en';
  const t = labelsFor(PLURALISM_LABELS, lang);
  const { pct, int, dec } = numbers(lang);
  const lines: string[] = [];
  if (opts.title) lines.push(opts.title, '');
  lines.push(t('scenario', { description: scenarioIn(r.scenario, lang) }));
  if (r.scenario.isDefault) lines.push(t('illustration'));
  lines.push(t('overall', { shares: r.lists.map((l) => `${l} ${pct(r.votes[l])}`).join(', ') }));
  if (r.seatRule) lines.push(t('seatsPerSection', { rule: seatRuleIn(r.seatRule, lang) }));
  lines.push(t('seatsInside', { method: listMethodIn(r.method, lang) }), '');
  const header = [t('section'), t('members'), t('seats'), ...r.lists, t('lists'), t('wasted'), t('sureSeat'), t('effThreshold')];
  const rows = r.sections.map((s) => [
    s.section,
    int(s.members),
    String(s.seats),
    ...r.lists.map((l) => String(s.seatsByList[l])),
    String(s.listsRepresented),
    pct(s.wastedShare),
    s.seats > 0 ? `> ${pct(s.thresholds.exclusion)}` : '—',
    s.seats > 0 ? pct(s.thresholds.effective) : '—',
  ]);
  const tt = r.totals;
  rows.push([
    t('total'),
    int(r.sections.reduce((a, s) => a + s.members, 0)),
    String(tt.seats),
    ...r.lists.map((l) => String(tt.seatsByList[l])),
    String(tt.listsRepresented),
    pct(tt.wastedShare),
    '',
    '',
  ]);
  lines.push(textTable(header, rows), '');
  lines.push(
    t('sureNote'),
    t('effNote'),
    '',
    t('multiList', { n: tt.multiListSections, total: r.sections.length }),
    t('represented', { n: tt.listsRepresented, total: r.lists.length }),
    t('wastedLine', { v: pct(tt.wastedShare) }),
    t('gallagherLine', { v: dec(tt.gallagher, 2) }),
    t('enpLine', { votes: dec(tt.effectiveListsByVotes, 2), seats: dec(tt.effectiveListsBySeats, 2) }),
  );
  const tieText = (open: boolean) =>
    r.sections.flatMap((s) =>
      s.ties
        .filter((tie) => !tie.resolvedBy === open)
        .map((tie) => t('tieIn', { section: s.section, candidates: tie.candidates.join(', '), winners: tie.winners.join(', ') })),
    );
  const settled = tieText(false);
  const sep = say(said('output.listSep'), lang);
  if (settled.length) lines.push(t('ties', { list: settled.join(sep) }));
  const open = tieText(true);
  if (open.length) lines.push(t('openTies', { list: open.join(sep) }));
  if (r.simulation) {
    const sim = r.simulation;
    lines.push('', t('simulation', { draws: sim.draws, c: sim.concentration, seed: sim.seed }), t('probability'), '');
    const simRows = r.sections.map((s) => [s.section, ...r.lists.map((l) => pct(sim.bySection[s.section][l], 0))]);
    simRows.push([t('anywhere'), ...r.lists.map((l) => pct(sim.overall[l], 0))]);
    lines.push(textTable([t('section'), ...r.lists], simRows), '');
    lines.push(t('simMean', { lists: dec(sim.meanListsRepresented, 2), sections: dec(sim.meanMultiListSections, 2) }));
  }
  if (opts.estimated) lines.push('', t('estimated'));
  return lines.join('\n') + '\n';
}

/** Side-by-side comparison of plans under the same scenario (printed by pluralism --compare and by the demo). */
export function formatComparison(c: PlanComparison, opts: { lang?: Lang } = {}): string {
  const lang = opts.lang ?? 'en';
  const t = labelsFor(PLURALISM_LABELS, lang);
  const { pct, dec } = numbers(lang);
  const p = c.plans;
  const row = (label: string, f: (x: PlanComparison['plans'][number]) => string) => [label, ...p.map(f)];
  const table = textTable(
    ['', ...p.map((x) => x.label)],
    [
      row(t('cmpSections'), (x) => String(x.sections)),
      row(t('cmpSeats'), (x) => String(x.seats)),
      row(t('cmpMulti'), (x) => t('of', { n: x.multiListSections, total: x.sections })),
      row(t('cmpRepresented'), (x) => t('of', { n: x.listsRepresented, total: c.scenario.lists.length })),
      row(t('cmpWasted'), (x) => pct(x.wastedShare)),
      row(t('cmpGallagher'), (x) => dec(x.gallagher, 2)),
      row(t('cmpEnp'), (x) => dec(x.effectiveListsBySeats, 2)),
    ],
  );
  return [t('cmpTitle', { scenario: scenarioIn(c.scenario, lang), method: listMethodIn(c.method, lang) }), '', table, ''].join('\n');
}

/**
 * The per-list spreadsheet of `decoupage pluralism -o`: one row per plan and section with its members,
 * seats, the seats of each list (seats_<list>), the lists represented, the wasted votes and the thresholds.
 */
export function pluralismCsvText(
  c: PlanComparison,
  opts: { names?: (plan: string, section: string) => string | undefined; style?: Partial<CsvStyle> } = {},
): string {
  const lists = c.scenario.lists;
  const r4 = (x: number) => Number(x.toFixed(4));
  const rows = c.plans.flatMap((p) =>
    p.report.sections.map((s) => [
      p.label,
      s.section,
      opts.names?.(p.label, s.section) ?? s.section,
      s.members,
      s.seats,
      ...lists.map((l) => s.seatsByList[l]),
      s.listsRepresented,
      r4(s.wastedShare),
      r4(s.thresholds.exclusion),
      r4(s.thresholds.representation),
      r4(s.thresholds.effective),
    ]),
  );
  return toCsv(
    [
      'plan',
      'section',
      'section_name',
      'members',
      'seats',
      ...lists.map((l) => `seats_${l}`),
      'lists_represented',
      'wasted_share',
      'threshold_exclusion',
      'threshold_representation',
      'threshold_effective',
    ],
    rows,
    opts.style,
  );
}
