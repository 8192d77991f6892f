// Bundles the command line (dist/cli/main.js, compiled by tsc) into dist/bundle/ with esbuild, so that a command
// starts by reading a few files instead of resolving and compiling ~300 modules: `decoupage propose` on PACA's
// 22 zones went from 0.44 s to 0.26 s of wall time (issue 25). Commands stay lazily loaded (code splitting: each
// command is a chunk, imported only when named). Run by `npm run build`; bin/decoupage.js uses the bundle when it
// is there, dist/cli/main.js otherwise. The library (package.json "exports") is not bundled.
//
// Left outside the bundle: packages loaded lazily by one command only, or holding large data files, WebAssembly
// or native code (they are read from node_modules as before).
//
// Then rollup puts esbuild's chunks together again (same code, not tree-shaken twice): esbuild makes one chunk per
// set of entry points sharing a module, so a command loaded ~50 small files; rollup knows that what a command's
// importer (cli/run.js) already loaded needs no chunk of its own, and `propose` reads half as many files
// (each file costs its resolution, read and compilation set-up: issue 25).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';
import { rollup } from 'rollup';

const out = new URL('../dist/bundle/', import.meta.url).pathname;
const chunks = new URL('../dist/bundle-chunks/', import.meta.url).pathname;
rmSync(out, { recursive: true, force: true });
rmSync(chunks, { recursive: true, force: true });
// Each folder's index (src/<folder>/index.ts) is the way into it (the CLI imports nothing else: tests/api), but
// esbuild splits the bundle by file, so one name imported through an index made every module of that folder part
// of the command (the editor and zod in `propose`). In the bundle only, `import { a } from '../load/index.js'` is
// rewritten to import `a` from the module that defines it; a name the index defines itself stays imported from it.
const definedIn = new Map();
/** For each name a compiled module exports: [the file that defines it, its exported name there]. */
function exportsOf(file) {
  let names = definedIn.get(file);
  if (names) return names;
  definedIn.set(file, (names = new Map()));
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([\w$]+)/gm)) names.set(m[1], [file, m[1]]);
  for (const m of text.matchAll(/^export\s*\{([^}]*)\}\s*(?:from\s*'(\.[^']+)')?\s*;/gm)) {
    for (const spec of m[1]
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)) {
      const [orig, name = orig] = spec.split(/\s+as\s+/);
      if (!m[2]) names.set(name, [file, name]);
      else {
        const target = join(dirname(file), m[2]);
        names.set(name, exportsOf(target).get(orig) ?? [target, orig]);
      }
    }
  }
  for (const m of text.matchAll(/^export\s*\*\s*from\s*'(\.[^']+)'\s*;/gm)) {
    for (const [name, where] of exportsOf(join(dirname(file), m[1]))) if (name !== 'default' && !names.has(name)) names.set(name, where);
  }
  return names;
}
const throughIndexes = {
  name: 'imports-past-indexes',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
      const dir = dirname(args.path);
      const text = readFileSync(args.path, 'utf8').replace(/^import\s*\{([^}]*)\}\s*from\s*'(\.[^']*\/index\.js)'\s*;/gm, (statement, list, spec) => {
        const index = join(dir, spec);
        const names = exportsOf(index);
        const byFile = new Map();
        for (const item of list
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)) {
          const [name, local = name] = item.split(/\s+as\s+/);
          const [file, exported] = names.get(name) ?? [index, name];
          if (!byFile.has(file)) byFile.set(file, []);
          byFile.get(file).push(exported === local ? exported : `${exported} as ${local}`);
        }
        return [...byFile]
          .map(([file, items]) => `import { ${items.join(', ')} } from './${relative(dir, file).replaceAll('\\', '/')}';`.replace("'./../", "'../"))
          .join(' ');
      });
      return { contents: text, loader: 'js', resolveDir: dir };
    });
  },
};

const { metafile } = await build({
  entryPoints: [new URL('../dist/cli/main.js', import.meta.url).pathname],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: chunks,
  // the ES module builds of packages that ship both
  mainFields: ['module', 'main'],
  external: ['@etalab/decoupage-administratif', '@resvg/resvg-js', 'codes-postaux', 'highs', 'jszip', 'proj4', 'shapefile', 'sql.js', 'wkx'],
  // CommonJS packages inside an ES module bundle still call require() for Node's own modules
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  // commander requires node:child_process (and with it Node's sockets and streams) only to run executable
  // subcommands, which decoupage has none of: it gets it when it asks for it (2 ms of every command's start)
  plugins: [
    throughIndexes,
    {
      name: 'lazy-child-process',
      setup(b) {
        b.onResolve({ filter: /^node:child_process$/ }, (a) =>
          /[\\/]commander[\\/]/.test(a.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
        );
        b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
          contents: "let cp; module.exports = new Proxy({}, { get: (_, k) => (cp ??= require('node:child_process'))[k] });",
          loader: 'js',
        }));
      },
    },
  ],
  metafile: true,
  logLevel: 'warning',
});

// propose's worker thread in one file next to the bundle (workerScript finds it there): it starts while the zones are
// read and shares their checks (io/rings.ts), so its start-up counts (issue 25)
await build({
  entryPoints: [new URL('../dist/propose/worker.js', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile: out + 'worker.js',
  mainFields: ['module', 'main'],
  external: ['highs'],
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  plugins: [throughIndexes],
  logLevel: 'warning',
});

const bundle = await rollup({
  input: chunks + 'main.js',
  // Node's modules and the packages left outside the bundle stay imports
  external: (id) => !id.startsWith('.') && !id.startsWith('/'),
  treeshake: false,
  onwarn: (w, warn) => (w.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(w)),
});
const { output } = await bundle.write({
  dir: out,
  format: 'es',
  entryFileNames: '[name].js',
  // a command's chunk keeps its name (propose-….js), without esbuild's hash
  chunkFileNames: (chunk) => `${chunk.name.replace(/-[A-Z0-9]{8}$/, '')}-[hash].js`,
});
await bundle.close();
// the sources in each file of the bundle (dist/bundle-sources.json), for tests/support/bundle-loaded.ts: what a
// command loads, by source module
const sourcesOf = (file) =>
  Object.entries(metafile.outputs[`dist/bundle-chunks/${file}`]?.inputs ?? {}).flatMap(([source, { bytesInOutput }]) => (bytesInOutput > 0 ? [source] : []));
const sources = Object.fromEntries(
  output
    .filter((o) => o.type === 'chunk')
    .map((c) => [
      c.fileName,
      Object.keys(c.modules)
        .flatMap((m) => sourcesOf(m.slice(chunks.length)))
        .sort(),
    ]),
);
writeFileSync(new URL('../dist/bundle-sources.json', import.meta.url), JSON.stringify(sources, null, 1) + '\n');
rmSync(chunks, { recursive: true, force: true });
