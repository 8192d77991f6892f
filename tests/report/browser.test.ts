import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/core/rules.js';
import { assembleReport, renderReport } from '../../src/report/index.js';
import { scenarioFromShares } from '../../src/pluralism/index.js';
import { fixture, rookGraph } from './support.js';

/** Debian's chromium (installed by .ci/run); without it the test is skipped, saying why. */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser test skipped: ${CHROMIUM} is absent (install the Debian package "chromium")`);

describe.skipIf(!hasChromium)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  let url: string;

  beforeAll(async () => {
    const { zones, plan } = fixture();
    const rules = resolveRules({ minMembers: 10000, membersPerSeat: 1500, minSeats: 6 });
    const input = assembleReport(zones, rookGraph(zones), plan, rules, {
      lang: 'en',
      votes: scenarioFromShares({ Red: 45, Green: 35, Blue: 20 }, 'test scenario'),
      compare: [{ label: 'One section', plan: new Map([...plan.keys()].map((z) => [z, 'All'])) }],
    });
    dir = mkdtempSync(join(tmpdir(), 'decoupage-browser-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReport(input));
    url = pathToFileURL(file).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the map with its section shapes and every table with the expected rows', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`)); // a zone named <script>alert(1)</script> must not run
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);

    const map = page.locator('#map svg.decoupage-map');
    await expect(map.count()).resolves.toBe(1);
    const box = await map.boundingBox();
    expect(box!.width).toBeGreaterThan(400);
    expect(box!.height).toBeGreaterThan(200);
    const paths = page.locator('#map path.section');
    expect(await paths.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const b = await paths.nth(i).boundingBox();
      expect(b!.width).toBeGreaterThan(50);
      expect(b!.height).toBeGreaterThan(50);
    }

    expect(await page.locator('#sections-table tbody tr').count()).toBe(2);
    expect(await page.locator('#verdicts-table tbody tr').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('#seats-table tbody tr').count()).toBe(2);
    expect(await page.locator('#pluralism-table tbody tr').count()).toBe(2);
    expect(await page.locator('#comparison-table tbody tr').count()).toBe(2);
    // the zone named <script>… is shown as text
    expect(await page.locator('#sections-table').innerText()).toContain('<script>alert(1)</script>');
    expect(await page.locator('script').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => u !== url)).toEqual([]); // offline: nothing but the file itself
    await page.close();
  });
});
