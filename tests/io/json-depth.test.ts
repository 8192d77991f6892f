// Issue 25: the depth check of JSON zone layers reads the file's UTF-8 bytes four at a time (jsonBytesTooDeep)
// instead of the decoded text character by character (jsonTooDeep). The verdict and the line must be the same
// for any text: random texts of the characters that matter (brackets, braces, quotes, backslashes, line feeds)
// among digits, letters and multi-byte characters, at every alignment of the bytes, against the text scan.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { jsonBytesTooDeep, jsonTooDeep, parseJson, readJson, readText } from '../../src/io/read.js';
import { tempDir } from '../robust/support.js';

const PIECES = ['[', ']', '{', '}', '"', '\\', '\\"', '\\\\', '\n', '5.1234567', ',', '-', ' ', 'é', '’', '€', '𝄞', 'null', 'a', '0', '\r\n'];

/** The bytes of `text` in UTF-8, starting `shift` bytes into their buffer (a Buffer read from a file may be at any offset). */
function bytesAt(text: string, shift: number): Uint8Array {
  const encoded = new TextEncoder().encode(text);
  const buffer = new Uint8Array(encoded.length + shift + 3);
  buffer.set(encoded, shift);
  return buffer.subarray(shift, shift + encoded.length);
}

describe('jsonBytesTooDeep: the verdict and line of jsonTooDeep', () => {
  it('random texts of brackets, quotes, escapes, line feeds and multi-byte characters, every alignment', () => {
    let deep = 0;
    let shallow = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ arbitrary: fc.constantFrom('[', '{', ']'), weight: 3 }, { arbitrary: fc.constantFrom(...PIECES), weight: 5 }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 6 }),
        (pieces, shift, max) => {
          const text = pieces.join('');
          const want = jsonTooDeep(text, max);
          want === undefined ? shallow++ : deep++;
          expect(jsonBytesTooDeep(bytesAt(text, shift), max)).toBe(want);
        },
      ),
      { numRuns: 3000, seed: 25 },
    );
    expect(deep).toBeGreaterThan(150);
    expect(shallow).toBeGreaterThan(300);
  });

  it('long runs of coordinates (the words stepped over whole), nested past the limit late in the file', () => {
    const coords = Array.from({ length: 2000 }, (_, i) => `[${5 + i / 1e4},${43 + i / 1e5}]`).join(',\n');
    for (const [text, max] of [
      [`{"type":"x","c":[${coords}]}`, 3],
      [`{"name":"a \\"[[[[\\" b","c":[${coords}],"d":[[[[[1]]]]]}`, 4],
      [`{"name":"a \\"[[[[\\" b","c":[${coords}],"d":[[[[[1]]]]]}`, 6],
      [`"${'[{'.repeat(500)}\\\\"` + '['.repeat(9), 8],
    ] as const)
      for (let shift = 0; shift < 4; shift++) expect(jsonBytesTooDeep(bytesAt(text, shift), max)).toBe(jsonTooDeep(text, max));
    // the deep ones above are found where the text scan finds them
    expect(jsonTooDeep(`{"name":"a \\"[[[[\\" b","c":[${coords}],"d":[[[[[1]]]]]}`, 4)).toBe(2000);
  });
});

describe('readJson: parseJson(readText(file)), the same value and the same errors', () => {
  const t = tempDir('json-depth');
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
  const bom = '\uFEFF';
  const cases: [string, Uint8Array][] = [
    ['plain.json', new TextEncoder().encode('{"type":"FeatureCollection","features":[{"a":"Bouches-du-Rhône ’"}]}')],
    ['bom.json', new TextEncoder().encode(bom + '{"a":[1,2]}')],
    ['two-boms.json', new TextEncoder().encode(bom + bom + '{"a":[1,2]}')],
    ['deep.json', new TextEncoder().encode('{\n"a":\n' + deep(200_000) + '}')],
    ['deep-bom.json', new TextEncoder().encode(bom + '\n\n' + deep(1500))],
    ['broken.json', new TextEncoder().encode('{"a": [1, 2,, 3]}')],
    ['utf16.json', Uint8Array.from([0xff, 0xfe, ...[...('{\n"a":' + deep(1200) + '}')].flatMap((c) => [c.charCodeAt(0), 0])])],
    ['latin1.json', Uint8Array.from([...'{"a":"Rh'].map((c) => c.charCodeAt(0)).concat([0xf4, ...[...'ne"}'].map((c) => c.charCodeAt(0))]))],
  ];
  for (const [name, bytes] of cases)
    it(name, () => {
      const file = join(t.dir, name);
      writeFileSync(file, bytes);
      const outcome = (f: () => unknown) => {
        try {
          return { value: f() };
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          return { error: (e as Error).message };
        }
      };
      const want = outcome(() => parseJson(readText(file), file));
      expect(outcome(() => readJson(file))).toEqual(want);
      if (name.startsWith('deep')) expect(want.error).toMatch(/line [2-4]\b/);
    });
});
