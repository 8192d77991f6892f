import { MAX_MEMBERS } from '../../core/limits.js';
import { sectionRule } from './section-rule.js';

/** No section has more than rules.maxMembers members (when set). */
export const maxMembers = sectionRule({
  id: 'max-members',
  options: [{ field: 'maxMembers', key: 'max-members', value: '<n>', parse: { kind: 'whole', min: 1, max: MAX_MEMBERS }, help: 'help.rules.maxMembers', order: 20 }],
  applies: (rules) => rules.maxMembers !== undefined,
  figures: ({ rules }) => ({ limit: rules.maxMembers! }),
  judge: (s, { rules }) =>
    s.members > rules.maxMembers! ? { kind: 'too-many-members', section: s.id, value: s.members, limit: rules.maxMembers!, zoneCount: s.zones.length } : undefined,
  memberBounds: (rules) => ({ max: rules.maxMembers }),
});
