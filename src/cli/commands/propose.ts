import { InvalidArgumentError, type Command } from 'commander';
import { dissolveSections } from '../../export/dissolve.js';
import { geojsonText } from '../../export/write.js';
import { buildGraph } from '../../graph/build.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { writePlanCsv } from '../../load/plan.js';
import { proposeSections, readLockCsv, type ProposeResult } from '../../propose/index.js';
import type { CliContext } from '../context.js';
import { addGraphOptions, graphOptionsFrom } from '../graph-options.js';
import { addRuleOptions, rulesFromOptions } from '../rules-options.js';
import { addZoneOptions, zonesFromOptions } from '../zone-options.js';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function wholeNumber(name: string, min = 0) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}`);
    return n;
  };
}

function positiveNumber(v: string): number {
  const n = Number(v.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a number of seconds > 0');
  return n;
}

export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('propose')
    .summary('propose sections: as many as possible, each contiguous and meeting the member and seat rules')
    .description(
      'Merge neighbouring zones into sections so that every section reaches the member threshold and elects ' +
        'enough delegates, with as many sections as possible (members stay close to their delegates), then ' +
        'crossing --respect boundaries as little as possible, then as compact as possible.\n\n' +
        'Writes the plan as a spreadsheet (zone,section: one line per zone) and prints one line per section. ' +
        'The same --seed on the same input always gives the same plan. The plan is checked with the rules of ' +
        '"decoupage check" before it is written.',
    )
    .argument('<zones>', 'the zone file (GeoJSON), e.g. zones.geojson')
    .requiredOption('-o, --output <plan.csv>', 'where to write the plan (zone,section)')
    .option('--geojson <sections.geojson>', 'also write the sections as a map layer (one shape per section)')
    .option('--seed <n>', 'seed of the random choices: the same seed gives the same plan (default 1)', wholeNumber('--seed'), 1)
    .option('--iterations <n>', 'improvement steps (more can find more sections; default: 20 per zone, at most 20,000)', wholeNumber('--iterations'))
    .option('--constructions <n>', 'random first drafts tried before improving the best one (default 50)', wholeNumber('--constructions', 1))
    .option(
      '--time-limit <seconds>',
      'safety cap: stop improving after this many seconds. The plan then depends on the speed of the computer, ' +
        'so prefer --iterations for reproducible results',
      positiveNumber,
    )
    .option('--lock <zones.csv>', 'keep some zones in given sections: a CSV with columns zone,section');
  addZoneOptions(cmd);
  addGraphOptions(cmd);
  addRuleOptions(cmd);
  cmd.action((zonesFile: string, opts: Record<string, unknown>) => {
    const rules = rulesFromOptions(opts);
    const lock = opts.lock === undefined ? undefined : readLockCsv(String(opts.lock));
    const zones = zonesFromOptions(zonesFile, opts);
    const progress = ctx.progress();
    const graph = buildGraph(zones, { ...graphOptionsFrom(opts), progress });
    for (const l of graph.linksAdded) {
      ctx.stdout(`linked ${graph.ids[l.a]} (${zones.zones[l.a].name}) to ${graph.ids[l.b]} (${zones.zones[l.b].name}), ${l.distanceKm?.toFixed(1) ?? '?'} km apart\n`);
    }
    const result = proposeSections(zones, graph, rules, {
      seed: opts.seed as number,
      iterations: opts.iterations as number | undefined,
      constructions: opts.constructions as number | undefined,
      timeLimitMs: opts.timeLimit === undefined ? undefined : (opts.timeLimit as number) * 1000,
      lock,
      progress,
    });
    const output = String(opts.output);
    writePlanCsv(output, result.plan, zones);
    ctx.stdout(formatSections(result, rules.respect));
    ctx.stdout(`wrote ${output}: ${zones.zones.length} zones in ${result.sections.length} sections\n`);
    if (opts.geojson !== undefined) {
      const fc = dissolveSections(zones, result.plan, { report: result.check, topology: graph.topology });
      writeFileAtomic(String(opts.geojson), geojsonText(fc));
      ctx.stdout(`wrote ${String(opts.geojson)}: ${fc.features.length} sections\n`);
    }
  });
}

/** The per-section table, the bound line and the notes. */
export function formatSections(r: ProposeResult, respect?: string): string {
  const rows = r.sections.map((s) => [
    s.id,
    s.name,
    String(s.zones.length),
    fmt(s.members),
    String(s.seats),
    s.crossed.length ? s.crossed.join('/') : '-',
    s.compactness.toFixed(2),
  ]);
  const head = ['section', 'name', 'zones', 'members', 'seats', respect ? `crosses ${respect}` : 'crosses', 'compactness'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const right = [false, false, true, true, true, false, true];
  const line = (cells: string[]) => cells.map((c, i) => (right[i] ? c.padStart(width[i]) : c.padEnd(width[i]))).join('  ').trimEnd() + '\n';
  let out = line(head);
  for (const row of rows) out += line(row);
  out += `\nfound ${r.sections.length} sections; at most ${r.upperBound} are possible (each needs ≥ ${fmt(r.threshold)} members)\n`;
  if (respect) out += `${r.objective.respectCrossings} zones lie outside the main ${respect} of their section\n`;
  for (const n of r.notes) out += `note: ${n}\n`;
  out += 'compactness: Polsby–Popper, 1 = a disc, near 0 = long or ragged\n';
  return out;
}
