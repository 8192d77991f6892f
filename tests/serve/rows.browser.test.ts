/**
 * The editor as a committee uses it (issue #23), on the demo region in headless Chromium: messages last as
 * long as the state they describe, a locked section says so, the keyboard reaches everything.
 */
import { existsSync, rmSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/serve/index.js';
import { depPlan, startDemo } from './support.js';

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('the editor as a committee uses it (demo region)', () => {
  let browser: Browser;
  const servers: { server: RunningServer; dir: string }[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
    for (const { server, dir } of servers) {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  async function open(lang: 'en' | 'fr' = 'en'): Promise<Page> {
    const { server, dir } = await startDemo({ lang });
    servers.push({ server, dir });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  }

  const section = (page: Page, id: string) => page.locator(`#sections li[data-section="${id}"]`);
  const version = (page: Page) => page.evaluate(() => document.body.dataset.version);

  /** Centre a zone on the map through the search, and click it. */
  async function clickZone(page: Page, zone: string): Promise<void> {
    await page.fill('#search', zone);
    await page.keyboard.press('Enter');
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  it('row 4: a message lasts until the plan changes', async () => {
    const page = await open();
    await section(page, 'Val de Cendrine').click();
    await page.fill('#rename-input', 'Morance-et-Lys');
    await page.click('#section-rename');
    await expect.poll(() => page.locator('#message').textContent()).toContain('already a section');
    await expect(page.locator('#message').isVisible()).resolves.toBe(true);
    // another refusal replaces it; an edit the editor takes clears it
    const v = await version(page);
    await page.click('#section-lock');
    await expect.poll(() => version(page)).not.toBe(v);
    await expect(page.locator('#message').isVisible()).resolves.toBe(false);
    // "saved" describes the plan as saved: the next edit clears it too
    await page.click('#save');
    await expect.poll(() => page.locator('#message').textContent()).toContain('Saved to');
    await page.click('#section-lock');
    await expect.poll(() => page.locator('#message').isVisible()).toBe(false);
    await page.close();
  });

  it('row 5: a click on a locked section says it is locked, in English and in French', async () => {
    const locked = "Côte d'Ambrelle";
    const zone = [...depPlan].find(([, s]) => s === locked)![0];
    for (const lang of ['en', 'fr'] as const) {
      const page = await open(lang);
      await section(page, locked).click();
      await page.click('#section-lock');
      await expect.poll(() => section(page, locked).locator('.name').textContent()).toContain(lang === 'en' ? 'locked' : 'verrouillée');
      // paint into another section over a zone of the locked one
      await section(page, 'Val de Cendrine').click();
      const v = await version(page);
      await clickZone(page, zone);
      const said = lang === 'en' ? `Section ${locked} is locked — unlock it to change it.` : `La section ${locked} est verrouillée — déverrouillez-la pour la modifier.`;
      await expect.poll(() => page.locator('#message').textContent()).toBe(said);
      expect(await version(page)).toBe(v);
      await page.close();
    }
  });
});
