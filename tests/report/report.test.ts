import { describe, expect, it } from 'vitest';
import { sectionSeats } from '../../src/apportion/index.js';
import { checkPlan } from '../../src/check/index.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { sectionsOf } from '../../src/core/types.js';
import { colourSections } from '../../src/export/colour.js';
import { DICTIONARY, LANGS } from '../../src/report/i18n.js';
import { dissolveSections } from '../../src/export/index.js';
import { buildTopology } from '../../src/graph/topology.js';
import { assembleReport, layoutSections, renderMapSvg, renderReport, renderReportAndMap, type ReportInput } from '../../src/report/index.js';
import { fixture, rookGraph } from './support.js';

const SCRIPT_NAME = '<script>alert(1)</script>';

function fullInput(lang: 'fr' | 'en'): ReportInput {
  const { zones, plan } = fixture();
  const rules = resolveRules({ minMembers: 10000, membersPerSeat: 1500, minSeats: 6, respect: 'dep' });
  const check = checkPlan(zones, rookGraph(zones), plan, rules);
  const members = new Map([...sectionsOf(plan)].map(([s, zs]) => [s, zs.reduce((a, z) => a + zones.byId.get(z)!.members, 0)]));
  return { zones, plan, lang, rules, check, seats: sectionSeats(members, rules), generatedAt: new Date('2026-01-01T10:00:00Z') };
}

describe('renderReport: escaping', () => {
  it('keeps a zone named <script> as text, in the map and in the tables', () => {
    const html = renderReport(fullInput('en'));
    expect(html).not.toContain(SCRIPT_NAME);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // the report has no script at all: every "<script" would come from the data
    expect(html.toLowerCase()).not.toContain('<script');
  });

  it('escapes quotes and ampersands in names, list names and the title', () => {
    const input = fullInput('en');
    input.title = 'Plan "2026" <b>draft</b> & co';
    input.pluralism = {
      method: 'dhondt',
      lists: ['<img src=x onerror=alert(1)>'],
      sections: [{ section: 'East', seats: 12, seatsByList: { '<img src=x onerror=alert(1)>': 12 } }],
      totals: { seatsByList: { '<img src=x onerror=alert(1)>': 12 }, listsRepresented: 1 },
    };
    const html = renderReport(input);
    expect(html).toContain('Plan &quot;2026&quot; &lt;b&gt;draft&lt;/b&gt; &amp; co');
    expect(html).not.toContain('<img');
    expect(html).toContain('Dorval &quot;Nord&quot;');
    expect(html).toContain('Chaume &amp; Fils');
  });
});

describe('renderReport: languages', () => {
  // every label in every language, with the same placeholders: tests/messages/catalogue.test.ts
  it('the French report uses no English label and formats numbers the French way', () => {
    const fr = renderReport(fullInput('fr'));
    // labels whose English and French differ must not appear in English in the French report
    const english = Object.values(DICTIONARY)
      .filter((m) => m.en !== m.fr && !m.en.includes('{') && m.en.length > 4)
      .map((m) => m.en);
    expect(english.length).toBeGreaterThan(30);
    for (const label of english) expect(fr, label).not.toContain(label);
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain('Respect des règles');
    // 34,000 members in all, French grouping: "34 000" with a (narrow) no-break space
    expect(fr).toMatch(/34[\u202f\u00a0 ]000/);
    expect(fr).not.toContain('34,000');
    const en = renderReport(fullInput('en'));
    expect(en).toContain('34,000');
    expect(en).toContain('Rule verdicts');
  });
});

describe('renderReport: content', () => {
  it('is self-contained: inline CSS and SVG, no external URL', () => {
    const html = renderReport(fullInput('en'));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('<svg');
    // the only URL allowed is the SVG namespace identifier
    const urls = html.match(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/gi) ?? [];
    expect(urls.filter((u) => !u.endsWith('www.w3.org'))).toEqual([]);
    expect(html).not.toMatch(/<link|<img|@import|src=/i);
  });

  it('has one sections-table row per section with the checked figures, and one verdict row per rule', () => {
    const input = fullInput('en');
    const html = renderReport(input);
    const body = html.slice(html.indexOf('id="sections-table"'), html.indexOf('</table>', html.indexOf('id="sections-table"')));
    expect(body.match(/<tr data-section=/g)).toHaveLength(2);
    // West = Z1 + Z2 + Z4 = 6,000 + 5,000 + 4,000 from the fixture file
    expect(body).toMatch(/data-section="West"[\s\S]*?15,000/);
    const verdicts = html.match(/<tr data-rule="/g) ?? [];
    expect(verdicts.length).toBe(input.check!.rules.length + 1); // + the informative "respect" row
    expect(html).toContain('Compliant');
  });

  it('says when member counts are estimates', () => {
    const input = fullInput('fr');
    input.zones = { ...input.zones, members: { estimated: true, description: 'population × 0,08' } };
    const html = renderReport(input);
    expect(html).toContain('class="notice estimate"');
    expect(html).toContain('Les nombres d’adhérents sont des estimations');
    expect(html).not.toMatch(/\bde adhérents/);
  });

  it('works with only zones, plan and language', () => {
    const { zones, plan } = fixture();
    const html = renderReport({ zones, plan, lang: 'en' });
    expect(html).toContain('Not checked');
    expect(html).toContain('The plan was not checked against the rules.');
    expect(html).not.toContain('id="seats-table"');
  });
});

describe('renderMapSvg', () => {
  it('draws one filled path per section, the three border meshes, labels and a legend entry per section', () => {
    const { zones, plan } = fixture();
    const svg = renderMapSvg(zones, plan, { lang: 'en' });
    expect(svg.match(/<path class="section"/g)).toHaveLength(2);
    expect(svg.match(/class="zone-borders"/g)).toHaveLength(1);
    expect(svg.match(/class="section-borders"/g)).toHaveLength(1);
    expect(svg.match(/class="outer-border"/g)).toHaveLength(1);
    expect(svg.match(/class="label"/g)).toHaveLength(2);
    expect(svg.match(/class="legend-entry"/g)).toHaveLength(2);
    // section paths are closed shapes inside the drawing
    const width = Number(svg.match(/width="(\d+)"/)![1]);
    for (const [, d] of svg.matchAll(/class="section"[^>]* d="([^"]+)"/g)) {
      expect(d).toMatch(/^M.*Z$/);
      for (const n of d!.match(/-?\d+(\.\d+)?/g)!.map(Number)) (expect(n).toBeGreaterThanOrEqual(0), expect(n).toBeLessThanOrEqual(width));
    }
  });

  it('greys zones left out of the plan', () => {
    const { zones, plan } = fixture();
    plan.delete('Z6');
    const svg = renderMapSvg(zones, plan, { lang: 'en' });
    expect(svg.match(/<path class="unassigned"/g)).toHaveLength(1);
    expect(svg).toContain('No section');
  });

  it('gives neighbouring sections different colours, deterministically', () => {
    // a wheel: centre touches all 6 around it, ring neighbours touch each other
    const ring = ['a', 'b', 'c', 'd', 'e', 'f'];
    const adjacency = new Map<string, Set<string>>([['hub', new Set(ring)]]);
    ring.forEach((s, i) => adjacency.set(s, new Set(['hub', ring[(i + 1) % 6]!, ring[(i + 5) % 6]!])));
    const colours = colourSections(['hub', ...ring], adjacency);
    for (const [s, ns] of adjacency) for (const n of ns) expect(colours.get(s)).not.toBe(colours.get(n));
    expect(colourSections(['hub', ...ring], adjacency)).toEqual(colours);
  });
});

describe('work done once', () => {
  it('the PNG map is the map of the HTML report, drawn from a topology given once', () => {
    const input = fullInput('en');
    input.topology = buildTopology(input.zones);
    const { html, mapSvg } = renderReportAndMap(input);
    expect(html).toContain(mapSvg);
    expect(renderReport(input)).toBe(html);
  });

  it('assembleReport uses the figures it is given instead of computing them again', () => {
    const { zones, plan, rules, check, seats } = fullInput('en');
    const input = assembleReport(zones, rookGraph(zones), plan, rules!, { lang: 'en', check, seats });
    expect(input.check).toBe(check);
    expect(input.seats).toBe(seats);
  });

  it('the report shows the compactness the export writes (one dissolve, one measure)', () => {
    const { zones, plan } = fixture();
    const layout = layoutSections(zones, plan);
    for (const f of dissolveSections(zones, plan, { topology: layout.topology }).features) {
      expect(Math.round(layout.sections.get(f.properties.section)!.polsbyPopper * 1e4) / 1e4).toBe(f.properties.compactness);
    }
  });
});

describe('map insets for far-away parts', () => {
  it('draws a region in one piece in one frame, and far-away zones (overseas) in insets under the main map', async () => {
    const { zoneSetFrom } = await import('../support/zoneset.js');
    const square = (code: string, lon: number, lat: number) => ({
      type: 'Feature' as const,
      properties: { code, members: 1000 },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [lon, lat],
            [lon + 1, lat],
            [lon + 1, lat + 1],
            [lon, lat + 1],
            [lon, lat],
          ],
        ],
      },
    });
    // a mainland of two zones and an island 60° away (as Réunion is from Paris)
    const zones = zoneSetFrom({ type: 'FeatureCollection', features: [square('A', 0, 45), square('B', 1, 45), square('R', 55, -21)] });
    const plan = new Map([
      ['A', 'north'],
      ['B', 'north'],
      ['R', 'island'],
    ]);
    const svg = renderMapSvg(zones, plan);
    expect(svg.match(/<clipPath id="map-frame-\d+">/g)).toHaveLength(2);
    expect(svg.match(/class="inset-frame"/g)).toHaveLength(1);
    // every frame draws every section (clipped to its box), and each label appears once, in its frame
    expect(svg.match(/class="label"/g)).toHaveLength(2);

    const mainland = zoneSetFrom({ type: 'FeatureCollection', features: [square('A', 0, 45), square('B', 1, 45)] });
    const one = renderMapSvg(
      mainland,
      new Map([
        ['A', 'north'],
        ['B', 'north'],
      ]),
    );
    expect(one).not.toContain('clipPath');
    expect(one).not.toContain('inset-frame');
  });
});

describe('several maps in one report', () => {
  it('gives each map its own ids: the insets of the side-by-side maps clip to their own frames', async () => {
    const { readFileSync } = await import('node:fs');
    const { zoneSetFrom } = await import('../support/zoneset.js');
    const { FIXTURES } = await import('./support.js');
    // the fixture plus a copy of Z6 far away (40° east), drawn in an inset
    const fc = JSON.parse(readFileSync(`${FIXTURES}zones.geojson`, 'utf8'));
    const far = JSON.parse(JSON.stringify(fc.features.find((f: { properties: { code: string } }) => f.properties.code === 'Z6')));
    far.properties = { ...far.properties, code: 'Z7', name: 'Far', dep: 'C', members: 12000 };
    const shift = (c: unknown): unknown =>
      typeof (c as number[])[0] === 'number' ? [(c as number[])[0]! + 40, (c as number[])[1]] : (c as unknown[]).map(shift);
    far.geometry.coordinates = shift(far.geometry.coordinates);
    fc.features.push(far);
    const zones = zoneSetFrom(fc);
    const { plan } = fixture();
    plan.set('Z7', 'Far');
    const one = new Map([...plan].map(([z, s]) => [z, s === 'Far' ? 'Far' : 'All']));
    const rules = resolveRules({ minMembers: 10000, membersPerSeat: 1500, minSeats: 6 });
    const html = renderReport(assembleReport(zones, rookGraph(zones), plan, rules, { lang: 'en', compare: [{ label: 'One', plan: one }] }));
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    // three maps (the plan, then both side by side), each with two frames clipped to its own clip paths
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g)!;
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) {
      const defined = [...svg.matchAll(/<clipPath id="([^"]+)"/g)].map((m) => m[1]);
      const used = [...svg.matchAll(/clip-path="url\(#([^)]+)\)"/g)].map((m) => m[1]);
      expect(defined).toHaveLength(2);
      expect(used).toEqual(defined);
    }
  });
});

describe('the proved bound in the report', () => {
  it('says the gap to the most sections possible, or that no plan can have more, in both languages', () => {
    const { zones, plan } = fixture();
    const rules = resolveRules({ minMembers: 10000, membersPerSeat: 1500, minSeats: 6 });
    const n = sectionsOf(plan).size;
    const gap = renderReport(assembleReport(zones, rookGraph(zones), plan, rules, { lang: 'en', bound: { value: n + 3, method: 'mip', optimal: false } }));
    expect(gap).toContain(`<p class="subtitle" id="bound">${n} sections; no plan meeting these rules can have more than ${n + 3}.</p>`);
    const optimal = renderReport(assembleReport(zones, rookGraph(zones), plan, rules, { lang: 'fr', bound: { value: n, method: 'count', optimal: true } }));
    expect(optimal).toContain(`<p class="subtitle" id="bound">${n} sections : aucun découpage respectant ces règles ne peut en compter davantage.</p>`);
    // without a proved bound (report on any plan) nothing is claimed
    expect(renderReport(assembleReport(zones, rookGraph(zones), plan, rules, { lang: 'en' }))).not.toContain('id="bound"');
  });
});
