// decoupage/audit: the ensemble of valid plans under a charter (ReCom) and where a plan sits among them.

/** Sample valid plans under the plan's charter and summarise each measure: percentile, central 95 %, split-R̂, ESS. */
export { runEnsemble, summarise, type EnsembleOptions, type EnsembleResult, type MetricSummary, type Sample } from '../audit/ensemble.js';
/** The measures of a plan the audit compares (from the functions of check, seats and pluralism). */
export { metricsOf, planMetrics, type Metric, type MetricSetup } from '../audit/metrics.js';
/** The ReCom chain (plain or reversible) on a Partition, and the charter's test of one side of a split. */
export { ReComChain, type ChainKind } from '../audit/chain.js';
export { sideTestOf } from '../audit/charter.js';
/** Convergence diagnostics of several chains: split-R̂ and effective sample size. */
export { splitRhat, effectiveSampleSize } from '../audit/diagnostics.js';
