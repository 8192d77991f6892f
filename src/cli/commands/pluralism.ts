import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { TIE_BREAKS, type TieBreak } from '../../apportion/methods.js';
import { InputError } from '../../core/errors.js';
import { LANGS, type Lang } from '../../core/i18n.js';
import { APPORTION_METHODS, resolveRules } from '../../core/rules.js';
import { writeCsv } from '../../io/csv.js';
import { planFromInput, readPlan } from '../../load/plan.js';
import { formatComparison, formatPluralism } from '../../pluralism/format.js';
import { comparePlans } from '../../pluralism/plan.js';
import { LIST_METHODS, type ListMethod } from '../../pluralism/thresholds.js';
import { defaultScenario, readVotes } from '../../pluralism/votes.js';
import type { CliContext } from '../context.js';
import { addZoneOptions, zonesFromOptions } from '../zone-options.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('pluralism')
    .summary('show which lists win seats in each section of a plan')
    .description(
      'Simulate the list vote in every section of a plan: share each section\'s seats between the lists ' +
        '(D\'Hondt, the French "plus forte moyenne", or Hare largest remainder), and report seats per list, ' +
        'how many lists are represented, the votes that elected nobody, and the seat thresholds of each section. ' +
        'Without --votes a clearly labelled default scenario is used (4 lists at 40/30/20/10 %). ' +
        'votes.csv is either "list,share" (or list,votes) for the whole territory, "zone,list,votes" per zone, ' +
        'or "zone" plus one column per list; per-zone figures are combined per section weighted by members.\n\n' +
        'Example: decoupage pluralism zones.geojson plan.csv --votes votes.csv --compare departements.csv',
    )
    .argument('<zones>', 'the zone file (GeoJSON)')
    .argument('<plan>', 'the plan: a zone,section CSV (or JSON / GeoJSON)')
    .option('--votes <votes.csv>', 'vote shares or votes per list (whole territory or per zone)')
    .addOption(new Option('--list-method <method>', 'how seats are shared between lists inside a section (default dhondt)').choices([...LIST_METHODS]))
    .option('--simulate <n>', 'draw the vote shares n times around the scenario and report the chance of each list winning a seat')
    .option('--concentration <c>', 'how close the draws stay to the scenario: larger = closer (default 100)')
    .option('--seed <s>', 'seed of the draws, so a run can be repeated', '1')
    .option('--compare <other-plan.csv>', 'a second plan of the same zones to compare side by side (e.g. départements as sections)')
    .option('--members-per-seat <n>', 'seats per section: one per this many members, rounded down (default 1500)')
    .option('--seats <total>', 'seats per section: a fixed total shared between sections by --method')
    .addOption(new Option('--method <method>', 'how --seats are shared between sections (default dhondt), as in the other commands').choices([...APPORTION_METHODS]))
    .option('--min-seats <n>', 'with --seats: every section first gets this many seats (default 6)')
    .addOption(new Option('--tie-break <rule>', 'who gets a tied last seat between sections').choices([...TIE_BREAKS]))
    .option('-o, --output <pluralism.csv>', 'write the seats of each list in each section as CSV')
    .option('--json', 'print the result as JSON (for scripts)')
    .addOption(new Option('--lang <language>', 'language of the printed text: fr (French) or en (English); --json and the CSV stay the same').choices([...LANGS]).default('en'));
  addZoneOptions(cmd).action((zonesFile: string, planFile: string, opts: Record<string, unknown>) => {
    const zones = zonesFromOptions(zonesFile, opts);
    const plan = planFromInput(readPlan(planFile, zones), zones);
    const rules = resolveRules({
      seats: opts.seats as string | undefined,
      method: opts.method as string | undefined,
      membersPerSeat: opts.membersPerSeat as string | undefined,
      minSeats: opts.minSeats as string | undefined,
    });
    const votes = opts.votes ? readVotes(String(opts.votes), zones) : defaultScenario();
    const simulate = opts.simulate === undefined ? 0 : wholeNumber(opts.simulate, 'simulate');
    const concentration = opts.concentration === undefined ? 100 : positiveNumber(opts.concentration, 'concentration');
    const plans = [{ label: basename(planFile), plan }];
    if (opts.compare) {
      const file = String(opts.compare);
      plans.push({ label: basename(file) === basename(planFile) ? file : basename(file), plan: planFromInput(readPlan(file, zones), zones) });
    }
    const cmp = comparePlans(zones, plans, {
      rules,
      votes,
      method: (opts.listMethod as ListMethod | undefined) ?? 'dhondt',
      simulate,
      concentration,
      seed: String(opts.seed ?? '1'),
      tieBreak: opts.tieBreak as TieBreak | undefined,
    });
    const open = cmp.plans.flatMap((p) => p.report.seatRule?.ties.filter((t) => !t.resolvedBy) ?? []);
    if (open.length) {
      throw new InputError(`the last seat between sections is tied (${open[0].candidates.join(', ')})`, {
        field: 'tie-break',
        hint: 'add --tie-break largest, first or random-seeded',
      }, 1);
    }

    if (opts.output) {
      const lists = votes.lists;
      const rows = cmp.plans.flatMap((p) =>
        p.report.sections.map((s) => [
          p.label,
          s.section,
          s.members,
          s.seats,
          ...lists.map((l) => s.seatsByList[l]),
          s.listsRepresented,
          s.wastedShare.toFixed(4),
          s.thresholds.exclusion.toFixed(4),
          s.thresholds.representation.toFixed(4),
          s.thresholds.effective.toFixed(4),
        ]),
      );
      writeCsv(
        String(opts.output),
        ['plan', 'section', 'members', 'seats', ...lists.map((l) => `seats_${l}`), 'lists_represented', 'wasted_share', 'threshold_exclusion', 'threshold_representation', 'threshold_effective'],
        rows,
      );
    }
    if (opts.json) {
      ctx.stdout(JSON.stringify({ scenario: votes, method: cmp.method, plans: cmp.plans }, null, 2) + '\n');
      return;
    }
    const lang = opts.lang as Lang;
    for (const p of cmp.plans) {
      const title = cmp.plans.length > 1 ? `== ${p.label} ==` : undefined;
      ctx.stdout(formatPluralism(p.report, { estimated: zones.members.estimated, title, lang, rules }) + '\n');
    }
    if (cmp.plans.length > 1) ctx.stdout(formatComparison(cmp, { lang }));
    if (opts.output) ctx.stdout(`${lang === 'fr' ? 'Écrit :' : 'Written:'} ${opts.output}\n`);
  });
}

function wholeNumber(v: unknown, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InputError(`--${name} must be a whole number ≥ 0, got "${v}"`, { field: name });
  return n;
}

function positiveNumber(v: unknown, name: string): number {
  const n = Number(String(v).replace(',', '.'));
  if (!(n > 0) || !Number.isFinite(n)) throw new InputError(`--${name} must be a number > 0, got "${v}"`, { field: name });
  return n;
}
