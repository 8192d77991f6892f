import type { Command } from 'commander';
import { writeOutputs } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { membersCsvText } from '../../load/index.js';
import { formatSummary, summarizeZones } from '../../load/index.js';
import { addCsvOption, csvStyleFrom } from '../csv-options.js';
import type { CliContext } from '../context.js';
import { langOption } from '../lang-option.js';
import { wholeNumber } from '../parse.js';
import type { Lang } from '../../core/index.js';
import { count, said, say } from '../../messages/index.js';
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
    .option('--top <n>', 'how many smallest and largest zones to list', wholeNumber('--top', 1), 5)
    .option('--json', 'print the summary as JSON (for scripts)')
    .option(
      '--members-out <members.csv>',
      'write the member count of every zone (code,name,members,members_estimated) to open in a spreadsheet, ' +
        'and to give the other commands with --members-csv instead of repeating the estimate options',
    )
    .addOption(langOption('the printed summary', '--json stays the same; the CSV uses ";" and decimal commas in French'));
  addCsvOption(cmd);
  declareOutputs(cmd, { membersOut: '--members-out' });
  addZoneOptions(cmd).action(async (file: string, opts: Record<string, unknown>) => {
    const zones = zonesFromOptions(file, opts, { membersRequired: false });
    const summary = summarizeZones(zones, opts.top as number);
    if (opts.membersOut !== undefined) await writeOutputs([{ path: String(opts.membersOut), data: membersCsvText(zones, csvStyleFrom(opts)), option: '--members-out' }]);
    const voice = { ...ctx.voice, lang: opts.lang as Lang };
    ctx.stdout(opts.json ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary, voice.lang));
    if (opts.membersOut !== undefined) ctx.stdout(say(said('output.info.wroteMembers', { file: String(opts.membersOut), n: count(zones.zones.length) }), voice) + '\n');
  });
}
