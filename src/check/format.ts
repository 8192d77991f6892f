import type { CheckReport, SectionVerdict } from './types.js';

const fmt = (n: number) => n.toLocaleString('en-US');
const MAX_LISTED = 12;

/** "COMPLIANT" or "NOT COMPLIANT: 2 rules broken". */
export function verdictLine(report: CheckReport): string {
  const n = report.totals.brokenRules;
  return report.ok ? 'COMPLIANT' : `NOT COMPLIANT: ${n} rule${n > 1 ? 's' : ''} broken`;
}

/**
 * Plain-text verdict for a terminal: ✔/✘ per rule (with every failure), then per section, then any
 * hints (e.g. how to link islands), and last the summary line.
 */
export function formatCheckText(report: CheckReport, hints: string[] = []): string {
  const out: string[] = [];
  out.push(`Rules: ${report.rulesText}`);
  if (report.membersNote) out.push(`Note: member figures are estimates (${report.membersNote}).`);
  out.push('', 'Rules');
  for (const r of report.rules) {
    out.push(`  ${r.ok ? '✔' : '✘'} ${r.label}: ${r.message}`);
    for (const f of r.failures.slice(0, MAX_LISTED)) out.push(`      - ${f.message}`);
    if (r.failures.length > MAX_LISTED) out.push(`      - … and ${r.failures.length - MAX_LISTED} more (see --json)`);
  }
  out.push('', `Sections (${report.sections.length})`);
  const rows = report.sections.map((s) => [
    s.ok ? '✔' : '✘',
    s.id,
    s.name === s.id ? '' : s.name,
    `${s.zones.length} zone${s.zones.length > 1 ? 's' : ''}`,
    `${fmt(s.members)} members`,
    `${s.seats} seat${s.seats === 1 ? '' : 's'}`,
  ]);
  const widths = rows.reduce((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, [...c].length)), [] as number[]);
  report.sections.forEach((s, k) => {
    const cells = rows[k].map((c, i) => (i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])));
    let line = `  ${cells.join('  ')}`;
    if (s.problems.length) line += `  ← ${s.problems.join('; ')}`;
    out.push(line.trimEnd());
    if (s.crossed.length) out.push(`      crosses ${report.respect}: ${s.crossed.join(', ')}`);
  });
  if (report.respect) {
    out.push('', `Boundaries of "${report.respect}": ${report.totals.crossingSections} of ${report.sections.length} sections cross them (informative, not a rule).`);
  }
  if (hints.length) out.push('', ...hints.map((h) => `hint: ${h}`));
  out.push('', verdictLine(report));
  return out.join('\n') + '\n';
}

/** Markdown verdict (for a committee's minutes or a pull request): rule table, section table, summary. */
export function formatCheckMarkdown(report: CheckReport): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out: string[] = [];
  out.push(`## Plan check: ${verdictLine(report)}`, '');
  out.push(`Rules: ${esc(report.rulesText)}`, '');
  if (report.membersNote) out.push(`> Member figures are estimates: ${esc(report.membersNote)}.`, '');
  out.push('| | Rule | Verdict |', '|---|---|---|');
  for (const r of report.rules) out.push(`| ${r.ok ? '✔' : '✘'} | ${esc(r.label)} | ${esc(r.message)} |`);
  const failures = report.rules.flatMap((r) => r.failures);
  if (failures.length) {
    out.push('', '### Problems', '');
    for (const f of failures) out.push(`- ${esc(f.message)}`);
  }
  out.push('', `### Sections (${report.sections.length})`, '');
  const crossCol = report.respect ? ` Crosses ${esc(report.respect)} |` : '';
  out.push(`| | Section | Name | Zones | Members | Seats | Contiguous |${crossCol} Problems |`);
  out.push(`|---|---|---|---|---:|---:|---|${report.respect ? '---|' : ''}---|`);
  for (const s of report.sections) out.push(sectionRow(s, esc, Boolean(report.respect)));
  out.push('', `**${verdictLine(report)}**`, '');
  return out.join('\n');
}

function sectionRow(s: SectionVerdict, esc: (s: string) => string, respect: boolean): string {
  const zones = s.zones.length > 8 ? `${s.zones.slice(0, 8).join(', ')}, … (${s.zones.length})` : s.zones.join(', ');
  const cells = [s.ok ? '✔' : '✘', esc(s.id), esc(s.name), esc(zones), fmt(s.members), String(s.seats), s.contiguous ? 'yes' : `no (${s.pieces?.length} pieces)`];
  if (respect) cells.push(esc(s.crossed.join(', ')));
  cells.push(esc(s.problems.join('; ')));
  return `| ${cells.join(' | ')} |`;
}
