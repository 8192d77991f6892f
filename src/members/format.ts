/**
 * What `decoupage members` prints and writes, in English and French. Only aggregates: counts per way of
 * matching, per commune, per zone, and unmatched lines grouped by reason, postal code and town.
 */
import { toCsv } from '../io/csv.js';
import { labelsFor, numberFormat, type Lang } from '../core/i18n.js';
import { UNKNOWN_TOWN, type CommuneMembers, type MatchKind, type RegisterResult, type UnmatchedReason, type ZoneMembers } from './register.js';
import { MEMBERS_LABELS } from '../messages/members.js';

type Key =
  | 'read'
  | 'encoding'
  | 'columns'
  | 'kind_insee'
  | 'kind_postcode'
  | 'kind_town'
  | 'kind_street'
  | 'kind_shared'
  | 'kind_unmatched'
  | 'total'
  | 'lines'
  | 'members'
  | 'otherPostcode'
  | 'estimated'
  | 'notInTable'
  | 'balance'
  | 'communes'
  | 'zones'
  | 'topUnmatched'
  | 'unmatchedLine'
  | 'tooMany'
  | 'unreadableLines'
  | 'wrote'
  | 'wroteUnmatched'
  | 'next'
  | 'nextCommunes'
  | `reason_${UnmatchedReason}`
  | 'reason_not-in-commune-table'
  | 'unknownTown'
  | 'colPostcode'
  | 'colTown'
  | 'colStreet'
  | 'colCount'
  | 'colInsee'
  | 'colCountry';

export { MEMBERS_LABELS };

/** The printed summary: lines and members per way of matching, the balance, the largest unmatched groups. */
export function formatRegisterSummary(
  r: RegisterResult,
  o: { file: string; lang: Lang; zones?: ZoneMembers; table?: string; top?: number; encoding?: string; unreadable?: readonly number[] },
): string {
  const t = labelsFor(MEMBERS_LABELS, o.lang);
  const nf = numberFormat(o.lang);
  const out: string[] = [];
  out.push(t('read', { file: o.file, lines: nf.int(r.lines.total), members: nf.int(r.members.total) }));
  if (o.encoding && !o.encoding.startsWith('utf-8')) out.push(t('encoding', { encoding: o.encoding }));
  const colKeys: [keyof RegisterResult['columns'], Key][] = [
    ['postcode', 'colPostcode'],
    ['town', 'colTown'],
    ['street', 'colStreet'],
    ['count', 'colCount'],
    ['insee', 'colInsee'],
    ['country', 'colCountry'],
  ];
  out.push(
    t('columns', {
      list: colKeys
        .filter(([k]) => r.columns[k] !== undefined)
        .map(([k, l]) => `${t(l)} "${r.columns[k]}"`)
        .join(', '),
    }),
  );
  const kinds: MatchKind[] = ['insee', 'postcode', 'town', 'street', 'shared', 'unmatched'];
  const rows = kinds.map((k) => [t(`kind_${k}`), nf.int(r.lines[k]), nf.int(r.members[k]), share(r.members[k], r.members.total, o.lang)]);
  rows.push([t('total'), nf.int(r.lines.total), nf.int(r.members.total), share(r.members.total, r.members.total, o.lang)]);
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(t('lines').length, ...rows.map((x) => x[1].length));
  const w2 = Math.max(t('members').length, ...rows.map((x) => x[2].length));
  out.push(`  ${''.padEnd(w0)}  ${t('lines').padStart(w1)}  ${t('members').padStart(w2)}`);
  for (const x of rows) out.push(`  ${x[0].padEnd(w0)}  ${x[1].padStart(w1)}  ${x[2].padStart(w2)}  ${x[3].padStart(7)}`);
  if (r.otherPostcode) out.push(t('otherPostcode', { n: nf.int(r.otherPostcode) }));
  // the lines not read, by number (never their content): the person can open the file there
  if (o.unreadable?.length) {
    const shown = o.unreadable.slice(0, 10).join(', ') + (o.unreadable.length > 10 ? ', …' : '');
    out.push(t('unreadableLines', { n: nf.int(o.unreadable.length), lines: shown }));
  }
  const matched = r.members.total - r.members.unmatched;
  out.push(t('balance', { total: nf.int(r.members.total), matched: nf.int(matched), unmatched: nf.int(r.members.unmatched) }));
  if (r.members.shared) out.push(t('estimated'));
  out.push(t('communes', { n: nf.int(r.communes.length) }));
  if (o.zones) {
    const zm = [...o.zones.zones.values()].reduce((s, z) => s + z.members, 0);
    out.push(t('zones', { table: o.table ?? '', n: nf.int([...o.zones.zones.values()].filter((z) => z.members > 0).length), members: nf.int(zm) }));
    if (o.zones.unknown.length) {
      const members = o.zones.unknown.reduce((s, c) => s + c.members, 0);
      const list =
        o.zones.unknown
          .slice(0, 5)
          .map((c) => `${c.code} ${c.name}`)
          .join(', ') + (o.zones.unknown.length > 5 ? ', …' : '');
      out.push(t('notInTable', { communes: nf.int(o.zones.unknown.length), members: nf.int(members), table: o.table ?? '', list }));
    }
  }
  const top = r.unmatched.slice(0, o.top ?? 5);
  if (top.length) {
    out.push(t('topUnmatched'));
    for (const g of top) {
      out.push(
        t('unmatchedLine', {
          reason: t(`reason_${g.reason}`),
          postcode: g.postcode || '—',
          town: g.town === UNKNOWN_TOWN ? t('unknownTown') : g.town || '—',
          lines: nf.int(g.lines),
          members: nf.int(g.members),
        }),
      );
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
