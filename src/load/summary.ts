import type { ZoneSet } from '../core/types.js';
import { listProperties } from './zones.js';

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
  membersDescription: string;
  /** the `count` zones with the fewest members, smallest first */
  smallest: ZoneBrief[];
  /** the `count` zones with the most members, largest first */
  largest: ZoneBrief[];
  properties: PropertyBrief[];
}

export function summarizeZones(zs: ZoneSet, count = 5): ZoneSummary {
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
    membersDescription: zs.members.description,
    smallest: sorted.slice(0, n).map(brief),
    largest: sorted.slice(-n).reverse().map(brief),
    properties,
  };
}
