/**
 * Regenerate the bundled demo data in data/demo/ (fictional region, seeded, byte-for-byte reproducible):
 *   npx tsx scripts/generate-demo.ts        (or: npm run generate-demo)
 * The files are committed; tests/demo checks that they equal a fresh generation.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/io/atomic.js';
import { DEMO_FILES, generateDemo } from '../src/demo/generate.js';

const dir = fileURLToPath(new URL('../data/demo/', import.meta.url));
const { files } = generateDemo();
for (const name of DEMO_FILES) {
  writeFileAtomic(join(dir, name), files[name]);
  console.log(`wrote ${join('data/demo', name)} (${files[name].length.toLocaleString('en-US')} bytes)`);
}
