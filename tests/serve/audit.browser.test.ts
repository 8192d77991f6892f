/**
 * The editor's Audit button (issue #22): on a valid plan of the demo region, the server samples valid plans in
 * the background while the page shows the progress, then the page lists where the plan sits (the unusual measures
 * first) and links the audit report, which opens with a histogram per measure. On a plan that breaks the charter
 * the button says why. French; axe-core clean. Screenshot to $DECOUPAGE_SCREENSHOTS when set.
 */
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposeSections } from '../../src/propose/index.js';
import type { RunningServer } from '../../src/serve/index.js';
import { DEMO_RULES } from '../../src/demo/index.js';
import { demoGraph, demoZones, get, startDemo } from './support.js';
import { hasChromium, launchChromium } from '../support/browser.js';

const SHOTS = process.env.DECOUPAGE_SCREENSHOTS;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(!hasChromium)('the Audit button', () => {
  let browser: Browser;
  const servers: { server: RunningServer; dir: string }[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const { server, dir } of servers) {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  async function open(plan?: Map<string, string>): Promise<{ page: Page; server: RunningServer }> {
    const { server, dir } = await startDemo({ lang: 'fr', ...(plan ? { plan } : {}) });
    servers.push({ server, dir });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    return { page, server };
  }

  it('audits a valid plan in the background and shows where it sits, with the report a click away', async () => {
    const plan = proposeSections(demoZones, demoGraph, DEMO_RULES, { seed: 1 }).plan;
    const { page } = await open(plan);
    expect(await page.locator('#audit').textContent()).toBe('Auditer');
    await page.click('#audit');
    // the panel opens once the sampling is done; the progress line is shown meanwhile
    await page.waitForSelector('#panel[open] .audit', { timeout: 60_000 });
    const panel = page.locator('#panel .audit');
    expect(await panel.locator('h3').textContent()).toBe('Où se situe le découpage parmi les découpages valides');
    expect(await panel.locator('p').first().textContent()).toMatch(/^Audit de plan\.csv : 2\u202f000 découpages valides tirés sous la même charte/);
    const verdicts = await panel.locator('li').allTextContents();
    expect(verdicts.length).toBeGreaterThan(4);
    expect(verdicts.some((v) => /des découpages valides/.test(v))).toBe(true);
    // unusual measures are listed first
    const unusual = await panel.locator('li').evaluateAll((lis) => lis.map((li) => li.classList.contains('bad')));
    expect(unusual.indexOf(false) === -1 || unusual.slice(unusual.indexOf(false)).every((u) => !u)).toBe(true);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'editor-audit.png') });
    await page.addScriptTag({ content: AXE });
    const problems = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run();
      return r.violations
        .filter((x) => x.impact === 'serious' || x.impact === 'critical')
        .map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(problems).toEqual([]);
    // the report, in a new tab: a histogram per measure, the plan marked
    const [report] = await Promise.all([page.context().waitForEvent('page'), page.click('#audit-report')]);
    await report.waitForLoadState();
    expect(await report.locator('h1').textContent()).toBe('Audit de plan.csv');
    expect(await report.locator('article.measure[data-metric] svg line[stroke="#a40e26"]').count()).toBe(verdicts.length);
  });

  it('stops the audit with the Cancel button: the audit is made of the plans sampled so far', async () => {
    const plan = proposeSections(demoZones, demoGraph, DEMO_RULES, { seed: 1 }).plan;
    const { page, server } = await open(plan);
    // ask for far more plans than the test waits for (the button asks for the default)
    await page.route('**/api/audit', (route) => route.continue({ postData: JSON.stringify({ plans: 100_000 }) }));
    await page.click('#audit');
    // cancel once some plans are sampled
    const progress = async () =>
      /^Audit : ([\d\u202f]+) découpages? valides? tirés? sur 100\u202f000/.exec((await page.locator('#job-text').textContent()) ?? '');
    await expect.poll(async () => Number((await progress())?.[1]?.replace(/\u202f/g, '') ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);
    const [cancel] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST' && /\/api\/audit\/\d+\/cancel$/.test(r.url())),
      page.click('#job-cancel'),
    ]);
    const id = /\/api\/audit\/(\d+)\/cancel$/.exec(cancel.url())![1];
    await page.waitForSelector('#panel[open] .audit', { timeout: 60_000 });
    expect(await page.locator('#job').isHidden()).toBe(true);
    const status = (await get(server, `/api/audit/${id}`)).json() as { state: string; done: number; total: number };
    expect(status.state).toBe('done');
    expect(status.total).toBe(100_000);
    expect(status.done).toBeLessThan(100_000);
    // the heading counts the plans sampled before the stop, and the report opens on them
    const heading = (await page.locator('#panel .audit p').first().textContent())!;
    const sampled = Number(/^Audit de plan\.csv : ([\d\u202f]+) découpages? valides?/.exec(heading)![1]!.replace(/\u202f/g, ''));
    expect(sampled).toBe(status.done);
    expect((await get(server, `/api/audit/${id}/report`)).status).toBe(200);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'editor-audit-cancelled.png') });
  });

  it('says so when the audit was stopped before a first plan was sampled, without a panel', async () => {
    const plan = proposeSections(demoZones, demoGraph, DEMO_RULES, { seed: 1 }).plan;
    const { page } = await open(plan);
    // the server's answers of an audit cancelled during the chains' burn-in
    await page.route('**/api/audit', (route) => route.fulfill({ status: 202, json: { id: '9', state: 'running', done: 0, total: 2000 } }));
    await page.route('**/api/audit/9', (route) =>
      route.fulfill({ json: { id: '9', state: 'done', done: 0, total: 2000, heading: 'x', verdicts: [], notes: [] } }),
    );
    await page.click('#audit');
    await expect
      .poll(() => page.locator('#message').textContent())
      .toBe('Audit arrêté avant qu’un premier découpage valide soit tiré : rien à quoi comparer le découpage.');
    expect(await page.locator('#panel[open]').count()).toBe(0);
    expect(await page.locator('#job').isHidden()).toBe(true);
  });

  it('says why a plan that breaks the charter cannot be audited', async () => {
    const { page } = await open();
    await page.click('#audit');
    await expect.poll(() => page.locator('#message').textContent()).toContain('l’audit compare un découpage valide aux autres découpages valides');
  });
});
