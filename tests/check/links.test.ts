import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv.js';
import { runCli } from '../helpers.js';
import { buildGraph } from '../../src/graph/index.js';
import { proposeSections } from '../../src/propose/index.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { formatCheckText } from '../../src/check/format.js';
import { FRANCE_ZONES, franceZonesWithEstimatedMembers } from '../support/real-data.js';
import { hasChromium, launchChromiumProfile } from '../support/browser.js';

/**
 * Sections holding a link (tests/fixtures/graph/islands.geojson with islands-plan.csv): "Ouest" holds
 * Île-Proche, linked by --auto-link to Port-Ouest (22.6 km between the nearest vertices); "Grande-Île" holds
 * the far island, linked by --link FAR:BIG. check, export and report say so; "Sud" holds no link.
 */
const fx = (name: string) => new URL(`../fixtures/graph/${name}`, import.meta.url).pathname;
const ARGS = [fx('islands.geojson'), fx('islands-plan.csv'), '--auto-link', '--link', 'FAR:BIG'];
const tmp = () => mkdtempSync(join(tmpdir(), 'decoupage-links-'));

describe('sections holding a link are marked', () => {
  it('check: text (English), JSON with each link, Markdown in the contiguity column', async () => {
    const text = await runCli('check', ...ARGS);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('linked I (Île-Proche) to A (Port-Ouest), 22.6 km apart, same département (--auto-link)');
    expect(text.stdout).toMatch(/Ouest[^\n]*\n\s+crosses the sea or a gap: Île-Proche ↔ Port-Ouest, 22\.6 km\n/);
    expect(text.stdout).toMatch(/Grande-Île[^\n]*\n\s+crosses the sea or a gap: Île-Lointaine ↔ Grande-Île, 102 km\n/);
    expect(text.stdout).not.toMatch(/Sud[^\n]*\n\s+crosses the sea/);

    const json = JSON.parse((await runCli('check', ...ARGS, '--json')).stdout);
    const byId = new Map(json.sections.map((s: { id: string }) => [s.id, s]));
    const ouest = byId.get('Ouest') as { links: { zoneA: string; zoneB: string; distanceKm: number; source: string }[] };
    expect(ouest.links).toHaveLength(1);
    expect(ouest.links[0]).toMatchObject({ zoneA: 'I', zoneB: 'A', nameA: 'Île-Proche', nameB: 'Port-Ouest', source: '--auto-link' });
    expect(ouest.links[0].distanceKm).toBeCloseTo(22.6, 1);
    expect((byId.get('Grande-Île') as { links: { source: string }[] }).links[0].source).toBe('--link FAR:BIG');
    expect(byId.get('Sud')).not.toHaveProperty('links');

    const md = (await runCli('check', ...ARGS, '--markdown', '--lang', 'fr')).stdout;
    expect(md).toMatch(/\| Ouest \|[^\n]*\| oui \(franchit la mer ou une discontinuité : Île-Proche ↔ Port-Ouest, 22,6 km\) \|/);
  });

  it('export: flat properties links and link_km on the section features, and in the CSV', async () => {
    const dir = tmp();
    const out = join(dir, 'sections.geojson');
    const r = await runCli('export', ...ARGS, '-o', out);
    expect(r.code).toBe(0);
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    const props = new Map(fc.features.map((f: { properties: { section: string } }) => [f.properties.section, f.properties]));
    expect(props.get('Ouest')).toMatchObject({ links: 'Île-Proche ↔ Port-Ouest (22.6 km)' });
    expect((props.get('Ouest') as { link_km: number }).link_km).toBeCloseTo(22.6, 1);
    expect(props.get('Sud')).toMatchObject({ links: '', link_km: null });
    for (const p of props.values()) {
      expect(typeof (p as { links: unknown }).links).toBe('string'); // a scalar, not a list: Shapefile-friendly
    }
    const csv = join(dir, 'sections.csv');
    await runCli('export', ...ARGS, '-o', csv);
    const rows = parseCsv(readFileSync(csv, 'utf8').replace(/^\uFEFF/, '')).rows;
    expect(rows.find((row) => row.section === 'Grande-Île')).toMatchObject({ links: 'Île-Lointaine ↔ Grande-Île (102 km)' });
  });

  it('report: the sections table says which sections cross the sea, in English and French', async () => {
    const dir = tmp();
    for (const lang of ['en', 'fr']) {
      const out = join(dir, `report-${lang}.html`);
      const r = await runCli('report', ...ARGS, '--lang', lang, '-o', out);
      expect(r.code).toBe(0);
      const html = readFileSync(out, 'utf8');
      expect(html).toContain(
        lang === 'en'
          ? 'crosses the sea or a gap: Île-Proche ↔ Port-Ouest, 22.6 km'
          : 'franchit la mer ou une discontinuité : Île-Proche ↔ Port-Ouest, 22,6 km',
      );
      expect(r.stdout).toContain(lang === 'en' ? 'linked I (Île-Proche) to A (Port-Ouest)' : 'I (Île-Proche) relié à A (Port-Ouest)');
    }
  });
});

const hasFrance = existsSync(FRANCE_ZONES);
if (!hasFrance) console.warn(`real-data test skipped: ${FRANCE_ZONES} is absent (see data/README.md)`);

describe.skipIf(!hasFrance)('France (members = population × 0.08): the section holding Marie-Galante is marked', () => {
  it('in the check of the proposed plan, with the link and its distance', () => {
    const zones = franceZonesWithEstimatedMembers(0.08);
    const graph = buildGraph(zones, { autoLink: true, minMembers: 10_000 });
    const { check } = proposeSections(zones, graph, resolveRules({}), { seed: 1 });
    const marked = check.sections.filter((s) => s.links);
    expect(marked).toHaveLength(1);
    expect(marked[0].zones).toContain('0103');
    expect(marked[0].links!.map((l) => [l.nameA, l.nameB])).toEqual([['Marie-Galante', 'Est Grande Terre']]);
    expect(formatCheckText(check, [], { lang: 'fr' })).toMatch(/franchit la mer ou une discontinuité : Marie-Galante ↔ Est Grande Terre, 23,2 km/);
  });
});

describe.skipIf(!hasChromium)('the link mark in the report, in Chromium', () => {
  it('is visible under the section it belongs to (French), screenshot saved', async () => {
    const dir = tmp();
    const out = join(dir, 'rapport.html');
    expect((await runCli('report', ...ARGS, '--lang', 'fr', '-o', out)).code).toBe(0);
    const profile = join(dir, 'profile');
    mkdirSync(profile);
    // a fresh profile of its own (launchPersistentContext is playwright's way of passing --user-data-dir)
    const browser = await launchChromiumProfile(profile, { width: 1200, height: 900 });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(out).href);
      const ouest = page.locator('#sections-table tr[data-section="Ouest"] .link');
      expect(await ouest.isVisible()).toBe(true);
      expect(await ouest.innerText()).toBe('franchit la mer ou une discontinuité : Île-Proche ↔ Port-Ouest, 22,6 km');
      expect(await page.locator('#sections-table tr[data-section="Sud"] .link').count()).toBe(0);
      const box = await ouest.boundingBox();
      expect(box!.height).toBeGreaterThan(8);
      const shot = process.env.DECOUPAGE_SCREENSHOTS ?? dir;
      await page.locator('#sections').screenshot({ path: join(shot, 'links-sections-fr.png') });
    } finally {
      await browser.close();
    }
  });
});
