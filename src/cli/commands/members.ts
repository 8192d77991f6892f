import type { Command } from 'commander';
import { basename } from 'node:path';
import { InputError, numberFormat, labelsFor } from '../../core/index.js';
import { writeFilesAtomic, type OutputFile, readRegisterCsv } from '../../io/index.js';
import { readCommuneTable } from '../../load/index.js';
import { communeMembersCsv, formatRegisterSummary, MEMBERS_LABELS, unmatchedCsv, zoneMembersCsv, matchRegister, registerColumns, registerToZones } from '../../members/index.js';
import type { CliContext } from '../context.js';
import { say, said } from '../../messages/index.js';
import { sayer } from '../voice.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { flagKeys } from '../flags.js';
import { rate } from '../parse.js';

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
    .option('--max-unmatched <share>', h(said('help.members.maxUnmatched')), rate('--max-unmatched'))
    .option('--postcode-col <name>', h(said('help.members.postcodeCol')))
    .option('--town-col <name>', h(said('help.members.townCol')))
    .option('--street-col <name>', h(said('help.members.streetCol')))
    .option('--count-col <name>', h(said('help.members.countCol')))
    .option('--insee-col <name>', h(said('help.members.inseeCol')))
    .option('--country-col <name>', h(said('help.members.countryCol')))
    .addOption(langOption(voice, said('help.members.lang')))
    .action((file: string, opts: MembersFlags) => {
      const lang = opts.lang;
      const t = labelsFor(MEMBERS_LABELS, lang);
      if (opts.communesOut !== undefined && opts.communeTable === undefined) {
        throw new InputError(said('cli.members.communesOutNeedsTable'), { field: 'communes-out' });
      }
      const maxUnmatched = opts.maxUnmatched ?? 0.005;
      const table = opts.communeTable === undefined ? undefined : readCommuneTable(opts.communeTable);
      const csv = readRegisterCsv(file);
      const columns = registerColumns(
        csv.columns,
        { postcode: opts.postcodeCol, town: opts.townCol, street: opts.streetCol, count: opts.countCol, insee: opts.inseeCol, country: opts.countryCol },
        file,
      );
      const result = matchRegister(csv.rows, columns, { unreadableLines: csv.unreadable.length });
      const zones = table ? registerToZones(result.communes, table) : undefined;
      const tableName = opts.communeTable === undefined ? undefined : basename(opts.communeTable);
      ctx.stdout(formatRegisterSummary(result, { file: basename(file), lang, zones, table: tableName, encoding: csv.encoding }));

      const lost = result.members.unmatched + (zones?.unknown.reduce((s, c) => s + c.members, 0) ?? 0);
      const lostLines = result.lines.unmatched;
      const worst = Math.max(result.members.total ? lost / result.members.total : 0, result.lines.total ? lostLines / result.lines.total : 0);
      const output = opts.output;
      const files: OutputFile[] = [];
      const tooMany = worst > maxUnmatched;
      if (!tooMany) {
        files.push({ path: output, data: zones && table ? zoneMembersCsv(zones, [...new Set(table.values())]) : communeMembersCsv(result.communes) });
        if (opts.communesOut !== undefined) files.push({ path: opts.communesOut, data: communeMembersCsv(result.communes) });
      }
      if (opts.unmatched !== undefined) files.push({ path: opts.unmatched, data: unmatchedCsv(result, zones, lang) });
      writeFilesAtomic(files);
      const nf = numberFormat(lang);
      if (opts.unmatched !== undefined) {
        ctx.stdout(t('wroteUnmatched', { file: opts.unmatched, n: nf.int(result.unmatched.length + (zones?.unknown.length ?? 0)) }) + '\n');
      }
      if (tooMany) {
        ctx.stderr(say(said('error.error', { message: t('tooMany', { share: nf.pct(worst, 2), max: nf.pct(maxUnmatched, 2), file: output }) }), voice) + '\n');
        ctx.exitCode = 1;
        return;
      }
      const n = zones && table ? new Set([...table.values(), ...zones.zones.keys()]).size : result.communes.length;
      ctx.stdout(t('wrote', { file: output, n: nf.int(n), what: zones ? 'zones' : 'communes' }) + '\n');
      if (opts.communesOut !== undefined) ctx.stdout(t('wrote', { file: opts.communesOut, n: nf.int(result.communes.length), what: 'communes' }) + '\n');
      ctx.stdout(t(zones ? 'next' : 'nextCommunes', { file: output }) + '\n');
    });
}
