// Public API of src/pluralism (re-exported by src/index.ts): the list-vote outcome of a plan.
export { thresholds, LIST_METHODS, type ListMethod, type Thresholds } from './thresholds.js';
export { gallagher, effectiveNumber } from './indices.js';
export { readVotes, defaultScenario, scenarioFromShares, sectionShares, type VoteScenario } from './votes.js';
export { listOutcome, simulateOutcome, type SectionVote, type SectionOutcome, type OutcomeTotals, type ListOutcome, type SimulationResult } from './outcome.js';
export { pluralismOfPlan, comparePlans, sectionVotes, membersBySection, type PluralismOptions, type PluralismReport, type PlanComparison } from './plan.js';
export { formatPluralism, formatComparison, pluralismCsvText } from './format.js';
