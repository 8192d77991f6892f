import { MAX_MEMBERS } from '../../core/limits.js';
import { sectionRule } from './section-rule.js';

/** Every section has at least rules.minMembers members. */
export const minMembers = sectionRule({
  id: 'min-members',
  options: [{ field: 'minMembers', key: 'min-members', value: '<n>', parse: { kind: 'whole', min: 0, max: MAX_MEMBERS }, help: 'help.rules.minMembers', order: 10 }],
  applies: () => true,
  figures: ({ rules, totals, sections }) => ({ limit: rules.minMembers, sections: totals.sections, smallest: sections.length ? Math.min(...sections.map((s) => s.members)) : 0 }),
  judge: (s, { rules }) => (s.members < rules.minMembers ? { kind: 'too-few-members', section: s.id, value: s.members, limit: rules.minMembers } : undefined),
  memberBounds: (rules) => ({ min: rules.minMembers }),
});
