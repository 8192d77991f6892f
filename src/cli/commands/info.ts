import type { Command } from 'commander';
import { summarizeZones, type ZoneBrief, type ZoneSummary } from '../../load/summary.js';
import type { CliContext } from '../context.js';
import { addZoneOptions, zonesFromOptions } from '../zone-options.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('info')
    .summary('check that a zone file loads, and summarize it')
    .description(
      'Load a zone file (GeoJSON) with its member counts and print a summary: number of zones, total ' +
        'members, the smallest and largest zones, whether the figures are estimates, and the properties ' +
        'of the zones (useful to choose --respect or --within). Use it to try the member options before the other commands.',
    )
    .argument('<zones>', 'the zone file (GeoJSON), e.g. zones.geojson')
    .option('--top <n>', 'how many smallest and largest zones to list', '5')
    .option('--json', 'print the summary as JSON (for scripts)');
  addZoneOptions(cmd).action((file: string, opts: Record<string, unknown>) => {
    const zones = zonesFromOptions(file, opts, { membersRequired: false });
    const top = Math.max(1, Math.floor(Number(opts.top)) || 5);
    const summary = summarizeZones(zones, top);
    ctx.stdout(opts.json ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary));
  });
}

const fmt = (n: number) => n.toLocaleString('en-US');

export function formatSummary(s: ZoneSummary): string {
  const lines: string[] = [];
  lines.push(`${s.file}: ${fmt(s.zones)} zones`);
  const noMembers = s.membersDescription === 'no member counts';
  if (noMembers) {
    lines.push('members: none given (add --members, --members-csv, --commune-members or --estimate-members)');
  } else {
    lines.push(`members: ${fmt(s.totalMembers)} in all (${s.membersDescription})`);
    lines.push(s.estimated ? 'these member figures are ESTIMATES, not real counts' : 'these member figures are counts (not estimates)');
    lines.push('', 'smallest zones:', ...table(s.smallest), '', 'largest zones:', ...table(s.largest));
  }
  lines.push('', 'properties of the zones (values: how many different ones; pick one with few for --respect / --within):');
  const w = Math.max(...s.properties.map((p) => p.name.length), 4);
  for (const p of s.properties) lines.push(`  ${p.name.padEnd(w)}  ${String(p.distinct).padStart(5)} value${p.distinct === 1 ? ' ' : 's'}, e.g. ${clip(p.example)}`);
  return lines.join('\n') + '\n';
}

function table(rows: ZoneBrief[]): string[] {
  const wi = Math.max(...rows.map((r) => r.id.length), 2);
  const wn = Math.max(...rows.map((r) => r.name.length), 4);
  const wm = Math.max(...rows.map((r) => fmt(r.members).length));
  return rows.map((r) => `  ${r.id.padEnd(wi)}  ${r.name.padEnd(wn)}  ${fmt(r.members).padStart(wm)}`);
}

function clip(s: string): string {
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
}
