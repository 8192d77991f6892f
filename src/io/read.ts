/**
 * The input gate: every file decoupage reads comes through here. A missing or unreadable file, one larger
 * than the size limit (or endless, such as /dev/zero), a text in an unknown encoding or a damaged JSON is an
 * InputError naming the file (exit 2), never a crash.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { count, said, type Said } from '../messages/message.js';
import { notice } from '../core/notices.js';
import { describeFsError, recordInput } from './atomic.js';
import { decodeText, encodingName, lineAt, type TextEncoding } from './encoding.js';
import { describeJsonError } from './json-place.js';

/** Default limit on one input file (MB); DECOUPAGE_MAX_INPUT_MB changes it, up to HARD_MAX_INPUT_MB. */
export const DEFAULT_MAX_INPUT_MB = 400;
/** JavaScript strings cannot hold more than about 512 MB: no text input can be larger. */
export const HARD_MAX_INPUT_MB = 500;

/** The size limit in bytes: DECOUPAGE_MAX_INPUT_MB (a number of megabytes) or the default. */
export function maxInputBytes(): number {
  const env = process.env.DECOUPAGE_MAX_INPUT_MB;
  const mb = env === undefined || env.trim() === '' ? DEFAULT_MAX_INPUT_MB : Number(env);
  if (!Number.isFinite(mb) || mb <= 0 || mb > HARD_MAX_INPUT_MB) {
    throw new InputError(said('load.read.maxInputMb', { max: HARD_MAX_INPUT_MB, value: String(env) }), {
      field: 'DECOUPAGE_MAX_INPUT_MB',
    });
  }
  return Math.floor(mb * 1024 * 1024);
}

function tooLarge(file: string, limit: number, size?: number): InputError {
  const mb = (n: number) => count(Math.round(n / (1024 * 1024)));
  const problem = size === undefined ? said('load.read.endless', { limit: mb(limit) }) : said('load.read.tooLarge', { size: mb(size), limit: mb(limit) });
  return new InputError(problem, { file, hint: said('load.read.tooLarge.hint', { max: HARD_MAX_INPUT_MB }) });
}

/** Read a user's file, at most `limit` bytes; a missing, unreadable or too large one is an InputError naming the file (exit 2). */
export function readBytes(file: string, hint: Said = said('load.read.hint'), limit = maxInputBytes()): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    const problem = (e as NodeJS.ErrnoException).code === 'ENOENT' ? said('load.read.notFound') : said('load.read.cannot', { problem: describeFsError(e) });
    throw new InputError(problem, { file, hint });
  }
  try {
    recordInput(file);
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError(said('load.read.folder'), { file, hint });
    if (st.isFile() && st.size > limit) throw tooLarge(file, limit, st.size);
    // a file is read into one buffer of its size (no chunks copied together: one copy of the file in memory);
    // devices and pipes have no size, and a file may grow while it is read: then in chunks, stopping past
    // the limit (/dev/zero never ends)
    const chunks: Buffer[] = [];
    let total = 0;
    if (st.isFile() && st.size > 0) {
      const whole = Buffer.allocUnsafe(st.size);
      while (total < whole.length) {
        const n = readSync(fd, whole, total, whole.length - total, null);
        if (n === 0) break;
        total += n;
      }
      if (total < whole.length) return whole.subarray(0, total); // it shrank
      chunks.push(whole);
    }
    for (;;) {
      // (after a whole file, a small read to find its end)
      const chunk = Buffer.allocUnsafe(Math.min(chunks.length === 1 && total === st.size ? 4096 : 1 << 20, limit + 1 - total) || 1);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit) throw tooLarge(file, limit, st.isFile() ? total : undefined);
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(said('load.read.cannot', { problem: describeFsError(e) }), { file, hint });
  } finally {
    closeSync(fd);
  }
}

/**
 * A text file decoded (BOM, UTF-8, UTF-16 or windows-1252, see encoding.ts), without its byte-order mark.
 * A file that is not UTF-8 is a warning, unless the caller says the encoding itself (`say: false`).
 */
export function readTextWithEncoding(file: string, hint?: Said, o: { say?: boolean } = {}): { text: string; encoding: TextEncoding } {
  const decoded = decodeText(readBytes(file, hint), file);
  if (o.say !== false) sayEncoding(file, decoded.encoding);
  return decoded;
}

/**
 * A JSON file parsed: readText then parseJson, with the depth check on the file's bytes when it is UTF-8
 * (the same verdict and line; see jsonBytesTooDeep). `hint` is what the file should hold.
 */
export function readJson(file: string, hint?: Said): unknown {
  return parseJsonBytes(readBytes(file), file, hint);
}

/** readJson of a file's bytes already read. */
export function parseJsonBytes(bytes: Uint8Array, file: string, hint?: Said): unknown {
  const decoded = decodeText(bytes, file);
  sayEncoding(file, decoded.encoding);
  const utf8 = decoded.encoding === 'utf-8' || decoded.encoding === 'utf-8 (BOM)';
  return parseJsonText(decoded.text, file, hint, utf8 ? jsonBytesTooDeep(bytes) : jsonTooDeep(decoded.text.replace(/^\uFEFF/, '')));
}

function sayEncoding(file: string, encoding: TextEncoding): void {
  if (encoding !== 'utf-8' && encoding !== 'utf-8 (BOM)') notice(said('load.read.encoding', { file, encoding: encodingName(encoding) }));
}

/** The same, as text only. */
export function readText(file: string, hint?: Said): string {
  return readTextWithEncoding(file, hint).text;
}

/**
 * Parse JSON text; a syntax error says where ("line 3, column 14", found by jsonc-parser: see json-place.ts)
 * and what to do. `hint` is what the file should hold.
 */
export function parseJson(text: string, file: string, hint?: Said): unknown {
  return parseJsonText(text, file, hint, jsonTooDeep(text.replace(/^\uFEFF/, '')));
}

/** parseJson, given the line where the text nests too deep (undefined: it does not). */
function parseJsonText(text: string, file: string, hint: Said | undefined, deep: number | undefined): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (deep !== undefined) throw new InputError(said('load.json.tooDeep', { max: count(MAX_JSON_DEPTH), line: deep }), { file, hint });
  // an empty file (or blank lines only) is said as such, not as "a value is expected (no comma after the last entry)"
  if (body.trim() === '') throw new InputError(said('load.json.empty'), { file, hint });
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new InputError(describeJsonError(body, e), { file, hint });
  }
}

/**
 * How deep JSON input may nest. GeoJSON needs 6 levels ({features: [{geometry: {coordinates: [[[x, y]]]}}]});
 * 200,000 nested arrays would overflow the stack of whatever walks them (String(), zod, a recursive check).
 */
export const MAX_JSON_DEPTH = 1000;

/** The line where JSON text first nests deeper than `max`, or undefined (strings skipped; no parsing). */
export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return lineAt(text, i);
    } else if (c === 93 || c === 125) depth--;
  }
  return undefined;
}

/**
 * jsonTooDeep on the bytes of UTF-8 JSON text: the same verdict and line (the bytes that matter, brackets,
 * braces, quotes, backslashes and line feeds, are ASCII, and no byte of a multi-byte character is ASCII),
 * read four bytes at a time: a word of digits, signs, points, commas and spaces outside a string, or of no
 * quote and no backslash inside one, is stepped over whole. Coordinates are mostly such words: about half
 * the time of the scan character by character.
 */
export function jsonBytesTooDeep(bytes: Uint8Array, max = MAX_JSON_DEPTH): number | undefined {
  const at = scanDepth(bytes, max);
  if (at < 0) return undefined;
  let line = 1;
  for (let i = bytes.indexOf(10); i >= 0 && i < at; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

/** The offset of the first byte nesting deeper than `max`, or −1 (see jsonBytesTooDeep). */
function scanDepth(b: Uint8Array, max: number): number {
  const n = b.length;
  // whole words from the first 4-byte boundary of the underlying buffer
  const head = Math.min(n, (4 - (b.byteOffset & 3)) & 3);
  const words = n - head >= 4 ? new Int32Array(b.buffer, b.byteOffset + head, (n - head) >> 2) : new Int32Array(0);
  const tail = head + 4 * words.length;
  let depth = 0;
  let inString = false;
  let i = 0; // the next byte to read
  while (i < n) {
    if (i >= head && i < tail && ((i - head) & 3) === 0) {
      const x = words[(i - head) >> 2];
      // a word with no byte that matters: outside a string, every byte below 0x40 and none a quote (0x22);
      // inside, no quote and no backslash (0x5c) (x ^ 0x22222222 has a zero byte where x has a quote)
      const q = x ^ 0x22222222;
      const noQuote = ((q - 0x01010101) & ~q & 0x80808080) === 0;
      if (noQuote) {
        if (!inString && (x & 0xc0c0c0c0) === 0) {
          i += 4;
          continue;
        }
        const s = x ^ 0x5c5c5c5c;
        if (inString && ((s - 0x01010101) & ~s & 0x80808080) === 0) {
          i += 4;
          continue;
        }
      }
    }
    // this byte, then on to the next word boundary byte by byte
    const stop = i < head || i >= tail ? i + 1 : i + 4 - ((i - head) & 3);
    for (; i < stop; i++) {
      const c = b[i];
      if (inString) {
        if (c === 92)
          i++; // backslash: skip the escaped byte
        else if (c === 34) inString = false;
      } else if (c === 34) inString = true;
      else if (c === 91 || c === 123) {
        if (++depth > max) return i;
      } else if (c === 93 || c === 125) depth--;
    }
  }
  return -1;
}
