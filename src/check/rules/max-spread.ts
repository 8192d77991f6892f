import { InputError } from '../../core/errors.js';
import { numberFormat } from '../../core/i18n.js';
import type { Rules } from '../../core/charter.js';
import type { ZoneSet } from '../../core/types.js';
import type {} from '../../homogeneity/zone-attributes.js';
import { said } from '../../messages/message.js';
import { readNumber } from '../../load/numbers.js';
import type { Failure } from './verdict.js';
import type { CheckWords } from './words.js';
import { sectionRule } from './section-rule.js';
import type { SectionFacts } from './types.js';

declare module '../../core/charter.js' {
  interface Rules {
    /** "COL:POINTS[,COL:POINTS…]": no section whose zones differ by more than POINTS in column COL */
    maxSpread?: string;
  }
}

declare module './verdict.js' {
  interface MoreRules {
    /** no section whose zones differ by more than a limit in an attribute (rules.maxSpread) */
    'max-spread': true;
  }
  interface MoreFailures {
    /** value: max − min of the column over the section's zones; low, high: those values */
    'too-spread': { section: string; column: string; value: number; limit: number; low: number; high: number };
  }
}

/** The limits of rules.maxSpread, column → points ("rate:3,trend:1,5": a comma before a digit is a decimal comma). */
export function spreadLimits(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of text.split(/,(?!\d)/)) {
    const at = item.lastIndexOf(':');
    const r = at > 0 ? readNumber(item.slice(at + 1)) : undefined;
    if (!r?.ok || r.value < 0) throw new InputError(said('check.spread.bad', { value: text }), { field: 'max-spread' });
    out.set(item.slice(0, at).trim(), r.value);
  }
  return out;
}

/**
 * A zone's value in a column: the layer's attributes (--attributes, --similar-by; a unit takes its zone's),
 * else a numeric zone property; NaN when the zone has none. Unknown column: an InputError listing the columns.
 */
export function valueReader(zones: ZoneSet, column: string): (id: string) => number {
  const a = zones.attributes;
  const j = a ? a.columns.indexOf(column) : -1;
  if (a && j >= 0) return (id) => a.byId.get(id)?.[j] ?? NaN;
  const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && readNumber(v).ok ? (readNumber(v) as { value: number }).value : NaN);
  if (zones.zones.some((z) => Number.isFinite(num(z.properties[column])))) return (id) => num(zones.byId.get(id)?.properties[column]);
  const columns = a ? a.columns : Object.keys(zones.zones[0]?.properties ?? {});
  throw new InputError(said('check.spread.unknown', { column, columns: columns.join(', ') }), {
    file: a?.file ?? zones.file,
    field: column,
    hint: said('check.spread.hint'),
  });
}

/** The widest spread of a section in each limited column (zones without a value left out). */
function spreads(zones: ZoneSet, s: SectionFacts, rules: Rules): { column: string; value: number; limit: number; low: number; high: number }[] {
  const out = [];
  for (const [column, limit] of spreadLimits(rules.maxSpread!)) {
    const value = valueReader(zones, column);
    let low = Infinity;
    let high = -Infinity;
    for (const id of s.zones) {
      const v = value(id);
      if (!Number.isFinite(v)) continue;
      if (v < low) low = v;
      if (v > high) high = v;
    }
    if (high >= low) out.push({ column, value: high - low, limit, low, high });
  }
  return out;
}

const pts = (w: CheckWords, x: number) => numberFormat(w.lang).dec(x, x % 1 ? 1 : 0);
const limitsIn = (rules: Rules, w: CheckWords) =>
  [...spreadLimits(rules.maxSpread!)].map(([column, value]) => w.say('spread.limit', { value: pts(w, value), column })).join(', ');

/** `--max-spread COL:POINTS` (rules.json "max-spread"): no section whose zones differ by more than POINTS in COL. */
export const maxSpread = sectionRule({
  id: 'max-spread',
  options: [{ field: 'maxSpread', key: 'max-spread', value: '<col:points>', parse: { kind: 'property' }, help: 'check.help.maxSpread', order: 85 }],
  applies: (rules) => rules.maxSpread !== undefined,
  figures: ({ rules, zones, sections }) => {
    // the widest spread relative to its limit, said with its column
    let widest = { ratio: -1, value: 0, column: '' };
    for (const s of sections) {
      for (const x of spreads(zones, s, rules)) {
        const ratio = x.limit > 0 ? x.value / x.limit : x.value;
        if (ratio > widest.ratio) widest = { ratio, value: x.value, column: x.column };
      }
    }
    return { limits: rules.maxSpread!, sections: sections.length, widest: widest.value, widestColumn: widest.column };
  },
  judge: (s, { rules, zones }) => {
    const over = spreads(zones, s, rules).find((x) => x.value > x.limit + 1e-9);
    return over ? { kind: 'too-spread', section: s.id, ...over } : undefined;
  },
  // the same judgement on a candidate section's zone indices, for propose and the editor's Complete
  zonesTest: (rules, zones) => {
    const columns = [...spreadLimits(rules.maxSpread!)].map(([column, limit]) => {
      const value = valueReader(zones, column);
      return { limit, values: Float64Array.from(zones.zones, (z) => value(z.id)) };
    });
    return (units, size) => {
      for (const { limit, values } of columns) {
        let low = Infinity;
        let high = -Infinity;
        for (let i = 0; i < size; i++) {
          const v = values[units[i]!]!;
          if (v < low) low = v;
          if (v > high) high = v;
        }
        if (high - low > limit + 1e-9) return false;
      }
      return true;
    };
  },
  words: {
    rulesLine: (rules, w) => w.say('rules.maxSpread', { limits: limitsIn(rules, w) }),
    charter: (rules, w) => w.say('charter.maxSpread', { limits: limitsIn(rules, w) }),
    label: (f, w) => w.say('label.max-spread', { limits: limitsIn({ maxSpread: String(f.limits) } as Rules, w) }),
    message: (v, w) => {
      const limits = limitsIn({ maxSpread: String(v.figures.limits) } as Rules, w);
      if (v.ok) {
        if (!Number(v.figures.sections)) return w.say('ok.noSection');
        return w.say('ok.max-spread', {
          limits,
          widest: w.say('spread.limit', { value: pts(w, Number(v.figures.widest)), column: String(v.figures.widestColumn) }),
        });
      }
      const failing = v.failures.flatMap((f) => (f.kind === 'too-spread' ? [f.section] : []));
      return w.say('fail.max-spread', { n: failing.length, list: w.preview(failing, 6) });
    },
    failure: (f: Failure, w) =>
      f.kind === 'too-spread'
        ? w.say('failure.spread', {
            section: f.section,
            value: pts(w, f.value),
            column: f.column,
            low: pts(w, f.low),
            high: pts(w, f.high),
            limit: pts(w, f.limit),
          })
        : undefined,
    problem: (f: Failure, w) =>
      f.kind === 'too-spread' ? w.say('problem.spread', { column: f.column, value: pts(w, f.value), limit: pts(w, f.limit) }) : undefined,
  },
});
