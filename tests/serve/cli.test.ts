import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

describe('decoupage serve (command line)', () => {
  it('is listed in the help with its options', async () => {
    const r = await runCli('serve', '--help');
    expect(r.code).toBe(0);
    for (const opt of ['--no-open', '--port', '--host', '--compare', '--votes', '--prefer', '--lang', '--rules', '--members-csv', '--auto-link'])
      expect(r.stdout).toContain(opt);
  });

  it('refuses an unusable zone file with exit code 2 and no stack trace', async () => {
    const r = await runCli('serve', 'no-such-zones.geojson', '--no-open');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no-such-zones\.geojson/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses a port that does not exist, naming the option (not an internal error)', async () => {
    const r = await runCli('serve', '--no-open', '--port', '99999');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--port must be a whole number from 0 to 65,535, got "99999"/);
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

describe('decoupage serve (a real process)', () => {
  const BIN = new URL('../../bin/decoupage.js', import.meta.url).pathname;
  const ZONES = new URL('../../data/demo/zones.geojson', import.meta.url).pathname;

  /** Start the server, wait for its address, hand it to `use`, stop it with Ctrl-C. */
  async function withServe(args: string[], use: (url: string, out: string) => Promise<void>): Promise<string> {
    const { spawn } = await import('node:child_process');
    const proc = spawn(process.execPath, [BIN, 'serve', '--no-open', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((ok) => proc.on('exit', (code) => ok(code)));
    try {
      const url = await new Promise<string>((ok, fail) => {
        const t = setInterval(() => {
          const m = /http:\/\/[\d.]+:\d+\//.exec(out);
          if (m) (clearInterval(t), ok(m[0]));
        }, 50);
        void exited.then(() => (clearInterval(t), fail(new Error(out))));
      });
      await use(url, out);
    } finally {
      proc.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    return out;
  }

  it('starts with no section when the plan file does not exist yet, and creates it on Save', async () => {
    const { mkdtempSync, existsSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'decoupage-serve-new-'));
    const planFile = join(dir, 'new-plan.csv');
    const out = await withServe([ZONES, planFile, '--auto-link'], async (url) => {
      const state = (await (await fetch(`${url}api/state`)).json()) as { assignment: (string | null)[]; verdict: { unassigned: number } };
      expect(state.assignment.every((s) => s === null)).toBe(true);
      expect(state.verdict.unassigned).toBe(40);
      expect(existsSync(planFile)).toBe(false);
      const html = await (await fetch(url)).text();
      const token = /name="decoupage-token" content="([0-9a-f]+)"/.exec(html)![1];
      const saved = await fetch(`${url}api/save`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-decoupage-token': token }, body: '{}' });
      expect(saved.status).toBe(200);
      expect(readFileSync(planFile, 'utf8').trim().split('\n')).toHaveLength(41); // header + 40 zones, sections empty
    });
    expect(out).toContain(`Save writes ${planFile}`);
    expect(out).toContain('Editor stopped.');
  });

  it('saves over the plan it opened, in French CSV style, and `decoupage check` reads the file back', async () => {
    const { mkdtempSync, copyFileSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'decoupage-serve-fr-'));
    const planFile = join(dir, 'plan.csv');
    copyFileSync(new URL('../../data/demo/plan-departements.csv', import.meta.url).pathname, planFile);
    await withServe([ZONES, planFile, '--auto-link', '--respect', 'dep', '--lang', 'fr'], async (url) => {
      const html = await (await fetch(url)).text();
      const token = /name="decoupage-token" content="([0-9a-f]+)"/.exec(html)![1];
      const saved = await fetch(`${url}api/save`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-decoupage-token': token }, body: '{}' });
      expect(saved.status).toBe(200);
    });
    expect(readFileSync(planFile, 'utf8').split('\n')[0]).toBe('\uFEFFzone;zone_name;section;section_name');
    const r = await runCli('check', ZONES, planFile, '--auto-link', '--respect', 'dep');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // read, and checked: two sections of the département plan are below 10,000 members
    expect(r.stdout).toMatch(/all 40 zones are in exactly one section/);
    expect(r.stdout).toMatch(/Sections \(4\)/);
  });

  it('warns when it listens beyond this computer (--host)', async () => {
    const out = await withServe([ZONES, '--host', '0.0.0.0', '-o', '/nonexistent-dir-never-written/plan.csv'], async () => {});
    expect(out).toMatch(/warning: listening on 0\.0\.0\.0/);
  });
});
