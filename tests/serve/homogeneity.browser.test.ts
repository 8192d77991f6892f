/**
 * The editor with attributes (issue #21): R² under the totals, the value planHomogeneity gives, updated on each
 * edit; the map coloured by an attribute on the report's scale, with a legend; French first; axe-core clean.
 * Screenshots go to $DECOUPAGE_SCREENSHOTS when set.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan, ZoneSet } from '../../src/core/types.js';
import { rankScale } from '../../src/export/choropleth.js';
import { planHomogeneity } from '../../src/homogeneity/plan.js';
import { readAttributeTable, withAttributes } from '../../src/homogeneity/table.js';
import type { RunningServer } from '../../src/serve/index.js';
import { demoZones, depPlan, get, startDemo } from './support.js';
import { hasChromium, launchChromium } from '../support/browser.js';

const SHOTS = process.env.DECOUPAGE_SCREENSHOTS;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(!hasChromium)('the editor with attributes', () => {
  let browser: Browser;
  let server: RunningServer;
  let dir: string;
  let zones: ZoneSet;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'decoupage-serve-attr-'));
    // a made-up rate per zone of the fictional demo region (no real data)
    const file = join(dir, 'attributes.csv');
    // and a share (0.05 to 0.12), which the legend and the hover write with two decimals
    const share = (i: number) => (0.05 + ((i * 13) % 8) * 0.01).toFixed(2).replace('.', ',');
    writeFileSync(
      file,
      'code;rate;share\n' + demoZones.zones.map((z, i) => `${z.id};${(5 + ((i * 37) % 11) * 0.7).toFixed(1).replace('.', ',')};${share(i)}`).join('\n') + '\n',
    );
    zones = withAttributes({ ...demoZones }, { table: readAttributeTable(file) });
    ({ server } = await startDemo({ zones, lang: 'fr' }, dir));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const shown = (r2: number | null) => (r2 === null ? '—' : r2.toFixed(3).replace('.', ','));
  async function expected(): Promise<{ r2: string; r2w: string; least: string[]; others: string[] }> {
    const state = (await get(server, '/api/state')).json() as { assignment: (string | null)[] };
    const plan: Plan = new Map();
    state.assignment.forEach((s, i) => s !== null && plan.set(zones.zones[i]!.id, s));
    const h = planHomogeneity(zones, plan)!;
    const least = h.sections.filter((s) => s.flagged).map((s) => s.id);
    const others = h.sections.filter((s) => !s.flagged).map((s) => s.id);
    return { r2: shown(h.r2), r2w: shown(h.r2Weighted), least, others };
  }
  /** the sections the list marks as least alike, in list order */
  const marked = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#sections li')].filter((li) => li.querySelector('.least')).map((li) => li.dataset.section!),
    );

  async function open(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  }

  it('says R² as check does, and again after an edit', async () => {
    const page = await open();
    const before = await expected();
    await expect
      .poll(() => page.locator('#homogeneity').textContent())
      .toContain(`Homogénéité R² ${before.r2} (chaque zone une fois), ${before.r2w} pondéré par les adhérents`);
    // the least alike sections (as check flags them) are marked in the list, and only they
    expect(before.least.length).toBeGreaterThan(0);
    expect(before.others.length).toBeGreaterThan(0);
    expect((await marked(page)).sort()).toEqual([...before.least].sort());
    expect(await page.locator(`#sections li[data-section="${before.least[0]}"] .least`).textContent()).toBe('≠ parmi les sections les moins homogènes');
    // move a zone of one section into its neighbour through the page: select the section, click the zone
    const [zone, from] = [...depPlan].find(([, s]) => s !== "Côte d'Ambrelle")!;
    const to = [...new Set(depPlan.values())].find((s) => s !== from)!;
    await page.locator(`#sections li[data-section="${to}"]`).click();
    const v = await page.evaluate(() => document.body.dataset.version);
    await page.fill('#search', zone);
    await page.keyboard.press('Enter');
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.evaluate(() => document.body.dataset.version)).not.toBe(v);
    const after = await expected();
    expect(after.r2).not.toBe(before.r2);
    await expect.poll(() => page.locator('#homogeneity').textContent()).toContain(`R² ${after.r2} (chaque zone une fois), ${after.r2w} pondéré`);
    await expect.poll(async () => (await marked(page)).sort()).toEqual([...after.least].sort());
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'editor-least-alike.png') });
    await page.close();
  });

  it('veils a zone in no section when the map shows an attribute', async () => {
    // a plan of the départements with one zone left out, on a server of its own
    const [left] = [...depPlan.keys()];
    const plan = new Map([...depPlan].filter(([z]) => z !== left));
    const own = await startDemo({ zones, lang: 'fr', plan }, mkdtempSync(join(tmpdir(), 'decoupage-serve-attr-')));
    try {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(own.server.url);
      await page.waitForSelector('body[data-ready="true"]');
      await page.selectOption('#colour-by', '0');
      // the search centres the map on the zone
      await page.fill('#search', left!);
      await page.keyboard.press('Enter');
      await page.mouse.move(0, 0);
      const centre = () =>
        page.evaluate(() => {
          const c = document.getElementById('map') as HTMLCanvasElement;
          return [
            ...c
              .getContext('2d')!
              .getImageData(Math.floor(c.width / 2), Math.floor(c.height / 2), 1, 1)
              .data.slice(0, 3),
          ];
        });
      const value = zones.attributes!.byId.get(left!)![0]!;
      const fill = rankScale(zones.zones.map((z) => zones.attributes!.byId.get(z.id)![0])).fill(value);
      const rgb = /rgb\((\d+), (\d+), (\d+)\)/.exec(fill)!.slice(1).map(Number);
      const veiled = rgb.map((c) => 0.4 * c + 0.6 * 255);
      const near = (a: number[], b: number[]) => a.every((x, j) => Math.abs(x - b[j]!) <= 3);
      await expect.poll(async () => near(await centre(), veiled), { timeout: 10_000 }).toBe(true);
      expect(near(await centre(), rgb)).toBe(false);
      expect(await page.locator('#legend').textContent()).toContain('voilée de blanc : zone hors section');
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'editor-attribute-unplaced.png') });
      await context.close();
    } finally {
      await own.server.close();
      rmSync(own.dir, { recursive: true, force: true });
    }
  });

  it('colours the map by the attribute with a legend, and back by section', async () => {
    const page = await open();
    const pixels = () => page.evaluate(() => (document.getElementById('map') as HTMLCanvasElement).toDataURL());
    expect(await page.locator('#colour-box').isVisible()).toBe(true);
    expect(await page.locator('#colour-label').textContent()).toBe('Couleur');
    const bySection = await pixels();
    await page.selectOption('#colour-by', '0');
    await expect.poll(pixels).not.toBe(bySection);
    const legend = await page.locator('#legend').textContent();
    const values = zones.zones.map((z) => zones.attributes!.byId.get(z.id)![0]!);
    const dec = (x: number) => x.toFixed(1).replace('.', ',');
    expect(legend).toContain(dec(Math.min(...values)));
    expect(legend).toContain(dec(Math.max(...values)));
    expect(legend).toContain('teintes par rang');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'editor-attribute.png') });
    // a share: two decimals, so that its lowest and highest values read apart (not « 0,1 » and « 0,1 »)
    await page.selectOption('#colour-by', '1');
    const shares = zones.zones.map((z) => zones.attributes!.byId.get(z.id)![1]!);
    await expect
      .poll(() => page.locator('#legend').textContent())
      .toContain(
        Math.min(...shares)
          .toFixed(2)
          .replace('.', ','),
      );
    expect(await page.locator('#legend').textContent()).toContain(
      Math.max(...shares)
        .toFixed(2)
        .replace('.', ','),
    );
    await page.selectOption('#colour-by', '-1');
    await expect.poll(pixels).toBe(bySection);
    await page.addScriptTag({ content: AXE });
    const problems = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run();
      return r.violations
        .filter((x) => x.impact === 'serious' || x.impact === 'critical')
        .map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(problems).toEqual([]);
    await page.close();
  });
});
