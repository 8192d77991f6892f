/**
 * The output gate: every file decoupage writes comes through here, so that a run writes all its outputs or
 * none, and never destroys an input.
 *
 * 1. check every target first: two outputs naming the same file, an output that is one of the run's inputs
 *    (real paths, through symlinks), a folder in the way, a folder that cannot be written → InputError (exit 2)
 *    before anything is written;
 * 2. write each output to a temporary beside it, named so a person knows what it is:
 *    `report.html.decoupage-unfinished-<pid>-<time>.tmp`;
 * 3. rename them all into place; if one rename fails, the ones already renamed are rolled back (the
 *    previous file, kept as `….decoupage-previous-<pid>-<time>.tmp` meanwhile, is put back);
 * 4. SIGINT / SIGTERM during the writes remove the temporaries (writeOutputs); after a SIGKILL, the next
 *    run that writes into the same folder removes the temporaries of processes that no longer exist.
 */
import {
  accessSync,
  closeSync,
  constants,
  copyFileSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { notice } from '../core/notices.js';
import { option as optionRef, said, type Said } from '../messages/message.js';

export interface OutputFile {
  path: string;
  data: string | Uint8Array;
  /** the option that named it ("-o", "--geojson"), for messages */
  option?: string;
}

/** A target to check before any work is done: its path and the option that named it. */
export interface OutputTarget {
  path: string;
  option?: string;
}

/** The file-system calls of the gate, replaceable in tests (to make a rename fail half-way). */
export const gateFs = { renameSync, writeFileSync };

// ---------------------------------------------------------------------------------------------------------
// inputs of the run: every file the input gate (read.ts) reads is recorded, so no output can overwrite one

const inputsOfRun = new Map<string, string>(); // real path → path as the user typed it

/** Record an input file of this run (called by read.ts for every file it reads). */
export function recordInput(file: string): void {
  const real = realTarget(file);
  if (!inputsOfRun.has(real)) inputsOfRun.set(real, file);
}

/**
 * An input the run means to replace: the plan editor opens a plan and saves over it, and reads back what it
 * saved (to compare). Only that file stops being guarded; the CLI checks first that it is no other input.
 */
export function releaseInput(file: string): void {
  inputsOfRun.delete(realTarget(file));
}

/**
 * Forget the inputs recorded so far. The CLI calls it at the start of every run; a long-lived library caller
 * that means to overwrite a file it read earlier calls it first.
 */
export function resetInputs(): void {
  inputsOfRun.clear();
}

// ---------------------------------------------------------------------------------------------------------
// 1. checks

/** The real path a target resolves to, through symlinks (of the file, or of its nearest existing folder). */
export function realTarget(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    // not there yet: resolve the folder, keep the name
    const parent = dirname(abs);
    return parent === abs ? abs : join(realTarget(parent), basename(abs));
  }
}

/** The option that named an output, as the user typed it ("-o"), or "an output". */
function named(t: OutputTarget): Said | string {
  // an output no option named (a library caller's): its path, so that two of them are told apart
  return t.option ?? said('load.out.theOutput', { path: t.path });
}

/**
 * Check the targets of a run before anything is written (or computed): exit 2 for two outputs naming the
 * same file, an output that is an input (`inputs` and every file read so far), a folder in the way or a
 * folder that cannot be written.
 */
export function checkOutputs(targets: readonly OutputTarget[], inputs: readonly string[] = []): void {
  const byReal = new Map<string, OutputTarget>();
  const inputReal = new Map(inputsOfRun);
  for (const i of inputs) {
    const r = realTarget(i);
    if (!inputReal.has(r)) inputReal.set(r, i);
  }
  for (const t of targets) {
    const real = realTarget(t.path);
    const other = byReal.get(real);
    if (other) {
      throw new InputError(said('load.out.same', { a: named(other), b: named(t) }), { file: t.path, hint: said('load.out.same.hint') });
    }
    byReal.set(real, t);
    const input = inputReal.get(real);
    if (input !== undefined) {
      throw new InputError(said('load.out.isInput', { what: named(t), input }), { file: t.path, hint: said('load.out.isInput.hint') });
    }
    checkWritable(t);
  }
}

function checkWritable(t: OutputTarget): void {
  const fail = (problem: Said): never => {
    throw new InputError(said('load.out.cannot', { problem }), {
      file: t.path,
      hint: t.option ? said('load.out.cannotOption.hint', { option: optionRef(t.option) }) : said('load.out.cannot.hint'),
    });
  };
  // resolve('') is the current folder: an empty path is said as such, not as "a folder"
  if (t.path.trim() === '') fail(said('load.out.emptyPath'));
  const abs = resolve(t.path);
  const st = statOrUndefined(abs);
  if (st?.isDirectory()) fail(said('load.out.folder'));
  // renaming a temporary onto /dev/stdout or a pipe would replace the device itself
  if (st && !st.isFile()) fail(said('load.out.notRegular'));
  // the nearest existing folder must be a folder and writable (missing folders are created)
  let dir = dirname(abs);
  for (;;) {
    const d = statOrUndefined(dir);
    if (d) {
      if (!d.isDirectory()) fail(said('load.out.fileInWay', { dir }));
      try {
        accessSync(dir, constants.W_OK);
      } catch {
        fail(said('load.out.deniedFolder', { dir }));
      }
      break;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  if (st) {
    try {
      accessSync(abs, constants.W_OK);
    } catch {
      fail(said('load.fs.EACCES'));
    }
  }
}

function statOrUndefined(p: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------
// 2. temporaries, and the stale ones of dead processes

const TEMP = /^(.+)\.decoupage-(unfinished|previous)-(\d+)-(\d+)\.tmp$/;

function tempName(path: string, kind: 'unfinished' | 'previous', stamp: string): string {
  return `${path}.decoupage-${kind}-${stamp}.tmp`;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove, from the folders of `paths`, the temporaries left by decoupage processes that no longer run. */
export function removeStaleTemporaries(paths: readonly string[]): string[] {
  const removed: string[] = [];
  for (const dir of new Set(paths.map((p) => dirname(resolve(p))))) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TEMP.exec(name);
      if (!m || alive(Number(m[3]))) continue;
      try {
        rmSync(join(dir, name), { force: true });
        removed.push(join(dir, name));
      } catch {
        // another run removed it, or it is not ours to remove
      }
    }
  }
  for (const r of removed) notice(said('load.out.removedStale', { file: r }));
  return removed;
}

// ---------------------------------------------------------------------------------------------------------
// 3. write, rename all, roll back

interface Staged {
  tmp: string;
  path: string;
  option?: string;
  backup?: string;
  renamed?: boolean;
  /** the first folder this run created for the output, if any */
  madeDir?: string;
}

/** Temporaries of the writes in progress in this process (removed on SIGINT / SIGTERM). */
const inProgress = new Set<Staged>();

function prepare(files: readonly OutputFile[]): { staged: Staged[]; stamp: string } {
  checkOutputs(files);
  removeStaleTemporaries(files.map((f) => f.path));
  const stamp = `${process.pid}-${Date.now()}`;
  return { staged: files.map((f) => ({ tmp: tempName(f.path, 'unfinished', stamp), path: f.path, option: f.option })), stamp };
}

function writeError(e: unknown, s: Staged | undefined): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  // a full disk is not mended by checking the path
  const hint =
    code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG'
      ? said('load.out.full.hint')
      : s?.option
        ? said('load.out.cannotOption.hint', { option: optionRef(s.option) })
        : said('load.out.cannot.hint');
  return new InputError(said('load.out.cannot', { problem: describeFsError(e) }), { file: s?.path, hint });
}

/** Rename every temporary into place; on a failure put back the files already replaced. */
function renameAll(staged: Staged[], stamp: string): void {
  let current: Staged | undefined;
  try {
    for (const s of staged) {
      current = s;
      if (statOrUndefined(s.path)?.isFile()) {
        // keep the previous file until every output is in place (a hard link: the target never disappears)
        s.backup = tempName(s.path, 'previous', stamp);
        try {
          linkSync(s.path, s.backup);
        } catch {
          copyFileSync(s.path, s.backup);
        }
      }
      gateFs.renameSync(s.tmp, s.path);
      s.renamed = true;
    }
  } catch (e) {
    for (const s of [...staged].reverse()) {
      if (!s.renamed) continue;
      try {
        if (s.backup) renameSync(s.backup, s.path);
        else rmSync(s.path, { force: true });
        s.backup = undefined;
      } catch {
        // best effort: the message below says the run failed
      }
    }
    throw writeError(e, current);
  } finally {
    for (const s of staged) {
      rmSync(s.tmp, { force: true });
      if (s.backup) rmSync(s.backup, { force: true });
    }
  }
}

function discard(staged: readonly Staged[]): void {
  for (const s of staged) {
    try {
      rmSync(s.tmp, { force: true });
    } catch {
      // never created
    }
  }
  // the folders this run created for its outputs go too (a failed run leaves no empty folder behind), deepest first
  for (const s of [...staged].reverse()) {
    if (s.madeDir === undefined) continue;
    for (let dir = dirname(resolve(s.path)); ; dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break; // not empty (another output, another file) or already gone
      }
      if (dir === s.madeDir) break;
    }
  }
}

/** Create the folder of an output when missing, remembering the first one created (removed again by discard). */
function makeFolder(s: Staged): void {
  s.madeDir = mkdirSync(dirname(resolve(s.path)), { recursive: true }) ?? s.madeDir;
}

/**
 * Write several outputs of one run all or nothing (synchronous, for library callers). Every file is first
 * written to a temporary; only when all of them are written are they renamed into place.
 */
export function writeFilesAtomic(files: readonly OutputFile[]): void {
  const { staged, stamp } = prepare(files);
  let current: Staged | undefined;
  try {
    for (const [i, s] of staged.entries()) {
      current = s;
      makeFolder(s);
      gateFs.writeFileSync(s.tmp, files[i].data);
    }
  } catch (e) {
    discard(staged);
    throw writeError(e, current);
  }
  renameAll(staged, stamp);
}

/** One output, complete or absent. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeFilesAtomic([{ path, data }]);
}

const CHUNK = 1 << 20;

/**
 * The CLI's writer: writeFilesAtomic, asynchronous and interruptible. The data is written in chunks, so a
 * SIGINT (Ctrl-C) or SIGTERM arriving meanwhile is handled: the temporaries are removed, no output is
 * replaced, and the process then ends by the same signal.
 */
export async function writeOutputs(files: readonly OutputFile[]): Promise<void> {
  const { staged, stamp } = prepare(files);
  for (const s of staged) inProgress.add(s);
  const onSignal = (signal: NodeJS.Signals) => {
    for (const s of inProgress) rmSync(s.tmp, { force: true });
    inProgress.clear();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.kill(process.pid, signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let current: Staged | undefined;
  try {
    for (const [i, s] of staged.entries()) {
      current = s;
      makeFolder(s);
      const data = files[i].data;
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      const fh = await open(s.tmp, 'w');
      try {
        for (let at = 0; at < bytes.length; at += CHUNK) await fh.write(bytes, at, Math.min(CHUNK, bytes.length - at));
      } finally {
        await fh.close();
      }
    }
    renameAll(staged, stamp);
  } catch (e) {
    discard(staged);
    throw writeError(e, current);
  } finally {
    for (const s of staged) inProgress.delete(s);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** "a file is in the way of a folder" rather than "EEXIST" (an unknown code is said as it is). */
export function describeFsError(e: unknown): Said | string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return said('load.fs.ENOENT');
    case 'EEXIST':
    case 'ENOTDIR':
      return said('load.fs.ENOTDIR');
    case 'EISDIR':
      return said('load.fs.EISDIR');
    case 'EACCES':
    case 'EPERM':
      return said('load.fs.EACCES');
    case 'ENOSPC':
    case 'EDQUOT':
      return said('load.fs.ENOSPC');
    case 'EFBIG':
      return said('load.fs.EFBIG');
    case 'EROFS':
      return said('load.fs.EROFS');
    default:
      return code ?? String(e);
  }
}

/** An output written as it is produced (JSON lines of a long run): complete or absent, like the others. */
export interface OutputStream {
  /** append text (buffered) */
  write(text: string): void;
  /** put the file in place (the previous one, if any, is replaced only now) */
  commit(): void;
  /** remove the temporary: no output, the previous file untouched */
  abort(): void;
}

/**
 * Open an output that is written piece by piece into a temporary beside it and renamed into place by `commit`,
 * so that a long run streams its results without holding them in memory and still never leaves half a file.
 */
export function openOutputStream(target: OutputTarget): OutputStream {
  const { staged, stamp } = prepare([{ path: target.path, data: '', option: target.option }]);
  const s = staged[0]!;
  let fd: number | undefined;
  try {
    makeFolder(s);
    fd = openSync(s.tmp, 'w');
  } catch (e) {
    discard(staged);
    throw writeError(e, s);
  }
  inProgress.add(s);
  let buffer = '';
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  const abort = () => {
    try {
      close();
    } catch {
      // closing a file that failed: the temporary is removed below all the same
    }
    discard(staged);
    inProgress.delete(s);
  };
  const flush = () => {
    if (buffer === '' || fd === undefined) return;
    const text = buffer;
    buffer = '';
    try {
      writeSync(fd, text);
    } catch (e) {
      abort();
      throw writeError(e, s);
    }
  };
  return {
    write(text) {
      if (fd === undefined) return;
      buffer += text;
      if (buffer.length >= 1 << 16) flush();
    },
    commit() {
      flush();
      try {
        close();
      } catch (e) {
        abort();
        throw writeError(e, s);
      }
      inProgress.delete(s);
      renameAll(staged, stamp);
    },
    abort,
  };
}
