import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../core/errors.js';

export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

/**
 * Write a file so that it is either complete or absent: write a temp file beside it, then rename
 * (atomic on the same filesystem). A failed run never leaves a half-written output. A path that cannot
 * be written (a folder in the way, no permission, disk full) is the user's to fix: InputError, exit 2.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeFilesAtomic([{ path, data }]);
}

/**
 * Write several outputs of one run all or nothing: every file is first written to a temp file; only when
 * all of them are written are they renamed into place. If one cannot be written, none is.
 */
export function writeFilesAtomic(files: readonly OutputFile[]): void {
  const staged: { tmp: string; path: string }[] = [];
  const stamp = `${process.pid}-${Date.now()}`;
  let current = '';
  try {
    for (const f of files) {
      current = f.path;
      const tmp = `${f.path}.tmp-${stamp}`;
      mkdirSync(dirname(f.path), { recursive: true });
      writeFileSync(tmp, f.data);
      staged.push({ tmp, path: f.path });
    }
    for (const s of staged) {
      current = s.path;
      renameSync(s.tmp, s.path);
    }
  } catch (e) {
    for (const s of staged) {
      try {
        rmSync(s.tmp, { force: true });
      } catch {
        // already renamed or never created
      }
    }
    throw new InputError(`cannot write this file: ${describeFsError(e)}`, {
      file: current,
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
