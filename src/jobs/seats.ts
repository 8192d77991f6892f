/** The `seats` job: the delegates of each section of a plan under the seat rule, written as CSV when asked and said. */
import { basename } from 'node:path';
import { formatSectionSeats, requireSettledTies, seatsCsvText, sectionSeats, type TieBreak } from '../apportion/index.js';
import { carryOverLine, membersBySection, partlyEstimatedLine, sectionNamesOf, sectionsOf, type Lang, type ZoneSet } from '../core/index.js';
import type { Rules } from '../core/rules.js';
import { writeOutputs, type CsvStyle } from '../io/index.js';
import { planFromInput, readPlan } from '../load/index.js';
import { said, say, type Voice } from '../messages/index.js';

export interface SeatsJob {
  zones: ZoneSet;
  planFile: string;
  rules: Rules;
  tieBreak?: TieBreak;
  seed: string;
  output?: string;
  csv: CsvStyle;
  json: boolean;
  lang: Lang;
  voice: Voice;
  out(text: string): void;
  note(text: string): void;
}

export async function runSeats(job: SeatsJob): Promise<void> {
  const { zones, lang, out } = job;
  const input = readPlan(job.planFile, zones);
  const line = carryOverLine(input.carried ?? [], basename(job.planFile), 'section', lang);
  if (line) job.note(line + '\n');
  const plan = planFromInput(input, zones);
  const result = sectionSeats(membersBySection(zones, plan), job.rules, { tieBreak: job.tieBreak, seed: job.seed });
  requireSettledTies(result.ties);
  if (job.output) await writeOutputs([{ path: job.output, data: seatsCsvText(result, { names: sectionNamesOf(zones, plan), style: job.csv }), option: '-o' }]);
  if (job.json) {
    const sections = result.rows.map((r) => ({ ...r, membersPerSeat: Number.isFinite(r.membersPerSeat) ? r.membersPerSeat : null }));
    out(JSON.stringify({ rule: say(result.rule, 'en'), members: zones.members, sections, overall: result.overall, ties: result.ties }, null, 2) + '\n');
    return;
  }
  const zoneCounts = new Map(
    [
      ...sectionsOf(
        plan,
        zones.zones.map((z) => z.id),
      ),
    ].map(([s, zs]) => [s, zs.length]),
  );
  const partly = partlyEstimatedLine(zones, lang);
  out(formatSectionSeats(result, { zoneCounts, estimated: zones.members.estimated && !partly, lang, voice: job.voice }));
  if (partly) out(partly + '\n');
  if (job.output) out(say(said('output.written', { file: job.output }), { ...job.voice, lang }) + '\n');
}
