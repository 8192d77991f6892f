import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

describe('decoupage serve (command line)', () => {
  it('is listed in the help with its options', async () => {
    const r = await runCli('serve', '--help');
    expect(r.code).toBe(0);
    for (const opt of ['--no-open', '--port', '--host', '--compare', '--votes', '--prefer', '--lang', '--rules', '--members-csv', '--auto-link']) expect(r.stdout).toContain(opt);
  });

  it('refuses an unusable zone file with exit code 2 and no stack trace', async () => {
    const r = await runCli('serve', 'no-such-zones.geojson', '--no-open');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no-such-zones\.geojson/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('says when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', () => ok()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = await runCli('serve', '--no-open', '--port', String(port));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`port ${port} is already in use`);
      expect(r.stderr).toContain('--port');
    } finally {
      blocker.close();
    }
  });
});
