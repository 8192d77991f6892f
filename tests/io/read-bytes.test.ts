// Issue 25: readBytes reads a file into one buffer of its size (no chunks copied together). Every size, a file
// whose size says 0 but that has bytes (/proc), and the limit still hold. decodeText copies ASCII byte for byte
// instead of decoding it as UTF-8: the same text, the same checks.
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { decodeText } from '../../src/io/encoding.js';
import { readBytes } from '../../src/io/read.js';
import { tempDir } from '../robust/support.js';

describe('readBytes: the bytes of the file, whatever its size', () => {
  const t = tempDir('read-bytes');
  for (const size of [0, 1, 3, 4095, 4096, 4097, (1 << 20) + 3, 3 * (1 << 20)])
    it(`${size} bytes`, () => {
      const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 7919) & 255);
      const file = t.file(`f${size}.bin`, bytes);
      const got = readBytes(file);
      expect(got.length).toBe(size);
      expect(Buffer.compare(got, Buffer.from(bytes))).toBe(0);
    });

  it('a file at the limit is read; one byte more is refused', () => {
    const file = t.file('limit.bin', new Uint8Array(5000).fill(65));
    expect(readBytes(file, undefined, 5000).length).toBe(5000);
    expect(() => readBytes(file, undefined, 4999)).toThrow(/limit\.bin/);
  });

  it.runIf(existsSync('/proc/self/status'))('a file whose size says 0 but that holds bytes (/proc): read to its end', () => {
    const got = readBytes('/proc/self/status').toString('latin1');
    expect(got).toMatch(/^Name:/);
    expect(got.split('\n').length).toBeGreaterThan(10);
    expect(readFileSync('/proc/self/status', 'latin1').split('\n')[0]).toBe(got.split('\n')[0]);
  });
});

describe('decodeText: ASCII copied byte for byte, the text and checks of UTF-8', () => {
  it('random ASCII texts, at any offset of their buffer: the text the UTF-8 decoder gives, NUL refused', () => {
    let nul = 0;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 127 }), { maxLength: 200 }), fc.integer({ min: 0, max: 7 }), (codes, shift) => {
        const buffer = new Uint8Array(codes.length + shift);
        buffer.set(codes, shift);
        const bytes = buffer.subarray(shift);
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        const utf16 = looksLikeUtf16(bytes);
        if (text.includes('\0') && !utf16) {
          nul++;
          expect(() => decodeText(bytes, 'f.csv')).toThrow(InputError);
        } else if (!utf16) expect(decodeText(bytes, 'f.csv')).toEqual({ text, encoding: 'utf-8' });
      }),
      { numRuns: 1000, seed: 25 },
    );
    expect(nul).toBeGreaterThan(40);
    expect(decodeText(Buffer.from('code;members\n13001;120\n'))).toEqual({ text: 'code;members\n13001;120\n', encoding: 'utf-8' });
  });

  it('a text file with one stray NUL: refused, naming the line of the first one (never its content)', () => {
    let said = '';
    try {
      decodeText(Buffer.from('code;members\n13001;120\n06000;Zorglub\u0000vitch\n'), 'reg.csv');
    } catch (e) {
      said = (e as InputError).sayIn('en');
    }
    expect(said).toContain('is not a text file (it holds NUL bytes, the first on line 3)');
    expect(said).not.toContain('Zorglub');
  });
});

/** decodeText's guess of UTF-16 without a byte-order mark (zero bytes at every other place), as it reads it. */
function looksLikeUtf16(b: Uint8Array): boolean {
  const n = Math.min(b.length, 200) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  return (odd > (n / 2) * 0.8 && even === 0) || (even > (n / 2) * 0.8 && odd === 0);
}
