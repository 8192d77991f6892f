import { Argument, type Command } from 'commander';
import { InputError } from '../../core/index.js';
import { importInseeZones, KNOWN_CRS } from '../../load/index.js';
import { DEFAULT_MAX_UNZIPPED_MB } from '../../io/index.js';
import { positiveNumber } from '../parse.js';
import { readUnitPopulation } from '../../load/index.js';
import type { CliContext } from '../context.js';
import { count, said } from '../../messages/index.js';
import { langOption } from '../lang-option.js';
import { sayer } from '../voice.js';
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
    throw new InputError(said('cli.import.needsCommuneTable'), { field: 'commune-table', hint: said('cli.import.needsCommuneTable.hint') });
  }
  if (opts.communePopulation !== undefined) throw new InputError(said('cli.import.communePopulationIsForInsee'), { field: 'commune-population' });
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
  const voice = ctx.voice;
  const h = sayer(voice);
  const cmd = program
    .command('import')
    .summary(h(said('help.import.summary')))
    .description(h(said('help.import.description', { url: ADMIN_EXPRESS_URL })))
    .addArgument(new Argument('<format>', h(said('help.import.format'))).choices(['insee-ze', 'admin-express']))
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
    .addOption(langOption(voice, said('help.lang.printedLines')));
  declareOutputs(cmd, { output: '-o' }).action(
    async (
      format: string,
      file: string,
      opts: { output: string; communeTable?: string; communePopulation?: string; fromCrs?: string; maxUnzipped?: number; region?: string[]; departements?: string; members?: string },
    ) => {
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
