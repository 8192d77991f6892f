// The verdict's types are the rule registry's (src/check/rules/verdict.ts): rules declare their ids and failures there.
export type {
  RuleId,
  MoreRules,
  MoreFailures,
  Failure,
  FailureKind,
  RuleFailure,
  Figures,
  RuleVerdict,
  SectionVerdict,
  SectionLink,
  CheckReport,
} from './rules/verdict.js';
