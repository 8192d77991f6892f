import { failing, figure } from './words.js';
import { MAX_MEMBERS } from '../../core/limits.js';
import { sectionRule } from './section-rule.js';
import { minOf } from '../../core/extremes.js';

declare module './verdict.js' {
  interface MoreRules {
    'min-members': true;
  }
  interface MoreFailures {
    'too-few-members': { section: string; value: number; limit: number };
  }
}

/** Every section has at least rules.minMembers members. */
export const minMembers = sectionRule({
  id: 'min-members',
  options: [
    { field: 'minMembers', key: 'min-members', value: '<n>', parse: { kind: 'whole', min: 0, max: MAX_MEMBERS }, help: 'help.rules.minMembers', order: 10 },
  ],
  applies: () => true,
  figures: ({ rules, totals, sections }) => ({
    limit: rules.minMembers,
    sections: totals.sections,
    smallest: sections.length ? minOf(sections.map((s) => s.members)) : 0,
  }),
  judge: (s, { rules }) => (s.members < rules.minMembers ? { kind: 'too-few-members', section: s.id, value: s.members, limit: rules.minMembers } : undefined),
  memberBounds: (rules) => ({ min: rules.minMembers }),
  words: {
    label: (f, w) => w.say('label.min-members', { n: figure(f, 'limit', w) }),
    message: (v, w) => {
      const limit = figure(v.figures, 'limit', w);
      if (v.ok) return Number(v.figures.sections) ? w.say('ok.min-members', { limit, min: figure(v.figures, 'smallest', w) }) : w.say('ok.noSection');
      const { n, list } = failing(v, w);
      return w.say('fail.min-members', { n, limit, list });
    },
    failure: (f, w) =>
      f.kind === 'too-few-members' ? w.say('failure.fewMembers', { section: f.section, value: w.int(f.value), limit: w.int(f.limit) }) : undefined,
    problem: (f, w) => (f.kind === 'too-few-members' ? w.say('problem.fewMembers', { value: w.int(f.value), limit: w.int(f.limit) }) : undefined),
  },
});
