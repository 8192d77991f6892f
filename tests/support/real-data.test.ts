import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs one real-data test file in a child vitest with the data folder pointed at an empty one: the fresh-clone case.
const ROOT = new URL('../../', import.meta.url).pathname;
const TARGET = 'tests/propose/real-data.test.ts';

function runWithoutData(env: Record<string, string>): { status: number | null; stderr: string; stdout: string; report: VitestJson } {
  const dir = mkdtempSync(join(tmpdir(), 'decoupage-no-data-'));
  const out = join(dir, 'report.json');
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', TARGET, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DECOUPAGE_DATA_DIR: join(dir, 'shared-data'), ...env } },
  );
  return { status: r.status, stderr: r.stderr, stdout: r.stdout, report: JSON.parse(readFileSync(out, 'utf8')) as VitestJson };
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: { assertionResults: { title: string; status: string }[] }[];
}

describe('real-data tests on a clone without ../shared/data', () => {
  it('skip visibly: one line names the missing data and data/README.md, and the run passes', () => {
    const r = runWithoutData({ DECOUPAGE_REQUIRE_DATA: '' });
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.includes('real data missing'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /shared-data\/ \(the whole folder\) \(see data\/README\.md, "Real data"\): the tests that need it are skipped \(DECOUPAGE_REQUIRE_DATA=1 makes them fail\)/,
    );
    expect(r.report.numFailedTests).toBe(0);
    expect(r.report.numPassedTests).toBe(0);
    expect(r.report.numPendingTests).toBeGreaterThan(0);
    // the skipped test itself carries the same explanation (verbose reporters and the JSON report show it)
    const titles = r.report.testResults.flatMap((t) => t.assertionResults.map((a) => `${a.status}: ${a.title}`));
    expect(titles.every((t) => /^(skipped|pending): real data missing: .*data\/README\.md/.test(t))).toBe(true);
  });

  it('with DECOUPAGE_REQUIRE_DATA=1 (as .ci/run sets it) a missing-data skip is a failure', () => {
    const r = runWithoutData({ DECOUPAGE_REQUIRE_DATA: '1' });
    expect(r.status).not.toBe(0);
    expect(r.report.numFailedTests).toBeGreaterThan(0);
    expect(r.report.numPendingTests).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/DECOUPAGE_REQUIRE_DATA=1 requires it/);
  });

  it('.ci/run requires the real data', () => {
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^export DECOUPAGE_REQUIRE_DATA=1$/m);
  });
});
