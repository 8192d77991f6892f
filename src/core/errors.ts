/**
 * Errors a user can cause (bad file, unknown zone, impossible rules) are InputErrors: they carry a message
 * of the catalogue (src/messages/) and where the problem is, and the CLI says them in the user's language
 * without a stack trace (exit 2). Programming errors stay ordinary Errors and stay loud.
 */
import { said, say, type Said, type Voice } from '../messages/message.js';
import type { Lang } from './i18n.js';

export interface InputErrorDetails {
  /** The file the problem is in, as the user typed it. */
  file?: string;
  /** The zone (or section) id concerned. */
  zone?: string;
  /** The property / CSV column concerned. */
  field?: string;
  /** What the user can do about it. */
  hint?: Said;
}

export class InputError extends Error {
  /** What is wrong, as a message of the catalogue and its figures. */
  readonly problem: Said;
  readonly details: InputErrorDetails;
  /** Exit code the CLI uses: 2 = unusable input, 1 = a rule cannot be met (infeasible plan). */
  readonly exitCode: number;

  constructor(problem: Said, details: InputErrorDetails = {}, exitCode = 2) {
    super(formatInputError(problem, details));
    this.name = 'InputError';
    this.problem = problem;
    this.details = details;
    this.exitCode = exitCode;
  }

  /** The whole error in a language (`.message` is the English, options named as the library's). */
  sayIn(voice: Voice | Lang): string {
    return formatInputError(this.problem, this.details, voice);
  }
}

/** "zones.geojson: zone 9312, field "members": is negative (-3).\n  → Fix the value…" */
export function formatInputError(problem: Said | string, d: InputErrorDetails, voice: Voice | Lang = 'en'): string {
  const where: string[] = [];
  if (d.zone !== undefined) where.push(say(said('error.zone', { zone: d.zone }), voice));
  if (d.field !== undefined) where.push(say(said('error.field', { field: d.field }), voice));
  let msg = say(problem, voice);
  if (where.length) msg = say(said('error.at', { place: where.join(', '), problem: msg }), voice);
  if (d.file) msg = say(said('error.at', { place: d.file, problem: msg }), voice);
  if (d.hint) msg += `\n  → ${say(d.hint, voice)}`;
  return msg;
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
