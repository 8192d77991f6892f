import { Option, type Command } from 'commander';
import { InputError } from '../core/errors.js';
import { readCsv, requireColumn } from '../io/csv.js';
import type { GraphOptions, LinkSpec } from '../graph/types.js';

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
    .option('--snap <metres>', 'count borders less than this many metres apart as shared (for layers whose borders do not match exactly)')
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
    const snap = typeof opts.snap === 'number' ? opts.snap : Number(String(opts.snap).replace(',', '.'));
    if (!Number.isFinite(snap) || snap < 0) {
      throw new InputError(`--snap must be a distance in metres, 0 or more (got "${String(opts.snap)}")`, {
        field: 'snap',
        hint: 'for example --snap 5 counts borders less than 5 metres apart as shared',
      });
    }
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

/** "9301:9312" → a link; the two ids are separated by one colon. */
export function parseLinkOption(raw: string): LinkSpec {
  const parts = raw.split(':').map((s) => s.trim());
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    throw new InputError(`--link "${raw}" is not of the form ZONE_A:ZONE_B`, {
      field: 'link',
      hint: 'write two zone ids separated by a colon, e.g. --link 0105:0104; for ids containing ":" use --links links.csv',
    });
  }
  return { a: parts[0], b: parts[1], source: `--link ${raw}` };
}

/** A links CSV: one link per row, columns zone_a and zone_b (extra columns, e.g. a comment, are ignored). */
export function readLinksCsv(file: string): LinkSpec[] {
  const table = readCsv(file);
  requireColumn(table, 'zone_a');
  requireColumn(table, 'zone_b');
  return table.rows.map((row, i) => {
    const line = i + 2; // header is line 1
    const a = row.zone_a?.trim() ?? '';
    const b = row.zone_b?.trim() ?? '';
    if (!a || !b) {
      throw new InputError(`line ${line} has an empty ${!a ? 'zone_a' : 'zone_b'}`, {
        file,
        field: !a ? 'zone_a' : 'zone_b',
        hint: 'every row names two zone ids: zone_a,zone_b',
      });
    }
    return { a, b, source: `${file} line ${line}`, file };
  });
}
