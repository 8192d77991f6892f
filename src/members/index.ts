// Public API of src/members (re-exported by src/index.ts): a member register → members per commune and zone.
export { cleanPostcode, looseTown, normaliseTown } from './normalise.js';
export { departementsOfPostcode, geography, type Geography, type NameIndex, type Place, type PostalCandidate } from './geography.js';
export {
  COLUMN_CANDIDATES,
  MATCH_KINDS,
  UNMATCHED_REASONS,
  matchRegister,
  registerColumns,
  registerToZones,
  zoneOf,
  type CommuneMembers,
  type MatchKind,
  type RegisterColumns,
  type RegisterResult,
  type UnmatchedGroup,
  type UnmatchedReason,
  type ZoneMembers,
} from './register.js';
export { MEMBERS_LABELS, communeMembersCsv, formatRegisterSummary, unmatchedCsv, zoneMembersCsv } from './format.js';
