/**
 * Warnings about an input that decoupage could still use (a ring closed, a file read as windows-1252, a
 * self-intersecting outline). Readers call notice(); the CLI prints the notices of a run on stderr as
 * "warning: …" lines, and a library caller can collect them with collectNotices().
 */
import type { Said } from '../messages/message.js';

let sink: ((message: Said | string) => void) | undefined;
const seen = new Set<string>();

/** Report a warning once per run (the same file may be read by several steps). */
export function notice(message: Said): void {
  const key = typeof message === 'string' ? message : JSON.stringify(message);
  if (seen.has(key)) return;
  seen.add(key);
  sink?.(message);
}

/** Run `fn`, sending every notice to `onNotice`; the previous sink is restored afterwards. */
export async function collectNotices<T>(onNotice: (message: Said | string) => void, fn: () => Promise<T>): Promise<T> {
  const before = sink;
  sink = onNotice;
  seen.clear();
  try {
    return await fn();
  } finally {
    sink = before;
    seen.clear();
  }
}
