/**
 * The map's legend (src/report/map.ts legendColumns), measured in Chromium: entries of any length never run into the
 * next column (France's 216 sections once did, "Fontainebleau-Nemours · 16,17…" over the next swatch), and short ones
 * keep four columns across the map.
 */
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/types.js';
import { renderMapSvg } from '../../src/report/map.js';
import { hasChromium, launchChromium } from '../support/browser.js';
import { gridZoneSet } from '../support/zoneset.js';

/** A 12 × 10 grid in 60 sections of two zones, each named by `name`. */
function mapWith(name: (k: number) => string): string {
  const zones = gridZoneSet(12, 10, () => 1000 + 37);
  const plan: Plan = new Map(zones.zones.map((z, i) => [z.id, name(Math.floor(i / 2))]));
  return renderMapSvg(zones, plan, { labels: 'numbers' });
}

describe.skipIf(!hasChromium)('the map legend in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Each legend entry's text box and swatch, in the SVG's units. */
  async function entries(svg: string) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    const out = await page.evaluate(() =>
      [...document.querySelectorAll<SVGGElement>('svg g.legend-entry')].map((g) => {
        const t = g.querySelector('text')!.getBBox();
        const r = g.querySelector('rect')!.getBBox();
        return { swatch: r.x, y: r.y, right: t.x + t.width };
      }),
    );
    await page.close();
    return out;
  }

  it('long names, wide capitals and figures: no entry reaches the next column', async () => {
    // 30 characters (the legend cuts names there), capitals, accents, French figures' width
    const names = [
      (k: number) => `WWW MMMM ÉÉÉÉ Saint-Martin-${k}-du-Mont`,
      (k: number) => `Section au nom très long ${k}`,
      (k: number) => `${'Ŵ'.repeat(24)}${k}`,
    ];
    for (const name of names) {
      const list = await entries(mapWith(name));
      expect(list.length).toBe(60);
      const columns = [...new Set(list.map((e) => e.swatch))].sort((a, b) => a - b);
      expect(columns.length).toBeGreaterThan(1);
      for (const e of list) {
        const next = columns.find((x) => x > e.swatch);
        if (next !== undefined) expect(e.right).toBeLessThan(next);
        else expect(e.right).toBeLessThanOrEqual(1000); // the last column stays on the map
      }
    }
  });

  it('short names keep four columns', async () => {
    const list = await entries(mapWith((k) => `S${k}`));
    expect(new Set(list.map((e) => e.swatch)).size).toBe(4);
  });
});
