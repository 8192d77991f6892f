import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, placeholdersOf } from '../../src/messages/index.js';
import { fill, pluralForms } from '../../src/messages/i18n.js';
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

  it('says every message in every language, never empty, and in no other', () => {
    const missing = messages.filter(({ m }) => LANGS.some((l) => typeof m[l] !== 'string' || (m[l] as string).trim() === '')).map((x) => x.id);
    expect(missing).toEqual([]);
    const other = messages.filter(({ m }) => Object.keys(m).some((l) => !(LANGS as readonly string[]).includes(l))).map((x) => x.id);
    expect(other).toEqual([]);
  });

  it('writes each plural {n:one form|other form} with two forms, in every language alike', () => {
    // a plural's forms are chosen by fill (src/messages/i18n.ts); a malformed one would be printed as it is
    const plurals = (t: string) => [...t.matchAll(/\{(\w+):/g)].map((p) => ({ name: p[1]!, forms: pluralForms(t, p.index! + p[0].length) }));
    const bad = messages.flatMap(({ id, m }) =>
      LANGS.flatMap((l) =>
        plurals(m[l] as string)
          .filter((p) => !p.forms)
          .map((p) => `${id} (${l}): {${p.name}:`),
      ),
    );
    expect(bad).toEqual([]);
    // (a language may need a plural where another does not: French agrees its participles, "zones gardées")
    // and the catalogue uses them: no message keeps a "(s)" plural
    const parenthesised = messages.filter(({ m }) => LANGS.some((l) => /\w\((s|es)\)/.test(m[l] as string))).map((x) => x.id);
    expect(parenthesised).toEqual([]);
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

/**
 * The string literals of src/, comments left out: what the code can name a message by. A catalogue entry's
 * own key (`'fail.within': {` in src/messages/) is not a use of it.
 */
function literalsOf(files: string[]): { plain: Set<string>; patterns: RegExp[]; saidIds: { id: string; where: string }[] } {
  const plain = new Set<string>();
  const patterns: RegExp[] = [];
  const saidIds: { id: string; where: string }[] = [];
  const literal = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[\s;,(){}])\/\/.*$/gm, '$1');
    const scan = (code: string): void => {
      for (const m of code.matchAll(literal)) {
        if (/^\s*:\s*\{/.test(code.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
        const value = m[1] ?? m[2] ?? m[3]!;
        if (m[3] !== undefined && value.includes('${')) {
          // a template that starts with a name names the messages it can build: `title.${rule}` → /^title\..+$/
          const parts = value.split(/\$\{[^}]*\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
          if (/^[a-zA-Z]/.test(parts[0]!)) patterns.push(new RegExp(`^${parts.join('.+')}$`));
          // and its ${…} may say messages of their own: `  ${t(said('output.graph.part', part))}`
          scan(value.replace(/^[^$]*\$\{|\}[^$]*$/g, ' '));
        } else plain.add(value);
      }
    };
    scan(text);
    // the ids given to said(…) and messageOf(…): the literals "namespace.key" of the first argument
    for (const m of text.matchAll(/\b(?:said|messageOf)\(\s*([^,)]*)/g))
      for (const id of m[1]!.matchAll(/'(\w+)\.([^']*)'/g))
        if (id[1]! in CATALOGUE) saidIds.push({ id: `${id[1]}.${id[2]}`, where: `${file.replace(/.*\/src\//, 'src/')}` });
  }
  return { plain, patterns, saidIds };
}

describe('every message is said somewhere, and every message said exists', () => {
  const { plain, patterns, saidIds } = literalsOf(sources());
  const ids = new Set(messages.map((x) => x.id));

  it('each message of the catalogue is named by the code (by its id, or by its key in its namespace)', () => {
    const named = (name: string) => plain.has(name) || patterns.some((p) => p.test(name));
    const unused = messages.map((x) => x.id).filter((id) => !named(id) && !named(id.slice(id.indexOf('.') + 1)));
    expect(unused).toEqual([]);
  });

  it('each id said (said, messageOf) is a message of the catalogue', () => {
    expect(saidIds.length).toBeGreaterThan(500);
    expect(saidIds.filter((s) => !ids.has(s.id)).map((s) => `${s.where}: ${s.id}`)).toEqual([]);
  });

  it('no message comes in a "one" and a "many" version: plurals are said with {n:one|other}', () => {
    const pairs = messages
      .map((x) => x.id)
      .filter((id) => /(One|\.one)$/.test(id))
      .filter((id) =>
        [id.replace(/One$/, 'Many'), id.replace(/One$/, ''), id.replace(/\.one$/, ''), id.replace(/One$/, 's')].some((twin) => twin !== id && ids.has(twin)),
      );
    expect(pairs).toEqual([]);
  });
});
