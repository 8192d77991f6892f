import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../core/errors.js';

/**
 * Write a file so that it is either complete or absent: write a temp file beside it, then rename
 * (atomic on the same filesystem). A failed run never leaves a half-written output. A path that cannot
 * be written (a folder in the way, no permission, disk full) is the user's to fix: InputError, exit 2.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the temp file could not even be created
    }
    throw new InputError(`cannot write this file: ${describeFsError(e)}`, {
      file: path,
      hint: 'check the path: the folder must be writable, and no file or folder of that name may be in the way',
    });
  }
}

/** "a file is in the way of a folder" rather than "EEXIST". */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EEXIST':
    case 'ENOTDIR':
      return 'a file is in the way where a folder is needed';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return code ?? String(e);
  }
}
