import { failing } from './words.js';
import type { ZoneSet } from '../../core/types.js';
import { EMPTY_VALUE } from './assignment.js';
import { sectionRule } from './section-rule.js';

declare module './verdict.js' {
  interface MoreRules {
    /** no section mixes two values of the `within` zone property */
    within: true;
  }
  interface MoreFailures {
    /** values: property value → zone ids */
    'mixed-within': { section: string; prop: string; values: Record<string, string[]> };
  }
}

/** No section mixes two values of the rules.within zone property (e.g. two régions). */
export const within = sectionRule({
  id: 'within',
  options: [{ field: 'within', key: 'within', value: '<property>', parse: { kind: 'property' }, help: 'help.rules.within', order: 80 }],
  applies: (rules) => rules.within !== undefined,
  figures: ({ rules }) => ({ prop: rules.within! }),
  judge: (s, { zones, rules }) => {
    const values = valuesOf(zones, s.zones, rules.within!);
    return values.size > 1 ? { kind: 'mixed-within', section: s.id, prop: rules.within!, values: Object.fromEntries(values) } : undefined;
  },
  // the same judgement on a candidate section's zone indices (propose restricts its graph instead; the audit's
  // chain and the other searches call this)
  zonesTest: (rules, zones) => {
    const value = zones.zones.map((z) => {
      const raw = z.properties[rules.within!];
      return raw === null || raw === undefined || String(raw).trim() === '' ? EMPTY_VALUE : String(raw);
    });
    return (units, size) => {
      for (let i = 1; i < size; i++) if (value[units[i]!] !== value[units[0]!]) return false;
      return true;
    };
  },
  words: {
    label: (f, w) => w.say('label.within', { prop: w.field(String(f.prop)) }),
    message: (v, w) => {
      const prop = w.field(String(v.figures.prop));
      if (v.ok) return w.say('ok.within', { prop });
      const { n, list } = failing(v, w);
      return w.say('fail.within', { n, prop, list });
    },
    failure: (f, w) => {
      if (f.kind !== 'mixed-within') return undefined;
      const values = Object.entries(f.values).map(([val, ids]) => `${val} (${w.preview(ids, 4)})`);
      return w.say('failure.mixedWithin', { section: f.section, prop: w.field(f.prop), values: values.join(w.say('failure.and')) });
    },
    problem: (f, w) =>
      f.kind === 'mixed-within' ? w.say('problem.within', { prop: f.prop, values: Object.keys(f.values).join(w.say('failure.and')) }) : undefined,
  },
});

/** Distinct values of a zone property among some zones, each with its zones (sorted by value). */
export function valuesOf(zones: ZoneSet, ids: readonly string[], prop: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of ids) {
    const raw = zones.byId.get(id)!.properties[prop];
    const v = raw === null || raw === undefined || String(raw).trim() === '' ? EMPTY_VALUE : String(raw);
    let list = out.get(v);
    if (!list) out.set(v, (list = []));
    list.push(id);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
