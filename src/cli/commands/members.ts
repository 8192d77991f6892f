import type { Command } from 'commander';
import { InputError } from '../../core/index.js';
import { runMembers } from '../../jobs/index.js';
import type { CliContext } from '../context.js';
import { said } from '../../messages/index.js';
import { sayer } from '../voice.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { flagKeys } from '../flags.js';
import { share } from '../parse.js';

interface MembersOwnFlags {
  output: string;
  communeTable?: string;
  communesOut?: string;
  unmatched?: string;
  maxUnmatched?: number;
  postcodeCol?: string;
  townCol?: string;
  streetCol?: string;
  countCol?: string;
  inseeCol?: string;
  countryCol?: string;
}

export type MembersFlags = MembersOwnFlags & LangFlag;

export const MEMBERS_FLAGS = [
  ...flagKeys<MembersOwnFlags>({
    output: true,
    communeTable: true,
    communesOut: true,
    unmatched: true,
    maxUnmatched: true,
    postcodeCol: true,
    townCol: true,
    streetCol: true,
    countCol: true,
    inseeCol: true,
    countryCol: true,
  }),
  ...LANG_FLAG,
];

export function register(program: Command, ctx: CliContext): void {
  const voice = ctx.voice;
  const h = sayer(voice);
  program
    .command('members')
    .summary(h(said('help.members.summary')))
    .description(h(said('help.members.description')))
    .argument('<register.csv>', h(said('help.members.register')))
    .requiredOption('-o, --output <members.csv>', h(said('help.members.output')))
    .option('--commune-table <file.csv>', h(said('help.members.communeTable')))
    .option('--communes-out <communes.csv>', h(said('help.members.communesOut')))
    .option('--unmatched <unmatched.csv>', h(said('help.members.unmatched')))
    .option('--max-unmatched <share>', h(said('help.members.maxUnmatched')), share('--max-unmatched'))
    .option('--postcode-col <name>', h(said('help.members.postcodeCol')))
    .option('--town-col <name>', h(said('help.members.townCol')))
    .option('--street-col <name>', h(said('help.members.streetCol')))
    .option('--count-col <name>', h(said('help.members.countCol')))
    .option('--insee-col <name>', h(said('help.members.inseeCol')))
    .option('--country-col <name>', h(said('help.members.countryCol')))
    .addOption(langOption(voice, said('help.members.lang')))
    .action((file: string, opts: MembersFlags) => {
      if (opts.communesOut !== undefined && opts.communeTable === undefined) {
        throw new InputError(said('cli.members.communesOutNeedsTable'), { field: 'communes-out' });
      }
      const ok = runMembers({
        register: file,
        columns: {
          postcode: opts.postcodeCol,
          town: opts.townCol,
          street: opts.streetCol,
          count: opts.countCol,
          insee: opts.inseeCol,
          country: opts.countryCol,
        },
        communeTable: opts.communeTable,
        outputs: { members: opts.output, communes: opts.communesOut, unmatched: opts.unmatched },
        maxUnmatched: opts.maxUnmatched ?? 0.005,
        lang: opts.lang,
        voice,
        out: (text: string) => ctx.stdout(text),
        err: (text: string) => ctx.stderr(text),
      });
      if (!ok) ctx.exitCode = 1;
    });
}
