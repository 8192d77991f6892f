import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { hasChromium, launchChromium } from '../support/browser.js';

// Issue 13, point 3: after a split shared by population, the report says exactly which figures are estimates.
const FIX = new URL('../fixtures/propose/', import.meta.url).pathname;
const f = (name: string) => join(FIX, name);
const RULES = ['--min-members', '10000', '--members-per-seat', '1500', '--min-seats', '6'];

describe.skipIf(!hasChromium)('the report of a split plan in Chromium', () => {
  it("the members notice names the split zone's units and their sections, in French; the old plan is compared", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decoupage-split-browser-'));
    const [plan, units, html] = [join(dir, 'plan.csv'), join(dir, 'units.geojson'), join(dir, 'rapport.html')];
    const p = await runCli(
      'propose',
      f('split-zones.geojson'),
      '--members',
      'members',
      '--split-with',
      f('split-units.geojson'),
      '--split-above',
      '30000',
      '--split-population',
      f('split-population.csv'),
      '--split-snap',
      '0',
      ...RULES,
      '-o',
      plan,
      '--units-out',
      units,
    );
    expect(p.code).toBe(0);
    const r = await runCli(
      'report',
      units,
      plan,
      '--members',
      'members',
      ...RULES,
      '--votes',
      f('split-votes.csv'),
      '--compare',
      f('split-old-plan.csv'),
      '--lang',
      'fr',
      '-o',
      html,
    );
    expect(r.code).toBe(0);

    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(pathToFileURL(html).href);
      const note = page.locator('#members-note');
      await expect(note.isVisible()).resolves.toBe(true);
      const text = await note.innerText();
      expect(text).toMatch(
        /^\* Une partie des nombres d’adhérents sont des estimations\. Seuls les nombres d’adhérents des 4 unités de la zone découpée B sont des estimations/,
      );
      expect(text).toMatch(/Tous les autres nombres sont des décomptes/);
      expect(await page.locator('#comparison-table tbody tr').count()).toBe(2);
      const shot = join(process.env.DECOUPAGE_SCREENSHOTS ?? dir, 'split-estimates-fr.png');
      await page.screenshot({ path: shot, fullPage: false });
      expect(existsSync(shot)).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
