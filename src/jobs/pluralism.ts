/**
 * The `pluralism` job: the list vote of a plan (and of the plans it is compared with) under a vote scenario, written
 * as CSV when asked and said as text or JSON.
 */
import { basename } from 'node:path';
import { requireSettledTies, ruleInEnglish, type TieBreak } from '../apportion/index.js';
import { carryOverLine, partlyEstimatedLine, sectionNamesOf, type CarryKind, type Lang, type ZoneSet } from '../core/index.js';
import type { Rules } from '../core/rules.js';
import type { Plan } from '../core/types.js';
import { writeOutputs, type CsvStyle } from '../io/index.js';
import { planFromInput, readPlan } from '../load/index.js';
import { said, say, type Voice } from '../messages/index.js';
import { comparePlans, defaultScenario, formatComparison, formatPluralism, pluralismCsvText, readVotes, type ListMethod } from '../pluralism/index.js';

export interface PluralismJob {
  zones: ZoneSet;
  planFile: string;
  rules: Rules;
  tieBreak?: TieBreak;
  votesFile?: string;
  method: ListMethod;
  simulate: number;
  concentration: number;
  seed: string;
  /** another plan file to compare with, and/or a plan already made (one section per département…) */
  compareFile?: string;
  compareBy?: { label: string; plan: Plan };
  output?: string;
  csv: CsvStyle;
  json: boolean;
  lang: Lang;
  voice: Voice;
  /** what is printed (JSON on it when json is set), and notes (on stderr beside JSON) */
  out(text: string): void;
  note(text: string): void;
}

export async function runPluralism(job: PluralismJob): Promise<void> {
  const { zones, lang, out } = job;
  const carried = (c: readonly { zone: string; units: number }[] | undefined, file: string, kind: CarryKind) => {
    const line = carryOverLine(c ?? [], basename(file), kind, lang);
    if (line) job.note(line + '\n');
  };
  const input = readPlan(job.planFile, zones);
  carried(input.carried, job.planFile, 'section');
  const plan = planFromInput(input, zones);
  const votes = job.votesFile ? readVotes(job.votesFile, zones) : defaultScenario();
  // the default scenario carries nothing: the file name is not read then
  carried(votes.carried, job.votesFile ?? '', 'votes');
  const plans = [{ label: basename(job.planFile), plan }];
  if (job.compareFile) {
    const file = job.compareFile;
    const other = readPlan(file, zones);
    carried(other.carried, file, 'section');
    plans.push({ label: basename(file) === basename(job.planFile) ? file : basename(file), plan: planFromInput(other, zones) });
  }
  if (job.compareBy) plans.push(job.compareBy);
  const namesOf = new Map(plans.map((p) => [p.label, sectionNamesOf(zones, p.plan)]));
  const cmp = comparePlans(zones, plans, {
    rules: job.rules,
    votes,
    method: job.method,
    simulate: job.simulate,
    concentration: job.concentration,
    seed: job.seed,
    tieBreak: job.tieBreak,
  });
  requireSettledTies(cmp.plans.flatMap((p) => p.report.seatRule?.ties ?? []));
  if (job.output)
    await writeOutputs([{ path: job.output, data: pluralismCsvText(cmp, { names: (label, s) => namesOf.get(label)?.get(s), style: job.csv }), option: '-o' }]);
  if (job.json) {
    out(JSON.stringify({ scenario: votes, method: cmp.method, plans: cmp.plans }, ruleInEnglish, 2) + '\n');
    return;
  }
  const partly = partlyEstimatedLine(zones, lang);
  for (const p of cmp.plans) {
    const title = cmp.plans.length > 1 ? `== ${p.label} ==` : undefined;
    out(formatPluralism(p.report, { estimated: zones.members.estimated && !partly, title, lang }) + '\n');
    if (partly) out(partly + '\n\n');
  }
  if (cmp.plans.length > 1) out(formatComparison(cmp, { lang }));
  if (job.output) out(say(said('output.written', { file: job.output }), { ...job.voice, lang }) + '\n');
}
