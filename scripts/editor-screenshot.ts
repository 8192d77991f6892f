// The README's screenshot of the editor (docs/editor-screenshot.png) on real PACA data: the 946 communes of
// ../shared/data with members estimated as 8 % of the population (@etalab/decoupage-administratif), the
// zones d'emploi as sections except the Var kept whole and the zone of Marseille (9312) cut in two.
// Run with `npx tsx scripts/editor-screenshot.ts` after `npm run build`. The data is read, never copied.
import { mkdtempSync } from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveRules } from '../src/check/rules/resolve.js';
import type { Plan } from '../src/core/types.js';
import { buildGraph } from '../src/graph/index.js';
import { EditorApp, startEditorServer } from '../src/serve/index.js';
import { pacaCommunesWithEstimatedMembers } from '../tests/support/real-data-loaders.js';
import { launchChromium } from '../tests/support/browser.js';

const zones = pacaCommunesWithEstimatedMembers(0.08);
/** The middle of a commune's bounding box lies west of a longitude. */
function westOf(g: Polygon | MultiPolygon, lon: number): boolean {
  const xs = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2).map((p) => p[0]);
  return (Math.min(...xs) + Math.max(...xs)) / 2 < lon;
}
const graph = buildGraph(zones, { autoLink: true });
const plan: Plan = new Map(
  zones.zones.map((z) => {
    const p = z.properties;
    if (p.dep === '83') return [z.id, 'Var'];
    if (p.ze2020 === '9312') return [z.id, westOf(z.geometry, 5.33) ? 'Marseille Ouest' : 'Marseille'];
    return [z.id, String(p.ze2020_name)];
  }),
);
const app = new EditorApp({
  zones,
  graph,
  rules: resolveRules({ minMembers: 10000, membersPerSeat: 1500, minSeats: 6, respect: 'dep' }),
  lang: process.env.SHOT_LANG === 'fr' ? 'fr' : 'en',
  plan,
  output: join(mkdtempSync(join(tmpdir(), 'decoupage-shot-')), 'plan.csv'),
  title: 'PACA communes (members estimated: 8 % of the population)',
});
const server = await startEditorServer(app, { port: 0 });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
  await page.locator('#sections li[data-section="Marseille"]').click();
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.66, box.y + box.height * 0.27);
  await page.waitForTimeout(300);
  await page.screenshot({ path: process.argv[2] ?? 'docs/editor-screenshot.png' });
  console.log(`verdict: ${await page.locator('#verdict').textContent()}`);
} finally {
  await browser.close();
  await server.close();
}
