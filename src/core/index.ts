// Folder index of src/core: what the other folders and the CLI use (the package API is src/index.ts).
export { type Progress, silentProgress, terminalProgress } from './progress.js';
export { LANGS, type Labels, type Lang, labelsFor, numberFormat, sourceIn } from './i18n.js';
export { APPORTION_METHODS, type Rules, resolveRules } from './rules.js';
export { type Plan, type ZoneSet, membersBySection, sectionsOf } from './types.js';
export { InputError, isInputError } from './errors.js';
