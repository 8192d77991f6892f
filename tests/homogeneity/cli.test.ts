import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { standardise } from '../../src/homogeneity/attributes.js';
import { runCli } from '../helpers.js';
import { hasChromium, launchChromium } from '../support/browser.js';

const ZONES = 'tests/fixtures/report/zones.geojson';
const PLAN = 'tests/fixtures/report/plan.csv';
// West = Z1 Z2 Z4, East = Z3 Z5 Z6 (tests/fixtures/report/plan.csv)
const rate: Record<string, number> = { Z1: 6.5, Z2: 7, Z4: 9.5, Z3: 10, Z5: 12.25, Z6: 11 };
const old: Record<string, number> = { Z1: 8, Z2: 9, Z4: 9, Z3: 11, Z5: 12, Z6: 15 };
const section: Record<string, string> = { Z1: 'West', Z2: 'West', Z4: 'West', Z3: 'East', Z5: 'East', Z6: 'East' };

/** an attributes CSV as French Excel writes it: ';', decimal comma; Z6 without a 2018 value */
function attributesFile(dir: string): string {
  const lines = ['code;name;rate_2023;rate_2018'];
  for (const z of Object.keys(rate)) lines.push(`${z};x;${String(rate[z]).replace('.', ',')};${z === 'Z6' ? 'nd' : old[z]}`);
  const file = join(dir, 'attributes.csv');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const sq = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, x) => a + (x - m) ** 2, 0);
};

describe('--attributes on check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'decoupage-homog-'));
  const file = attributesFile(dir);

  it('check --json gives R² = 1 − within/total of the z-scores, and the per-section range', async () => {
    const r = await runCli('check', ZONES, PLAN, '--min-members', '1000', '--attributes', file, '--similar-by', 'rate_2023', '--json');
    expect(r.stderr).toBe('');
    const h = JSON.parse(r.stdout).homogeneity;
    const ids = Object.keys(rate);
    const z = standardise(
      ['r'],
      ids.map((id) => rate[id]),
    ).z;
    const zOf = (s: string) => ids.flatMap((id, i) => (section[id] === s ? [z[i]] : []));
    const r2 = 1 - (sq(zOf('West')) + sq(zOf('East'))) / sq([...z]);
    expect(h.r2).toBeCloseTo(r2, 10);
    const east = h.sections.find((s: { id: string }) => s.id === 'East');
    expect(east.range.rate_2023).toBeCloseTo(12.25 - 10, 10);
    // members-weighted mean (Z3 7000, Z5 9000, Z6 3000)
    expect(east.mean.rate_2023).toBeCloseTo((10 * 7000 + 12.25 * 9000 + 11 * 3000) / 19000, 10);
  });

  it('a derived column leaves out (and names) the zone without a value', async () => {
    const r = await runCli('check', ZONES, PLAN, '--min-members', '1000', '--attributes', file, '--similar-by', 'trend=rate_2023-rate_2018', '--json');
    expect(r.stderr).toMatch(/Z6/);
    const h = JSON.parse(r.stdout).homogeneity;
    expect(h.columns).toEqual(['trend']);
    expect(h.missing).toEqual(['Z6']);
    expect(h.zones).toBe(5);
    const west = h.sections.find((s: { id: string }) => s.id === 'West');
    const trends = ['Z1', 'Z2', 'Z4'].map((id) => rate[id] - old[id]);
    expect(west.range.trend).toBeCloseTo(Math.max(...trends) - Math.min(...trends), 10);
  });

  it('--max-spread fails the sections whose zones differ by more, and exits 1', async () => {
    const r = await runCli('check', ZONES, PLAN, '--min-members', '1000', '--attributes', file, '--max-spread', 'rate_2023:2,5');
    expect(r.code).toBe(1);
    // West spreads 3 (6.5 to 9.5), East 2.25: only West breaks a limit of 2.5
    expect(r.stdout).toMatch(/West.*rate_2023 spreads 3/);
    expect(r.stdout).not.toMatch(/East.*spreads/);
    const ok = await runCli('check', ZONES, PLAN, '--min-members', '1000', '--attributes', file, '--max-spread', 'rate_2023:3');
    expect(ok.code).toBe(0);
  });

  it('an unknown column exits 2 naming the file and its columns', async () => {
    const r = await runCli('check', ZONES, PLAN, '--min-members', '1000', '--attributes', file, '--similar-by', 'rate_2030');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('attributes.csv');
    expect(r.stderr).toContain('rate_2023, rate_2018');
    const spread = await runCli('check', ZONES, PLAN, '--min-members', '1000', '--attributes', file, '--max-spread', 'nope:1');
    expect(spread.code).toBe(2);
    expect(spread.stderr).toContain('rate_2023, rate_2018');
  });

  it.skipIf(!hasChromium)('the report shows the choropleth, its legend, the families and the profile, and switches layers (Chromium)', async () => {
    const html = join(dir, 'r.html');
    const r = await runCli('report', ZONES, PLAN, '-o', html, '--min-members', '1000', '--attributes', file, '--similar-by', 'rate_2023', '--families', '2');
    expect(r.code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('id="homogeneity"');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(html).href);
      const shown = () => page.$$eval('#homogeneity .zone-layer', (gs) => gs.map((g) => (g as SVGElement).getBoundingClientRect().width > 0));
      expect(await shown()).toEqual([true, false]);
      // one fill per zone, and zones with different rates get different colours
      const fills = await page.$$eval('#homogeneity .zone-layer[data-layer="attr-0"] path', (ps) => ps.map((p) => p.getAttribute('fill')));
      expect(fills).toHaveLength(6);
      expect(new Set(fills).size).toBe(6);
      await page.click('label[for="hl-families"]');
      expect(await shown()).toEqual([false, true]);
      expect(await page.isVisible('#homogeneity .hlegend[data-layer="families"]')).toBe(true);
      const rows = await page.$$eval('#homogeneity-table tbody tr', (trs) => trs.map((t) => t.getAttribute('data-section')));
      expect(rows.sort()).toEqual(['East', 'West']);
      await page.screenshot({ path: join(dir, 'homogeneity.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
