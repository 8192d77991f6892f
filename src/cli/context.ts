import type { Progress } from '../core/index.js';
import type { Voice } from '../messages/index.js';

/** What a command needs from the outside world; tests pass their own to capture output. */
export interface CliContext {
  stdout(text: string): void;
  stderr(text: string): void;
  progress(): Progress;
  /** Set by a command that wants a non-zero exit without an error (e.g. check → 1 when a rule is broken). */
  exitCode: number;
  /** The language of the run (--lang, read before parsing) and how options are named: for --help and messages. */
  voice: Voice;
}
