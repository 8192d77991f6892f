import { sectionNamesOf } from '../../core/index.js';
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { requireSettledTies } from '../../apportion/index.js';
import type { Lang } from '../../core/index.js';
import { writeOutputs } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { planFromInput, readPlan } from '../../load/index.js';
import { sayCarried } from '../carry-note.js';
import { partlyEstimatedLine } from '../../core/index.js';
import { formatComparison, formatPluralism, pluralismCsvText } from '../../pluralism/index.js';
import { comparePlans } from '../../pluralism/index.js';
import { LIST_METHODS, type ListMethod } from '../../pluralism/index.js';
import { defaultScenario, readVotes } from '../../pluralism/index.js';
import { addCsvOption, csvStyleFrom } from '../csv-options.js';
import { addCompareByOption, compareByFromOptions } from '../compare-by.js';
import type { CliContext } from '../context.js';
import { langOption } from '../lang-option.js';
import { said, say } from '../../messages/index.js';
import { positiveNumber, seed, wholeNumber } from '../parse.js';
import { MAX_CONCENTRATION, MAX_SIMULATE } from '../../core/index.js';
import { addSeatOptions, seatRulesFromOptions } from '../rules-options.js';
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
    .option('--simulate <n>', 'draw the vote shares n times around the scenario and report the chance of each list winning a seat', wholeNumber('--simulate', 1, 'for example --simulate 1000 (at most 100,000 draws)', MAX_SIMULATE))
    .option('--concentration <c>', 'how close the draws stay to the scenario: larger = closer (default 100)', positiveNumber('--concentration', 'a number', undefined, MAX_CONCENTRATION))
    .option('--seed <s>', 'seed of the draws, so a run can be repeated', seed(), 1)
    .option('--compare <other-plan.csv>', 'a second plan of the same zones to compare side by side (e.g. départements as sections)');
  addCompareByOption(cmd);
  addSeatOptions(cmd)
    .option('-o, --output <pluralism.csv>', 'write the seats of each list in each section as CSV')
    .option('--json', 'print the result as JSON (for scripts)')
    .addOption(langOption('the printed text', '--json stays the same; the CSV uses ";" and decimal commas in French'));
  declareOutputs(cmd, { output: '-o' });
  addZoneOptions(cmd).action(async (zonesFile: string, planFile: string, opts: Record<string, unknown>) => {
  addCsvOption(cmd);
    const zones = zonesFromOptions(zonesFile, opts);
    const input = readPlan(planFile, zones);
    sayCarried(ctx, input.carried, planFile, 'section', opts);
    const plan = planFromInput(input, zones);
    const { rules, tieBreak } = seatRulesFromOptions(opts);
    const votes = opts.votes ? readVotes(String(opts.votes), zones) : defaultScenario();
    sayCarried(ctx, votes.carried, String(opts.votes), 'votes', opts);
    const simulate = (opts.simulate as number | undefined) ?? 0;
    const concentration = (opts.concentration as number | undefined) ?? 100;
    const plans = [{ label: basename(planFile), plan }];
    if (opts.compare) {
      const file = String(opts.compare);
      const other = readPlan(file, zones);
      sayCarried(ctx, other.carried, file, 'section', opts);
      plans.push({ label: basename(file) === basename(planFile) ? file : basename(file), plan: planFromInput(other, zones) });
    }
    const by = compareByFromOptions(zones, opts);
    if (by) plans.push(by);
    const namesOf = new Map(plans.map((p) => [p.label, sectionNamesOf(zones, p.plan)]));
    const cmp = comparePlans(zones, plans, {
      rules,
      votes,
      method: (opts.listMethod as ListMethod | undefined) ?? 'dhondt',
      simulate,
      concentration,
      seed: String(opts.seed),
      tieBreak,
    });
    requireSettledTies(cmp.plans.flatMap((p) => p.report.seatRule?.ties ?? []));
    if (opts.output) await writeOutputs([{ path: String(opts.output), data: pluralismCsvText(cmp, { names: (label, s) => namesOf.get(label)?.get(s), style: csvStyleFrom(opts) }), option: '-o' }]);
    if (opts.json) {
      ctx.stdout(JSON.stringify({ scenario: votes, method: cmp.method, plans: cmp.plans }, null, 2) + '\n');
      return;
    }
    const lang = opts.lang as Lang;
    const partly = partlyEstimatedLine(zones, lang);
    for (const p of cmp.plans) {
      const title = cmp.plans.length > 1 ? `== ${p.label} ==` : undefined;
      ctx.stdout(formatPluralism(p.report, { estimated: zones.members.estimated && !partly, title, lang, rules }) + '\n');
      if (partly) ctx.stdout(partly + '\n\n');
    }
    if (cmp.plans.length > 1) ctx.stdout(formatComparison(cmp, { lang }));
    if (opts.output) ctx.stdout(say(said('output.written', { file: String(opts.output) }), { ...ctx.voice, lang }) + '\n');
  });
}
