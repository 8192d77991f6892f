// The figures of a section as the session computes them and the page shows them: types only, so that the
// page (bundled for the browser) shares them without loading the session.

/** A broken rule as the page shows it on a section (figures only; the page words it in its language). */
export type SectionProblem = 'split' | 'too-few-members' | 'too-few-seats' | 'too-many-members' | 'outside-deviation' | 'mixed-within';

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
  problems: SectionProblem[];
}
