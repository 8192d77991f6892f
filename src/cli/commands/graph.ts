import type { Command } from 'commander';
import { writeOutputs } from '../../io/index.js';
import { toCsv } from '../../io/index.js';
import { declareOutputs } from '../outputs.js';
import { buildGraph } from '../../graph/index.js';
import { formatGraphSummary, graphToJson, NAMED_EDGE_COLUMNS, namedEdgeRows } from '../../graph/index.js';
import { loadRules } from '../../load/index.js';
import { addCsvOption, csvStyleFrom } from '../csv-options.js';
import type { CliContext } from '../context.js';
import { addGraphOptions, graphOptionsFrom } from '../graph-options.js';
import { addZoneOptions, zonesFromOptions } from '../zone-options.js';

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('graph')
    .summary('find which zones are neighbours (contiguity graph), islands and separate parts')
    .description(
      'Work out which zones are neighbours, how long their common border is, which zones touch nothing ' +
        '(islands) and which groups of zones are cut off from the rest. Sections are built only from ' +
        'neighbouring zones, so check this first. Islands can be joined with --link or --auto-link; the ' +
        'same options work in propose and check.\n\n' +
        'Example: decoupage graph zones.geojson --auto-link -o edges.csv',
    )
    .argument('<zones>', 'the zone file (GeoJSON), e.g. zones.geojson')
    .option('-o, --output <file>', 'write the neighbour pairs: edges.csv (zone_a,zone_a_name,zone_b,zone_b_name,shared_border_km,kind) or edges.json')
    .option('--json', 'print the full result as JSON instead of the summary (for scripts)')
    .option('--min-members <n>', 'with --auto-link and member counts: the section threshold; only the parts below it are linked (default 10000)')
    .option('--rules <file.json>', 'with --auto-link: read the threshold ("min-members") from the rules file of propose and check');
  addCsvOption(cmd);
  addZoneOptions(cmd);
  addGraphOptions(cmd);
  declareOutputs(cmd, { output: '-o' });
  cmd.action(async (file: string, opts: Record<string, unknown>) => {
    const zones = zonesFromOptions(file, opts, { membersRequired: false });
    // the threshold of --auto-link needs member counts; without them every part is linked within --max-link-km
    const hasMembers = zones.members.description !== 'no member counts';
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
      ctx.stdout(formatGraphSummary(zones, graph, { snapM: graphOptions.snapM }));
      if (out) ctx.stdout(`\nneighbour pairs written to ${out}\n`);
    }
  });
}
