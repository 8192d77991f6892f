import { Argument, type Command } from 'commander';
import { InputError } from '../../core/index.js';
import { importInseeZones, KNOWN_CRS } from '../../load/index.js';
import { formatCount } from '../../core/index.js';
import { DEFAULT_MAX_UNZIPPED_MB } from '../../io/index.js';
import { positiveNumber } from '../parse.js';
import { readUnitPopulation } from '../../load/index.js';
import type { CliContext } from '../context.js';
import { declareOutputs } from '../outputs.js';
import { ADMIN_EXPRESS_URL, importAdminExpress } from '../../load/index.js';
import { readCommuneTable } from '../../load/index.js';
import { readCsv, requireColumn } from '../../io/index.js';
import { parseCount } from '../../load/index.js';
import type { Lang } from '../../core/index.js';
import { count, said, say, type Said } from '../../messages/index.js';
import { langOption } from '../lang-option.js';

async function importAdminExpressCommand(
  file: string,
  opts: { output: string; communeTable?: string; communePopulation?: string; region?: string[]; members?: string; lang: Lang },
  ctx: CliContext,
): Promise<void> {
  if (opts.communeTable === undefined) {
    throw new InputError("admin-express needs --commune-table (INSEE's commune → zone table): each unit gets its zone d'emploi from it", {
      field: 'commune-table',
      hint: 'add --commune-table commune-ze2020.csv (see data/README.md)',
    });
  }
  if (opts.communePopulation !== undefined) throw new InputError('--commune-population is for insee-ze (ADMIN EXPRESS carries its population)', { field: 'commune-population' });
  const table = readCommuneTable(opts.communeTable);
  let members: Map<string, number> | undefined;
  if (opts.members !== undefined) {
    const t = readCsv(opts.members);
    requireColumn(t, 'code', '--members');
    requireColumn(t, 'members', '--members');
    members = new Map(t.rows.map((r) => [r.code.trim(), parseCount(r.members, { file: opts.members!, zone: r.code, field: 'members' })]));
  }
  const r = await importAdminExpress(file, opts.output, { communeTable: table, tableFile: opts.communeTable, regions: opts.region, members });
  const n = r.collection.features.length;
  const line = (m: Said) => ctx.stdout(say(m, { ...ctx.voice, lang: opts.lang }) + '\n');
  for (const l of r.layers) line(said('output.import.layer', { name: l.name, communes: count(l.communes), arrondissements: count(l.arrondissements), projection: l.projection }));
  if (r.divided.length) line(said('output.import.divided', { list: r.divided.map((d) => `${d.code} ${d.name} (${d.arrondissements})`).join(', ') }));
  if (r.noZone.length) {
    const examples = r.noZone.slice(0, 3).map((u) => `${u.code} ${u.name}`).join(', ');
    line(said('error.warning', { message: said('output.import.noZone', { n: count(r.noZone.length), file: String(opts.communeTable), examples }) }));
  }
  if (r.membersLeftOut.codes.length) {
    const l = r.membersLeftOut;
    const codes = `${l.codes.slice(0, 5).join(', ')}${l.codes.length > 5 ? ', …' : ''}`;
    line(said('error.warning', { message: said('output.import.membersLeftOut', { n: count(l.codes.length), file: String(opts.members), total: count(l.members), codes }) }));
  }
  line(said(members ? 'output.import.wroteUnitsMembers' : 'output.import.wroteUnits', { file: opts.output, n: count(n) }));
  line(said('output.import.nextSplit', { file: opts.output }));
}

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('import')
    .summary("turn an official file (INSEE zones d'emploi, IGN ADMIN EXPRESS communes) into a zone or units file")
    .description(
      "Turn INSEE's map of the zones d'emploi into a zone file (GeoJSON) the other commands read. " +
        'Download "Fonds de carte des zones d\'emploi 2020" (fonds_ze2020_XXXX.zip) from ' +
        'https://www.insee.fr/fr/information/4652957 and give the zip as it is (no need to unzip it). ' +
        'The result has one zone per feature with properties code (4 characters, e.g. "0052"), name and nb_com, ' +
        'in longitude/latitude (WGS84); Lambert-93 maps are converted. With --commune-table (INSEE\'s commune → zone ' +
        'table, columns CODGEO, ZE2020, DEP, REG) each zone also gets its département and région (dep, deps, reg, regs), ' +
        'for --respect dep and --within reg.\n\n' +
        'admin-express: IGN\'s ADMIN EXPRESS (COG or COG CARTO, shapefiles; download from ' + ADMIN_EXPRESS_URL + ', ' +
        'extract the .7z and give the folder, or a zip of it) → a units layer for propose --split-with: one feature per ' +
        'commune, Paris, Lyon and Marseille replaced by their arrondissements municipaux, each with code, name, commune, ' +
        'ze2020 (from --commune-table, required), dep, reg and population. Any projection IGN ships is converted to WGS84.',
    )
    .addArgument(new Argument('<format>', 'what the file is').choices(['insee-ze', 'admin-express']))
    .argument('<file.zip>', "INSEE's fonds_ze2020_XXXX.zip, or ADMIN EXPRESS (a folder or a zip)")
    .requiredOption('-o, --output <zones.geojson>', 'the zone (or units) file to write')
    .option('--commune-table <file.csv>', "INSEE's commune → zone table (CODGEO, ZE2020, DEP, REG): adds each zone's département (dep) and région (reg)")
    .option(
      '--commune-population <file.csv>',
      'with --commune-table: population per commune (columns code or CODGEO, population), so that a zone crossing a border gets the département where most of its people live (else: where most of its communes are)',
    )
    .option('--from-crs <EPSG:2154>', `projection of a layer whose .prj file is missing: ${Object.keys(KNOWN_CRS).join(', ')} (EPSG:2154 = Lambert-93)`)
    .option(
      '--max-unzipped <MB>',
      `refuse a zip that inflates to more than this (default ${formatCount(DEFAULT_MAX_UNZIPPED_MB)} MB; INSEE's files need a few tens)`,
      positiveNumber('--max-unzipped', 'a number of megabytes', undefined, 100_000),
    )
    .option('--region <code>', "keep only this région (INSEE code, e.g. 93): insee-ze with --commune-table keeps its zones, straddling ones included; admin-express keeps its communes (INSEE_REG); repeatable", (v: string, p: string[] | undefined) => [...(p ?? []), v])
    .option('--departements <codes>', 'insee-ze with --commune-table: keep only the zones of these départements, e.g. 04,05,06,13,83,84 (straddling zones included)')
    .option('--members <communes.csv>', 'admin-express: members per commune or arrondissement (code,members, e.g. from decoupage members --communes-out), written as property "members"')
    .addOption(langOption('the printed lines', 'the file written stays the same'));
  declareOutputs(cmd, { output: '-o' }).action(
    async (
      format: string,
      file: string,
      opts: { output: string; communeTable?: string; communePopulation?: string; fromCrs?: string; maxUnzipped?: number; region?: string[]; departements?: string; members?: string; lang: Lang },
    ) => {
      if (format === 'admin-express') {
        if (opts.departements !== undefined) throw new InputError('--departements is for insee-ze', { field: 'departements' });
        return importAdminExpressCommand(file, opts, ctx);
      }
      if (opts.members !== undefined) throw new InputError('--members is for admin-express', { field: 'members' });
      if (opts.communePopulation !== undefined && opts.communeTable === undefined) {
        throw new InputError('--commune-population needs --commune-table', { field: 'commune-population', hint: "add --commune-table with INSEE's commune → zone table" });
      }
        const selecting = opts.region !== undefined ? '--region' : opts.departements !== undefined ? '--departements' : undefined;
        if (selecting && opts.communeTable === undefined) {
          throw new InputError(`${selecting} needs --commune-table (it says which départements and régions each zone touches)`, {
            field: selecting.slice(2),
            hint: "add --commune-table with INSEE's commune → zone table, e.g. commune-ze2020.csv",
          });
        }
        if (opts.region !== undefined && opts.departements !== undefined) {
          throw new InputError('give --region or --departements, not both', { field: 'region' });
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
        if (r.populationGaps?.length) {
          const total = r.populationGaps.reduce((s, g) => s + g.missing, 0);
          const gap = (g: { zone: string; missing: number; examples: string[] }) =>
            say(said('output.import.populationGap', { zone: g.zone, name: name.get(g.zone) ?? '', n: count(g.missing), examples: `${g.examples.join(', ')}${g.missing > g.examples.length ? ', …' : ''}` }), voice);
          const list = r.populationGaps.slice(0, 8).map(gap).join(sep) + (r.populationGaps.length > 8 ? `${sep}…` : '');
          const gaps = said('output.import.populationGaps', { file: String(opts.communePopulation), n: count(total), zones: count(r.populationGaps.length), list });
          line(said('error.warning', { message: gaps }));
        }
        line(said('output.import.nextInfo', { file: opts.output }));
    },
  );
}
