/**
 * The editor end to end, as a person uses it: `decoupage serve` (the demo) in its own process, the page
 * in Debian's Chromium through playwright-core. Screenshots go to $DECOUPAGE_SCREENSHOTS when set.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleTitle, sectionProblem } from '../../src/check/wording.js';
import { planFromInput, readPlan } from '../../src/load/plan.js';
import { demoGraph, demoZones, depPlan } from './support.js';
import { hasChromium, launchChromium } from '../support/browser.js';

const BIN = new URL('../../bin/decoupage.js', import.meta.url).pathname;
const SHOTS = process.env.DECOUPAGE_SCREENSHOTS;

/** Start `decoupage serve` in `cwd` and wait for the address it prints. */
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

/** A zone of section `from` touching section `to` in the département plan. */
function borderZone(from: string, to: string): string {
  for (let i = 0; i < demoGraph.ids.length; i++) {
    if (depPlan.get(demoGraph.ids[i]) !== from) continue;
    if (demoGraph.neighbors[i].some((j) => depPlan.get(demoGraph.ids[j]) === to)) return demoGraph.ids[i];
  }
  throw new Error(`no zone of ${from} touches ${to}`);
}

async function ready(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
}

const section = (page: Page, id: string) => page.locator(`#sections li[data-section="${id}"]`);

/** Find a zone with the search box (it is centred on the map), pick a section, click the zone. */
async function moveZone(page: Page, zone: string, to: string): Promise<void> {
  await page.fill('#search', zone);
  await page
    .locator('#results li', { hasText: `(${zone})` })
    .first()
    .click();
  await section(page, to).click();
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe.skipIf(!hasChromium)('the plan editor in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'decoupage-editor-'));
    server = await serve(dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    if (server) await stop(server.proc);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens the demo, moves a zone, shows the new figures and verdicts, undoes, merges, locks, completes, saves and compares', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const outside: string[] = [];
    page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('data:') && outside.push(r.url()));
    await ready(page, server.url);
    expect(server.out()).toContain('decoupage-editor');

    // the département plan: two sections below the threshold
    await expect(page.locator('#verdict').textContent()).resolves.toContain('2 rules broken');
    await expect(section(page, 'Val de Cendrine').locator('.fig').textContent()).resolves.toContain('5,813 members');
    // its problem in the words of `decoupage check` and the report
    const below = sectionProblem({ kind: 'too-few-members', section: 'Val de Cendrine', value: 5813, limit: 10_000 }, 'en')!;
    expect(below).toContain('10,000');
    await expect(section(page, 'Val de Cendrine').locator('.prob').first().textContent()).resolves.toBe(below);
    expect(await page.locator('#sections li').count()).toBe(4);

    // move one zone of Hautes-Sorbières into Val de Cendrine
    const zone = borderZone('Hautes-Sorbières', 'Val de Cendrine');
    const m = demoZones.byId.get(zone)!.members;
    await moveZone(page, zone, 'Val de Cendrine');
    const grown = (5813 + m).toLocaleString('en-GB');
    await expect.poll(() => section(page, 'Val de Cendrine').locator('.fig').textContent()).toContain(`${grown} members`);
    await expect(section(page, 'Hautes-Sorbières').locator('.fig').textContent()).resolves.toContain(`${(5286 - m).toLocaleString('en-GB')} members`);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'editor-moved.png') });

    // undo with Ctrl-Z (the map has the focus, not a text field)
    await page.locator('#map').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => section(page, 'Val de Cendrine').locator('.fig').textContent()).toContain('5,813 members');
    await page.click('#redo');
    await expect.poll(() => section(page, 'Val de Cendrine').locator('.fig').textContent()).toContain(`${grown} members`);
    await page.click('#undo');
    await expect.poll(() => section(page, 'Val de Cendrine').locator('.fig').textContent()).toContain('5,813 members');

    // drag-paint: press on the zone (centred by the search) and drag across the map; one undo step takes it all back
    await page.fill('#search', zone);
    await page
      .locator('#results li', { hasText: `(${zone})` })
      .first()
      .click();
    await section(page, 'Val de Cendrine').click();
    const box = (await page.locator('#map').boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let k = 1; k <= 8; k++) await page.mouse.move(cx - 25 * k, cy - 8 * k);
    await page.mouse.up();
    await expect
      .poll(async () => Number((await section(page, 'Val de Cendrine').locator('.fig').textContent())!.split(' members')[0].replace(/,/g, '')))
      .toBeGreaterThan(5813 + m);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'editor-painted.png') });
    await page.click('#undo');
    await expect.poll(() => section(page, 'Val de Cendrine').locator('.fig').textContent()).toContain('5,813 members');

    // renaming to a name already taken is refused, and said on the page
    await section(page, 'Val de Cendrine').click();
    await expect(page.locator('#mode').textContent()).resolves.toContain('Painting into: Val de Cendrine');
    await page.fill('#rename-input', 'Morance-et-Lys');
    await page.click('#section-rename');
    await expect.poll(() => page.locator('#message').textContent()).toContain('already a section');

    // merge the two small sections: the plan becomes compliant
    await page.selectOption('#merge-select', 'Hautes-Sorbières');
    await page.click('#section-merge');
    await expect.poll(() => page.locator('#sections li').count()).toBe(3);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'editor-merged.png') });
    await expect
      .poll(async () => `${await page.locator('#verdict').textContent()} ${await page.locator('#message').textContent()}`)
      .toContain('Meets every rule');
    await expect(section(page, 'Val de Cendrine').locator('.fig').textContent()).resolves.toContain('11,099 members');
    expect(await page.locator('#sections li').count()).toBe(3);

    // lock Côte d'Ambrelle and complete the rest
    const ambrelle = [...depPlan]
      .filter(([, s]) => s === "Côte d'Ambrelle")
      .map(([z]) => z)
      .sort();
    await section(page, "Côte d'Ambrelle").click();
    await page.click('#section-lock');
    await expect.poll(() => section(page, "Côte d'Ambrelle").locator('.name').textContent()).toContain('locked');
    await page.click('#proposals summary');
    await page.click('#complete');
    await expect.poll(() => page.locator('#message').textContent(), { timeout: 60_000 }).toContain('Proposal applied');
    expect(await page.locator('#sections li').count()).toBeGreaterThan(4);
    await expect(page.locator('#verdict').textContent()).resolves.toContain('Meets every rule');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'editor-completed.png') });

    // save, and the file says what the page shows
    await page.click('#save');
    await expect.poll(() => page.locator('#message').textContent()).toContain('Saved to');
    const file = join(dir, 'decoupage-editor', 'plan.csv');
    const saved = planFromInput(readPlan(file, demoZones), demoZones);
    const shown = await page.evaluate(async () => (await (await fetch('/api/state')).json()).assignment as string[]);
    expect(demoZones.zones.map((z) => saved.get(z.id))).toEqual(shown);
    expect(
      [...saved]
        .filter(([, s]) => s === "Côte d'Ambrelle")
        .map(([z]) => z)
        .sort(),
    ).toEqual(ambrelle);
    await expect(page.locator('#savestate').textContent()).resolves.toBe('saved');

    // compare with the département plan and the saved file
    await page.click('#compare');
    await expect.poll(() => page.locator('#compare-table tr').count()).toBe(4); // header + this plan + départements + plan.csv
    const changed = await page.locator('p.changed').first().textContent();
    const moved = demoZones.zones.filter((z) => saved.get(z.id) !== depPlan.get(z.id)).length;
    expect(changed).toMatch(/zones? changed section compared with plan-departements\.csv/);
    expect(Number(/^(\d+)/.exec(changed!)![1])).toBeLessThanOrEqual(moved);
    await expect(page.locator('p.changed').nth(1).textContent()).resolves.toMatch(/^0 zones changed/);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'editor-compare.png') });
    await page.click('#panel-close');

    // bad requests are refused by the server, whatever the page sends
    const answers = await page.evaluate(async () => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="decoupage-token"]')!.content;
      const noToken = await fetch('/api/move', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"zones":["Z01"],"section":"x"}' });
      const bad = await fetch('/api/move', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-decoupage-token': token },
        body: '{"zones":"Z01"}',
      });
      return [noToken.status, bad.status, (await bad.json()).error];
    });
    expect(answers.slice(0, 2)).toEqual([403, 400]);
    expect(answers[2]).toMatch(/field "zones"/);

    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('warns before leaving with unsaved edits, and a restarted server restores them', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await ready(page, server.url);
    const before = await page.locator('#sections li').count();
    await page.locator('#sections li').nth(1).click();
    await page.selectOption('#merge-select', { index: 2 });
    await page.click('#section-merge');
    await expect.poll(() => page.locator('#sections li').count()).toBe(before - 1);
    // the page asks the browser to confirm leaving (this Chromium does not show beforeunload dialogs to
    // playwright, so the event is dispatched by hand: the page cancels it while work is unsaved)
    const warns = () =>
      page.evaluate(() => {
        const ev = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(ev);
        return ev.defaultPrevented;
      });
    expect(await warns()).toBe(true);
    await page.close();
    await stop(server.proc);
    server = await serve(dir);
    expect(server.out()).toMatch(/Restored the last edits/);
    const again = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await ready(again, server.url);
    expect(await again.locator('#sections li').count()).toBe(before - 1);
    await expect(again.locator('#banner').textContent()).resolves.toContain('restored');
    await again.close();
  });

  it('speaks French with --lang fr', async () => {
    const fr = mkdtempSync(join(tmpdir(), 'decoupage-editor-fr-'));
    const s = await serve(fr, '--lang', 'fr');
    try {
      expect(s.out()).toContain('Éditeur de découpage');
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await ready(page, s.url);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
      await expect(page.locator('#undo').textContent()).resolves.toBe('Annuler');
      await expect(page.locator('#verdict').textContent()).resolves.toContain('2 règles non respectées');
      const fig = await section(page, 'Val de Cendrine').locator('.fig').textContent();
      expect(fig).toMatch(/5\s813 adhérents/);
      await expect(page.locator('#rules li[data-rule="min-members"]').textContent()).resolves.toContain(ruleTitle('min-members', 'fr'));
      await section(page, 'Val de Cendrine').click();
      await expect(page.locator('#mode').textContent()).resolves.toContain('Section active');
      // a refusal is worded in French too
      await page.fill('#rename-input', 'Morance-et-Lys');
      await page.click('#section-rename');
      await expect.poll(() => page.locator('#message').textContent()).toContain('Refusé : il y a déjà une section « Morance-et-Lys »');
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'editor-fr.png') });
      await page.close();
    } finally {
      await stop(s.proc);
      rmSync(fr, { recursive: true, force: true });
    }
  });
});
