/**
 * The charter as the chain sees it (issue #22, step 1): a test of one candidate section by its member sum
 * and zone count, from the rule modules' own bounds (`sectionMemberBounds`: min/max members, max zones; the
 * minimum from members per seat and min seats is the rules' too). Nothing of a rule's logic is repeated here.
 *
 * Not judged yet (hook for the lead): rules that need the side's units rather than its sums — sections
 * within a boundary (`--within`/`--respect` when it requires it) and locks (`--split-into`). The SideTest
 * receives the side's subtree root and whether it is the complement, so such a rule can be added through a
 * per-unit label updater without changing the chain.
 */
import { sectionMemberBounds } from '../check/rules/index.js';
import type { Rules } from '../core/charter.js';
import type { SideTest } from './tree.js';

/** The side test of a charter, for plans of `sections` sections holding `members` members in all. */
export function sideTestOf(rules: Rules, count?: { sections: number; members: number }): SideTest {
  const { min, max, maxZones } = sectionMemberBounds(rules, count);
  return (members, size) => members >= min && members <= max && size <= maxZones;
}
