import { MAX_SECTIONS } from '../../core/limits.js';
import type { Rule } from './types.js';

declare module './verdict.js' {
  interface MoreRules {
    /** exactly rules.sections sections */
    'section-count': true;
  }
  interface MoreFailures {
    'wrong-section-count': { value: number; limit: number };
  }
}

/** Exactly rules.sections sections (when set). */
export const sectionCount: Rule = {
  id: 'section-count',
  scope: 'plan',
  options: [{ field: 'sections', key: 'sections', value: '<k>', parse: { kind: 'whole', min: 1, max: MAX_SECTIONS }, help: 'help.rules.sections', order: 60 }],
  applies: (rules) => rules.sections !== undefined,
  figures: ({ rules, totals }) => ({ limit: rules.sections!, value: totals.sections }),
  incremental: () => true, // a move between two sections keeps their number
  detail: (f, w) => w.say('detail.section-count', { value: w.int(Number(f.value)), limit: w.int(Number(f.limit)) }),
  evaluate: ({ rules, totals }) =>
    totals.sections === rules.sections ? [] : [{ kind: 'wrong-section-count', value: totals.sections, limit: rules.sections! }],
  words: {
    label: (f, w) => w.say('label.section-count', { n: w.int(Number(f.limit)) }),
    message: (v, w) =>
      v.ok
        ? w.say('ok.section-count', { n: w.int(Number(v.figures.limit)) })
        : w.say('failure.wrongCount', { value: w.int(Number(v.figures.value)), limit: w.int(Number(v.figures.limit)) }),
    failure: (f, w) => (f.kind === 'wrong-section-count' ? w.say('failure.wrongCount', { value: w.int(f.value), limit: w.int(f.limit) }) : undefined),
    problem: () => undefined,
  },
};
