import { hasMemberCounts, type ZoneSet } from '../core/types.js';
import type { Lang } from '../core/i18n.js';
import { say } from '../messages/message.js';
import { listProperties } from './zones.js';
import { formatCount as fmt } from '../core/i18n.js';

export interface ZoneBrief {
  id: string;
  name: string;
  members: number;
}

export interface PropertyBrief {
  name: string;
  /** number of distinct values over the zones (a good --respect property has a few) */
  distinct: number;
  /** first non-empty value, as text */
  example: string;
}

/** What `decoupage info` shows: enough to check that the right file and member source were picked. */
export interface ZoneSummary {
  file: string;
  zones: number;
  totalMembers: number;
  estimated: boolean;
  /** where the member counts come from, in the summary's language; undefined when the layer has none */
  membersDescription?: string;
  /** the `count` zones with the fewest members, smallest first */
  smallest: ZoneBrief[];
  /** the `count` zones with the most members, largest first */
  largest: ZoneBrief[];
  properties: PropertyBrief[];
  /**
   * Zones whose communes lie in several régions (a `regs` property listing them, as `import insee-ze
   * --commune-table` writes it): their members are counted in full, including those outside the région.
   */
  straddling: { id: string; name: string; regs: string }[];
}

export function summarizeZones(zs: ZoneSet, count = 5, lang: Lang = 'en'): ZoneSummary {
  const brief = (z: ZoneBrief): ZoneBrief => ({ id: z.id, name: z.name, members: z.members });
  // ties broken by id so the listing is stable
  const sorted = [...zs.zones].sort((a, b) => a.members - b.members || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = Math.min(count, sorted.length);
  const properties = listProperties(zs.zones.map((z) => z.properties)).map((name) => {
    const values = zs.zones.map((z) => z.properties[name]).filter((v) => v !== undefined && v !== null && v !== '');
    const text = values.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)));
    return { name, distinct: new Set(text).size, example: text[0] ?? '' };
  });
  return {
    file: zs.file,
    zones: zs.zones.length,
    totalMembers: zs.zones.reduce((s, z) => s + z.members, 0),
    estimated: zs.members.estimated,
    membersDescription: hasMemberCounts(zs.members) ? say(zs.members.description, lang) : undefined,
    smallest: sorted.slice(0, n).map(brief),
    largest: sorted.slice(-n).reverse().map(brief),
    properties,
    straddling: zs.zones
      .filter((z) => typeof z.properties.regs === 'string' && z.properties.regs.includes(';'))
      .map((z) => ({ id: z.id, name: z.name, regs: String(z.properties.regs) })),
  };
}


/** The text `decoupage info` prints: counts, member source, smallest and largest zones, properties. */
export function formatSummary(s: ZoneSummary): string {
  const lines: string[] = [];
  lines.push(`${s.file}: ${fmt(s.zones)} zones`);
  const noMembers = s.membersDescription === undefined;
  if (noMembers) {
    lines.push('members: none given (add --members, --members-csv, --commune-members or --estimate-members)');
  } else {
    lines.push(`members: ${fmt(s.totalMembers)} in all (${s.membersDescription})`);
    lines.push(s.estimated ? 'these member figures are ESTIMATES, not real counts' : 'these member figures are counts (not estimates)');
    lines.push('', 'smallest zones:', ...table(s.smallest), '', 'largest zones:', ...table(s.largest));
  }
  lines.push('', 'properties of the zones (values: how many different ones; pick one with few for --respect / --within):');
  const w = Math.max(...s.properties.map((p) => p.name.length), 4);
  for (const p of s.properties) lines.push(`  ${p.name.padEnd(w)}  ${String(p.distinct).padStart(5)} value${p.distinct === 1 ? ' ' : 's'}, e.g. ${clip(p.example)}`);
  if (s.straddling.length) {
    const list = s.straddling.slice(0, 8).map((z) => `${z.id} ${z.name} (régions ${z.regs})`).join(', ');
    lines.push(
      '',
      `note: ${s.straddling.length} zone(s) straddle a région border, and their members count in full: ${list}${s.straddling.length > 8 ? ', …' : ''}`,
    );
  }
  return lines.join('\n') + '\n';
}

function table(rows: ZoneBrief[]): string[] {
  const wi = Math.max(...rows.map((r) => r.id.length), 2);
  const wn = Math.max(...rows.map((r) => r.name.length), 4);
  const wm = Math.max(...rows.map((r) => fmt(r.members).length));
  return rows.map((r) => `  ${r.id.padEnd(wi)}  ${r.name.padEnd(wn)}  ${fmt(r.members).padStart(wm)}`);
}

function clip(s: string): string {
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
}
