import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/core/errors.js';

/** A fresh temporary folder for a test file's outputs and hand-written inputs. */
export function tmpDir(prefix = 'decoupage-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Write `text` to `dir/name` and return the path. */
export function tmpFile(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The InputError thrown by `f`; any other error is rethrown, and no error at all fails the test. */
export function inputErrorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}
