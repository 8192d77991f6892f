import { Argument, type Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { importInseeZones } from '../../load/insee.js';
import { readUnitPopulation } from '../../load/members.js';
import type { CliContext } from '../context.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .summary("turn an official file (INSEE zones d'emploi) into a zone file")
    .description(
      "Turn INSEE's map of the zones d'emploi into a zone file (GeoJSON) the other commands read. " +
        'Download "Fonds de carte des zones d\'emploi 2020" (fonds_ze2020_XXXX.zip) from ' +
        'https://www.insee.fr/fr/information/4652957 and give the zip as it is (no need to unzip it). ' +
        'The result has one zone per feature with properties code (4 characters, e.g. "0052"), name and nb_com, ' +
        'in longitude/latitude (WGS84); Lambert-93 maps are converted. With --commune-table (INSEE\'s commune → zone ' +
        'table, columns CODGEO, ZE2020, DEP, REG) each zone also gets its département and région (dep, deps, reg, regs), ' +
        'for --respect dep and --within reg.',
    )
    .addArgument(new Argument('<format>', 'what the file is').choices(['insee-ze']))
    .argument('<file.zip>', "INSEE's fonds_ze2020_XXXX.zip")
    .requiredOption('-o, --output <zones.geojson>', 'the zone file to write')
    .option('--commune-table <file.csv>', "INSEE's commune → zone table (CODGEO, ZE2020, DEP, REG): adds each zone's département (dep) and région (reg)")
    .option(
      '--commune-population <file.csv>',
      'with --commune-table: population per commune (columns code or CODGEO, population), so that a zone crossing a border gets the département where most of its people live (else: where most of its communes are)',
    )
    .option('--region <code>', 'with --commune-table: keep only the zones of this région (INSEE code, e.g. 93 for Provence-Alpes-Côte d\'Azur), zones straddling its border included')
    .option('--departements <codes>', 'with --commune-table: keep only the zones of these départements, e.g. 04,05,06,13,83,84 (straddling zones included)')
    .action(
      async (
        _format: string,
        file: string,
        opts: { output: string; communeTable?: string; communePopulation?: string; region?: string; departements?: string },
      ) => {
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
        const selection = selecting ? { regions: opts.region ? [opts.region] : undefined, departements: opts.departements?.split(/[,;\s]+/) } : undefined;
        const r = await importInseeZones(file, opts.output, opts.communeTable, population, selection);
        const n = r.collection.features.length;
        const name = new Map(r.collection.features.map((f) => [String(f.properties?.code), String(f.properties?.name ?? '')]));
        ctx.stdout(`wrote ${opts.output}: ${n} zones d'emploi from layer ${r.layer} (projection: ${r.projection}; text encoding: ${r.encoding})\n`);
        if (r.selected) {
          const where = opts.region !== undefined ? `région ${opts.region}` : `départements ${selection!.departements!.join(', ')}`;
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
