import type { Command } from 'commander';
import { writeOutputs, toCsv } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { buildGraph, formatGraphSummary, graphToJson, NAMED_EDGE_COLUMNS, namedEdgeRows } from '../../graph/index.js';
import { hasMemberCounts } from '../../core/index.js';
import { resolveRules } from '../../check/index.js';
import { loadRules } from '../../check/index.js';
import { addCsvOption, CSV_FLAGS, csvStyleFrom, type CsvFlags } from '../csv-options.js';
import { flagKeys } from '../flags.js';
import type { CliContext } from '../context.js';
import { said, say } from '../../messages/index.js';
import { LANG_FLAG, langOption, type LangFlag } from '../lang-option.js';
import { sayer } from '../voice.js';
import { addGraphOptions, GRAPH_FLAGS, graphOptionsFrom, type GraphFlags } from '../graph-options.js';
import { addZoneOptions, ZONE_FLAGS, zonesFromOptions, type ZoneFlags } from '../zone-options.js';

interface GraphOwnFlags {
  output?: string;
  json?: true;
  minMembers?: string;
  rules?: string;
}

export type GraphCommandFlags = GraphOwnFlags & LangFlag & CsvFlags & ZoneFlags & GraphFlags;

export const GRAPH_COMMAND_FLAGS = [
  ...flagKeys<GraphOwnFlags>({ output: true, json: true, minMembers: true, rules: true }),
  ...LANG_FLAG,
  ...CSV_FLAGS,
  ...ZONE_FLAGS,
  ...GRAPH_FLAGS,
];

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
  cmd.action(async (file: string, opts: GraphCommandFlags) => {
    const zones = zonesFromOptions(file, opts, { membersRequired: false });
    // the threshold of --auto-link needs member counts; without them every part is linked within --max-link-km
    const hasMembers = hasMemberCounts(zones.members);
    const minMembers = hasMembers ? loadRules({ rules: opts.rules, minMembers: opts.minMembers }).minMembers : undefined;
    const graphOptions = graphOptionsFrom(opts, { minMembers });
    const graph = buildGraph(zones, { ...graphOptions, progress: ctx.progress() });
    const out = opts.output;
    if (out) {
      const data = out.toLowerCase().endsWith('.json')
        ? JSON.stringify(graphToJson(zones, graph), null, 2) + '\n'
        : toCsv(NAMED_EDGE_COLUMNS, namedEdgeRows(zones, graph), csvStyleFrom(opts));
      await writeOutputs([{ path: out, data, option: '-o' }]);
    }
    if (opts.json) ctx.stdout(JSON.stringify(graphToJson(zones, graph), null, 2) + '\n');
    else {
      const voice = { ...ctx.voice, lang: opts.lang };
      ctx.stdout(formatGraphSummary(zones, graph, { snapM: graphOptions.snapM, lang: voice.lang }));
      if (out) ctx.stdout(`\n${say(said('output.graph.written', { file: out }), voice)}\n`);
    }
  });
}
