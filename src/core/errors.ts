/**
 * Errors a user can cause (bad file, unknown zone, impossible rules) are InputErrors: they carry a
 * message written for a committee analyst, and the CLI prints them without a stack trace (exit 2).
 * Programming errors stay ordinary Errors and stay loud.
 */
export interface InputErrorDetails {
  /** The file the problem is in, as the user typed it. */
  file?: string;
  /** The zone (or section) id concerned. */
  zone?: string;
  /** The property / CSV column concerned. */
  field?: string;
  /** What the user can do about it. */
  hint?: string;
}

export class InputError extends Error {
  readonly details: InputErrorDetails;
  /** Exit code the CLI uses: 2 = unusable input, 1 = a rule cannot be met (infeasible plan). */
  readonly exitCode: number;

  constructor(problem: string, details: InputErrorDetails = {}, exitCode = 2) {
    super(formatInputError(problem, details));
    this.name = 'InputError';
    this.details = details;
    this.exitCode = exitCode;
  }
}

/** "zones.geojson: zone 9312, field "members": is negative (-3). Fix the value…" */
export function formatInputError(problem: string, d: InputErrorDetails): string {
  const where: string[] = [];
  if (d.zone !== undefined) where.push(`zone ${d.zone}`);
  if (d.field !== undefined) where.push(`field "${d.field}"`);
  let msg = d.file ? `${d.file}: ` : '';
  if (where.length) msg += `${where.join(', ')}: `;
  msg += problem;
  if (d.hint) msg += `\n  → ${d.hint}`;
  return msg;
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
