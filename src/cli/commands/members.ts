import type { Command } from 'commander';
import { basename } from 'node:path';
import { InputError } from '../../core/index.js';
import { numberFormat, type Lang } from '../../core/index.js';
import { writeFilesAtomic, type OutputFile } from '../../io/index.js';
import { readRegisterCsv } from '../../io/index.js';
import { readCommuneTable } from '../../load/index.js';
import { communeMembersCsv, formatRegisterSummary, MEMBERS_LABELS, unmatchedCsv, zoneMembersCsv } from '../../members/index.js';
import { matchRegister, registerColumns, registerToZones } from '../../members/index.js';
import { labelsFor } from '../../core/index.js';
import type { CliContext } from '../context.js';
import { langOption } from '../lang-option.js';
import { said, say } from '../../messages/index.js';
import { rate } from '../parse.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('members')
    .summary('count members per commune and per zone from a member register (postal code, town)')
    .description(
      'Read a member register exported from a spreadsheet or a member database (CSV, "," or ";", UTF-8 or ' +
        "French Excel's Windows-1252), one line per member or a count per line, and write the members per zone " +
        '(with --commune-table) or per commune, in the code,members form every command reads.\n\n' +
        'Each line is matched to its commune by its INSEE code (--insee-col), else by its postal code when the code ' +
        'serves one commune, else by its town name (spelled as on envelopes: ST/SAINT, CEDEX, no accents; CEDEX and ' +
        'wrong codes are looked up in the département), else by a locality named in its street, and only then shared ' +
        'among the communes of the postal code in proportion to their population (marked as estimated). Paris, Lyon ' +
        'and Marseille are counted per arrondissement; former communes go to the commune they merged into. ' +
        'Tables: npm packages codes-postaux (Base Adresse Nationale) and @etalab/decoupage-administratif.\n\n' +
        'Only counts are printed and written, never a line, a name or an address of the register. Columns are found ' +
        'by their header (French or English: code postal/CP/postcode, ville/commune/town, adresse/street, ' +
        'nombre/count, code INSEE, pays/country) or named with the options.',
    )
    .argument('<register.csv>', 'the member register (CSV)')
    .requiredOption('-o, --output <members.csv>', 'members per zone (with --commune-table) or per commune: code,members,…')
    .option('--commune-table <file.csv>', "INSEE's commune → zone table (CODGEO, ZE2020): -o then holds members per zone")
    .option('--communes-out <communes.csv>', 'with --commune-table: also write the members per commune (arrondissements of Paris, Lyon, Marseille apart)')
    .option('--unmatched <unmatched.csv>', 'write the unmatched lines, grouped by reason, postal code and town, with their counts')
    .option(
      '--max-unmatched <share>',
      'stop (exit 1, -o not written) when more than this share of the lines or members is not matched (default 0.5%)',
      rate('--max-unmatched'),
    )
    .option('--postcode-col <name>', 'the postal code column (default: code postal, CP, postcode…)')
    .option('--town-col <name>', 'the town column (default: ville, commune, localité, town, city…)')
    .option('--street-col <name>', 'the street column, used when a postal code and town leave several communes')
    .option('--count-col <name>', 'a column of member counts, when each line counts several members (default: one member per line)')
    .option('--insee-col <name>', 'a column of INSEE commune codes, when the register has them (used before the postal code)')
    .option('--country-col <name>', 'the country column: lines outside France are counted apart (default: pays, country)')
    .addOption(langOption('the printed summary and of --unmatched'))
    .action((file: string, opts: Record<string, unknown>) => {
      const lang = opts.lang as Lang;
      const t = labelsFor(MEMBERS_LABELS, lang);
      const str = (k: string) => (opts[k] === undefined ? undefined : String(opts[k]));
      if (opts.communesOut !== undefined && opts.communeTable === undefined) {
        throw new InputError('--communes-out needs --commune-table (without it, -o already holds the members per commune)', { field: 'communes-out' });
      }
      const maxUnmatched = opts.maxUnmatched === undefined ? 0.005 : (opts.maxUnmatched as number);
      const table = opts.communeTable === undefined ? undefined : readCommuneTable(String(opts.communeTable));
      const csv = readRegisterCsv(file);
      const columns = registerColumns(
        csv.columns,
        { postcode: str('postcodeCol'), town: str('townCol'), street: str('streetCol'), count: str('countCol'), insee: str('inseeCol'), country: str('countryCol') },
        file,
      );
      const result = matchRegister(csv.rows, columns, { unreadableLines: csv.unreadable.length });
      const zones = table ? registerToZones(result.communes, table) : undefined;
      const tableName = opts.communeTable === undefined ? undefined : basename(String(opts.communeTable));
      ctx.stdout(formatRegisterSummary(result, { file: basename(file), lang, zones, table: tableName, encoding: csv.encoding }));

      const lost = result.members.unmatched + (zones?.unknown.reduce((s, c) => s + c.members, 0) ?? 0);
      const lostLines = result.lines.unmatched;
      const worst = Math.max(result.members.total ? lost / result.members.total : 0, result.lines.total ? lostLines / result.lines.total : 0);
      const output = String(opts.output);
      const files: OutputFile[] = [];
      const tooMany = worst > maxUnmatched;
      if (!tooMany) {
        files.push({ path: output, data: zones && table ? zoneMembersCsv(zones, [...new Set(table.values())]) : communeMembersCsv(result.communes) });
        if (opts.communesOut !== undefined) files.push({ path: String(opts.communesOut), data: communeMembersCsv(result.communes) });
      }
      if (opts.unmatched !== undefined) files.push({ path: String(opts.unmatched), data: unmatchedCsv(result, zones, lang) });
      writeFilesAtomic(files);
      const nf = numberFormat(lang);
      if (opts.unmatched !== undefined) {
        ctx.stdout(t('wroteUnmatched', { file: String(opts.unmatched), n: nf.int(result.unmatched.length + (zones?.unknown.length ?? 0)) }) + '\n');
      }
      if (tooMany) {
        ctx.stderr(say(said('error.error', { message: t('tooMany', { share: nf.pct(worst, 2), max: nf.pct(maxUnmatched, 2), file: output }) }), lang) + '\n');
        ctx.exitCode = 1;
        return;
      }
      const n = zones && table ? new Set([...table.values(), ...zones.zones.keys()]).size : result.communes.length;
      ctx.stdout(t('wrote', { file: output, n: nf.int(n), what: zones ? 'zones' : 'communes' }) + '\n');
      if (opts.communesOut !== undefined) ctx.stdout(t('wrote', { file: String(opts.communesOut), n: nf.int(result.communes.length), what: 'communes' }) + '\n');
      ctx.stdout(t(zones ? 'next' : 'nextCommunes', { file: output }) + '\n');
    });
}
