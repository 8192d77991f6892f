import { failing, figure } from './words.js';
import { MAX_MEMBERS } from '../../core/limits.js';
import { sectionRule } from './section-rule.js';

declare module './verdict.js' {
  interface MoreRules {
    'max-members': true;
  }
  interface MoreFailures {
    /** zoneCount: zones in the section */
    'too-many-members': { section: string; value: number; limit: number; zoneCount: number };
  }
}

/** No section has more than rules.maxMembers members (when set). */
export const maxMembers = sectionRule({
  id: 'max-members',
  options: [
    { field: 'maxMembers', key: 'max-members', value: '<n>', parse: { kind: 'whole', min: 1, max: MAX_MEMBERS }, help: 'help.rules.maxMembers', order: 20 },
  ],
  applies: (rules) => rules.maxMembers !== undefined,
  figures: ({ rules }) => ({ limit: rules.maxMembers! }),
  judge: (s, { rules }) =>
    s.members > rules.maxMembers!
      ? { kind: 'too-many-members', section: s.id, value: s.members, limit: rules.maxMembers!, zoneCount: s.zones.length }
      : undefined,
  memberBounds: (rules) => ({ max: rules.maxMembers }),
  words: {
    label: (f, w) => w.say('label.max-members', { n: figure(f, 'limit', w) }),
    message: (v, w) => {
      const limit = figure(v.figures, 'limit', w);
      if (v.ok) return w.say('ok.max-members', { limit });
      const { n, list } = failing(v, w);
      return w.say('fail.max-members', { n, limit, list });
    },
    failure: (f, w) =>
      f.kind === 'too-many-members'
        ? w.say(f.zoneCount === 1 ? 'failure.manyMembersOneZone' : 'failure.manyMembers', { section: f.section, value: w.int(f.value), limit: w.int(f.limit) })
        : undefined,
    problem: (f, w) => (f.kind === 'too-many-members' ? w.say('problem.manyMembers', { value: w.int(f.value), limit: w.int(f.limit) }) : undefined),
  },
});
