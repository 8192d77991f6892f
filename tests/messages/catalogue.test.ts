import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, placeholdersOf } from '../../src/messages/index.js';
import { LANGS } from '../../src/core/i18n.js';

const messages = Object.entries(CATALOGUE).flatMap(([ns, table]) =>
  Object.entries(table as Record<string, Record<string, unknown>>).map(([key, m]) => ({ id: `${ns}.${key}`, m })),
);

describe('the message catalogue', () => {
  it('holds one namespace per file of src/messages/ (and no file outside it), each with messages', () => {
    // the files that are not namespaces: the catalogue itself, its index, how a message is said, languages
    const machinery = new Set(['catalogue.ts', 'index.ts', 'message.ts', 'i18n.ts']);
    const files = readdirSync(join(__dirname, '../../src/messages'))
      .filter((f) => f.endsWith('.ts') && !machinery.has(f))
      .map((f) => f.replace(/\.ts$/, ''));
    // a file names its namespace, in the plural for two tables of names (fields.ts → field, methods.ts → method)
    const namespaceOf = (file: string) => (file === 'fields' || file === 'methods' ? file.slice(0, -1) : file);
    expect(files.map(namespaceOf).sort()).toEqual(Object.keys(CATALOGUE).sort());
    for (const ns of Object.keys(CATALOGUE)) {
      const own = messages.filter((x) => x.id.startsWith(ns + '.'));
      expect(own.length, ns).toBeGreaterThan(0);
    }
  });

  it('says every message in every language, never empty', () => {
    const missing = messages.filter(({ m }) => LANGS.some((l) => typeof m[l] !== 'string' || (m[l] as string).trim() === '')).map((x) => x.id);
    expect(missing).toEqual([]);
  });

  it('has the same placeholders in every language of a message', () => {
    const differ = messages
      .filter(({ m }) => LANGS.some((l) => placeholdersOf(m[l] as string).join() !== placeholdersOf(m.en as string).join()))
      .map(({ id, m }) => `${id}: ${LANGS.map((l) => `${l} {${placeholdersOf(m[l] as string).join('} {')}}`).join(' / ')}`);
    expect(differ).toEqual([]);
  });
});

/** Every .ts file under src/. */
function sources(dir = join(__dirname, '../../src')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('no sentence outside the catalogue', () => {
  // an error or a warning written as a literal would be English only
  const literal = /\b(new InputError|notice)\(\s*[`'"]/g;
  it('errors and warnings are messages of the catalogue', () => {
    const found = sources().flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(literal)].map((m) => {
        const line = text.slice(0, m.index).split('\n').length;
        return `${file.replace(/.*\/src\//, 'src/')}:${line}: ${text.slice(m.index, m.index + 80).split('\n')[0]}`;
      });
    });
    expect(found).toEqual([]);
  });
});
