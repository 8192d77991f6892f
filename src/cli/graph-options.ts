import { Option, type Command } from 'commander';
import { InputError } from '../core/index.js';
import { isLang, type Lang } from '../core/index.js';
import type { ZoneSet } from '../core/index.js';
import { formatAutoLinks } from '../graph/index.js';
import { DEFAULT_MAX_LINK_KM } from '../graph/index.js';
import type { GraphOptions, LinkSpec, ZoneGraphResult } from '../graph/index.js';
import { parseLinkOption, readLinksCsv } from '../load/index.js';
import type { CliContext } from './context.js';
import { metres, positiveNumber } from './parse.js';

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
    .option(
      '--auto-link',
      'link each separate part (island, enclave) too small to be a section on its own (below --min-members) to its nearest ' +
        'part, preferring the same département, then the same région; each link is printed with its distance',
    )
    .option(
      '--max-link-km <km>',
      `the longest link the automatic linking (above) adds (default ${DEFAULT_MAX_LINK_KM}); a part below the threshold with no part that close is refused (exit 1), so you choose --link or a lower threshold`,
      positiveNumber('--max-link-km', 'a number of km', 'for example --max-link-km 50'),
    )
    .optionsGroup('Options:');
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * Turn parsed CLI options into GraphOptions (reads the --links CSV). minMembers: the rules' threshold, so
 * --auto-link links only the parts below it (leave it out when the zones have no member counts).
 */
export function graphOptionsFrom(opts: Record<string, unknown>, context: { minMembers?: number } = {}): GraphOptions {
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
  if (opts.autoLink) {
    out.autoLink = true;
    if (context.minMembers !== undefined) out.minMembers = context.minMembers;
  }
  if (opts.maxLinkKm !== undefined) {
    if (!opts.autoLink) throw new InputError('--max-link-km needs --auto-link (it bounds the links --auto-link adds)', { field: 'max-link-km', hint: 'add --auto-link' });
    out.maxLinkKm = Number(opts.maxLinkKm);
  }
  if (isLang(opts.lang)) out.lang = opts.lang;
  return out;
}

/** Print the links --auto-link added, each with its distance (nothing without --auto-link). */
export function printAutoLinks(ctx: CliContext, zones: ZoneSet, graph: ZoneGraphResult, lang: Lang = 'en'): void {
  for (const line of formatAutoLinks(zones, graph, lang)) ctx.stdout(line + '\n');
}
