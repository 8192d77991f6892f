/**
 * Links: pairs of zones to treat as neighbours although they do not touch (an island and the zone of its
 * ferry port). Read from "A:B" texts (the --link option) or a CSV with columns zone_a,zone_b; buildGraph
 * takes them as GraphOptions.links.
 */
import { InputError } from '../core/errors.js';
import { option, said } from '../messages/message.js';
import type { LinkSpec } from '../graph/types.js';
import { readCsv, requireColumn } from '../io/csv.js';

/** "9301:9312" → a link; the two ids are separated by one colon. */
export function parseLinkOption(raw: string): LinkSpec {
  const parts = raw.split(':').map((s) => s.trim());
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    throw new InputError(said('load.links.badOption', { option: option('link'), value: raw }), {
      field: 'link',
      hint: said('load.links.badOption.hint', { option: option('link'), links: option('links') }),
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
      throw new InputError(said('load.links.empty', { line, column: !a ? 'zone_a' : 'zone_b' }), {
        file,
        field: !a ? 'zone_a' : 'zone_b',
        hint: said('load.links.empty.hint'),
      });
    }
    return { a, b, source: `${file} line ${line}`, file };
  });
}
