// The registry: every rule module, in the order verdicts are listed, and every option they declare.
import { assignment } from './assignment.js';
import { contiguity } from './contiguity.js';
import { maxDeviation } from './max-deviation.js';
import { maxMembers } from './max-members.js';
import { maxSpread } from './max-spread.js';
import { maxZones } from './max-zones.js';
import { minMembers } from './min-members.js';
import { minSeats } from './min-seats.js';
import { respectOption } from './respect.js';
import { sectionCount } from './section-count.js';
import { splitInto } from './split-into.js';
import type { Rule, RuleOption } from './types.js';
import { within } from './within.js';

/** Every rule, in the order verdicts are listed. */
export const RULES: readonly Rule[] = [
  assignment,
  contiguity,
  minMembers,
  minSeats,
  maxMembers,
  maxDeviation,
  maxZones,
  maxSpread,
  within,
  sectionCount,
  splitInto,
];

/**
 * Every option of the charter the rules declare (and --respect, which is not a verdict), in their order in
 * --help: core/rules.ts reads them, src/cli/rules-options.ts adds them.
 */
export const RULE_OPTIONS: readonly RuleOption[] = [...RULES.flatMap((r) => r.options ?? []), respectOption].sort((a, b) => a.order - b.order);
