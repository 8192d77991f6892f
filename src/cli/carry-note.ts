import { basename } from 'node:path';
import type { Lang } from '../core/index.js';
import { carryOverLine, type CarryKind } from '../core/index.js';
import type { CliContext } from './context.js';

/**
 * Say in one line that a zone-level file (old plan, votes, locks) was carried over to the units of split zones.
 * On stderr when stdout is JSON for a script.
 */
export function sayCarried(
  ctx: CliContext,
  carried: readonly { zone: string; units: number }[] | undefined,
  file: string,
  kind: CarryKind,
  opts: { lang?: Lang; json?: true },
): void {
  // --lang of the command, else the run's (commands without their own --lang)
  const line = carryOverLine(carried ?? [], basename(file), kind, opts.lang ?? ctx.voice.lang);
  if (line) (opts.json ? ctx.stderr : ctx.stdout)(line + '\n');
}
