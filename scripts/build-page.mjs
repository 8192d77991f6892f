// Bundles the editor page (src/serve/page/) into dist/serve/page/ with esbuild: one JavaScript file with
// d3-geo and topojson-client inside, the stylesheet and the HTML shell. Run by `npm run build` (so by `npm ci`).
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const src = new URL('../src/serve/page/', import.meta.url);
const out = new URL('../dist/serve/page/', import.meta.url);
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [new URL('main.ts', src).pathname],
  bundle: true,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  minify: true,
  sourcemap: true,
  outfile: new URL('app.js', out).pathname,
  logLevel: 'warning',
});
copyFileSync(new URL('index.html', src), new URL('index.html', out));
copyFileSync(new URL('style.css', src), new URL('app.css', out));
