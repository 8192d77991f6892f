// Issue 25: a command loads the code it runs, not the whole program. Bytes of bundle read by a whole command (a
// figure of the build, not of the machine: no timing here; bench/startup.ts times the same commands).
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleLoaded } from '../support/bundle-loaded.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const BUNDLE = join(ROOT, 'dist/bundle/main.js');
// the bundle is built by `npm run build`; one older than the CLI's sources would measure old code
const BUILT = existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= statSync(join(ROOT, 'src/cli/run.ts')).mtimeMs;
const GRID = join(ROOT, 'tests/fixtures/check/grid.geojson');
const RULES = ['--min-members', '8000', '--members-per-seat', '1000', '--min-seats', '1', '--link', 'I:E'];

/** What only one option or one other command needs: never loaded by propose or check without it. */
const NOT_FOR_PLAIN_COMMANDS = [
  /^node_modules\/zod\//, // the editor's request schemas
  /^dist\/(serve|session|audit|report|export|pluralism|members|demo|workspace)\//, // other commands, --report, --geojson
  /^dist\/jobs\/(?!propose\.js)/, // other commands' jobs
  /^dist\/load\/(insee|admin-express|chomage)\.js/, // the importers
  /^node_modules\/(d3-|csv-parse|jsonc-parser|topojson-client|read-excel-file|ml-)/, // the map, a CSV, a broken JSON, xlsx, k-means
];

function unwanted(sources: string[]): string[] {
  return sources.filter((s) => NOT_FOR_PLAIN_COMMANDS.some((re) => re.test(s)));
}

describe.skipIf(!BUILT)('what a command loads of the bundle (skipped until `npm run build`)', () => {
  it('--version loads almost nothing: not commander, not the catalogue', () => {
    const r = bundleLoaded(['--version']);
    expect(r.status).toBe(0);
    expect(r.files.length).toBeLessThanOrEqual(3);
    expect(r.bytes).toBeLessThan(10_000); // 2.8 KB (600 KB before issue 25)
    expect(r.sources.filter((s) => /commander|messages\//.test(s))).toEqual([]);
  });

  it('propose writing the plan alone loads neither the editor, nor zod, nor the report, nor the exporters', () => {
    const plan = join(mkdtempSync(join(tmpdir(), 'decoupage-startup-')), 'plan.csv');
    const r = bundleLoaded(['propose', GRID, ...RULES, '-o', plan]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.sources).toContain('dist/jobs/propose.js');
    expect(unwanted(r.sources)).toEqual([]);
    expect(r.bytes).toBeLessThan(1_200_000); // 0.90 MB in 25 files (2.15 MB in 31 before issue 25)
  });

  it('propose --report --geojson loads the report and the exporters, then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'decoupage-startup-'));
    const r = bundleLoaded(['propose', GRID, ...RULES, '-o', join(dir, 'plan.csv'), '--report', join(dir, 'r.html'), '--geojson', join(dir, 's.geojson')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.sources).toEqual(expect.arrayContaining(['dist/report/html.js', 'dist/export/dissolve.js']));
  });

  it('check loads neither the editor, nor zod, nor the report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'decoupage-startup-'));
    const plan = join(dir, 'plan.csv');
    expect(bundleLoaded(['propose', GRID, ...RULES, '-o', plan]).status).toBe(0);
    const r = bundleLoaded(['check', GRID, plan, ...RULES]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.sources).toContain('dist/check/check.js');
    // the plan is a CSV: csv-parse is required from node_modules then, not from the bundle
    expect(unwanted(r.sources)).toEqual([]);
    expect(r.bytes).toBeLessThan(1_100_000); // 0.80 MB in 22 files (1.70 MB in 24 before issue 25)
  });
});
