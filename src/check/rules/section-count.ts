import type { Rule } from './types.js';

/** Exactly rules.sections sections (when set). */
export const sectionCount: Rule = {
  id: 'section-count',
  scope: 'plan',
  applies: (rules) => rules.sections !== undefined,
  figures: ({ rules, totals }) => ({ limit: rules.sections!, value: totals.sections }),
  incremental: () => true, // a move between two sections keeps their number
  evaluate: ({ rules, totals }) => (totals.sections === rules.sections ? [] : [{ kind: 'wrong-section-count', value: totals.sections, limit: rules.sections! }]),
};
