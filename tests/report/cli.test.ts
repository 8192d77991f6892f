import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { FIXTURES } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'decoupage-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const zones = `${FIXTURES}zones.geojson`;
const plan = `${FIXTURES}plan.csv`;

describe('decoupage report', () => {
  it('writes a French HTML report and a PNG map', async () => {
    const out = join(dir, 'report.html');
    const png = join(dir, 'map.png');
    const r = await runCli('report', zones, plan, '-o', out, '--lang', 'fr', '--png', png, '--title', 'Essai <b>', '--respect', 'dep');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 sections');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>Essai &lt;b&gt;</title>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('id="verdicts-table"');
    expect(html).toContain('id="seats-table"');
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('reports a plan that breaks a rule (the report is still written, with the verdict)', async () => {
    const out = join(dir, 'strict.html');
    const r = await runCli('report', zones, plan, '-o', out, '--min-members', '16000');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('breaks 1 rule');
    const html = readFileSync(out, 'utf8');
    // West has 15,000 members (6,000 + 5,000 + 4,000 in the fixture): below 16,000
    expect(html).toMatch(/data-rule="min-members"[\s\S]*?Fail[\s\S]*?West/);
  });

  it('stops with exit code 2 and writes nothing when the plan file is missing', async () => {
    const out = join(dir, 'never.html');
    const r = await runCli('report', zones, join(dir, 'no-such-plan.csv'), '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-plan.csv');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an unknown language', async () => {
    const r = await runCli('report', zones, plan, '-o', join(dir, 'x.html'), '--lang', 'de');
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
  });
});
