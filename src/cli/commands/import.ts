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

async function importAdminExpressCommand(
  file: string,
  opts: { output: string; communeTable?: string; communePopulation?: string; region?: string[]; members?: string },
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
  for (const l of r.layers) ctx.stdout(`read ${l.name}: ${l.communes} communes, ${l.arrondissements} arrondissements (projection: ${l.projection})\n`);
  if (r.divided.length) ctx.stdout(`replaced by their arrondissements: ${r.divided.map((d) => `${d.code} ${d.name} (${d.arrondissements})`).join(', ')}\n`);
  if (r.noZone.length) {
    ctx.stdout(`warning: ${r.noZone.length} unit(s) have no zone d'emploi in ${opts.communeTable} (ze2020 left empty), e.g. ${r.noZone.slice(0, 3).map((u) => `${u.code} ${u.name}`).join(', ')}: use a commune table of the same year as ADMIN EXPRESS\n`);
  }
  if (r.membersLeftOut.codes.length) {
    const l = r.membersLeftOut;
    ctx.stdout(
      `warning: ${l.codes.length} code(s) of ${opts.members} with ${l.members} members are no unit of the layer (${l.codes.slice(0, 5).join(', ')}${l.codes.length > 5 ? ', …' : ''}): ` +
        'their members are not on any unit, so a split zone holding them will not add up; use ADMIN EXPRESS of the same year as the register, or leave out --members to share the zone\'s members by population\n',
    );
  }
  ctx.stdout(
    `wrote ${opts.output}: ${n} units with code, name, commune, ze2020, dep, reg, population${members ? ', members' : ''}\n` +
      `next: decoupage propose zones.geojson --split-with ${opts.output} --split-above 60000 --split-into ZONE:K …\n`,
  );
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
    .option('--members <communes.csv>', 'admin-express: members per commune or arrondissement (code,members, e.g. from decoupage members --communes-out), written as property "members"');
  declareOutputs(cmd, { output: '-o' }).action(
    async (
      format: string,
      file: string,
      opts: { output: string; communeTable?: string; communePopulation?: string; fromCrs?: string; maxUnzipped?: number; region?: string[]; departements?: string; members?: string },
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
        ctx.stdout(`wrote ${opts.output}: ${n} zones d'emploi from layer ${r.layer} (projection: ${r.projection}; text encoding: ${r.encoding})\n`);
        if (r.selected) {
          const where = opts.region !== undefined ? `région ${opts.region.join(', ')}` : `départements ${selection!.departements!.join(', ')}`;
          ctx.stdout(`kept the ${r.selected.kept} zones of ${where} (${r.selected.dropped} others left out)\n`);
          if (r.selected.straddling.length) {
            ctx.stdout(
              `${r.selected.straddling.length} of them straddle its border (their members count in full): ` +
                r.selected.straddling.map((z) => `${z.code} ${z.name} (also ${opts.region !== undefined ? 'région' : 'département'} ${z.outside.join(', ')})`).join('; ') + '\n',
            );
          }
        }
        if (r.populationGaps?.length) {
          const total = r.populationGaps.reduce((s, g) => s + g.missing, 0);
          ctx.stdout(
            `warning: ${opts.communePopulation} has no population for ${total} commune(s) of ${r.populationGaps.length} kept zone(s): ` +
              r.populationGaps.slice(0, 8).map((g) => `${g.zone} ${name.get(g.zone) ?? ''} (${g.missing}: ${g.examples.join(', ')}${g.missing > g.examples.length ? ', …' : ''})`).join('; ') +
              `${r.populationGaps.length > 8 ? '; …' : ''}; their populations (and estimates) are too low\n`,
          );
        }
        ctx.stdout(`next: decoupage info ${opts.output} --members-csv members.csv   (or --estimate-members RATE with a population)\n`);
    },
  );
}
