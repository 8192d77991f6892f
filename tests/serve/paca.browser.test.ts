/**
 * The editor on real data, as a committee uses it: the 946 PACA communes (members = population × 8 %) in
 * sections by zone d'emploi, in headless Chromium. Screenshots go to $DECOUPAGE_SCREENSHOTS when set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { neighbors } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/index.js';
import { Rng } from '../../src/core/rng.js';
import type { ZoneSet } from '../../src/core/types.js';
import { buildGraph } from '../../src/graph/index.js';
import { EditorApp, startEditorServer, type RunningServer } from '../../src/serve/index.js';
import { describeWithRealData, PACA_COMMUNES, pacaCommunesWithEstimatedMembers } from '../support/real-data.js';
import { hasChromium, launchChromium } from '../support/browser.js';

const SHOTS = process.env.DECOUPAGE_SCREENSHOTS;

/** Without Chromium there is no page to look at: skipped (tests/support/browser.ts says so), as without the data. */
const describeInChromium: typeof describeWithRealData = hasChromium ? describeWithRealData : (_files, title, body) => describe.skip(title, body);

describeInChromium([PACA_COMMUNES], 'the editor on the PACA communes in headless Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let app: EditorApp;
  let zones: ZoneSet;
  let dir: string;
  let zePlan: Map<string, string>;
  /** zone index → neighbouring zone indices on the map (shared borders), as the page sees them */
  let mapNeighbours: number[][];

  beforeAll(async () => {
    zones = pacaCommunesWithEstimatedMembers();
    const graph = buildGraph(zones, { autoLink: true });
    // the starting plan: one section per zone d'emploi, named after it
    const plan = (zePlan = new Map(zones.zones.map((z) => [z.id, String(z.properties.ze2020_name)])));
    dir = mkdtempSync(join(tmpdir(), 'decoupage-paca-'));
    app = new EditorApp({ zones, graph, rules: resolveRules({ minMembers: 2_000 }), lang: 'en', plan, output: join(dir, 'plan.csv'), title: 'PACA' });
    server = await startEditorServer(app, { port: 0 });
    const topo = JSON.parse(app.topology()) as Topology;
    mapNeighbours = neighbors((topo.objects.zones as GeometryCollection).geometries as GeometryObject[]);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  }

  /** The page's colour of each section (its swatch in the list) and the plan it shows. */
  async function shown(page: Page): Promise<{ colours: Map<string, string>; assignment: (string | null)[] }> {
    const r = await page.evaluate(async () => ({
      colours: [...document.querySelectorAll<HTMLElement>('#sections li')].map(
        (li) => [li.dataset.section!, li.querySelector<HTMLElement>('.sw')!.style.background] as [string, string],
      ),
      assignment: (await (await fetch('/api/state')).json()).assignment as (string | null)[],
    }));
    return { colours: new Map(r.colours), assignment: r.assignment };
  }

  function clashes(colours: Map<string, string>, assignment: (string | null)[]): string[] {
    const out = new Set<string>();
    assignment.forEach((s, i) => {
      for (const j of mapNeighbours[i]) {
        const t = assignment[j];
        if (s !== null && t !== null && s !== t && colours.get(s) === colours.get(t)) out.add([s, t].sort().join(' / '));
      }
    });
    return [...out];
  }

  /** Through the page, as a keyboard user does it: find the commune, select the section, press m. */
  async function moveByKeyboard(page: Page, zone: string, section: string): Promise<void> {
    const before = await page.evaluate(() => document.body.dataset.version);
    await page.evaluate(
      ([zone, section]) => {
        const input = document.querySelector<HTMLInputElement>('#search')!;
        input.value = zone;
        input.dispatchEvent(new Event('input'));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        [...document.querySelectorAll<HTMLElement>('#sections li')].find((li) => li.dataset.section === section)!.click();
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'm', bubbles: true }));
      },
      [zone, section],
    );
    await page.waitForFunction((v) => document.body.dataset.version !== v, before);
  }

  it('never gives two neighbouring sections the same colour through 200 random edits (moves, new sections, merges, undo)', async () => {
    const page = await open();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const rng = new Rng(2026);
    let { colours, assignment } = await shown(page);
    expect(clashes(colours, assignment)).toEqual([]);
    const kinds: Record<string, number> = {};
    let recoloured = 0;
    for (let e = 0; e < 200; e++) {
      const r = rng.next();
      const kind = r < 0.1 ? 'undo' : r < 0.2 ? 'new' : r < 0.25 ? 'merge' : 'move';
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      const before = await page.evaluate(() => document.body.dataset.version);
      if (kind === 'undo') {
        await page.click('#undo');
        await page.waitForFunction((v) => document.body.dataset.version !== v, before);
      } else if (kind === 'merge') {
        // a section absorbs a neighbour
        const i = rng.int(assignment.length);
        const into = assignment[i]!;
        const other = mapNeighbours[i].map((j) => assignment[j]).find((t) => t !== null && t !== into);
        if (!other) continue;
        await page.evaluate((id) => [...document.querySelectorAll<HTMLElement>('#sections li')].find((li) => li.dataset.section === id)!.click(), into);
        await page.selectOption('#merge-select', other);
        await page.click('#section-merge');
        await page.waitForFunction((v) => document.body.dataset.version !== v, before);
      } else {
        // a commune on a section border moves to its neighbour's section, or into a new section
        let i = rng.int(assignment.length);
        for (let k = 0; k < 50 && !mapNeighbours[i].some((j) => assignment[j] !== assignment[i]); k++) i = rng.int(assignment.length);
        let to = rng.pick(
          mapNeighbours[i]
            .map((j) => assignment[j])
            .filter((t): t is string => t !== null && t !== assignment[i])
            .concat([assignment[i]!]),
        );
        if (kind === 'new') {
          await page.click('#new-section');
          await page.waitForFunction((v) => document.body.dataset.version !== v, before);
          to = (await page.evaluate(() => document.querySelector<HTMLElement>('#sections li.sel')!.dataset.section!))!;
        }
        if (to === assignment[i]) continue;
        await moveByKeyboard(page, zones.zones[i].id, to);
      }
      const prev = colours;
      ({ colours, assignment } = await shown(page));
      expect([e, kind, clashes(colours, assignment)]).toEqual([e, kind, []]);
      for (const [s, c] of colours) if (prev.has(s) && prev.get(s) !== c) recoloured++;
    }
    expect(kinds.move).toBeGreaterThan(100);
    // stable: an edit recolours few sections (most edits none)
    expect(recoloured).toBeLessThan(60);
    await page.click('#zreset');
    await page.keyboard.press('Escape');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'paca-colours.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('shows the zones d’emploi over the communes, says them on hover with the département, and warns when a section splits one', async () => {
    app.setPlan({ plan: Object.fromEntries(zePlan) });
    const page = await open();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await expect(page.locator('#ze-toggle').isVisible()).resolves.toBe(true);
    await expect(page.locator('#show-ze').isChecked()).resolves.toBe(true);
    expect(await page.locator('#sections .warn').count()).toBe(0);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'paca-ze.png') });

    // a Var commune of the zone d'emploi of Marseille: the tooltip names both
    const varCommune = zones.zones.find((z) => z.properties.ze2020_name === 'Marseille' && z.properties.dep === '83')!;
    await page.fill('#search', varCommune.name);
    await page.keyboard.press('Enter');
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2 + 1);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = (await page.locator('#hover').textContent())!;
    expect(tip).toContain(`${varCommune.name} (${varCommune.id})`);
    expect(tip).toContain('zone d’emploi Marseille (9312)');
    expect(tip).toContain('département Var (83)');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'paca-hover.png') });

    // a commune on the border of its zone d'emploi moves into the neighbouring one's section
    const ids = zones.zones.map((z) => z.id);
    const i = ids.findIndex(
      (id, k) =>
        mapNeighbours[k].some((j) => zePlan.get(ids[j]) !== zePlan.get(id)) && zones.zones.filter((z) => zePlan.get(z.id) === zePlan.get(id)).length > 3,
    );
    const home = zePlan.get(ids[i])!;
    const to = mapNeighbours[i].map((j) => zePlan.get(ids[j])!).find((t) => t !== home)!;
    await moveByKeyboard(page, ids[i], to);
    const warnOf = (id: string) =>
      page.evaluate(
        (id) => [...document.querySelectorAll<HTMLElement>('#sections li')].find((li) => li.dataset.section === id)!.querySelector('.warn')?.textContent,
        id,
      );
    await expect(warnOf(to)).resolves.toBe(`⚠ takes ${zones.zones[i].name} away from the rest of the zone d’emploi ${home}`);
    await expect(warnOf(home)).resolves.toBe(`⚠ splits the zone d’emploi ${home}: ${zones.zones[i].name} in other sections`);
    expect(await page.locator('#sections .warn').count()).toBe(2);
    // undone: the warnings go
    await page.click('#undo');
    await expect.poll(() => page.locator('#sections .warn').count()).toBe(0);

    // the layer can be hidden
    await page.click('#zreset');
    await page.uncheck('#show-ze');
    await expect(page.locator('#show-ze').isChecked()).resolves.toBe(false);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'paca-no-ze.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('row 6: the search finds a commune however it is written, by code and postal code, and only highlights it', async () => {
    const page = await open();
    const find = async (q: string) => {
      await page.fill('#search', q);
      return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#results li')].map((li) => li.dataset.zone!));
    };
    const code = (name: string) => zones.zones.find((z) => z.name === name)!.id;
    expect(await find('L’Isle')).toContain(code("L'Isle-sur-la-Sorgue"));
    expect(await find("l'isle sur la sorgue")).toEqual([code("L'Isle-sur-la-Sorgue")]);
    expect(await find('St-Cyr')).toContain(code('Saint-Cyr-sur-Mer'));
    expect(await find('Ste Maxime')).toEqual([code('Sainte-Maxime')]);
    expect(await find('SAINTE-MAXIME')).toEqual([code('Sainte-Maxime')]);
    expect(await find('83990')).toContain(code('Saint-Tropez'));
    expect(await find('83119')).toContain(code('Saint-Tropez')); // its INSEE code (and Brue-Auriac's postal code)
    expect(await find('13001')).toContain(code('Marseille'));
    expect(await find('pelissanne')).toEqual([code('Pélissanne')]);

    // a listbox: arrows move the active option, Enter picks it; the active section does not change
    await page.locator('#sections li').first().click();
    const active = await page.locator('#sections li.sel').getAttribute('data-section');
    const hits = await find('Saint-');
    expect(hits.length).toBeGreaterThan(3);
    await expect(page.locator('#search').getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#results li[aria-selected="true"]').getAttribute('data-zone')).resolves.toBe(hits[2]);
    await expect(page.locator('#search').getAttribute('aria-activedescendant')).resolves.toBe('result-2');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page.locator('#results li').count()).resolves.toBe(0);
    await expect(page.locator('#sections li.sel').getAttribute('data-section')).resolves.toBe(active);
    // the found commune is outlined at the centre of the map: the pointer there finds it
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const picked = zones.zones.find((z) => z.id === hits[1])!;
    await expect.poll(() => page.locator('#hover').textContent()).toContain(`${picked.name} (${picked.id})`);
    await page.close();
  });
});
