/**
 * The report of a plan breaking --max-deviation, in headless Chromium: the charter states the bounds in
 * members, the verdict row says which sections fail, the sections table says by how much. Screenshots
 * go to $DECOUPAGE_SCREENSHOTS when set (to look at them), else to a temp folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/check/rules/file.js';
import { planFromInput, readPlan } from '../../src/load/index.js';
import { assembleReport, renderReport, type Lang } from '../../src/report/index.js';
import { rookGraph } from '../check/adjacency.js';
import { zoneSetFrom } from '../support/zoneset.js';
import { hasChromium, launchChromium } from '../support/browser.js';

const FIX = new URL('../fixtures/check/max-deviation/', import.meta.url).pathname;

describe.skipIf(!hasChromium)('report with --max-deviation in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  const shots = process.env.DECOUPAGE_SCREENSHOTS;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'decoupage-deviation-'));
    if (shots) mkdirSync(shots, { recursive: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const page = async (lang: Lang) => {
    const zones = zoneSetFrom(join(FIX, 'row.geojson'));
    const plan = planFromInput(readPlan(join(FIX, 'plan-unequal.csv'), zones), zones);
    const rules = loadRules({ rules: join(FIX, 'rules.json') });
    const file = join(dir, `report-${lang}.html`);
    writeFileSync(file, renderReport(assembleReport(zones, rookGraph(zones), plan, rules, { lang, generatedAt: new Date(0) })));
    const p = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
    await p.goto(pathToFileURL(file).href);
    return p;
  };

  for (const [lang, words] of [
    [
      'en',
      {
        title: 'Deviation from the mean size',
        charter: 'Every section has between 24,000 and 29,333 members',
        problem: '40,000 members, +50.0 % from the mean',
      },
    ],
    [
      'fr',
      {
        title: 'Écart à l’effectif moyen',
        charter: 'Chaque section compte entre 24\u202f000 et 29\u202f333 adhérents',
        problem: '40\u202f000 adhérents, à +50,0 % de la moyenne',
      },
    ],
  ] as const) {
    it(`${lang}: the rule, its verdict and each section's gap are visible`, async () => {
      const p = await page(lang);
      const row = p.locator('#verdicts-table tr[data-rule="max-deviation"]');
      await expect(row.count()).resolves.toBe(1);
      expect(await row.isVisible()).toBe(true);
      const text = await row.innerText();
      expect(text).toContain(words.title);
      expect(text).toMatch(/East, Middle, West/);
      expect(await row.locator('.badge.bad').count()).toBe(1);
      expect(await p.locator('#rules').innerText()).toContain(words.charter);
      expect(await p.locator('#sections-table').innerText()).toContain(words.problem);
      await p.locator('#rules').scrollIntoViewIfNeeded();
      await p.screenshot({ path: join(shots ?? dir, `max-deviation-${lang}.png`), fullPage: true });
      await p.close();
    });
  }
});
