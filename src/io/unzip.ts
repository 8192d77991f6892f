/**
 * Zip archives through the input gate: an entry is inflated only within a byte budget, checked first against
 * the size the zip declares and then against a running count while inflating (a zip can lie about its
 * sizes). A 2 MB zip whose .shp inflates to 2 GiB (a "zip bomb") is refused before it fills the memory.
 */
import type JSZip from 'jszip';
import { InputError } from '../core/errors.js';
import { count, option, said } from '../messages/message.js';

/** Default budget for everything inflated from one zip (nested zips included), in MB; INSEE's files need ~30. */
export const DEFAULT_MAX_UNZIPPED_MB = 1_000;

export interface UnzipBudget {
  /** bytes that may still be inflated */
  left: number;
  limit: number;
  file: string;
}

export function unzipBudget(file: string, maxMb = DEFAULT_MAX_UNZIPPED_MB): UnzipBudget {
  const limit = Math.floor(maxMb * 1024 * 1024);
  return { left: limit, limit, file };
}

function tooBig(budget: UnzipBudget, name: string): InputError {
  const mb = Math.round(budget.limit / (1024 * 1024));
  return new InputError(said('load.zip.tooBig', { name, mb: count(mb) }), {
    file: budget.file,
    hint: said('load.zip.tooBig.hint', { option: option('maxUnzippedMb'), mb: count(mb * 4) }),
  });
}

interface ZipStream {
  on(event: 'data', fn: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'error', fn: (e: Error) => void): ZipStream;
  on(event: 'end', fn: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/** The size the zip's directory declares for an entry (JSZip keeps it on the loaded object). */
function declaredSize(entry: JSZip.JSZipObject): number | undefined {
  const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === 'number' && Number.isFinite(size) ? size : undefined;
}

/** Inflate one entry within the budget (declared size first, then a running count); throws InputError beyond it. */
export function inflate(entry: JSZip.JSZipObject, budget: UnzipBudget): Promise<Uint8Array> {
  const declared = declaredSize(entry);
  if (declared !== undefined && declared > budget.left) return Promise.reject(tooBig(budget, entry.name));
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    // JSZip's StreamHelper (public since 3.x, missing from its typings): chunks as they inflate
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): ZipStream }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        total += chunk.length;
        if (total > budget.left) {
          done = true;
          stream.pause();
          reject(tooBig(budget, entry.name));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (e: Error) => {
        if (done) return;
        done = true;
        reject(
          new InputError(said('load.zip.extract', { name: entry.name, error: e.message.slice(0, 200) }), {
            file: budget.file,
            hint: said('load.zip.extract.hint'),
          }),
        );
      })
      .on('end', () => {
        if (done) return;
        done = true;
        budget.left -= total;
        const out = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

/** The same, as UTF-8 text (small side files: .prj, .cpg). */
export async function inflateText(entry: JSZip.JSZipObject, budget: UnzipBudget): Promise<string> {
  return new TextDecoder('utf-8').decode(await inflate(entry, budget));
}
