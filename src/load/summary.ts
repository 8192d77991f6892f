import { hasMemberCounts, type ZoneSet } from '../core/types.js';
import type { Lang } from '../core/i18n.js';
import { say } from '../messages/message.js';
import { listProperties } from './zones.js';
import { numberFormat } from '../core/i18n.js';
import { count, said, type Said } from '../messages/index.js';

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
export function formatSummary(s: ZoneSummary, lang: Lang = 'en'): string {
  const t = (m: Said) => say(m, lang);
  const lines: string[] = [];
  lines.push(t(said('output.fileZones', { file: s.file, n: count(s.zones) })));
  if (s.membersDescription === undefined) {
    lines.push(t(said('output.info.noMembers')));
  } else {
    lines.push(t(said('output.info.members', { n: count(s.totalMembers), source: s.membersDescription })));
    lines.push(t(said(s.estimated ? 'output.info.estimated' : 'output.info.counted')));
    lines.push('', t(said('output.info.smallest')), ...table(s.smallest, lang), '', t(said('output.info.largest')), ...table(s.largest, lang));
  }
  lines.push('', t(said('output.info.properties')));
  const w = Math.max(...s.properties.map((p) => p.name.length), 4);
  const int = numberFormat(lang).int;
  for (const p of s.properties) {
    const values = said('output.info.property', {
      n: int(p.distinct).padStart(5),
      example: clip(p.example),
    });
    lines.push(`  ${p.name.padEnd(w)}  ${t(values)}`);
  }
  if (s.straddling.length) {
    const list = s.straddling
      .slice(0, 8)
      .map((z) => t(said('output.info.straddlingZone', { id: z.id, name: z.name, regs: z.regs })))
      .join(', ');
    lines.push('', t(said('output.info.straddling', { n: s.straddling.length, list: `${list}${s.straddling.length > 8 ? ', …' : ''}` })));
  }
  return lines.join('\n') + '\n';
}

function table(rows: ZoneBrief[], lang: Lang): string[] {
  const fmt = numberFormat(lang).int;
  const wi = Math.max(...rows.map((r) => r.id.length), 2);
  const wn = Math.max(...rows.map((r) => r.name.length), 4);
  const wm = Math.max(...rows.map((r) => fmt(r.members).length));
  return rows.map((r) => `  ${r.id.padEnd(wi)}  ${r.name.padEnd(wn)}  ${fmt(r.members).padStart(wm)}`);
}

function clip(s: string): string {
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
}
