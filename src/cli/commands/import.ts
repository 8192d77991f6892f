import { Argument, type Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { importInseeZones, KNOWN_CRS } from '../../load/insee.js';
import { formatCount } from '../../core/i18n.js';
import { DEFAULT_MAX_UNZIPPED_MB } from '../../io/unzip.js';
import { positiveNumber } from '../parse.js';
import { readUnitPopulation } from '../../load/members.js';
import type { CliContext } from '../context.js';
import { declareOutputs } from '../outputs.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
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
    .option('--from-crs <EPSG:2154>', `projection of a layer whose .prj file is missing: ${Object.keys(KNOWN_CRS).join(', ')} (EPSG:2154 = Lambert-93)`)
    .option(
      '--max-unzipped <MB>',
      `refuse a zip that inflates to more than this (default ${formatCount(DEFAULT_MAX_UNZIPPED_MB)} MB; INSEE's files need a few tens)`,
      positiveNumber('--max-unzipped', 'a number of megabytes', undefined, 100_000),
    );
  declareOutputs(cmd, { output: '-o' }).action(async (_format: string, file: string, opts: { output: string; communeTable?: string; communePopulation?: string; fromCrs?: string; maxUnzipped?: number }) => {
      if (opts.communePopulation !== undefined && opts.communeTable === undefined) {
        throw new InputError('--commune-population needs --commune-table', { field: 'commune-population', hint: "add --commune-table with INSEE's commune → zone table" });
      }
      const population = opts.communePopulation === undefined ? undefined : readUnitPopulation(opts.communePopulation, '--commune-population');
      const r = await importInseeZones(file, opts.output, opts.communeTable, population, { fromCrs: opts.fromCrs, maxUnzippedMb: opts.maxUnzipped });
      const n = r.collection.features.length;
      ctx.stdout(
        `wrote ${opts.output}: ${n} zones d'emploi from layer ${r.layer} (projection: ${r.projection}; text encoding: ${r.encoding})\n` +
          `next: decoupage info ${opts.output} --members-csv members.csv   (or --estimate-members RATE with a population)\n`,
      );
    });
}
