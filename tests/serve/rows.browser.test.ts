/**
 * The editor as a committee uses it (issue #23), on the demo region in headless Chromium: messages last as
 * long as the state they describe, a locked section says so, the keyboard reaches everything.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/serve/index.js';
import { demoZones, depPlan, startDemo } from './support.js';
import { hasChromium, launchChromium } from '../support/browser.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.1 A and AA rules and best practices). */
async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run();
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe.skipIf(!hasChromium)('the editor as a committee uses it (demo region)', () => {
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

  async function open(lang: 'en' | 'fr' = 'en'): Promise<Page> {
    const { server, dir } = await startDemo({ lang });
    servers.push({ server, dir });
    // the page's Content-Security-Policy allows its own scripts only: the test context lets axe-core in
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
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
      const said =
        lang === 'en' ? `Section ${locked} is locked — unlock it to change it.` : `La section ${locked} est verrouillée — déverrouillez-la pour la modifier.`;
      await expect.poll(() => page.locator('#message').textContent()).toBe(said);
      expect(await version(page)).toBe(v);
      await page.close();
    }
  });

  /** The box of what is drawn on the map canvas (pixels not of the background), in CSS pixels, and the canvas size. */
  const drawn = (page: Page) =>
    page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('#map')!;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let y = 0; y < c.height; y += 2)
        for (let x = 0; x < c.width; x += 2) {
          const k = (y * c.width + x) * 4;
          if (Math.abs(d[k] - 0xf4) + Math.abs(d[k + 1] - 0xf7) + Math.abs(d[k + 2] - 0xfa) < 6) continue;
          [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
        }
      const r = c.width / c.clientWidth;
      return { x0: x0 / r, y0: y0 / r, x1: x1 / r, y1: y1 / r, w: c.clientWidth, h: c.clientHeight };
    });

  it('row 7: down to 1,024 × 700 the header stays on one line, and the map refits when the window is resized', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const page = await open(lang);
      await page.setViewportSize({ width: 1024, height: 700 });
      const header = await page.evaluate(() => {
        const h = document.querySelector('header')!;
        const right = Math.max(...[...h.querySelectorAll<HTMLElement>('button, summary, #verdict')].map((e) => e.getBoundingClientRect().right));
        return { height: h.offsetHeight, scroll: h.scrollWidth, width: h.clientWidth, right };
      });
      expect(header.height).toBeLessThan(45);
      expect(header.scroll).toBeLessThanOrEqual(header.width);
      expect(header.right).toBeLessThanOrEqual(1024);
      // the whole map in view, filling the canvas along one side
      await expect.poll(async () => (await drawn(page)).w).toBeLessThan(700);
      const d = await drawn(page);
      expect(d.x0).toBeGreaterThanOrEqual(0);
      expect(d.y0).toBeGreaterThanOrEqual(0);
      expect(d.x1).toBeLessThanOrEqual(d.w);
      expect(d.y1).toBeLessThanOrEqual(d.h);
      expect(Math.max((d.x1 - d.x0) / d.w, (d.y1 - d.y0) / d.h)).toBeGreaterThan(0.9);
      if (process.env.DECOUPAGE_SCREENSHOTS) await page.screenshot({ path: `${process.env.DECOUPAGE_SCREENSHOTS}/editor-1024-${lang}.png` });
      // and back to a large window: refitted again
      await page.setViewportSize({ width: 1600, height: 1000 });
      await expect.poll(async () => (await drawn(page)).w).toBeGreaterThan(1000);
      const big = await drawn(page);
      expect(Math.max((big.x1 - big.x0) / big.w, (big.y1 - big.y0) / big.h)).toBeGreaterThan(0.9);
      await page.close();
    }
  });

  it('row 8: names, not ids: the list, the rename field, a merge, the comparison; the counts agree with the map', async () => {
    const page = await open();
    await page.click('#proposals summary');
    await page.click('#propose');
    await expect.poll(() => page.locator('#message').textContent(), { timeout: 60_000 }).toContain('Proposal applied');
    const ids = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#sections li')].map((li) => li.dataset.section!));
    expect(ids.every((id) => /^S\d+$/.test(id))).toBe(true); // generated ids, in files only
    const names = await page.locator('#sections li .name').allTextContents();
    for (const n of names) expect(n).not.toMatch(/\bS\d+\b/);
    // every count says what the map shows
    const onMap = await page.evaluate(() => [...document.querySelectorAll('#sections li .badge')].filter((b) => b.textContent !== 'empty').length);
    expect(await page.locator('#message').textContent()).toMatch(new RegExp(`^Proposal applied: ${onMap} sections`));
    expect(await page.locator('#totals').textContent()).toMatch(new RegExp(`^${onMap} sections`));
    // the rename field shows the name
    await page.locator('#sections li').first().click();
    const first = names[0];
    await expect(page.locator('#rename-input').inputValue()).resolves.toBe(first);
    // a merge keeps the name of the section merged into, whatever the size of the other one's zones
    const other = await page.evaluate(() => document.querySelectorAll<HTMLOptionElement>('#merge-select option')[1].value);
    const v = await version(page);
    await page.selectOption('#merge-select', other);
    await page.click('#section-merge');
    await expect.poll(() => version(page)).not.toBe(v);
    await expect(page.locator('#sections li.sel .name').textContent()).resolves.toBe(first);
    // the comparison with the département plan names sections
    await page.click('#compare');
    await expect.poll(() => page.locator('.changed-zones li').count()).toBeGreaterThan(0);
    for (const t of await page.locator('.changed-zones li').allTextContents()) expect(t).not.toMatch(/\bS\d+\b/);
    await page.close();
  });

  it('row 9: everything by keyboard, focus visible, shortcuts listed; axe-core finds no serious or critical violation', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const page = await open(lang);
      expect(await axeProblems(page)).toEqual([]);
      // Tab reaches the search; a zone is found with the keyboard and the map takes the focus
      const zone = [...depPlan].find(([, s]) => s === 'Hautes-Sorbières')![0];
      let tabs = 0;
      while ((await page.evaluate(() => document.activeElement?.id)) !== 'search' && tabs++ < 40) await page.keyboard.press('Tab');
      expect(tabs).toBeLessThan(40);
      await page.keyboard.type(zone);
      expect(await axeProblems(page)).toEqual([]); // with the listbox open
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('map');
      // s makes its section active; the sections list is reached by Tab and walked with the arrows
      await page.keyboard.press('s');
      await expect(page.locator('#sections li.sel').getAttribute('data-section')).resolves.toBe('Hautes-Sorbières');
      while (!(await page.evaluate(() => document.activeElement?.getAttribute('role') === 'option')) && tabs++ < 80) await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.getAttribute('data-section'))).resolves.toBe('Hautes-Sorbières');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none'); // focus visible
      await page.keyboard.press('ArrowDown');
      const next = await page.evaluate(() => document.activeElement?.getAttribute('data-section'));
      expect(next).not.toBe('Hautes-Sorbières');
      await page.keyboard.press('Enter');
      await expect(page.locator('#sections li.sel').getAttribute('data-section')).resolves.toBe(next);
      await expect(page.evaluate(() => document.activeElement?.getAttribute('data-section'))).resolves.toBe(next);
      expect(await axeProblems(page)).toEqual([]); // with a section active and its controls shown
      // m moves the zone found into the active section
      const v = await version(page);
      await page.locator('#map').focus();
      await page.keyboard.press('m');
      await expect.poll(() => version(page)).not.toBe(v);
      const moved = await page.evaluate(async (z) => {
        const s = await (await fetch('/api/state')).json();
        return s.assignment[s.zones.findIndex((x: { id: string }) => x.id === z)];
      }, zone);
      expect(moved).toBe(next);
      // the map by keyboard: + zooms in, 0 shows it whole
      await page.keyboard.press('0');
      const whole = await drawn(page);
      await page.keyboard.press('+');
      const zoomed = await drawn(page);
      expect(zoomed.x0 <= 0 || zoomed.y0 <= 0).toBe(true);
      await page.keyboard.press('0');
      const again = await drawn(page);
      expect([again.x0, again.y0, again.x1, again.y1]).toEqual([whole.x0, whole.y0, whole.x1, whole.y1]);
      // ? lists the shortcuts
      await page.keyboard.press('?');
      await expect(page.locator('#panel').isVisible()).resolves.toBe(true);
      expect(await page.locator('#keyslist li').count()).toBeGreaterThanOrEqual(6);
      expect(await axeProblems(page)).toEqual([]); // with the dialog open
      if (process.env.DECOUPAGE_SCREENSHOTS) await page.screenshot({ path: `${process.env.DECOUPAGE_SCREENSHOTS}/editor-keys-${lang}.png` });
      await page.keyboard.press('Escape');
      await expect(page.locator('#panel').isVisible()).resolves.toBe(false);
      await page.close();
    }
  });

  it('row 10: proper French: plurals by Intl.PluralRules, a title naming the plan, no English on the page', async () => {
    const page = await open('fr');
    await expect(page.title()).resolves.toMatch(/^plan\.csv — /);
    await expect(page.locator('#verdict').textContent()).resolves.toBe('✗ 2 règles non respectées');
    // a new section with one zone: "1 zone", "0 délégué" (French: 0 and 1 are singular)
    let v = await version(page);
    await page.click('#new-section');
    await expect.poll(() => version(page)).not.toBe(v);
    const created = await page.locator('#sections li.sel').getAttribute('data-section');
    const zone = [...depPlan]
      .filter(([, s]) => s === 'Morance-et-Lys')
      .map(([z]) => demoZones.byId.get(z)!)
      .sort((a, b) => a.members - b.members)[0].id;
    await page.fill('#search', zone);
    await page.keyboard.press('Enter');
    v = await version(page);
    await page.keyboard.press('m');
    await expect.poll(() => version(page)).not.toBe(v);
    const fig = (await section(page, created!).locator('.fig').textContent())!;
    expect(fig).toMatch(/ · 1 zone · /);
    const [, seats, word] = / · (\d+) (délégués?) · /.exec(fig)!;
    expect(word).toBe(Number(seats) <= 1 ? 'délégué' : 'délégués');
    expect(fig).toMatch(/^\d[\d\s\u202f]* adhérents? · /);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(/\(s\)/);
    expect(text).not.toMatch(/\b(members|delegates|section is|Painting|rule)\b/);
    expect(text).toMatch(/\b1 zone\b/);
    await page.close();
  });

  it('print: one A4 landscape page with the map, the verdicts, the sections table, the date and the plan’s name', async () => {
    const page = await open('fr');
    // the browser's print dialog is replaced by page.pdf below (headless Chromium prints one job at a time)
    await page.evaluate(() => (window.print = () => void (document.body.dataset.printed = 'true')));
    await page.click('#downloads summary');
    await page.click('#print-button');
    await page.waitForSelector('body[data-printed="true"]', { state: 'attached' });
    await page.waitForSelector('#print[data-ready="true"]', { state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    // the sheet holds what a committee needs
    const sheet = await page.evaluate(() => {
      const p = document.querySelector<HTMLElement>('#print')!;
      const img = p.querySelector<HTMLImageElement>('img.map')!;
      return {
        text: p.innerText,
        rows: p.querySelectorAll('tr').length,
        map: [img.naturalWidth, img.complete],
        h: p.scrollHeight,
        w: p.scrollWidth,
        shown: getComputedStyle(p).display,
        app: getComputedStyle(document.querySelector('main')!).display,
      };
    });
    expect(sheet.shown).toBe('grid');
    expect(sheet.app).toBe('none');
    expect(sheet.map[0]).toBeGreaterThan(1000);
    expect(sheet.rows).toBe(1 + 4);
    expect(sheet.text).toMatch(/^plan\.csv — /);
    expect(sheet.text).toMatch(/Imprimé le \d/);
    expect(sheet.text).toContain('2 règles non respectées');
    expect(sheet.text).toContain('Val de Cendrine');
    expect(sheet.text).toContain('Départements franchis');
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    // one page
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    const shots = process.env.DECOUPAGE_SCREENSHOTS;
    if (shots) writeFileSync(join(shots, 'editor-print.pdf'), pdf);
    await page.close();
  });

  it('open another plan: a plan file dropped on the page is compared with the current plan, as the report compares them', async () => {
    const page = await open();
    // a partner's counter-proposal: Hautes-Sorbières joins Val de Cendrine
    const counter = [...depPlan].map(([z, s]) => `${z},${s === 'Hautes-Sorbières' ? 'Val de Cendrine' : s}`);
    const moved = [...depPlan].filter(([, s]) => s === 'Hautes-Sorbières').length;
    const drop = (name: string, text: string) =>
      page.evaluate(
        ([name, text]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([text], name, { type: 'text/csv' }));
          document.querySelector('#map')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        },
        [name, text],
      );
    await drop('contre-proposition.csv', ['zone,section', ...counter].join('\n'));
    await expect.poll(() => page.locator('#compare-table tr').count()).toBe(4); // header, this plan, the dropped one, départements
    await expect(page.locator('#compare-table tr').nth(2).locator('td').first().textContent()).resolves.toBe('contre-proposition.csv');
    await expect(page.locator('p.changed').first().textContent()).resolves.toMatch(
      new RegExp(`^${moved} zones changed section compared with contre-proposition\\.csv`),
    );
    for (const t of await page.locator('.changed-zones').first().locator('li').allTextContents()) expect(t).toMatch(/: Val de Cendrine → Hautes-Sorbières$/);
    await page.click('#panel-close');
    // the plan on the map did not change; a file that is not a plan is refused, and said
    const v = await version(page);
    await drop('notes.csv', 'a,b\n1,2');
    await expect.poll(() => page.locator('#message').textContent()).toMatch(/^Refused: /);
    expect(await version(page)).toBe(v);
    // the same through the file chooser of the comparison
    await page.click('#compare');
    await page.setInputFiles('#open-plan', { name: 'autre.csv', mimeType: 'text/csv', buffer: Buffer.from(['zone,section', ...counter].join('\n')) });
    await expect.poll(() => page.locator('#compare-table tr').nth(2).locator('td').first().textContent()).toBe('autre.csv');
    await page.close();
  });
});
