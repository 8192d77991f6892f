import type { Command } from 'commander';
import { formatCheckMarkdown, formatCheckText, islandHint } from '../../check/index.js';
import type { Lang } from '../../core/index.js';
import { say } from '../../messages/index.js';
import type { CliContext } from '../context.js';
import { langOption } from '../lang-option.js';
import { addGraphOptions, printAutoLinks } from '../graph-options.js';
import { addPlanOptions, loadAndCheck } from '../plan-options.js';
import { addRuleOptions } from '../rules-options.js';
import { addZoneOptions } from '../zone-options.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('check')
    .summary('check that a plan follows the rules (exit code 0 = compliant, 1 = a rule is broken)')
    .description(
      'Check a plan (which zone goes in which section) against the rules: every zone in exactly one section, ' +
        'every section in one piece, enough members and delegates in every section, and the optional maximum, ' +
        'deviation from the mean (--max-deviation) and --within boundary. Prints a verdict per rule and per section.\n\n' +
        'The plan is a CSV with columns zone,section (as written by "decoupage propose"), a JSON file ' +
        '{"zone": "section", …}, or a GeoJSON whose features carry a "section" property.\n\n' +
        'Exit code: 0 when the plan is compliant, 1 when it breaks a rule, 2 when a file cannot be used.',
    )
    .argument('<zones>', 'the zone file (GeoJSON), e.g. zones.geojson')
    .argument('<plan>', 'the plan: plan.csv (zone,section), plan.json or plan.geojson')
    .option('--json', 'print the full verdict as JSON (for scripts)')
    .option('--markdown', 'print the verdict as Markdown tables (for minutes, wikis, pull requests)')
    .addOption(langOption('the printed verdict', '--json stays the same'));
  addPlanOptions(cmd);
  addZoneOptions(cmd);
  addGraphOptions(cmd);
  addRuleOptions(cmd);
  cmd.action((zonesFile: string, planFile: string, opts: Record<string, unknown>) => {
    const { report, graph, zones, rules } = loadAndCheck(zonesFile, planFile, opts, ctx);
    const lang = opts.lang as Lang;
    // --json stays the same in every language: the member source in English, as text
    if (opts.json) ctx.stdout(JSON.stringify(report.membersNote === undefined ? report : { ...report, membersNote: say(report.membersNote, 'en') }, null, 2) + '\n');
    else if (opts.markdown) ctx.stdout(formatCheckMarkdown(report, { lang, rules }));
    else {
      const hints: string[] = [];
      const contiguity = report.rules.find((r) => r.rule === 'contiguity');
      if (contiguity && !contiguity.ok && graph.islands.length) {
        const names = graph.islands.map((i) => `${zones.zones[i].id} (${zones.zones[i].name})`);
        hints.push(islandHint(names, lang));
      }
      printAutoLinks(ctx, zones, graph, lang);
      ctx.stdout(formatCheckText(report, hints, { lang, rules }));
    }
    ctx.exitCode = report.ok ? 0 : 1;
  });
}
