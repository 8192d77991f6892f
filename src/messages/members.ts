/** What `decoupage members` prints about a register (aggregates only). */
import type { Table } from './message.js';

export const MEMBERS_LABELS = {
  read: { en: 'read {file}: {lines} {lines:line|lines}, {members} members', fr: '{file} lu : {lines} {lines:ligne|lignes}, {members} adhérents' },
  encoding: { en: 'read as {encoding} (not UTF-8)', fr: 'lu en {encoding} (pas en UTF-8)' },
  columns: { en: 'columns: {list}', fr: 'colonnes : {list}' },
  kind_insee: { en: 'by INSEE code', fr: 'par code INSEE' },
  kind_postcode: { en: 'by postal code (one commune)', fr: 'par code postal (une seule commune)' },
  kind_town: { en: 'by town name', fr: 'par nom de commune' },
  kind_street: { en: 'by street', fr: 'par la voie' },
  kind_shared: { en: 'shared by population (estimated)', fr: 'répartis selon la population (estimation)' },
  kind_unmatched: { en: 'not matched', fr: 'non rattachés' },
  total: { en: 'total', fr: 'total' },
  lines: { en: 'lines', fr: 'lignes' },
  members: { en: 'members', fr: 'adhérents' },
  otherPostcode: {
    en: "  of the lines matched by town, {n} carry a postal code that is not their commune's (CEDEX or wrong code)",
    fr: '  parmi les lignes rattachées par le nom, {n} ont un code postal qui n’est pas celui de leur commune (CEDEX ou code erroné)',
  },
  estimated: {
    en: 'members of lines shared by population are estimates: the outputs mark them (members_estimated)',
    fr: 'les adhérents des lignes réparties selon la population sont des estimations : les fichiers le signalent (members_estimated)',
  },
  notInTable: {
    en: '{communes} {communes:commune|communes} with {members} members {communes:is|are} not in the commune table {table}: {list}',
    fr: '{communes} {communes:commune|communes} totalisant {members} adhérents ne {communes:figure|figurent} pas dans la table des communes {table} : {list}',
  },
  balance: {
    en: 'members in = out: {total} = {matched} matched + {unmatched} not matched',
    fr: 'adhérents lus = écrits : {total} = {matched} {matched:rattaché|rattachés} + {unmatched} non {unmatched:rattaché|rattachés}',
  },
  communes: { en: 'members per commune: {n} {n:commune|communes}', fr: 'adhérents par commune : {n} {n:commune|communes}' },
  zones: {
    en: 'members per zone ({table}): {n} {n:zone|zones}, {members} members',
    fr: 'adhérents par zone ({table}) : {n} {n:zone|zones}, {members} adhérents',
  },
  topUnmatched: {
    en: 'not matched, by reason, postal code and town (most members first):',
    fr: 'non rattachés, par motif, code postal et commune (les plus nombreux d’abord) :',
  },
  unmatchedLine: {
    en: '  {reason}: {postcode} {town}: {lines} {lines:line|lines}, {members} members',
    fr: '  {reason} : {postcode} {town} : {lines} {lines:ligne|lignes}, {members} adhérents',
  },
  unreadableLines: {
    en: 'lines not readable as CSV (an unbalanced quote): {n}, at {n:line|lines} {lines}; counted, their members unknown',
    fr: 'lignes illisibles en CSV (guillemet non refermé) : {n}, {n:ligne|lignes} {lines} ; comptées, leurs adhérents inconnus',
  },
  tooMany: {
    en: '{share} of the register is not matched, above --max-unmatched {max}: {file} not written',
    fr: '{share} du fichier n’est pas rattaché, au-delà de --max-unmatched {max} : {file} n’est pas écrit',
  },
  wrote: { en: 'wrote {file}: {n} {what} (code,members)', fr: '{file} écrit : {n} {what} (code,members)' },
  wroteUnmatched: {
    en: 'wrote {file}: {n} {n:group|groups} of unmatched lines (reason, postal code, town, counts)',
    fr: '{file} écrit : {n} {n:groupe|groupes} de lignes non rattachées (motif, code postal, commune, effectifs)',
  },
  next: {
    en: 'next: decoupage info zones.geojson --members-csv {file} (with --skip-unknown for a regional zone layer)',
    fr: 'ensuite : decoupage info zones.geojson --members-csv {file} (avec --skip-unknown pour une couche de zones régionale)',
  },
  nextCommunes: {
    en: 'next: add --commune-table commune-ze2020.csv for members per zone (Paris, Lyon and Marseille are here by arrondissement, which the commune table does not list)',
    fr: 'ensuite : ajoutez --commune-table commune-ze2020.csv pour les adhérents par zone (Paris, Lyon et Marseille sont ici par arrondissement, absents de la table des communes)',
  },
  'reason_no-postcode': { en: 'no postal code', fr: 'sans code postal' },
  'reason_bad-postcode': { en: 'unreadable postal code', fr: 'code postal illisible' },
  'reason_unknown-postcode': { en: 'unknown postal code and town', fr: 'code postal et commune inconnus' },
  'reason_unknown-insee': { en: 'unknown INSEE code', fr: 'code INSEE inconnu' },
  reason_foreign: { en: 'foreign address', fr: 'adresse à l’étranger' },
  'reason_bad-count': { en: 'unreadable count', fr: 'effectif illisible' },
  reason_unreadable: { en: 'unreadable line', fr: 'ligne illisible' },
  'reason_not-in-commune-table': { en: 'commune not in the commune table', fr: 'commune absente de la table des communes' },
  unknownTown: { en: '(not a known town)', fr: '(pas une commune connue)' },
  colPostcode: { en: 'postal code', fr: 'code postal' },
  colTown: { en: 'town', fr: 'commune' },
  colStreet: { en: 'street', fr: 'voie' },
  colCount: { en: 'count', fr: 'effectif' },
  colInsee: { en: 'INSEE code', fr: 'code INSEE' },
  colCountry: { en: 'country', fr: 'pays' },
} as const satisfies Table;
