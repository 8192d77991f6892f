/**
 * Issue 19 row 1, end to end: `decoupage serve` in its own process, the page in Debian's Chromium. The
 * autosave's disk dies during an editing session (its folder becomes a file: root ignores permissions, so a
 * read-only folder would prove nothing); the server stays up, the page shows the red banner "not saved: …",
 * and once the folder is back the edits are in the autosave. Screenshots go to $DECOUPAGE_SCREENSHOTS.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoGraph, depPlan } from './support.js';
import { hasChromium, launchChromium } from '../support/browser.js';

const BIN = new URL('../../bin/decoupage.js', import.meta.url).pathname;
const SHOTS = process.env.DECOUPAGE_SCREENSHOTS;

function serve(cwd: string, ...args: string[]): Promise<{ proc: ChildProcess; url: string; out: () => string }> {
  const proc = spawn(process.execPath, [BIN, 'serve', '--no-open', '--port', '0', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((ok, fail) => {
    const timer = setInterval(() => {
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) {
        clearInterval(timer);
        ok({ proc, url: m[0], out: () => out });
      }
    }, 50);
    proc.on('exit', (code) => {
      clearInterval(timer);
      fail(new Error(`decoupage serve exited (${code}): ${out}`));
    });
  });
}

function stop(proc: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    if (proc.exitCode !== null) return ok();
    proc.once('exit', () => ok());
    proc.kill('SIGINT');
  });
}

/** A zone of `from` touching section `to` in the département plan. */
function borderZone(from: string, to: string): string {
  for (let i = 0; i < demoGraph.ids.length; i++) {
    if (depPlan.get(demoGraph.ids[i]) !== from) continue;
    if (demoGraph.neighbors[i].some((j) => depPlan.get(demoGraph.ids[j]) === to)) return demoGraph.ids[i];
  }
  throw new Error(`no zone of ${from} touches ${to}`);
}

async function moveZone(page: Page, zone: string, to: string): Promise<void> {
  await page.fill('#search', zone);
  await page
    .locator('#results li', { hasText: `(${zone})` })
    .first()
    .click();
  await page.locator(`#sections li[data-section="${to}"]`).click();
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe.skipIf(!hasChromium)('the autosave’s disk dies during an editing session (Chromium)', () => {
  let browser: Browser;
  let dir: string;
  let server: Awaited<ReturnType<typeof serve>>;
  const work = () => join(dir, 'work');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'decoupage-autosave-'));
    mkdirSync(work());
    server = await serve(dir, '-o', join(work(), 'plan.csv'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    if (server) await stop(server.proc);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the server stays up, the page shows "not saved: …" in red, and the edits are saved once the disk is back', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await expect(page.locator('#autosave-banner').isHidden()).resolves.toBe(true);

    // the disk dies: the autosave's folder becomes a file
    const aside = `${work()}.alive`;
    renameSync(work(), aside);
    writeFileSync(work(), 'not a folder');
    const zone = borderZone('Hautes-Sorbières', 'Val de Cendrine');
    await moveZone(page, zone, 'Val de Cendrine');

    const bannerEl = page.locator('#autosave-banner');
    await expect.poll(() => bannerEl.isVisible(), { timeout: 15_000 }).toBe(true);
    const text = (await bannerEl.textContent())!;
    expect(text).toMatch(/^not saved: cannot write this file: a file is in the way where a folder is needed/);
    // red and lasting: still there a few polls later
    const colour = await bannerEl.evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(colour).toBe('rgb(179, 38, 30)');
    await page.waitForTimeout(3500);
    await expect(bannerEl.isVisible()).resolves.toBe(true);
    const shot = join(SHOTS ?? dir, 'autosave-banner.png');
    await page.screenshot({ path: shot });
    expect(server.proc.exitCode).toBeNull();
    expect(server.out(), server.out()).toMatch(/the autosave cannot be written \(cannot write this file: a file is in the way where a folder is needed/);
    expect(server.out()).not.toMatch(/\n\s+at /);

    // the disk is back: the retry writes the edit, the banner goes
    rmSync(work());
    renameSync(aside, work());
    await expect.poll(() => bannerEl.isHidden(), { timeout: 15_000 }).toBe(true);
    const saved = JSON.parse(readFileSync(join(work(), 'plan.csv.autosave.json'), 'utf8'));
    expect(new Map<string, string>(saved.plan).get(zone)).toBe('Val de Cendrine');
    expect(server.out()).toMatch(/autosaved again/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
