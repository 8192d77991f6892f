/**
 * Text encodings of the files people give decoupage: UTF-8 (with or without a byte-order mark), UTF-16
 * (Excel's "Unicode text", always with a BOM) and, for files that are not valid UTF-8, windows-1252
 * (French Excel on Windows saves "CSV (séparateur : point-virgule)" in it). The decoded text never holds
 * U+FFFD: a file that does is damaged, and passing it on would print "Bouches-du-Rh�ne" in a report.
 */
import { isAscii } from 'node:buffer';
import { InputError } from '../core/errors.js';
import { said, type Said } from '../messages/message.js';

export type TextEncoding = 'utf-8' | 'utf-8 (BOM)' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const REPLACEMENT = '\uFFFD';

/** Decode a file's bytes, detecting the encoding; `file` names it in errors. */
export function decodeText(bytes: Uint8Array, file = '<text>'): DecodedText {
  const b = bytes;
  let decoded: DecodedText;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    decoded = { text: strict('utf-8', b.subarray(3), file), encoding: 'utf-8 (BOM)' };
  } else if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) {
    decoded = { text: strict('utf-16le', b.subarray(2), file), encoding: 'utf-16le' };
  } else if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
    decoded = { text: strict('utf-16be', b.subarray(2), file), encoding: 'utf-16be' };
  } else if (looksUtf16WithoutBom(b)) {
    const le = b[1] === 0;
    decoded = { text: strict(le ? 'utf-16le' : 'utf-16be', b, file), encoding: le ? 'utf-16le' : 'utf-16be' };
  } else if (isAscii(b)) {
    // ASCII (generated layers, most CSVs): the same text as UTF-8, copied byte for byte (about twice as fast)
    decoded = { text: Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1'), encoding: 'utf-8' };
  } else {
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
    } catch {
      // not UTF-8: every byte has a meaning in windows-1252 (the WHATWG table maps the 5 unassigned ones to C1 controls)
      decoded = { text: decodeWindows1252(b), encoding: 'windows-1252' };
    }
  }
  const at = decoded.text.indexOf(REPLACEMENT);
  if (at >= 0) {
    throw new InputError(said('load.encoding.damaged', { line: lineAt(decoded.text, at) }), { file, hint: said('load.encoding.damaged.hint') });
  }
  const nul = decoded.text.indexOf('\0');
  if (nul >= 0) {
    // the line, for a text file with one stray NUL (a workbook or an archive has them from its first line)
    throw new InputError(said('load.encoding.nul', { line: lineAt(decoded.text, nul) }), { file, hint: said('load.encoding.nul.hint') });
  }
  return decoded;
}

/** The line (from 1) of the character at `offset` of a text: the line feeds before it, plus one. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function strict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(said('load.encoding.badBom', { encoding: encoding.toUpperCase() }), { file, hint: said('load.encoding.badBom.hint') });
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

/** UTF-16 without a BOM: ASCII text then has a zero byte in every other position. */
function looksUtf16WithoutBom(b: Uint8Array): boolean {
  const n = Math.min(b.length, 200) & ~1;
  if (n < 4) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  return (oddZero > pairs * 0.8 && evenZero === 0) || (evenZero > pairs * 0.8 && oddZero === 0);
}

/** "UTF-8", "windows-1252 (not UTF-8)"…: the words used when decoupage says how it read a file. */
export function encodingName(e: TextEncoding): Said {
  switch (e) {
    case 'utf-8':
      return said('load.encoding.utf8');
    case 'utf-8 (BOM)':
      return said('load.encoding.utf8Bom');
    case 'utf-16le':
      return said('load.encoding.utf16le');
    case 'utf-16be':
      return said('load.encoding.utf16be');
    case 'windows-1252':
      return said('load.encoding.windows1252');
  }
}
