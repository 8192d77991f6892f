// decoupage/check: Judging plans in detail: a few sections after a move, the rule modules, verdicts as text or Markdown, failures in words.

/** The failures of some sections only (after a move), from checkSections. */
export type { SectionsCheck } from '../check/check.js';
/** Judge only some sections (those a move touched) with the rules that allow it. */
export { checkSections } from '../check/check.js';
/** The rule modules, in the order verdicts are listed. */
export { RULES } from '../check/rules/index.js';
/** A verdict as a terminal text or as Markdown tables, in English or French. */
export { formatCheckText, formatCheckMarkdown } from '../check/format.js';
/** One failure, or a rule's verdict, said in English or French from its figures. */
export { failureText, ruleMessage } from '../check/wording.js';
