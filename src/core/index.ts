// Folder index of src/core: what the other folders and the CLI use (the package API is src/index.ts).
export { type Progress, silentProgress, terminalProgress } from './progress.js';
export { LANGS, type Labels, type Lang, labelsFor, numberFormat } from './i18n.js';
export { APPORTION_METHODS, type Rules } from './rules.js';
export { type MembersSource, type Plan, type ZoneSet, hasMemberCounts, membersBySection, NO_MEMBER_COUNTS, sectionsOf } from './types.js';
export { InputError, isInputError } from './errors.js';
export { formatCount, isLang } from './i18n.js';
export { MAX_SNAP_M, MAX_CONCENTRATION, MAX_SIMULATE, MAX_CONSTRUCTIONS, MAX_ITERATIONS, MAX_MEMBERS } from './limits.js';
export { collectNotices } from './notices.js';
export { sectionNamesOf } from './types.js';
export { carryOverLine, type CarryKind, partlyEstimatedLine, carryOverToUnits } from './units.js';
export { VERSION } from './version.js';
