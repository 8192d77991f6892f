// Issue 25: readBytes reads a file into one buffer of its size (no chunks copied together). Every size, a file
// whose size says 0 but that has bytes (/proc), and the limit still hold.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
