import type { Command } from 'commander';
import { formatCheckMarkdown, formatCheckText, islandHint } from '../../check/index.js';
import type { Lang } from '../../core/index.js';
import { say, said } from '../../messages/index.js';
import type { CliContext } from '../context.js';
import { sayer } from '../voice.js';
import { langOption } from '../lang-option.js';
import { addGraphOptions, printAutoLinks } from '../graph-options.js';
import { addPlanOptions, loadAndCheck } from '../plan-options.js';
import { addRuleOptions } from '../rules-options.js';
import { addZoneOptions } from '../zone-options.js';

export function register(program: Command, ctx: CliContext): void {
  const voice = ctx.voice;
  const h = sayer(voice);
  const cmd = program
    .command('check')
    .summary(h(said('help.check.summary')))
    .description(h(said('help.check.description')))
    .argument('<zones>', h(said('help.arg.zonesExample')))
    .argument('<plan>', h(said('help.arg.planFiles')))
    .option('--json', h(said('help.opt.json.verdict')))
    .option('--markdown', h(said('help.check.markdown')))
    .addOption(langOption(voice, said('help.check.lang'), said('help.lang.jsonSame')));
  addPlanOptions(cmd, voice);
  addZoneOptions(cmd, voice);
  addGraphOptions(cmd, voice);
  addRuleOptions(cmd, voice);
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
