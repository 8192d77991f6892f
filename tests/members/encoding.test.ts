import { describe, expect, it } from 'vitest';
import { decodeText as decode } from '../../src/io/encoding.js';
const decodeText = (b: Uint8Array) => decode(b).text;
import { toWindows1252 } from '../../scripts/register.js';

describe('readText decodes what spreadsheets write', () => {
  const text = 'Code postal;Ville\n83470;Saint-Maximin-la-Sainte-Baume\n13090;Aix-en-Provence — Œuvre\n06000;Nice (Alpes-Maritimes, Côte d’Azur)\n';
  it('UTF-8 with or without BOM, UTF-16 with BOM, and Windows-1252 (French Excel)', () => {
    const utf8 = Buffer.from(text, 'utf8');
    expect(decodeText(utf8)).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    const cp1252 = toWindows1252(text);
    expect(cp1252.length).toBe([...text].length); // one byte per character, Œ and ’ included
    expect(decodeText(cp1252)).toBe(text);
  });
});
