import type { Tie } from './methods.js';
import type { SectionSeats } from './sections.js';

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');
const dec = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '—');
const signedPct = (n: number) => (Number.isFinite(n) ? `${n >= 0 ? '+' : ''}${n.toFixed(1)} %` : '—');

/** A plain-text table, columns right-aligned except the first. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function describeTie(t: Tie): string {
  const who = t.candidates.join(', ');
  const what = t.seats === 1 ? 'the last seat' : `the last ${t.seats} seats`;
  return t.resolvedBy
    ? `${what} tied between ${who} (equal claim ${dec(t.value, 4)}); settled by --tie-break ${t.resolvedBy}: ${t.winners.join(', ')}`
    : `${what} tied between ${who} (equal claim ${dec(t.value, 4)}); nobody chose a rule`;
}

/** The seats table printed by `decoupage seats`. */
export function formatSectionSeats(s: SectionSeats, opts: { zoneCounts?: Map<string, number>; estimated?: boolean } = {}): string {
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
    'total',
    ...(opts.zoneCounts ? [String([...opts.zoneCounts.values()].reduce((a, x) => a + x, 0))] : []),
    int(totalMembers),
    String(totalSeats),
    dec(totalSeats),
    int(s.overall.averageMembersPerSeat),
    '',
  ]);
  const header = ['section', ...(opts.zoneCounts ? ['zones'] : []), 'members', 'seats', 'quota', 'members/seat', 'vs average'];
  const o = s.overall;
  const lines = [
    `Seats: ${s.rule}.`,
    '',
    textTable(header, rows),
    '',
    `quota = the exact proportional share of the seats; "vs average" = members per seat compared with the average (${int(o.averageMembersPerSeat)}).`,
    `Malapportionment: Loosemore-Hanby index ${dec(o.loosemoreHanby)} % (share of seats that would have to move for seats to follow members exactly; 0 = perfect);`,
    `  members per seat from ${int(o.minMembersPerSeat)} to ${int(o.maxMembersPerSeat)} (ratio ${dec(o.ratio)}; 1 = perfect).`,
  ];
  if (o.sectionsWithoutSeats > 0) lines.push(`  ${o.sectionsWithoutSeats} section(s) with members elect nobody.`);
  for (const t of s.ties) lines.push(`Tie: ${describeTie(t)}.`);
  if (opts.estimated) lines.push('Member figures are ESTIMATES (see the member options), so the seats are estimates too.');
  return lines.join('\n') + '\n';
}
