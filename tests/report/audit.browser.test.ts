/**
 * The audit report (`decoupage audit --report`) in Chromium: a histogram per measure with the plan marked and the
 * central 95 % shaded, the unusual measures first and flagged, a trace per measure with a line per chain, French
 * words, and no serious or critical accessibility problem (axe-core). The PNG goes to $DECOUPAGE_SCREENSHOTS when set.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { writeAuditGrid } from '../support/audit-grid.js';
import { tmpDir } from '../support/files.js';
import { hasChromium, launchChromium } from '../support/browser.js';

const SHOTS = process.env.DECOUPAGE_SCREENSHOTS;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(!hasChromium)('the audit report in Chromium', () => {
  let browser: Browser;
  let html: string;
  let jsonl: string;

  beforeAll(async () => {
    const dir = tmpDir('audit-report-');
    const { ZONES, PLAN, VOTES, CHARTER } = writeAuditGrid(dir);
    const report = join(dir, 'audit.html');
    jsonl = join(dir, 'ensemble.jsonl');
    const r = await runCli('audit', ZONES, PLAN, ...CHARTER, '--votes', VOTES, '--plans', '400', '--report', report, '--out', jsonl, '--lang', 'fr');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('audit.html écrit : le rapport d’audit');
    html = readFileSync(report, 'utf8');
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('draws every measure with the plan marked inside its drawing, the unusual ones first, in French', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.setContent(html);
    const cards = await page.$$eval('article.measure[data-metric]', (els) =>
      els.map((el) => {
        const svg = el.querySelector('svg')!;
        const box = svg.getBoundingClientRect();
        const line = svg.querySelector('line[stroke="#a40e26"]')!.getBoundingClientRect();
        return {
          key: el.getAttribute('data-metric'),
          outlier: el.classList.contains('outlier'),
          bars: svg.querySelectorAll('rect[fill="#5b6470"]').length,
          band: svg.querySelectorAll('rect[fill="#c9d7e8"]').length,
          lineInside: line.left >= box.left && line.right <= box.right && line.height > 0,
          label: svg.getAttribute('aria-label') ?? '',
          text: el.textContent ?? '',
        };
      }),
    );
    const keys = readFileSync(jsonl, 'utf8').split('\n')[0]!;
    const measured = Object.keys((JSON.parse(keys) as { metrics: Record<string, number> }).metrics);
    expect(cards.map((c) => c.key).sort()).toEqual([...measured].sort());
    for (const c of cards) {
      expect(c.bars, c.key!).toBeGreaterThan(0);
      expect(c.band, c.key!).toBe(1);
      expect(c.lineInside, c.key!).toBe(true);
      expect(c.label).toMatch(/découpages valides par valeur \(400 découpages\)/);
    }
    // the plan follows the départements: its crossings are unusual, and shown first
    const firstNormal = cards.findIndex((c) => !c.outlier);
    expect(cards.slice(0, Math.max(firstNormal, 0)).every((c) => c.outlier)).toBe(true);
    expect(cards.find((c) => c.key === 'sections_crossing')).toMatchObject({ outlier: true });
    expect(cards.find((c) => c.key === 'sections_crossing')!.text).toMatch(/inhabituel : plus bas que dans \d+ % des découpages valides/);
    const traces = await page.$$eval('article[data-trace] svg', (svgs) => svgs.map((s) => s.querySelectorAll('polyline').length));
    expect(traces).toHaveLength(cards.length);
    expect(traces.every((n) => n === 2)).toBe(true);
    expect(await page.textContent('h1')).toBe('Audit de plan.csv');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'audit-report.png'), fullPage: true });
    await page.close();
  });

  it('has no serious or critical accessibility problem (axe-core)', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    await page.setContent(html);
    await page.addScriptTag({ content: AXE });
    const problems = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run();
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(problems).toEqual([]);
    await page.close();
  });
});
