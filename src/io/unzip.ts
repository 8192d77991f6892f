/**
 * Zip archives through the input gate: an entry is inflated only within a byte budget, checked first against
 * the size the zip declares and then against a running count while inflating (a zip can lie about its
 * sizes). A 2 MB zip whose .shp inflates to 2 GiB (a "zip bomb") is refused before it fills the memory.
 */
import type JSZip from 'jszip';
import { InputError } from '../core/errors.js';
import { count, option, said, type Said } from '../messages/message.js';

/** Default budget for everything inflated from one zip (nested zips included), in MB; INSEE's files need ~30. */
export const DEFAULT_MAX_UNZIPPED_MB = 1_000;

/** Who made the zip, for the hints: where to download it again, how large it should be. */
export type ZipProducer = 'insee' | 'ign';

export interface UnzipBudget {
  /** bytes that may still be inflated */
  left: number;
  limit: number;
  file: string;
  producer: ZipProducer;
}

export function unzipBudget(file: string, maxMb = DEFAULT_MAX_UNZIPPED_MB, producer: ZipProducer = 'insee'): UnzipBudget {
  const limit = Math.floor(maxMb * 1024 * 1024);
  return { left: limit, limit, file, producer };
}

function tooBig(budget: UnzipBudget, name: string): InputError {
  const mb = Math.round(budget.limit / (1024 * 1024));
  const raise = { option: option('maxUnzippedMb'), mb: count(mb * 4) };
  return new InputError(said('load.zip.tooBig', { name, mb: count(mb) }), {
    file: budget.file,
    hint: budget.producer === 'ign' ? said('load.zip.tooBig.hintIgn', raise) : said('load.zip.tooBig.hint', raise),
  });
}

/** "Download it again from insee.fr" or "from IGN's geoservices.ign.fr": the producer of the zip, never the other one. */
export function downloadAgain(producer: ZipProducer): Said {
  return producer === 'ign' ? said('load.zip.damaged.hintIgn') : said('load.zip.damaged.hintInsee');
}

/** "the zip is damaged": the one message of every importer for a zip that cannot be read or inflated as it says. */
export function damagedZip(budget: Pick<UnzipBudget, 'file' | 'producer'>, detail?: Said): InputError {
  return new InputError(detail ? said('load.zip.damagedBecause', { detail }) : said('load.zip.damaged'), {
    file: budget.file,
    hint: downloadAgain(budget.producer),
  });
}

interface ZipStream {
  on(event: 'data', fn: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'error', fn: (e: Error) => void): ZipStream;
  on(event: 'end', fn: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/**
 * The size the zip's directory declares for an entry (JSZip keeps it on the loaded object). JSZip reads the
 * 32-bit field as a signed number: 2 GiB comes back as -2147483648, so it is read back as unsigned.
 */
function declaredSize(entry: JSZip.JSZipObject): number | undefined {
  const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  if (typeof size !== 'number' || !Number.isFinite(size)) return undefined;
  return size < 0 ? size + 2 ** 32 : size;
}

/**
 * Inflate one entry within the budget: refused from the size the zip declares, before anything is inflated;
 * then a running count while inflating stops an entry that inflates past the budget, or past the size it
 * declared (a zip that lies is damaged): at most the declared size is ever held in memory.
 */
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
        if (total > budget.left || (declared !== undefined && total > declared)) {
          done = true;
          stream.pause();
          reject(total > budget.left ? tooBig(budget, entry.name) : damagedZip(budget, said('load.zip.lies', { name: entry.name, size: count(declared!) })));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (e: Error) => {
        if (done) return;
        done = true;
        reject(damagedZip(budget, said('load.zip.extract', { name: entry.name, error: e.message.slice(0, 200) })));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        // fewer bytes than declared: damaged too (JSZip says "uncompressed data size mismatch" for some of these)
        if (declared !== undefined && total !== declared) {
          reject(damagedZip(budget, said('load.zip.shorter', { name: entry.name, size: count(declared), got: count(total) })));
          return;
        }
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
