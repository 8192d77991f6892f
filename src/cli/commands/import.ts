import { Argument, type Command } from 'commander';
import { runImportChomage, runImportInseeZones } from '../../jobs/index.js';
import { DEFAULT_QUARTERS } from '../../load/index.js';
import { InputError } from '../../core/index.js';
import { importInseeZones, KNOWN_CRS, readUnitPopulation, ADMIN_EXPRESS_URL, importAdminExpress, readCommuneTable, valuesFromTable } from '../../load/index.js';
import { DEFAULT_MAX_UNZIPPED_MB, readCsv } from '../../io/index.js';
import { positiveNumber } from '../parse.js';
import type { CliContext } from '../context.js';
import { count, said, say, type Said } from '../../messages/index.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { flagKeys } from '../flags.js';
import { sayer } from '../voice.js';
import { declareOutputs } from '../outputs.js';
import { isGpkgPath } from '../../io/index.js';
import { addToCrsOption, checkToCrs, TO_CRS_FLAGS, type ToCrsFlags } from '../gpkg-options.js';

interface ImportOwnFlags {
  output: string;
  communeTable?: string;
  communePopulation?: string;
  fromCrs?: string;
  maxUnzipped?: number;
  region?: string[];
  departements?: string;
  members?: string;
  quarters?: string;
}

export type ImportFlags = ImportOwnFlags & ToCrsFlags & LangFlag;

export const IMPORT_FLAGS = [
  ...flagKeys<ImportOwnFlags>({
    output: true,
    communeTable: true,
    communePopulation: true,
    fromCrs: true,
    maxUnzipped: true,
    region: true,
    departements: true,
    members: true,
    quarters: true,
  }),
  ...TO_CRS_FLAGS,
  ...LANG_FLAG,
];

async function importAdminExpressCommand(file: string, opts: ImportFlags, ctx: CliContext): Promise<void> {
  if (opts.communeTable === undefined) {
    throw new InputError(said('cli.import.needsCommuneTable'), { field: 'commune-table', hint: said('cli.import.needsCommuneTable.hint') });
  }
  if (opts.communePopulation !== undefined) throw new InputError(said('cli.import.communePopulationIsForInsee'), { field: 'commune-population' });
  const table = readCommuneTable(opts.communeTable);
  let members: Map<string, number> | undefined;
  const membersFile = opts.members;
  if (membersFile !== undefined) {
    // read as every members file is read: a commune twice, an empty code or count is an error naming the line
    members = valuesFromTable(readCsv(membersFile), 'code', 'members', { codeOption: '--members', valueOption: '--members', kind: 'count' });
  }
  const r = await importAdminExpress(file, opts.output, {
    communeTable: table,
    tableFile: opts.communeTable,
    regions: opts.region,
    members,
    toCrs: opts.toCrs,
    lang: opts.lang,
    fromCrs: opts.fromCrs,
    maxUnzippedMb: opts.maxUnzipped,
  });
  const n = r.collection.features.length;
  const line = (m: Said) => ctx.stdout(say(m, { ...ctx.voice, lang: opts.lang }) + '\n');
  for (const l of r.layers)
    line(said('output.import.layer', { name: l.name, communes: count(l.communes), arrondissements: count(l.arrondissements), projection: l.projection }));
  if (r.divided.length) line(said('output.import.divided', { list: r.divided.map((d) => `${d.code} ${d.name} (${d.arrondissements})`).join(', ') }));
  if (r.noZone.length) {
    const examples = r.noZone
      .slice(0, 3)
      .map((u) => `${u.code} ${u.name}`)
      .join(', ');
    line(said('error.warning', { message: said('output.import.noZone', { n: count(r.noZone.length), file: opts.communeTable, examples }) }));
  }
  if (opts.members !== undefined && r.membersLeftOut.codes.length) {
    const l = r.membersLeftOut;
    const codes = `${l.codes.slice(0, 5).join(', ')}${l.codes.length > 5 ? ', …' : ''}`;
    line(
      said('error.warning', {
        message: said('output.import.membersLeftOut', { n: count(l.codes.length), file: opts.members, total: count(l.members), codes }),
      }),
    );
  }
  line(said(members ? 'output.import.wroteUnitsMembers' : 'output.import.wroteUnits', { file: opts.output, n: count(n) }));
  line(said('output.import.nextSplit', { file: opts.output }));
}

export function register(program: Command, ctx: CliContext): void {
  const voice = ctx.voice;
  const h = sayer(voice);
  const cmd = program
    .command('import')
    .summary(h(said('help.import.summary')))
    .description(h(said('help.import.description', { url: ADMIN_EXPRESS_URL })))
    .addArgument(new Argument('<format>', h(said('help.import.format'))).choices(['insee-ze', 'admin-express', 'insee-chomage']))
    .argument('<file.zip>', h(said('help.import.file')))
    .requiredOption('-o, --output <zones.geojson>', h(said('help.import.output')))
    .option('--commune-table <file.csv>', h(said('help.import.communeTable')))
    .option('--commune-population <file.csv>', h(said('help.import.communePopulation')))
    .option('--from-crs <EPSG:2154>', h(said('help.import.fromCrs', { crs: Object.keys(KNOWN_CRS).join(', ') })))
    .option(
      '--max-unzipped <MB>',
      h(said('help.import.maxUnzipped', { mb: count(DEFAULT_MAX_UNZIPPED_MB) })),
      positiveNumber('--max-unzipped', said('cli.number.megabytes'), undefined, 100_000),
    )
    .option('--region <code>', h(said('help.import.region')), (v: string, p: string[] | undefined) => [...(p ?? []), v])
    .option('--departements <codes>', h(said('help.import.departements')))
    .option('--members <communes.csv>', h(said('help.import.members')))
    .option('--quarters <2023-T3,2018-T3>', h(said('homogeneity.help.quarters', { quarters: DEFAULT_QUARTERS.join(',') })))
    .addOption(langOption(voice, said('help.lang.printedLines')));
  addToCrsOption(cmd, voice);
  declareOutputs(cmd, { output: '-o' }).action(async (format: string, file: string, opts: ImportFlags) => {
    if (format === 'insee-chomage')
      return runImportChomage({ file, output: opts.output, quarters: opts.quarters, lang: opts.lang, voice: ctx.voice, out: (text) => ctx.stdout(text) });
    if (opts.quarters !== undefined) throw new InputError(said('homogeneity.import.quartersIsForChomage'), { field: 'quarters' });
    checkToCrs(opts, [isGpkgPath(opts.output) && opts.output]);
    // a selection that names no code ("--departements ,,,", "--region ''"): said with the value as typed
    for (const value of opts.region ?? []) {
      if (value.trim() === '') throw new InputError(said('cli.import.noCodes', { option: '--region', value, example: '93' }), { field: 'region' });
    }
    if (opts.departements !== undefined && !opts.departements.split(/[,;\s]+/).some((c) => c !== '')) {
      throw new InputError(said('cli.import.noCodes', { option: '--departements', value: opts.departements, example: '04,05' }), { field: 'departements' });
    }
    if (format === 'admin-express') {
      if (opts.departements !== undefined) throw new InputError(said('cli.import.departementsIsForInsee'), { field: 'departements' });
      return importAdminExpressCommand(file, opts, ctx);
    }
    if (opts.members !== undefined) throw new InputError(said('cli.import.membersIsForAdminExpress'), { field: 'members' });
    if (opts.communePopulation !== undefined && opts.communeTable === undefined) {
      throw new InputError(said('cli.import.communePopulationNeedsTable'), { field: 'commune-population', hint: said('cli.import.addCommuneTable') });
    }
    const selecting = opts.region !== undefined ? '--region' : opts.departements !== undefined ? '--departements' : undefined;
    if (selecting && opts.communeTable === undefined) {
      throw new InputError(said('cli.import.selectionNeedsTable', { option: selecting }), {
        field: selecting.slice(2),
        hint: said('cli.import.selectionNeedsTable.hint'),
      });
    }
    if (opts.region !== undefined && opts.departements !== undefined) {
      throw new InputError(said('cli.import.regionOrDepartements'), { field: 'region' });
    }
    await runImportInseeZones({
      ...{ file, output: opts.output, communeTable: opts.communeTable, communePopulation: opts.communePopulation },
      selection: selecting ? { regions: opts.region, departements: opts.departements?.split(/[,;\s]+/).filter((c) => c !== '') } : undefined,
      ...{ fromCrs: opts.fromCrs, maxUnzippedMb: opts.maxUnzipped, toCrs: opts.toCrs, lang: opts.lang, voice: ctx.voice },
      out: (text: string) => ctx.stdout(text),
    });
  });
}
