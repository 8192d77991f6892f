import type { Command } from 'commander';
import { writeOutputs } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { membersCsvText, formatSummary, summarizeZones } from '../../load/index.js';
import { addCsvOption, csvStyleFrom } from '../csv-options.js';
import type { CliContext } from '../context.js';
import { said, count, say } from '../../messages/index.js';
import { langOption } from '../lang-option.js';
import { sayer } from '../voice.js';
import { wholeNumber } from '../parse.js';
import type { Lang } from '../../core/index.js';
import { addZoneOptions, zonesFromOptions } from '../zone-options.js';

export function register(program: Command, ctx: CliContext): void {
  const voice = ctx.voice;
  const h = sayer(voice);
  const cmd = program
    .command('info')
    .summary(h(said('help.info.summary')))
    .description(h(said('help.info.description')))
    .argument('<zones>', h(said('help.arg.zonesExample')))
    .option('--top <n>', h(said('help.info.top')), wholeNumber('--top', 1), 5)
    .option('--json', h(said('help.info.json')))
    .option('--members-out <members.csv>', h(said('help.info.membersOut')))
    .addOption(langOption(voice, said('help.lang.printedSummary')));
  addCsvOption(cmd, voice);
  declareOutputs(cmd, { membersOut: '--members-out' });
  addZoneOptions(cmd, voice).action(async (file: string, opts: Record<string, unknown>) => {
    const zones = zonesFromOptions(file, opts, { membersRequired: false });
    const voice = { ...ctx.voice, lang: opts.lang as Lang };
    // --json is for scripts: its member source stays in English
    const summary = summarizeZones(zones, opts.top as number, opts.json ? 'en' : voice.lang);
    if (opts.membersOut !== undefined) await writeOutputs([{ path: String(opts.membersOut), data: membersCsvText(zones, csvStyleFrom(opts)), option: '--members-out' }]);
    ctx.stdout(opts.json ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary, voice.lang));
    if (opts.membersOut !== undefined) ctx.stdout(say(said('output.info.wroteMembers', { file: String(opts.membersOut), n: count(zones.zones.length) }), voice) + '\n');
  });
}
