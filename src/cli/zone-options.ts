import { type Command } from 'commander';
import type { ZoneSet } from '../core/index.js';
import type { LaterWarnings } from '../io/index.js';
import { loadZones, type LoadZonesOptions } from '../load/index.js';
import { said, type Voice } from '../messages/index.js';
import { flagKeys } from './flags.js';
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
    .option('--layer <name>', h(said('help.zone.layer')))
    .optionsGroup('Options:');
}

/** The options addZoneOptions adds, as commander delivers them (--estimate-members is read when the zones load). */
export interface ZoneFlags {
  layer?: string;
  id?: string;
  name?: string;
  members?: string;
  membersCsv?: string;
  membersCol?: string;
  codeCol?: string;
  communeMembers?: string;
  communeCol?: string;
  communeTable?: string;
  tableCommuneCol?: string;
  tableZoneCol?: string;
  skipUnknown?: true;
  estimateMembers?: string;
  population?: string;
  populationCsv?: string;
  populationCol?: string;
  communePopulation?: string;
}

export const ZONE_FLAGS = flagKeys<ZoneFlags>({
  layer: true,
  id: true,
  name: true,
  members: true,
  membersCsv: true,
  membersCol: true,
  codeCol: true,
  communeMembers: true,
  communeCol: true,
  communeTable: true,
  tableCommuneCol: true,
  tableZoneCol: true,
  skipUnknown: true,
  estimateMembers: true,
  population: true,
  populationCsv: true,
  populationCol: true,
  communePopulation: true,
});

/** Turn the parsed command options into LoadZonesOptions: the one place where the flags become the library's names. */
function zoneOptionsFrom(opts: ZoneFlags, { membersRequired = true } = {}): LoadZonesOptions {
  return {
    layer: opts.layer,
    idProp: opts.id,
    nameProp: opts.name,
    membersProp: opts.members,
    membersCsv: opts.membersCsv,
    membersCol: opts.membersCol,
    codeCol: opts.codeCol,
    communeMembersCsv: opts.communeMembers,
    communeCol: opts.communeCol,
    communeTable: opts.communeTable,
    tableCommuneCol: opts.tableCommuneCol,
    tableZoneCol: opts.tableZoneCol,
    skipUnknown: opts.skipUnknown === true,
    estimateMembers: opts.estimateMembers === undefined ? undefined : parseRate(opts.estimateMembers),
    populationProp: opts.population,
    populationCsv: opts.populationCsv,
    populationCol: opts.populationCol,
    communePopulationCsv: opts.communePopulation,
    membersOptional: !membersRequired,
  };
}

/** Load <zones> with the member options of the command. */
export function zonesFromOptions(
  file: string,
  opts: ZoneFlags,
  { membersRequired = true, warnLater }: { membersRequired?: boolean; warnLater?: LaterWarnings } = {},
): ZoneSet {
  return loadZones(file, { ...zoneOptionsFrom(opts, { membersRequired }), warnLater });
}
