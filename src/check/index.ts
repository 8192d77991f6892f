// Public API of src/check: checkPlan and its verdict, the rule modules, the wording of verdicts.
export type { CheckReport, RuleVerdict, SectionVerdict, RuleFailure, Failure, FailureKind, RuleId, Figures } from './types.js';
export { checkPlan, checkSections, planFacts, requireCharter, EMPTY_VALUE, type SectionsCheck } from './check.js';
export {
  RULES,
  RULE_OPTIONS,
  rulesThatApply,
  ruleById,
  sectionRuleIds,
  sectionMemberBounds,
  boundsDependOnCount,
  optionKey,
  type Rule,
  type PlanFacts,
  type SectionFacts,
  type MemberBounds,
  type RuleOption,
  type OptionValue,
  resolveRules,
  spreadLimits,
  breaksContiguity,
} from './rules/index.js';
export { loadRules, readRulesFile } from './rules/file.js';
export { piecesOf, isContiguous } from './contiguity.js';
export { polsbyPopper, perimeterKm, areaKm2 } from './metrics.js';
export { formatCheckText, formatCheckMarkdown, verdictLine, islandHint } from './format.js';
export {
  CHECK_MESSAGES,
  checkWords,
  describeRulesIn,
  charterLines,
  seatSentence,
  ruleTitle,
  ruleLabel,
  ruleMessage,
  failureText,
  sectionProblem,
  sectionProblems,
  tieNote,
  type CheckMessageId,
} from './wording.js';
