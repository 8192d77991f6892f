import { textTable } from '../apportion/format.js';
import type { PlanComparison, PluralismReport } from './plan.js';
import { LIST_METHOD_LABELS } from './thresholds.js';

const pct = (x: number, d = 1) => (Number.isFinite(x) ? `${(100 * x).toFixed(d)} %` : '—');
const int = (n: number) => Math.round(n).toLocaleString('en-US');

/** The text printed by `decoupage pluralism` for one plan. */
export function formatPluralism(r: PluralismReport, opts: { estimated?: boolean; title?: string } = {}): string {
  const lines: string[] = [];
  if (opts.title) lines.push(opts.title, '');
  lines.push(`Vote scenario: ${r.scenario.description}.`);
  if (r.scenario.isDefault) lines.push('  (This is an illustration, not a forecast: give real figures with --votes votes.csv.)');
  lines.push(`Overall vote shares: ${r.lists.map((l) => `${l} ${pct(r.votes[l])}`).join(', ')}.`);
  if (r.seatRule) lines.push(`Seats per section: ${r.seatRule.rule}.`);
  lines.push(`Seats inside each section: ${LIST_METHOD_LABELS[r.method]}.`, '');
  const header = ['section', 'members', 'seats', ...r.lists, 'lists', 'wasted', 'sure seat', 'eff. threshold'];
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
  const t = r.totals;
  rows.push(['total', int(r.sections.reduce((a, s) => a + s.members, 0)), String(t.seats), ...r.lists.map((l) => String(t.seatsByList[l])), String(t.listsRepresented), pct(t.wastedShare), '', '']);
  lines.push(textTable(header, rows), '');
  lines.push(
    '"sure seat": a list above this share of the section\'s votes is sure to win a seat (threshold of exclusion);',
    '"eff. threshold": the share at which lists typically start winning seats (Taagepera: 75 % / (seats + 1)).',
    '',
    `Sections electing more than one list: ${t.multiListSections} of ${r.sections.length}.`,
    `Lists represented: ${t.listsRepresented} of ${r.lists.length}.`,
    `Votes that elected nobody (wasted): ${pct(t.wastedShare)}.`,
    `Gallagher disproportionality index: ${t.gallagher.toFixed(2)} (0 = seats exactly proportional to votes).`,
    `Effective number of lists: ${t.effectiveListsByVotes.toFixed(2)} by votes, ${t.effectiveListsBySeats.toFixed(2)} by seats (Laakso-Taagepera).`,
  );
  const ties = r.sections.flatMap((s) => s.ties.map((tie) => `${s.section}: ${tie.candidates.join(', ')} → ${tie.winners.join(', ')}`));
  if (ties.length) {
    lines.push(`Equal averages inside sections, settled by the French rule (the list with more votes wins the seat; art. L. 262 / L. 338 of the Code électoral): ${ties.join('; ')}.`);
  }
  if (r.simulation) {
    const sim = r.simulation;
    lines.push(
      '',
      `Simulation: ${sim.draws} draws around the scenario (Dirichlet, concentration ${sim.concentration}, seed ${sim.seed}).`,
      'Probability that each list wins at least one seat:',
      '',
    );
    const simRows = r.sections.map((s) => [s.section, ...r.lists.map((l) => pct(sim.bySection[s.section][l], 0))]);
    simRows.push(['anywhere', ...r.lists.map((l) => pct(sim.overall[l], 0))]);
    lines.push(textTable(['section', ...r.lists], simRows), '');
    lines.push(`On average ${sim.meanListsRepresented.toFixed(2)} lists represented and ${sim.meanMultiListSections.toFixed(2)} sections electing more than one list.`);
  }
  if (opts.estimated) lines.push('', 'Member figures are ESTIMATES, so seats and outcomes are estimates too.');
  return lines.join('\n') + '\n';
}

/** Side-by-side comparison of plans under the same scenario (printed by pluralism --compare and by the demo). */
export function formatComparison(c: PlanComparison): string {
  const p = c.plans;
  const row = (label: string, f: (x: PlanComparison['plans'][number]) => string) => [label, ...p.map(f)];
  const table = textTable(
    ['', ...p.map((x) => x.label)],
    [
      row('sections', (x) => String(x.sections)),
      row('seats', (x) => String(x.seats)),
      row('sections electing more than one list', (x) => `${x.multiListSections} of ${x.sections}`),
      row('lists represented', (x) => `${x.listsRepresented} of ${c.scenario.lists.length}`),
      row('votes that elected nobody', (x) => pct(x.wastedShare)),
      row('Gallagher index', (x) => x.gallagher.toFixed(2)),
      row('effective number of lists (seats)', (x) => x.effectiveListsBySeats.toFixed(2)),
    ],
  );
  return [
    `Pluralism compared (${c.scenario.description}; seats inside sections by ${LIST_METHOD_LABELS[c.method]}):`,
    '',
    table,
    '',
  ].join('\n');
}
