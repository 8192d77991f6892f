/**
 * Map labels without collisions (src/report/labels.ts placeLabels), measured in Chromium: on the PACA map with
 * Marseille split into its communes (the crowded case: Marseille's sections, small coastal sections), no two
 * label boxes intersect, and every section is labelled by its name or by a numbered callout. The PNG goes to
 * $DECOUPAGE_SCREENSHOTS when set.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resolveRules } from '../../src/index.js';
import { buildGraph } from '../../src/graph/build.js';
import { DEFAULT_SPLIT_SNAP_M, splitLargeZones } from '../../src/propose/split.js';
import { proposeSections } from '../../src/propose/index.js';
import { assembleReport, renderPng, renderReportAndMap } from '../../src/report/index.js';
import {
  describeWithRealData,
  PACA_COMMUNES,
  PACA_ESTIMATE_FILES,
  pacaCommunesWithEstimatedMembers,
  pacaZonesWithEstimatedMembers,
} from '../support/real-data.js';
import { hasChromium, launchChromium } from '../support/browser.js';

const SHOTS = process.env.DECOUPAGE_SCREENSHOTS;

describeWithRealData([...PACA_ESTIMATE_FILES, PACA_COMMUNES], 'map labels on PACA with Marseille split into its communes', () => {
  let browser: Browser;
  let svgs: { sections: number; svg: string }[];

  beforeAll(async () => {
    const rules = resolveRules({ minMembers: 10_000, membersPerSeat: 1_500, minSeats: 6 });
    const layer = splitLargeZones(pacaZonesWithEstimatedMembers(), pacaCommunesWithEstimatedMembers(), { above: 60_000 });
    const graph = buildGraph(layer, { snapM: DEFAULT_SPLIT_SNAP_M });
    const { plan } = proposeSections(layer, graph, rules, { seed: 1 });
    const input = assembleReport(layer, graph, plan, rules, { lang: 'fr', topology: graph.topology });
    const { mapSvg } = renderReportAndMap(input);
    svgs = [{ sections: new Set(plan.values()).size, svg: mapSvg }];
    if (SHOTS) writeFileSync(join(SHOTS, 'labels-paca-split.png'), renderPng(mapSvg, { width: 1600 }));
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.skipIf(!hasChromium)('no two label boxes intersect, and every section has a label or a callout', async () => {
    for (const { sections, svg } of svgs) {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
      await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll<SVGTextElement>('svg text.label')].map((t) => {
          const b = t.getBBox();
          return { section: t.dataset.section!, text: t.textContent!, x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
        }),
      );
      expect(new Set(boxes.map((b) => b.section)).size).toBe(sections);
      const clashes: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) clashes.push(`${a.text} × ${b.text}`);
        }
      expect(clashes).toEqual([]);
      await page.close();
    }
  });
});
