import { Argument, type Command } from 'commander';
import { InputError } from '../../core/index.js';
import { importInseeZones, KNOWN_CRS, readUnitPopulation, ADMIN_EXPRESS_URL, importAdminExpress, readCommuneTable, parseCount } from '../../load/index.js';
import { DEFAULT_MAX_UNZIPPED_MB, readCsv, requireColumn } from '../../io/index.js';
import { positiveNumber } from '../parse.js';
import type { CliContext } from '../context.js';
import { count, said, say, type Said } from '../../messages/index.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { flagKeys } from '../flags.js';
import { sayer } from '../voice.js';
import { declareOutputs } from '../outputs.js';
import { chomageCsv, DEFAULT_QUARTERS, parseQuarters, readChomageWorkbook } from '../../load/index.js';
import { writeOutputs } from '../../io/index.js';

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

export type ImportFlags = ImportOwnFlags & LangFlag;

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
  ...LANG_FLAG,
];

async function importAdminExpressCommand(
  file: string,
  opts: ImportFlags,
  ctx: CliContext,
): Promise<void> {
  if (opts.communeTable === undefined) {
    throw new InputError(said('cli.import.needsCommuneTable'), { field: 'commune-table', hint: said('cli.import.needsCommuneTable.hint') });
  }
  if (opts.communePopulation !== undefined) throw new InputError(said('cli.import.communePopulationIsForInsee'), { field: 'commune-population' });
  const table = readCommuneTable(opts.communeTable);
  let members: Map<string, number> | undefined;
  const membersFile = opts.members;
  if (membersFile !== undefined) {
    const t = readCsv(membersFile);
    requireColumn(t, 'code', '--members');
    requireColumn(t, 'members', '--members');
    members = new Map(t.rows.map((r) => [r.code.trim(), parseCount(r.members, { file: membersFile, zone: r.code, field: 'members' })]));
  }
  const r = await importAdminExpress(file, opts.output, { communeTable: table, tableFile: opts.communeTable, regions: opts.region, members });
  const n = r.collection.features.length;
  const line = (m: Said) => ctx.stdout(say(m, { ...ctx.voice, lang: opts.lang }) + '\n');
  for (const l of r.layers) line(said('output.import.layer', { name: l.name, communes: count(l.communes), arrondissements: count(l.arrondissements), projection: l.projection }));
  if (r.divided.length) line(said('output.import.divided', { list: r.divided.map((d) => `${d.code} ${d.name} (${d.arrondissements})`).join(', ') }));
  if (r.noZone.length) {
    const examples = r.noZone.slice(0, 3).map((u) => `${u.code} ${u.name}`).join(', ');
    line(said('error.warning', { message: said('output.import.noZone', { n: count(r.noZone.length), file: opts.communeTable, examples }) }));
  }
  if (opts.members !== undefined && r.membersLeftOut.codes.length) {
    const l = r.membersLeftOut;
    const codes = `${l.codes.slice(0, 5).join(', ')}${l.codes.length > 5 ? ', …' : ''}`;
    line(said('error.warning', { message: said('output.import.membersLeftOut', { n: count(l.codes.length), file: opts.members, total: count(l.members), codes }) }));
  }
  line(said(members ? 'output.import.wroteUnitsMembers' : 'output.import.wroteUnits', { file: opts.output, n: count(n) }));
  line(said('output.import.nextSplit', { file: opts.output }));
}

/** `import insee-chomage`: INSEE's unemployment workbook → the attributes CSV (--attributes). */
async function importChomageCommand(file: string, opts: ImportFlags, ctx: CliContext): Promise<void> {
  const t = await readChomageWorkbook(file, opts.quarters === undefined ? DEFAULT_QUARTERS : parseQuarters(opts.quarters));
  await writeOutputs([{ path: opts.output, data: chomageCsv(t), option: '-o' }]);
  const voice = { ...ctx.voice, lang: opts.lang };
  const line = (m: Said) => ctx.stdout(say(m, voice) + '\n');
  if (t.missing.length) {
    const list = t.missing.map((z) => `${z.code} ${z.name} (${z.quarters.join(', ')})`).join(', ');
    line(said('error.warning', { message: said('homogeneity.import.absent', { n: t.missing.length, list }) }));
  }
  line(said('homogeneity.import.wrote', { file: opts.output, n: count(t.rows.length), columns: t.columns.slice(2).join(', '), source: t.title }));
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
  declareOutputs(cmd, { output: '-o' }).action(
    async (
      format: string,
      file: string,
      opts: ImportFlags,
    ) => {
      if (format === 'insee-chomage') return importChomageCommand(file, opts, ctx);
      if (opts.quarters !== undefined) throw new InputError(said('homogeneity.import.quartersIsForChomage'), { field: 'quarters' });
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
        const population = opts.communePopulation === undefined ? undefined : readUnitPopulation(opts.communePopulation, '--commune-population');
        const selection = selecting ? { regions: opts.region, departements: opts.departements?.split(/[,;\s]+/) } : undefined;
        const r = await importInseeZones(file, opts.output, opts.communeTable, population, selection, { fromCrs: opts.fromCrs, maxUnzippedMb: opts.maxUnzipped });
        const n = r.collection.features.length;
        const name = new Map(r.collection.features.map((f) => [String(f.properties?.code), String(f.properties?.name ?? '')]));
        const voice = { ...ctx.voice, lang: opts.lang };
        const line = (m: Said) => ctx.stdout(say(m, voice) + '\n');
        const sep = say(said('output.listSep'), voice);
        line(said('output.import.wroteZones', { file: opts.output, n: count(n), layer: r.layer, projection: r.projection, encoding: r.encoding }));
        if (r.selected) {
          const byRegion = opts.region !== undefined;
          const kept = { n: count(r.selected.kept), dropped: count(r.selected.dropped) };
          line(byRegion ? said('output.import.keptRegion', { ...kept, list: opts.region!.join(', ') }) : said('output.import.keptDepartements', { ...kept, list: selection!.departements!.join(', ') }));
          if (r.selected.straddling.length) {
            const also = (z: { code: string; name: string; outside: string[] }) =>
              say(said(byRegion ? 'output.import.alsoRegion' : 'output.import.alsoDepartement', { code: z.code, name: z.name, list: z.outside.join(', ') }), voice);
            line(said('output.import.straddling', { n: count(r.selected.straddling.length), list: r.selected.straddling.map(also).join(sep) }));
          }
        }
        if (opts.communePopulation !== undefined && r.populationGaps?.length) {
          const total = r.populationGaps.reduce((s, g) => s + g.missing, 0);
          const gap = (g: { zone: string; missing: number; examples: string[] }) =>
            say(said('output.import.populationGap', { zone: g.zone, name: name.get(g.zone) ?? '', n: count(g.missing), examples: `${g.examples.join(', ')}${g.missing > g.examples.length ? ', …' : ''}` }), voice);
          const list = r.populationGaps.slice(0, 8).map(gap).join(sep) + (r.populationGaps.length > 8 ? `${sep}…` : '');
          const gaps = said('output.import.populationGaps', { file: opts.communePopulation, n: count(total), zones: count(r.populationGaps.length), list });
          line(said('error.warning', { message: gaps }));
        }
        line(said('output.import.nextInfo', { file: opts.output }));
    },
  );
}
