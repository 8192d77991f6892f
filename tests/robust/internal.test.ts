// Issue 12: any unexpected exception is "internal error, please report", exit 3, never a stack trace.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../src/load/zones.js');
  vi.resetModules();
  delete process.env.DECOUPAGE_DEBUG;
});

/** The CLI with loadZones replaced by one that fails the way a bug would. */
type ErrorsModule = typeof import('../../src/core/errors.js');

async function cliWithBug(error: unknown | ((errors: ErrorsModule) => unknown)) {
  vi.resetModules();
  const errors = await import('../../src/core/errors.js'); // the module instance main will use
  const thrown = typeof error === 'function' ? (error as (e: typeof errors) => unknown)(errors) : error;
  vi.doMock('../../src/load/zones.js', async (importOriginal) => ({
    ...(await importOriginal<typeof import('../../src/load/zones.js')>()),
    loadZones: () => {
      throw thrown;
    },
  }));
  const { main } = await import('../../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const code = await main(['info', 'zones.geojson'], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('the top-level handler', () => {
  it('a TypeError deep inside a command: exit 3, one line asking to report it, no stack trace', async () => {
    const r = await cliWithBug(new TypeError("Cannot read properties of null (reading 'type')"));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^internal error, please report it with the command you ran .*TypeError: Cannot read properties of null \(reading 'type'\)\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('a RangeError (e.g. ERR_STRING_TOO_LONG) and a thrown non-Error are caught the same way', async () => {
    const big = Object.assign(new RangeError('Invalid string length'), { code: 'ERR_STRING_TOO_LONG' });
    expect((await cliWithBug(big)).code).toBe(3);
    const odd = await cliWithBug('a string');
    expect(odd.code).toBe(3);
    expect(odd.stderr).toContain('internal error');
  });

  it('DECOUPAGE_DEBUG=1 adds the stack trace, for whoever fixes the bug', async () => {
    process.env.DECOUPAGE_DEBUG = '1';
    const r = await cliWithBug(new Error('boom'));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it('a 5 KB error message is cut, saying how much was left out', async () => {
    const r = await cliWithBug(
      ({ InputError }: ErrorsModule) =>
        new InputError({ id: 'error.at', params: { place: 'unknown zones', problem: 'Z123, '.repeat(1000) } }, { file: 'plan.csv' }),
    );
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(2200);
    expect(r.stderr).toMatch(/… \([\d,]+ more characters\)\n$/);
  });
});
