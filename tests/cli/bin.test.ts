import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const BUILT = existsSync(join(ROOT, 'dist/cli/main.js'));
// a dist/ older than the info command would test old code: treat it as missing
const FRESH =
  BUILT &&
  existsSync(join(ROOT, 'dist/cli/commands/info.js')) &&
  statSync(join(ROOT, 'dist/cli/commands/info.js')).mtimeMs >= statSync(join(ROOT, 'src/cli/commands/info.ts')).mtimeMs;

// The real executable, as users run it. Needs the compiled dist/ (npx tsc -p . or npm run build).
describe('bin/decoupage.js', () => {
  it.skipIf(!FRESH)(
    'exits 2 on a bad zone file and prints no stack trace (skipped when dist/cli/main.js is missing or older than src: run `npx tsc -p .`)',
    () => {
      const bad = join(mkdtempSync(join(tmpdir(), 'decoupage-bin-')), 'bad.geojson');
      writeFileSync(bad, '{"type": "FeatureCollection", "features": [');
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/decoupage.js'), 'info', bad], { encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/bad\.geojson: is not valid JSON/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    },
  );

  it.skipIf(!FRESH)('stops quietly when the reader of its output goes away (decoupage … | head)', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/decoupage.js'), 'help', 'options'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // the reader closes the pipe before the help is written, as `head` does once it has its lines
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });
});
