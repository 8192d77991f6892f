import { MAX_SECTIONS } from '../../core/limits.js';
import type { Failure } from './verdict.js';
import { sectionRule } from './section-rule.js';

declare module '../../core/charter.js' {
  interface Rules {
    /** a section holds at most this many zones (keeps sections compact and readable) */
    maxZones?: number;
  }
}

declare module './verdict.js' {
  interface MoreRules {
    /** no section holds more than rules.maxZones zones */
    'max-zones': true;
  }
  interface MoreFailures {
    /** value: the section's zones; limit: N */
    'too-many-zones': { section: string; value: number; limit: number };
  }
}

/** `--max-zones N` (rules.json "max-zones"): a section holds at most N zones. */
export const maxZones = sectionRule({
  id: 'max-zones',
  // a section holds at most as many zones as a layer may have sections
  options: [{ field: 'maxZones', key: 'max-zones', value: '<n>', parse: { kind: 'whole', min: 1, max: MAX_SECTIONS }, help: 'help.rules.maxZones', order: 35 }],
  applies: (rules) => rules.maxZones !== undefined,
  figures: ({ rules, totals, sections }) => ({
    limit: rules.maxZones!,
    sections: totals.sections,
    largest: Math.max(0, ...sections.map((s) => s.zones.length)),
  }),
  judge: (s, { rules }) =>
    s.zones.length > rules.maxZones! ? { kind: 'too-many-zones', section: s.id, value: s.zones.length, limit: rules.maxZones! } : undefined,
  // propose's construction never makes a section of more zones
  memberBounds: (rules) => ({ maxZones: rules.maxZones }),
  words: {
    rulesLine: (rules, w) => w.say('rules.maxZones', { n: w.int(rules.maxZones!) }),
    charter: (rules, w) => w.say('charter.maxZones', { n: w.int(rules.maxZones!) }),
    label: (f, w) => w.say('label.max-zones', { n: w.int(Number(f.limit)) }),
    message: (v, w) => {
      const limit = w.int(Number(v.figures.limit));
      if (v.ok) return Number(v.figures.sections) ? w.say('ok.max-zones', { limit, largest: w.int(Number(v.figures.largest)) }) : w.say('ok.noSection');
      const failing = v.failures.flatMap((f) => (f.kind === 'too-many-zones' ? [f.section] : []));
      return w.say('fail.max-zones', { n: failing.length, limit, list: w.preview(failing, 6) });
    },
    failure: (f: Failure, w) =>
      f.kind === 'too-many-zones' ? w.say('failure.manyZones', { section: f.section, value: w.int(f.value), limit: w.int(f.limit) }) : undefined,
    problem: (f: Failure, w) => (f.kind === 'too-many-zones' ? w.say('problem.manyZones', { value: w.int(f.value), limit: w.int(f.limit) }) : undefined),
  },
});
