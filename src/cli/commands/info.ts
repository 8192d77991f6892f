import type { Command } from 'commander';
import { writeOutputs } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { membersCsvText, formatSummary, summarizeZones } from '../../load/index.js';
import { addCsvOption, CSV_FLAGS, csvStyleFrom, type CsvFlags } from '../csv-options.js';
import { flagKeys } from '../flags.js';
import type { CliContext } from '../context.js';
import { said, count, say } from '../../messages/index.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { sayer } from '../voice.js';
import { wholeNumber } from '../parse.js';
import { addZoneOptions, ZONE_FLAGS, zonesFromOptions, type ZoneFlags } from '../zone-options.js';

interface InfoOwnFlags {
  top: number;
  json?: true;
  membersOut?: string;
}

export type InfoFlags = InfoOwnFlags & LangFlag & CsvFlags & ZoneFlags;

export const INFO_FLAGS = [...flagKeys<InfoOwnFlags>({ top: true, json: true, membersOut: true }), ...LANG_FLAG, ...CSV_FLAGS, ...ZONE_FLAGS];

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
  addZoneOptions(cmd, voice).action(async (file: string, opts: InfoFlags) => {
    const zones = zonesFromOptions(file, opts, { membersRequired: false });
    const voice = { ...ctx.voice, lang: opts.lang };
    // --json is for scripts: its member source stays in English
    const summary = summarizeZones(zones, opts.top, opts.json ? 'en' : voice.lang);
    if (opts.membersOut !== undefined)
      await writeOutputs([{ path: opts.membersOut, data: membersCsvText(zones, csvStyleFrom(opts)), option: '--members-out' }]);
    ctx.stdout(opts.json ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary, voice.lang));
    if (opts.membersOut !== undefined) ctx.stdout(say(said('output.info.wroteMembers', { file: opts.membersOut, n: count(zones.zones.length) }), voice) + '\n');
  });
}
