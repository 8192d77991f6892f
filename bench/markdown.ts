// Benchmarks that keep their own table in BENCHMARKS.md: the text between `<!-- bench:NAME -->` and
// `<!-- /bench:NAME -->` is replaced by each run (the section is appended the first time).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));

export function writeBenchSection(name: string, markdown: string): void {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const text = readFileSync(FILE, 'utf8');
  const block = `${open}\n${markdown.trim()}\n${close}`;
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  writeFileSync(FILE, a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + close.length) : `${text.trimEnd()}\n\n${block}\n`);
}
