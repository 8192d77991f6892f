import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { buildGraph } from '../../src/graph/build.js';
import { proposeSections } from '../../src/propose/index.js';
import { layoutSections, renderMapSvg } from '../../src/report/index.js';
import { pacaCommunesWithEstimatedMembers } from '../support/real-data.js';
import { describeWithRealData, PACA_COMMUNES, COMMUNE_TABLE_2023 } from '../support/real-data.js';

/** RGBA pixels of an SVG drawn by resvg at its own size (no fonts: shapes only). */
function pixels(svg: string): Uint8Array {
  return new Resvg(svg, { background: '#ffffff', font: { loadSystemFonts: false } }).render().pixels;
}

const vertices = (svg: string) => (svg.match(/[ML]-?\d/g) ?? []).length;

describeWithRealData([PACA_COMMUNES, COMMUNE_TABLE_2023], 'map geometry simplified for display (real data: the 946 PACA communes)', () => {
  const zones = pacaCommunesWithEstimatedMembers(0.08);
  const graph = buildGraph(zones, { autoLink: true });
  const rules = resolveRules({ minMembers: 10_000, membersPerSeat: 1_500, minSeats: 6 });
  const { plan } = proposeSections(zones, graph, rules, { seed: 1 });
  const layout = layoutSections(zones, plan, graph.topology);
  const opts = { layout, labels: 'none' as const, legend: false };
  const exact = renderMapSvg(zones, plan, { ...opts, simplify: 0 });
  const shown = renderMapSvg(zones, plan, opts);

  it('draws fewer vertices', () => {
    expect(vertices(shown)).toBeLessThan(vertices(exact) * 0.9);
    expect(shown.length).toBeLessThan(exact.length);
  });

  it('looks the same at report scale: no gap between neighbours, almost no pixel changes', () => {
    const [a, b] = [pixels(exact), pixels(shown)];
    expect(a.length).toBe(b.length);
    let strong = 0;
    let white = 0;
    for (let i = 0; i < a.length; i += 4) {
      const d = Math.max(Math.abs(a[i]! - b[i]!), Math.abs(a[i + 1]! - b[i + 1]!), Math.abs(a[i + 2]! - b[i + 2]!));
      if (d > 64) strong++;
      // a pixel inside the region in the exact map that became background would be a gap (a sliver)
      if (d > 64 && b[i] === 255 && b[i + 1] === 255 && b[i + 2] === 255) white++;
    }
    const n = a.length / 4;
    expect(strong / n).toBeLessThan(0.002);
    expect(white / n).toBeLessThan(0.0005);
  });

  it('keeps the same sections and every section drawn', () => {
    const ids = (svg: string) => [...svg.matchAll(/<path class="section" data-section="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(shown)).toEqual(ids(exact));
    expect(new Set(ids(shown)).size).toBe(new Set(plan.values()).size);
  });
});
