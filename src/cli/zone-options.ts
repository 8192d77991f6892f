import { type Command } from 'commander';
import type { ZoneSet } from '../core/index.js';
import { loadZones, type LoadZonesOptions } from '../load/index.js';
import { said, type Voice } from '../messages/index.js';
import { rate } from './parse.js';
import { ENGLISH, headingOf, sayer } from './voice.js';

/** --estimate-members: "0.08", "0,08" (French decimal comma) or "8%" → 0.08. */
const parseRate = rate('--estimate-members', said('cli.hint.estimateMembers'));

/**
 * The options every command taking <zones> shares: which property is the id and the name, and where
 * member counts come from. Help texts are written for people who work in spreadsheets and QGIS.
 */
export function addZoneOptions(cmd: Command, voice: Voice = ENGLISH): Command {
  const h = sayer(voice);
  // A heading of its own in --help; options added afterwards go back under "Options:".
  cmd.optionsGroup(headingOf(said('help.group.zones'), voice));
  return cmd
    .option('--id <property>', h(said('help.zone.id')))
    .option('--name <property>', h(said('help.zone.name')))
    .option('--members <property>', h(said('help.zone.members')))
    .option('--members-csv <file.csv>', h(said('help.zone.membersCsv')))
    .option('--members-col <column>', h(said('help.zone.membersCol')))
    .option('--code-col <column>', h(said('help.zone.codeCol')))
    .option('--commune-members <file.csv>', h(said('help.zone.communeMembers')))
    .option('--commune-col <column>', h(said('help.zone.communeCol')))
    .option('--commune-table <file.csv>', h(said('help.zone.communeTable')))
    .option('--table-commune-col <column>', h(said('help.zone.tableCommuneCol')))
    .option('--table-zone-col <column>', h(said('help.zone.tableZoneCol')))
    .option('--skip-unknown', h(said('help.zone.skipUnknown')))
    .option('--estimate-members <rate>', h(said('help.zone.estimateMembers')))
    .option('--population <property>', h(said('help.zone.population')))
    .option('--population-csv <file.csv>', h(said('help.zone.populationCsv')))
    .option('--population-col <column>', h(said('help.zone.populationCol')))
    .option('--commune-population <file.csv>', h(said('help.zone.communePopulation')))
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
