// Which files of the command-line bundle (dist/bundle/, scripts/build-cli.mjs) a whole command loads, and their
// bytes: a figure of start-up that does not depend on the machine (bench/startup.ts prints it, tests/cli/startup.test.ts
// keeps it down). Node records them itself: a module hook (node:module register) notes every dist/bundle file it loads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'decoupage.js');

/** Runs in Node's module-hooks thread: notes each file of dist/bundle/ as it is loaded. */
const HOOK = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:') && url.includes('/dist/bundle/')) appendFileSync(process.env.DECOUPAGE_BUNDLE_LOG, url + '\\n');
  return next(url, context);
}`;
const PRELOAD = `import { register } from 'node:module'; register(${JSON.stringify('data:text/javascript,' + encodeURIComponent(HOOK))});`;

export interface BundleLoad {
  /** the command's exit code */
  status: number | null;
  stderr: string;
  /** the bundle files loaded, by name (chunk names carry a hash) */
  files: string[];
  /** their bytes, together */
  bytes: number;
  /** the sources they hold ("dist/jobs/propose.js", "node_modules/zod/…"), from dist/bundle-sources.json */
  sources: string[];
}

/** Run `decoupage <args>` (bin/decoupage.js, the bundle when it is built) and say which bundle files it loaded. */
export function bundleLoaded(args: readonly string[], cwd?: string): BundleLoad {
  const dir = mkdtempSync(join(tmpdir(), 'decoupage-bundle-'));
  const log = join(dir, 'loaded.txt');
  try {
    const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(PRELOAD)}`, BIN, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, DECOUPAGE_BUNDLE_LOG: log },
      timeout: 120_000,
    });
    let urls: string[] = [];
    try {
      urls = [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))];
    } catch {
      // nothing loaded from the bundle (not built)
    }
    const paths = urls.map((u) => fileURLToPath(u));
    const files = paths.map((p) => p.slice(p.lastIndexOf('/') + 1));
    // which sources each bundle file holds: written by scripts/build-cli.mjs
    const byFile = JSON.parse(readFileSync(join(ROOT, 'dist', 'bundle-sources.json'), 'utf8')) as Record<string, string[]>;
    return {
      status: r.status,
      stderr: r.stderr,
      files,
      bytes: paths.reduce((s, p) => s + statSync(p).size, 0),
      sources: files.flatMap((f) => byFile[f] ?? []),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
