import { type Command } from 'commander';
import type { ZoneSet } from '../core/index.js';
import { loadZones, type LoadZonesOptions } from '../load/index.js';
import { rate } from './parse.js';

/** --estimate-members: "0.08", "0,08" (French decimal comma) or "8%" → 0.08. */
const parseRate = rate('--estimate-members', 'the rate is the share of the population that are members: 0.08 means 8 members per 100 inhabitants');

/**
 * The options every command taking <zones> shares: which property is the id and the name, and where
 * member counts come from. Help texts are written for people who work in spreadsheets and QGIS.
 */
export function addZoneOptions(cmd: Command): Command {
  // A heading of its own in --help; options added afterwards go back under "Options:".
  cmd.optionsGroup('Zones and member counts:');
  return cmd
    .option('--id <property>', 'property of the zone file holding the zone code (default: code, id, ze2020, CODE or insee)')
    .option('--name <property>', 'property holding the zone name (default: name, nom, libelle or libze2020)')
    .option('--members <property>', 'property of the zone file holding the member count (default: "members" when present)')
    .option('--members-csv <file.csv>', 'read member counts from a spreadsheet (CSV) with one line per zone')
    .option('--members-col <column>', 'column of the CSV holding the member counts (default: members)')
    .option('--code-col <column>', 'column of the CSV holding the zone code (default: code)')
    .option('--commune-members <file.csv>', 'read member counts per commune and add them up by zone (needs --commune-table)')
    .option('--commune-col <column>', 'column of the commune CSV holding the commune code (default: code or CODGEO)')
    .option('--commune-table <file.csv>', "table saying which zone each commune belongs to, e.g. INSEE's commune-ze2020.csv")
    .option('--table-commune-col <column>', 'commune code column of --commune-table (default: CODGEO)')
    .option('--table-zone-col <column>', 'zone code column of --commune-table (default: ZE2020)')
    .option('--skip-unknown', 'leave out CSV lines whose code is in no zone (a national file with a regional zone layer) or that --commune-table does not know (another year), instead of stopping; outputs say how many')
    .option('--estimate-members <rate>', 'no member counts? estimate them as population × rate (e.g. 0.08); outputs say they are estimates')
    .option('--population <property>', 'property holding the population, for --estimate-members (default: population)')
    .option('--population-csv <file.csv>', 'read the population from a CSV with one line per zone, for --estimate-members')
    .option('--population-col <column>', 'column of the population CSV holding the population (default: population)')
    .option('--commune-population <file.csv>', 'read the population per commune and add it up by zone (needs --commune-table)')
    .optionsGroup('Options:');
}

/** Turn the parsed command options into LoadZonesOptions. */
function zoneOptionsFrom(opts: Record<string, unknown>, { membersRequired = true } = {}): LoadZonesOptions {
  const str = (k: string): string | undefined => (opts[k] === undefined ? undefined : String(opts[k]));
  return {
    idProp: str('id'),
    nameProp: str('name'),
    membersProp: str('members'),
    membersCsv: str('membersCsv'),
    membersCol: str('membersCol'),
    codeCol: str('codeCol'),
    communeMembersCsv: str('communeMembers'),
    communeCol: str('communeCol'),
    communeTable: str('communeTable'),
    tableCommuneCol: str('tableCommuneCol'),
    tableZoneCol: str('tableZoneCol'),
    skipUnknown: opts.skipUnknown === true,
    estimateMembers:
      opts.estimateMembers === undefined ? undefined : typeof opts.estimateMembers === 'number' ? opts.estimateMembers : parseRate(String(opts.estimateMembers)),
    populationProp: str('population'),
    populationCsv: str('populationCsv'),
    populationCol: str('populationCol'),
    communePopulationCsv: str('communePopulation'),
    membersOptional: !membersRequired,
  };
}

/** Load <zones> with the member options of the command. */
export function zonesFromOptions(file: string, opts: Record<string, unknown>, { membersRequired = true } = {}): ZoneSet {
  return loadZones(file, zoneOptionsFrom(opts, { membersRequired }));
}
