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

/**
 * The same, as text without a byte-order mark (spreadsheets often add one). The encoding is found from
 * the bytes: a BOM says UTF-8 or UTF-16; otherwise valid UTF-8 is UTF-8, and anything else is read as
 * Windows-1252, the encoding of French Excel's "CSV (séparateur : point-virgule)".
 */
export function readText(file: string, hint?: string): string {
  return decodeText(readBytes(file, hint));
}

/** Bytes → text: BOM (UTF-8, UTF-16 LE/BE), else strict UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Windows-1252 as the WHATWG Encoding standard defines it. Node 20's TextDecoder('windows-1252') reads bytes
 * 0x80–0x9F as control characters (like ISO-8859-1), losing "€", "Œ", "’"…: those 32 bytes are mapped here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}
