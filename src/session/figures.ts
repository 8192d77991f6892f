// The figures of a section as the session computes them and the page shows them: types only, so that the
// page (bundled for the browser) shares them without loading the session.

import type { Failure, FailureKind } from '../check/types.js';

/** The kind of a broken rule on a section (a Failure's kind: "too-few-members", "split-section"…). */
export type SectionProblem = FailureKind;

/** Live figures of one section. */
export interface SectionFigures {
  id: string;
  /** the id, or for generated ids (S01…) the name of the largest zone (as `decoupage check` names it) */
  name: string;
  locked: boolean;
  zones: number;
  members: number;
  seats: number;
  /** members per seat (0 when no seat) */
  membersPerSeat: number;
  /** Polsby–Popper of the union of the zones, from zone areas, perimeters and shared borders (1 = a disc) */
  compactness: number;
  /** connected pieces (1 when contiguous, 0 when empty) */
  pieces: number;
  /** zones outside the largest piece (what to move to make the section contiguous) */
  detached: string[];
  /** values of the `respect` property when the section spans several (informative) */
  crossed: string[];
  /** values of the `within` property when the section spans several (a failure) */
  withinValues: string[];
  ok: boolean;
  /** the kinds of its failures, in the order of the rules */
  problems: SectionProblem[];
  /** its failures as the check's rule modules give them (figures only; the page words them: sectionProblem) */
  failures: Failure[];
}
