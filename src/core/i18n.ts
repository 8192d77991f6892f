// Languages, labels and number formats belong to the message catalogue (src/messages/i18n.ts); core re-exports
// them for the folders that only need a language.
export { LANGS, type Lang, isLang, type Labels, fill, labelsFor, type NumberFormat, localeOf, numberFormat, formatCount } from '../messages/i18n.js';
