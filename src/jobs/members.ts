/**
 * The `members` job: a member register (personal data, read locally) → members per commune, and per zone d'emploi
 * with INSEE's commune → zone table. Every line is accounted for; only aggregates are written, never a member's line.
 */
import { basename } from 'node:path';
import { numberFormat, labelsFor, type Lang } from '../core/index.js';
import { checkOutputs, writeFilesAtomic, readRegisterCsv, type OutputFile } from '../io/index.js';
import { readCommuneTable } from '../load/index.js';
import {
  communeMembersCsv,
  formatRegisterSummary,
  MEMBERS_LABELS,
  unmatchedCsv,
  zoneMembersCsv,
  matchRegister,
  registerColumns,
  registerToZones,
} from '../members/index.js';
import { say, said, type Voice } from '../messages/index.js';

export interface MembersJob {
  register: string;
  /** columns named by the user (else found from the header) */
  columns: { postcode?: string; town?: string; street?: string; count?: string; insee?: string; country?: string };
  communeTable?: string;
  outputs: { members: string; communes?: string; unmatched?: string };
  /** the largest share of members or lines left unmatched before the job refuses to write the counts */
  maxUnmatched: number;
  lang: Lang;
  voice: Voice;
  out(text: string): void;
  err(text: string): void;
}

/** Runs the job; false when too many members were left unmatched (nothing but the unmatched list is written then). */
export function runMembers(job: MembersJob): boolean {
  const { lang, out, outputs } = job;
  const t = labelsFor(MEMBERS_LABELS, lang);
  // the outputs first, before the register is read: two of them naming one file, a folder in the way…
  checkOutputs(
    [
      { path: outputs.members, option: '-o' },
      ...(outputs.communes !== undefined ? [{ path: outputs.communes, option: '--communes-out' }] : []),
      ...(outputs.unmatched !== undefined ? [{ path: outputs.unmatched, option: '--unmatched' }] : []),
    ],
    [job.register, ...(job.communeTable !== undefined ? [job.communeTable] : [])],
  );
  const table = job.communeTable === undefined ? undefined : readCommuneTable(job.communeTable);
  const csv = readRegisterCsv(job.register);
  const columns = registerColumns(csv.columns, job.columns, job.register);
  const result = matchRegister(csv.rows, columns, { unreadableLines: csv.unreadable.length, file: job.register, lines: csv.lines });
  const zones = table ? registerToZones(result.communes, table) : undefined;
  const tableName = job.communeTable === undefined ? undefined : basename(job.communeTable);
  out(formatRegisterSummary(result, { file: basename(job.register), lang, zones, table: tableName, encoding: csv.encoding, unreadable: csv.unreadable }));

  const lost = result.members.unmatched + (zones?.unknown.reduce((s, c) => s + c.members, 0) ?? 0);
  const lostLines = result.lines.unmatched;
  const worst = Math.max(result.members.total ? lost / result.members.total : 0, result.lines.total ? lostLines / result.lines.total : 0);
  const files: OutputFile[] = [];
  const tooMany = worst > job.maxUnmatched;
  if (!tooMany) {
    files.push({
      path: outputs.members,
      data: zones && table ? zoneMembersCsv(zones, [...new Set(table.values())]) : communeMembersCsv(result.communes),
      option: '-o',
    });
    if (outputs.communes !== undefined) files.push({ path: outputs.communes, data: communeMembersCsv(result.communes), option: '--communes-out' });
  }
  if (outputs.unmatched !== undefined) files.push({ path: outputs.unmatched, data: unmatchedCsv(result, zones, lang), option: '--unmatched' });
  writeFilesAtomic(files);
  const nf = numberFormat(lang);
  if (outputs.unmatched !== undefined)
    out(t('wroteUnmatched', { file: outputs.unmatched, n: nf.int(result.unmatched.length + (zones?.unknown.length ?? 0)) }) + '\n');
  if (tooMany) {
    job.err(
      say(said('error.error', { message: t('tooMany', { share: nf.pct(worst, 2), max: nf.pct(job.maxUnmatched, 2), file: outputs.members }) }), job.voice) +
        '\n',
    );
    return false;
  }
  const n = zones && table ? new Set([...table.values(), ...zones.zones.keys()]).size : result.communes.length;
  out(t('wrote', { file: outputs.members, n: nf.int(n), what: zones ? 'zones' : 'communes' }) + '\n');
  if (outputs.communes !== undefined) out(t('wrote', { file: outputs.communes, n: nf.int(result.communes.length), what: 'communes' }) + '\n');
  out(t(zones ? 'next' : 'nextCommunes', { file: outputs.members }) + '\n');
  return true;
}
