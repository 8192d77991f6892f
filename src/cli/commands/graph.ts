import type { Command } from 'commander';
import { writeOutputs, toCsv } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { buildGraph, formatGraphSummary, graphToJson, NAMED_EDGE_COLUMNS, namedEdgeRows } from '../../graph/index.js';
import { hasMemberCounts, resolveRules } from '../../core/index.js';
import { loadRules } from '../../load/index.js';
import { addCsvOption, csvStyleFrom } from '../csv-options.js';
import type { CliContext } from '../context.js';
import { said, say } from '../../messages/index.js';
import { langOption } from '../lang-option.js';
import { sayer } from '../voice.js';
import { addGraphOptions, graphOptionsFrom } from '../graph-options.js';
import { addZoneOptions, zonesFromOptions } from '../zone-options.js';
import type { Lang } from '../../core/index.js';

export function register(program: Command, ctx: CliContext): void {
  const voice = ctx.voice;
  const h = sayer(voice);
  const cmd = program
    .command('graph')
    .summary(h(said('help.graph.summary')))
    .description(h(said('help.graph.description')))
    .argument('<zones>', h(said('help.arg.zonesExample')))
    .option('-o, --output <file>', h(said('help.graph.output')))
    .option('--json', h(said('help.graph.json')))
    .option('--min-members <n>', h(said('help.graph.minMembers')))
    .option('--rules <file.json>', h(said('help.graph.rules')))
    .addOption(langOption(voice, said('help.lang.printedSummary')));
  addCsvOption(cmd, voice);
  addZoneOptions(cmd, voice);
  addGraphOptions(cmd, voice);
  declareOutputs(cmd, { output: '-o' });
  cmd.action(async (file: string, opts: Record<string, unknown>) => {
    const zones = zonesFromOptions(file, opts, { membersRequired: false });
    // the threshold of --auto-link needs member counts; without them every part is linked within --max-link-km
    const hasMembers = hasMemberCounts(zones.members);
    const str = (k: string) => (opts[k] === undefined ? undefined : String(opts[k]));
    const minMembers = hasMembers ? loadRules({ rules: str('rules'), minMembers: str('minMembers') }).minMembers : undefined;
    const graphOptions = graphOptionsFrom(opts, { minMembers });
    const graph = buildGraph(zones, { ...graphOptions, progress: ctx.progress() });
    const out = typeof opts.output === 'string' ? opts.output : undefined;
    if (out) {
      const data = out.toLowerCase().endsWith('.json') ? JSON.stringify(graphToJson(zones, graph), null, 2) + '\n' : toCsv(NAMED_EDGE_COLUMNS, namedEdgeRows(zones, graph), csvStyleFrom(opts));
      await writeOutputs([{ path: out, data, option: '-o' }]);
    }
    if (opts.json) ctx.stdout(JSON.stringify(graphToJson(zones, graph), null, 2) + '\n');
    else {
      const voice = { ...ctx.voice, lang: opts.lang as Lang };
      ctx.stdout(formatGraphSummary(zones, graph, { snapM: graphOptions.snapM, lang: voice.lang }));
      if (out) ctx.stdout(`\n${say(said('output.graph.written', { file: out }), voice)}\n`);
    }
  });
}
