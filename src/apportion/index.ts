// Public API of src/apportion (re-exported by src/index.ts): sharing seats between sections.
export {
  apportion,
  seatsByQuota,
  divisor,
  describeApportionment,
  TIE_BREAKS,
  type Weighted,
  type TieBreak,
  type ApportionOptions,
  type ApportionResult,
  type Tie,
} from './methods.js';
export { seatsForSections, sectionSeats, seatRows, type SectionSeats, type SectionSeatsRow } from './sections.js';
export { loosemoreHanby, malapportionment, type Malapportionment } from './indices.js';
export { formatSectionSeats, describeTie, textTable, seatsCsvText, textNumbers, ruleInEnglish } from './format.js';
export { requireSettledTies } from './ties.js';
export { largestRemainder, shareByRemainder, type RemainderTie } from './remainder.js';
