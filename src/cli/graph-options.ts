import { Option, type Command } from 'commander';
import { InputError } from '../core/index.js';
import type { GraphOptions, LinkSpec } from '../graph/index.js';
import { parseLinkOption, readLinksCsv } from '../load/index.js';
import { metres } from './parse.js';

const parseSnap = metres('--snap', 'for example --snap 5 counts borders less than 5 metres apart as shared');

/**
 * The contiguity options shared by graph, propose, check, export, report and demo, so islands can be
 * linked (and unclean borders snapped) the same way in every command.
 */
export function addGraphOptions(cmd: Command): Command {
  // A heading of its own in --help; options added afterwards go back under "Options:".
  cmd.optionsGroup('Neighbours (contiguity):');
  return cmd
    .addOption(
      new Option('--contiguity <rule>', 'when two zones are neighbours: rook = they share a stretch of border, queen = one shared point is enough')
        .choices(['rook', 'queen'])
        .default('rook'),
    )
    .option('--snap <metres>', 'count borders less than this many metres apart as shared (for layers whose borders do not match exactly)', parseSnap)
    .option('--link <A:B>', 'treat zones A and B as neighbours, e.g. an island and the zone of its ferry port (repeat for several links)', collect)
    .option('--links <file.csv>', 'read links from a CSV file with columns zone_a,zone_b')
    .option('--auto-link', 'link every separate part (islands, enclaves) to its nearest neighbour until all zones are connected')
    .optionsGroup('Options:');
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Turn parsed CLI options into GraphOptions (reads the --links CSV). */
export function graphOptionsFrom(opts: Record<string, unknown>): GraphOptions {
  const out: GraphOptions = {};
  const contiguity = opts.contiguity ?? 'rook';
  if (contiguity !== 'rook' && contiguity !== 'queen') {
    throw new InputError(`--contiguity must be rook or queen (got "${String(contiguity)}")`, { field: 'contiguity' });
  }
  out.contiguity = contiguity;
  if (opts.snap !== undefined && opts.snap !== false) {
    const snap = typeof opts.snap === 'number' ? opts.snap : parseSnap(String(opts.snap));
    if (snap > 0) out.snapM = snap;
  }
  const links: LinkSpec[] = [];
  const linkOpt = opts.link === undefined ? [] : Array.isArray(opts.link) ? opts.link : [opts.link];
  for (const raw of linkOpt) links.push(parseLinkOption(String(raw)));
  if (typeof opts.links === 'string' && opts.links) links.push(...readLinksCsv(opts.links));
  if (links.length) out.links = links;
  if (opts.autoLink) out.autoLink = true;
  return out;
}
