/**
 * What `decoupage members` prints and writes, in English and French. Only aggregates: counts per way of
 * matching, per commune, per zone, and unmatched lines grouped by reason, postal code and town.
 */
import { toCsv } from '../io/csv.js';
import { labelsFor, numberFormat, type Labels, type Lang } from '../core/i18n.js';
import { UNKNOWN_TOWN, type CommuneMembers, type MatchKind, type RegisterResult, type UnmatchedReason, type ZoneMembers } from './register.js';

type Key =
  | 'read' | 'encoding' | 'columns' | 'kind_insee' | 'kind_postcode' | 'kind_town' | 'kind_street' | 'kind_shared' | 'kind_unmatched'
  | 'total' | 'lines' | 'members' | 'otherPostcode' | 'estimated' | 'notInTable' | 'balance' | 'communes' | 'zones'
  | 'topUnmatched' | 'unmatchedLine' | 'tooMany' | 'wrote' | 'wroteUnmatched' | 'next' | 'nextCommunes'
  | `reason_${UnmatchedReason}` | 'reason_not-in-commune-table'
  | 'unknownTown' | 'colPostcode' | 'colTown' | 'colStreet' | 'colCount' | 'colInsee' | 'colCountry';

export const MEMBERS_LABELS: Labels<Key> = {
  en: {
    read: 'read {file}: {lines} lines, {members} members',
    encoding: 'read as {encoding} (not UTF-8)',
    columns: 'columns: {list}',
    kind_insee: 'by INSEE code',
    kind_postcode: 'by postal code (one commune)',
    kind_town: 'by town name',
    kind_street: 'by street',
    kind_shared: 'shared by population (estimated)',
    kind_unmatched: 'not matched',
    total: 'total',
    lines: 'lines',
    members: 'members',
    otherPostcode: '  of the lines matched by town, {n} carry a postal code that is not their commune\'s (CEDEX or wrong code)',
    estimated: 'members of lines shared by population are estimates: the outputs mark them (members_estimated)',
    notInTable: '{communes} commune(s) with {members} members are not in the commune table {table}: {list}',
    balance: 'members in = out: {total} = {matched} matched + {unmatched} not matched',
    communes: 'members per commune: {n} communes',
    zones: 'members per zone ({table}): {n} zones, {members} members',
    topUnmatched: 'not matched, by reason, postal code and town (most members first):',
    unmatchedLine: '  {reason}: {postcode} {town}: {lines} lines, {members} members',
    tooMany: '{share} of the register is not matched, above --max-unmatched {max}: {file} not written',
    wrote: 'wrote {file}: {n} {what} (code,members)',
    wroteUnmatched: 'wrote {file}: {n} groups of unmatched lines (reason, postal code, town, counts)',
    next: 'next: decoupage info zones.geojson --members-csv {file} (with --skip-unknown for a regional zone layer)',
    nextCommunes: 'next: add --commune-table commune-ze2020.csv for members per zone (Paris, Lyon and Marseille are here by arrondissement, which the commune table does not list)',
    'reason_no-postcode': 'no postal code',
    'reason_bad-postcode': 'unreadable postal code',
    'reason_unknown-postcode': 'unknown postal code and town',
    'reason_unknown-insee': 'unknown INSEE code',
    reason_foreign: 'foreign address',
    'reason_bad-count': 'unreadable count',
    reason_unreadable: 'unreadable line',
    'reason_not-in-commune-table': 'commune not in the commune table',
    unknownTown: '(not a known town)',
    colPostcode: 'postal code',
    colTown: 'town',
    colStreet: 'street',
    colCount: 'count',
    colInsee: 'INSEE code',
    colCountry: 'country',
  },
  fr: {
    read: '{file} lu : {lines} lignes, {members} adhérents',
    encoding: 'lu en {encoding} (pas en UTF-8)',
    columns: 'colonnes : {list}',
    kind_insee: 'par code INSEE',
    kind_postcode: 'par code postal (une seule commune)',
    kind_town: 'par nom de commune',
    kind_street: 'par la voie',
    kind_shared: 'répartis selon la population (estimation)',
    kind_unmatched: 'non rattachés',
    total: 'total',
    lines: 'lignes',
    members: 'adhérents',
    otherPostcode: '  parmi les lignes rattachées par le nom, {n} ont un code postal qui n\'est pas celui de leur commune (CEDEX ou code erroné)',
    estimated: 'les adhérents des lignes réparties selon la population sont des estimations : les fichiers le signalent (members_estimated)',
    notInTable: '{communes} commune(s) totalisant {members} adhérents ne figurent pas dans la table des communes {table} : {list}',
    balance: 'adhérents lus = écrits : {total} = {matched} rattachés + {unmatched} non rattachés',
    communes: 'adhérents par commune : {n} communes',
    zones: 'adhérents par zone ({table}) : {n} zones, {members} adhérents',
    topUnmatched: 'non rattachés, par motif, code postal et commune (les plus nombreux d\'abord) :',
    unmatchedLine: '  {reason} : {postcode} {town} : {lines} lignes, {members} adhérents',
    tooMany: '{share} du fichier n\'est pas rattaché, au-delà de --max-unmatched {max} : {file} n\'est pas écrit',
    wrote: '{file} écrit : {n} {what} (code,members)',
    wroteUnmatched: '{file} écrit : {n} groupes de lignes non rattachées (motif, code postal, commune, effectifs)',
    next: 'ensuite : decoupage info zones.geojson --members-csv {file} (avec --skip-unknown pour une couche de zones régionale)',
    nextCommunes: 'ensuite : ajoutez --commune-table commune-ze2020.csv pour les adhérents par zone (Paris, Lyon et Marseille sont ici par arrondissement, absents de la table des communes)',
    'reason_no-postcode': 'sans code postal',
    'reason_bad-postcode': 'code postal illisible',
    'reason_unknown-postcode': 'code postal et commune inconnus',
    'reason_unknown-insee': 'code INSEE inconnu',
    reason_foreign: 'adresse à l\'étranger',
    'reason_bad-count': 'effectif illisible',
    reason_unreadable: 'ligne illisible',
    'reason_not-in-commune-table': 'commune absente de la table des communes',
    unknownTown: '(pas une commune connue)',
    colPostcode: 'code postal',
    colTown: 'commune',
    colStreet: 'voie',
    colCount: 'effectif',
    colInsee: 'code INSEE',
    colCountry: 'pays',
  },
};

/** The printed summary: lines and members per way of matching, the balance, the largest unmatched groups. */
export function formatRegisterSummary(
  r: RegisterResult,
  o: { file: string; lang: Lang; zones?: ZoneMembers; table?: string; top?: number; encoding?: string },
): string {
  const t = labelsFor(MEMBERS_LABELS, o.lang);
  const nf = numberFormat(o.lang);
  const out: string[] = [];
  out.push(t('read', { file: o.file, lines: nf.int(r.lines.total), members: nf.int(r.members.total) }));
  if (o.encoding && !o.encoding.startsWith('utf-8')) out.push(t('encoding', { encoding: o.encoding }));
  const colKeys: [keyof RegisterResult['columns'], Key][] = [
    ['postcode', 'colPostcode'], ['town', 'colTown'], ['street', 'colStreet'], ['count', 'colCount'], ['insee', 'colInsee'], ['country', 'colCountry'],
  ];
  out.push(t('columns', { list: colKeys.filter(([k]) => r.columns[k] !== undefined).map(([k, l]) => `${t(l)} "${r.columns[k]}"`).join(', ') }));
  const kinds: MatchKind[] = ['insee', 'postcode', 'town', 'street', 'shared', 'unmatched'];
  const rows = kinds.map((k) => [t(`kind_${k}`), nf.int(r.lines[k]), nf.int(r.members[k]), share(r.members[k], r.members.total, o.lang)]);
  rows.push([t('total'), nf.int(r.lines.total), nf.int(r.members.total), share(r.members.total, r.members.total, o.lang)]);
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(t('lines').length, ...rows.map((x) => x[1].length));
  const w2 = Math.max(t('members').length, ...rows.map((x) => x[2].length));
  out.push(`  ${''.padEnd(w0)}  ${t('lines').padStart(w1)}  ${t('members').padStart(w2)}`);
  for (const x of rows) out.push(`  ${x[0].padEnd(w0)}  ${x[1].padStart(w1)}  ${x[2].padStart(w2)}  ${x[3].padStart(7)}`);
  if (r.otherPostcode) out.push(t('otherPostcode', { n: nf.int(r.otherPostcode) }));
  const matched = r.members.total - r.members.unmatched;
  out.push(t('balance', { total: nf.int(r.members.total), matched: nf.int(matched), unmatched: nf.int(r.members.unmatched) }));
  if (r.members.shared) out.push(t('estimated'));
  out.push(t('communes', { n: nf.int(r.communes.length) }));
  if (o.zones) {
    const zm = [...o.zones.zones.values()].reduce((s, z) => s + z.members, 0);
    out.push(t('zones', { table: o.table ?? '', n: nf.int([...o.zones.zones.values()].filter((z) => z.members > 0).length), members: nf.int(zm) }));
    if (o.zones.unknown.length) {
      const members = o.zones.unknown.reduce((s, c) => s + c.members, 0);
      const list = o.zones.unknown.slice(0, 5).map((c) => `${c.code} ${c.name}`).join(', ') + (o.zones.unknown.length > 5 ? ', …' : '');
      out.push(t('notInTable', { communes: nf.int(o.zones.unknown.length), members: nf.int(members), table: o.table ?? '', list }));
    }
  }
  const top = r.unmatched.slice(0, o.top ?? 5);
  if (top.length) {
    out.push(t('topUnmatched'));
    for (const g of top) {
      out.push(t('unmatchedLine', { reason: t(`reason_${g.reason}`), postcode: g.postcode || '—', town: g.town === UNKNOWN_TOWN ? t('unknownTown') : g.town || '—', lines: nf.int(g.lines), members: nf.int(g.members) }));
    }
  }
  return out.join('\n') + '\n';
}

function share(part: number, total: number, lang: Lang): string {
  return total > 0 ? numberFormat(lang).pct(part / total, 2) : '';
}

/** Members per commune: code,name,members,members_shared,members_estimated (true when some come from lines shared by population). */
export function communeMembersCsv(communes: readonly CommuneMembers[]): string {
  return toCsv(
    ['code', 'name', 'members', 'members_shared', 'members_estimated'],
    communes.map((c) => [c.code, c.name, c.members, c.shared, c.estimated]),
  );
}

/** Members per zone, every zone of the commune table (0 when none): code,members,members_shared,members_estimated. */
export function zoneMembersCsv(zones: ZoneMembers, allZones: readonly string[]): string {
  const codes = [...new Set([...allZones, ...zones.zones.keys()])].sort();
  return toCsv(
    ['code', 'members', 'members_shared', 'members_estimated'],
    codes.map((z) => {
      const v = zones.zones.get(z);
      return [z, v?.members ?? 0, v?.shared ?? 0, v?.estimated ?? false];
    }),
  );
}

/** The unmatched lines, grouped (never the lines themselves): reason,postcode,town,lines,members. */
export function unmatchedCsv(r: RegisterResult, zones: ZoneMembers | undefined, lang: Lang): string {
  const t = labelsFor(MEMBERS_LABELS, lang);
  const rows: (string | number)[][] = r.unmatched.map((g) => [g.reason, t(`reason_${g.reason}`), g.postcode, g.town, g.lines, g.members]);
  for (const c of zones?.unknown ?? []) rows.push(['not-in-commune-table', t('reason_not-in-commune-table'), '', `${c.code} ${c.name}`, '', c.members]);
  return toCsv(['reason', 'reason_text', 'postcode', 'town', 'lines', 'members'], rows);
}
