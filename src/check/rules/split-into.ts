import { PARENT_PROP } from '../../core/units.js';
import type { Failure } from './verdict.js';
import type { PlanFacts, Rule } from './types.js';

declare module './verdict.js' {
  interface MoreRules {
    /** every zone that rules.splitInto divides forms exactly its number of sections */
    'split-into': true;
  }
  interface MoreFailures {
    /** value: the sections holding the zone's units (listed); limit: K asked */
    'wrong-split': { zone: string; value: number; limit: number; sections: string[] };
  }
}

/** The sections holding a zone's units (the zone itself when it is not split), sorted. */
function sectionsOfZone(plan: PlanFacts, zone: string): string[] {
  const out = new Set<string>();
  for (const [id, section] of plan.assigned) {
    const z = plan.zones.byId.get(id);
    const parent = z?.properties[PARENT_PROP];
    if (id === zone || (parent !== undefined && String(parent) === zone)) out.add(section);
  }
  return [...out].sort();
}

/**
 * The zones (indices into zones.zones) that rules.splitInto divides: their sections are what propose made of
 * them, and a search that keeps the rule leaves those sections as they are (the audit's chain does).
 */
export function splitIntoUnits(
  rules: { splitInto?: readonly { zone: string }[] },
  zones: { zones: readonly { id: string; properties: Record<string, unknown> }[] },
): number[] {
  const split = new Set((rules.splitInto ?? []).map((r) => r.zone));
  const out: number[] = [];
  zones.zones.forEach((z, i) => {
    const parent = z.properties[PARENT_PROP];
    if (split.has(z.id) || (parent !== undefined && split.has(String(parent)))) out.push(i);
  });
  return out;
}

/**
 * `--split-into ZONE:K` (rules.json "split-into"): the units of zone ZONE form exactly K sections. Propose divides the
 * zone so; check verifies a plan keeps it (its sections counted over the zone's units, or the zone itself when the
 * layer does not split it).
 */
export const splitInto: Rule = {
  id: 'split-into',
  scope: 'plan',
  applies: (rules) => (rules.splitInto?.length ?? 0) > 0,
  figures: ({ rules }) => ({ zones: rules.splitInto!.length, list: rules.splitInto!.map((r) => `${r.zone}:${r.sections}`).join(', ') }),
  // a move of a unit between two sections can change how many sections its zone spans: judged on the whole plan
  incremental: () => false,
  evaluate: (plan) =>
    plan.rules.splitInto!.flatMap((req): Failure[] => {
      const sections = sectionsOfZone(plan, req.zone);
      return sections.length === req.sections ? [] : [{ kind: 'wrong-split', zone: req.zone, value: sections.length, limit: req.sections, sections }];
    }),
  words: {
    rulesLine: (rules, w) =>
      w.say('rules.splitInto', { list: rules.splitInto!.map((r) => w.say('rules.splitIntoZone', { zone: r.zone, n: w.int(r.sections) })).join(w.sep) }),
    charter: (rules, w) =>
      w.say('charter.splitInto', { list: rules.splitInto!.map((r) => w.say('rules.splitIntoZone', { zone: r.zone, n: w.int(r.sections) })).join(w.sep) }),
    label: (f, w) => w.say('label.split-into', { list: String(f.list) }),
    message: (v, w) => {
      if (v.ok) return w.say('ok.split-into', { list: String(v.figures.list) });
      return v.failures
        .map((f) => splitFailure(f, w))
        .filter((x): x is string => x !== undefined)
        .join(w.sep);
    },
    failure: (f, w) => splitFailure(f, w),
    problem: () => undefined,
  },
};

function splitFailure(f: Failure, w: Parameters<NonNullable<Rule['words']>['failure']>[1]): string | undefined {
  if (f.kind !== 'wrong-split') return undefined;
  if (f.value === 0) return w.say('failure.splitZoneAbsent', { zone: f.zone, limit: w.int(f.limit) });
  return w.say('failure.wrongSplit', { zone: f.zone, limit: w.int(f.limit), value: w.int(f.value), list: f.sections.length ? w.preview(f.sections, 6) : '—' });
}
