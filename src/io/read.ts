import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { describeFsError } from './atomic.js';

/** Read a user's file; a missing or unreadable one is an InputError naming the file (exit 2). */
export function readBytes(file: string, hint = 'check the path and that the file is readable'): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const problem = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `cannot read the file: ${describeFsError(e)}`;
    throw new InputError(problem, { file, hint });
  }
}

/** The same, as UTF-8 text without a byte-order mark (spreadsheets often add one). */
export function readText(file: string, hint?: string): string {
  return readBytes(file, hint).toString('utf8').replace(/^\uFEFF/, '');
}
