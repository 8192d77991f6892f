// Issue 12, geometry at load: rows 9 (winding), 10 (unclosed ring), 11 (empty geometry), 13 (projected
// coordinates), 14 (the 180° meridian) and the bow-tie warning.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area } from '@turf/area';
import { describe, expect, it } from 'vitest';
import { polsbyPopper } from '../../src/core/geometry.js';
import { parseCsv } from '../../src/io/csv.js';
import { LaterWarnings, selfIntersects } from '../../src/io/geometry.js';
import { collectNotices } from '../../src/core/notices.js';
import { zonesFromGeoJson } from '../../src/load/zones.js';
import { runCli } from '../helpers.js';
import { expectInputError, square, strip, tempDir, zonesText, type Ring } from './support.js';

const t = tempDir('geometry');
const RULES = ['--min-members', '1000', '--min-seats', '1', '--members-per-seat', '1000'];

/** export -o x.csv: the sections table, as a spreadsheet would read it. */
async function exportRows(zones: string, plan: string, name: string): Promise<Record<string, string>[]> {
  const out = join(t.dir, name);
  const r = await runCli('export', zones, plan, ...RULES, '-o', out);
  expect(r.stderr).not.toMatch(/error/);
  expect(r.code).toBe(0);
  return parseCsv(readFileSync(out, 'utf8')).rows;
}

describe('row 9: one zone wound clockwise among anticlockwise ones', () => {
  it('the merged section has the area of its zones, no triangular hole', async () => {
    const cw = [...square(0.1, 0)].reverse() as Ring;
    const zones = t.file('winding.geojson', zonesText([{ code: 'z1' }, { code: 'z2', rings: [cw] }, { code: 'z3' }]));
    const plan = t.file('winding-plan.csv', 'zone,section\nz1,S\nz2,S\nz3,S\n');
    const [row] = await exportRows(zones, plan, 'winding.csv');
    const expected = (3 * area({ type: 'Polygon', coordinates: [square(0, 0)] })) / 1e6;
    expect(Number(row.area_km2)).toBeCloseTo(expected, 0);
  });

  it('a clockwise zone alone in its section keeps the compactness of a square', async () => {
    const cw = [...square(0, 0)].reverse() as Ring;
    const zones = t.file('winding2.geojson', zonesText([{ code: 'z1', rings: [cw] }, { code: 'z2' }]));
    const plan = t.file('winding2-plan.csv', 'zone,section\nz1,S\nz2,T\n');
    const rows = await exportRows(zones, plan, 'winding2.csv');
    expect(Number(rows.find((r) => r.section === 'S')!.compactness)).toBeCloseTo(Math.PI / 4, 2);
    expect(Number(rows.find((r) => r.section === 'S')!.area_km2)).toBeCloseTo(Number(rows.find((r) => r.section === 'T')!.area_km2), 1);
  });
});

describe('row 10: an unclosed ring', () => {
  it('is closed with a warning naming the zone; no shared border is lost', async () => {
    const specs = strip(3);
    specs[1].rings = [square(0.1, 0).slice(0, 4) as Ring]; // the last point (= the first) left out
    const zones = t.file('unclosed.geojson', zonesText(specs));
    const r = await runCli('graph', zones, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*unclosed\.geojson: zone z2: 1 ring was not closed .*closed it/);
    expect(JSON.parse(r.stdout).edges.map((e: { zone_a: string; zone_b: string }) => `${e.zone_a}-${e.zone_b}`)).toEqual(['z1-z2', 'z2-z3']);
  });
});

describe('row 11: an empty geometry', () => {
  it.each([
    ['MultiPolygon []', { type: 'MultiPolygon', coordinates: [] }],
    ['Polygon []', { type: 'Polygon', coordinates: [] }],
  ])('%s: exit 2 naming the zone in info, check and propose', async (_name, geometry) => {
    const zones = t.file('empty.geojson', zonesText([{ code: 'z1' }, { code: 'z2', geometry }]));
    const plan = t.file('empty-plan.csv', 'zone,section\nz1,S\nz2,S\n');
    await expectInputError(['info', zones], /empty\.geojson: zone z2, field "geometry": has an empty geometry/);
    await expectInputError(['check', zones, plan, ...RULES], /zone z2, field "geometry": has an empty geometry/);
    const r = await expectInputError(['propose', zones, ...RULES, '-o', join(t.dir, 'p.csv')], /zone z2, field "geometry": has an empty geometry/);
    expect(r.stderr).not.toMatch(/island/);
  });
});

describe('row 13: projected coordinates', () => {
  it('Lambert-93 metres in a GeoJSON: exit 2 with the EPSG:2154 hint', async () => {
    const l93 = square(650_000, 6_860_000, 10_000);
    const zones = t.file('lambert.geojson', zonesText([{ code: 'z1', rings: [l93] }]));
    await expectInputError(
      ['info', zones],
      /zone z1, field "geometry": has coordinates that are not longitude\/latitude degrees \(650000, 6860000\)/,
      /Lambert-93 metres \(EPSG:2154\)/,
      /--from-crs EPSG:2154/,
    );
  });
});

describe('row 14: a zone crossing the 180° meridian', () => {
  it('is split there: its area and compactness are those of the zone, the same in every output', async () => {
    // 0.2° × 0.2° around the antimeridian at Fiji's latitude, and the same square far from it
    const fiji: Ring = [
      [179.9, -17.1],
      [-179.9, -17.1],
      [-179.9, -16.9],
      [179.9, -16.9],
      [179.9, -17.1],
    ];
    const same: Ring = [
      [-0.1, -17.1],
      [0.1, -17.1],
      [0.1, -16.9],
      [-0.1, -16.9],
      [-0.1, -17.1],
    ];
    const zones = t.file('fiji.geojson', zonesText([{ code: 'z1', rings: [fiji] }]));
    const plan = t.file('fiji-plan.csv', 'zone,section\nz1,S\n');
    const warned = await runCli('info', zones);
    expect(warned.stderr).toMatch(/zone z1: crosses the 180° meridian; split there/);
    const [row] = await exportRows(zones, plan, 'fiji.csv');
    const km2 = area({ type: 'Polygon', coordinates: [same] }) / 1e6;
    expect(Number(row.area_km2)).toBeCloseTo(km2, 0);
    expect(Number(row.area_km2)).toBeLessThan(1000); // not 4.26 million km²
    const pp = polsbyPopper({ type: 'Polygon', coordinates: [same] });
    expect(Number(row.compactness)).toBeCloseTo(pp, 2);
    // the GeoJSON layer carries the same figures as the CSV
    const out = join(t.dir, 'fiji-sections.geojson');
    expect((await runCli('export', zones, plan, ...RULES, '-o', out)).code).toBe(0);
    const props = JSON.parse(readFileSync(out, 'utf8')).features[0].properties;
    expect(props.compactness).toBeCloseTo(pp, 2);
    expect(props.area_km2).toBeCloseTo(km2, 0);
  });
});

/** A 0.1° bow-tie whose corners are those of the square at (x, 0). */
function bowtieAt(x: number): Ring {
  return [
    [x, 0],
    [x + 0.1, 0.1],
    [x + 0.1, 0],
    [x, 0.1],
    [x, 0],
  ];
}

describe('a self-intersecting (bow-tie) outline', () => {
  it('is accepted with a warning naming the zone', async () => {
    const bowtie: Ring = [
      [0, 0],
      [0.1, 0.1],
      [0.1, 0],
      [0, 0.1],
      [0, 0],
    ];
    const zones = t.file(
      'bowtie.geojson',
      zonesText([
        { code: 'z1', rings: [bowtie] },
        { code: 'z2', rings: [square(0.1, 0)] },
      ]),
    );
    const r = await runCli('info', zones);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*bowtie\.geojson: zone z1: its outline crosses itself \(a "bow-tie"\)/);
    expect(r.stderr).not.toMatch(/zone z2/);
  });

  it('propose warns as well: once, after the search (the check is put off until then), and when no plan can be made', async () => {
    const zones = t.file(
      'bowtie-strip.geojson',
      zonesText([{ code: 'z1', rings: [bowtieAt(0)] }, ...strip(4).slice(1), { code: 'z5', rings: [bowtieAt(0.4)] }]),
    );
    const warning = (z: string) => new RegExp(`warning: .*bowtie-strip\\.geojson: zone ${z}: its outline crosses itself`, 'g');
    const ok = await runCli('propose', zones, ...RULES, '-o', join(t.dir, 'bowtie-plan.csv'));
    expect(ok.code).toBe(0);
    expect(ok.stderr.match(warning('z1'))).toHaveLength(1);
    expect(ok.stderr.match(warning('z5'))).toHaveLength(1);
    // in zone order, as when checked on reading
    expect(ok.stderr.indexOf('zone z1')).toBeLessThan(ok.stderr.indexOf('zone z5'));
    const none = await runCli('propose', zones, '--min-members', '90000', '--min-seats', '1', '--members-per-seat', '1000', '-o', join(t.dir, 'none.csv'));
    expect(none.code).toBe(1);
    expect(none.stderr.match(warning('z1'))).toHaveLength(1);
    // the warning comes before the error that ends the run
    expect(none.stderr.indexOf('warning:')).toBeLessThan(none.stderr.indexOf('error:'));
  });

  it('checks put off: stopped when asked, gone on with from that zone at the next run, each zone once, in order', async () => {
    const layer = JSON.parse(
      zonesText([
        { code: 'z1', rings: [bowtieAt(0)] },
        { code: 'z2', rings: [square(0.1, 0)] },
        { code: 'z3', rings: [bowtieAt(0.2)] },
        { code: 'z4', rings: [bowtieAt(0.3)] },
      ]),
    ) as unknown;
    const said: string[] = [];
    const later = new LaterWarnings();
    await collectNotices(
      (m) => said.push(typeof m === 'string' ? m : String(m.params?.zone)),
      async () => {
        zonesFromGeoJson(layer, { source: 'later.geojson', warnLater: later });
        expect(said).toEqual([]); // nothing said on reading
        let asked = 0;
        later.run(() => asked++ < 2); // two zones checked, then stopped
        expect(said).toEqual(['z1']);
        later.run();
        expect(said).toEqual(['z1', 'z3', 'z4']);
        later.run();
        expect(said).toEqual(['z1', 'z3', 'z4']);
      },
    );
  });

  it('selfIntersects: a square does not, a bow-tie and a figure-eight do', () => {
    expect(selfIntersects(square(0, 0))).toBe(false);
    expect(
      selfIntersects([
        [0, 0],
        [2, 0],
        [2, 2],
        [1, 2],
        [1, -1],
        [0, -1],
        [0, 0],
      ]),
    ).toBe(true);
    expect(
      selfIntersects([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
        [0, 0],
      ]),
    ).toBe(true);
  });
});

describe('a hole outside its outline (a ring given as a hole, not inside its polygon)', () => {
  /** Zone z1: the square at (0, 0) of side 0.3 with `hole` as its hole; z2 beside it. */
  const layer = (name: string, hole: Ring) =>
    t.file(
      name,
      zonesText([
        { code: 'z1', rings: [square(0, 0, 0.3), hole] },
        { code: 'z2', rings: [square(0.3, 0, 0.3)] },
      ]),
    );
  const warning = /warning: .*zone z1: a hole of its outline lies outside it/;

  it('is accepted with a warning naming the zone, from reading (info) and from propose', async () => {
    // a hole above its polygon (past its box)
    const outside = layer('hole-outside.geojson', [...square(0.05, 0.4, 0.1)].reverse() as Ring);
    const info = await runCli('info', outside);
    expect(info.code).toBe(0);
    expect(info.stderr).toMatch(warning);
    expect(info.stderr).not.toMatch(/zone z2/);
    // a hole in the notch of an L (within its box: the point test says it)
    const notch = t.file(
      'hole-notch.geojson',
      zonesText([
        {
          code: 'z1',
          rings: [
            [
              [0, 0],
              [0.3, 0],
              [0.3, 0.1],
              [0.1, 0.1],
              [0.1, 0.3],
              [0, 0.3],
              [0, 0],
            ],
            [...square(0.15, 0.15, 0.1)].reverse() as Ring,
          ],
        },
      ]),
    );
    expect((await runCli('info', notch)).stderr).toMatch(warning);
    const propose = await runCli('propose', outside, ...RULES, '-o', join(t.dir, 'hole-plan.csv'));
    expect(propose.code).toBe(0);
    expect(propose.stderr.match(new RegExp(warning.source, 'g'))).toHaveLength(1);
  });

  it('a hole inside, or inside and touching its outline at a point, is no warning', async () => {
    const inside = layer('hole-inside.geojson', [...square(0.1, 0.1, 0.1)].reverse() as Ring);
    const touching = layer('hole-touching.geojson', [
      [0, 0],
      [0.1, 0.2],
      [0.2, 0.1],
      [0, 0],
    ]);
    for (const file of [inside, touching]) {
      const r = await runCli('info', file);
      expect(r.code).toBe(0);
      expect(r.stderr).not.toMatch(/warning/);
    }
  });

  it('said in French too', async () => {
    const outside = layer('trou-dehors.geojson', [...square(0.4, 0.05, 0.1)].reverse() as Ring);
    const r = await runCli('info', outside, '--lang', 'fr');
    expect(r.stderr).toMatch(/zone z1 : un trou de son contour est en dehors de celui-ci/);
  });
});

describe('a zone of zero area', () => {
  it('three distinct points on one line: exit 2 naming the zone, not a zone with no place on the map', async () => {
    const line = t.file(
      'line.geojson',
      zonesText([
        { code: 'z1' },
        {
          code: 'flat',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0.2, 0],
                [0.25, 0.05],
                [0.3, 0.1],
                [0.2, 0],
              ],
            ],
          },
        },
      ]),
    );
    await expectInputError(
      ['info', line],
      /line\.geojson: zone flat, field "geometry": has an outline of zero area \(its points lie on one line\)/,
      /Fix Geometries/,
    );
    await expectInputError(['info', line, '--lang', 'fr'], /zone flat, champ « geometry » : a un contour d’aire nulle \(ses points sont alignés\)/);
  });

  it('a MultiPolygon with one flat part and one real part is read', async () => {
    const parts = t.file(
      'sliver.geojson',
      zonesText([
        {
          code: 'z1',
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [square(0, 0)],
              [
                [
                  [1, 1],
                  [1.1, 1.1],
                  [1.2, 1.2],
                  [1, 1],
                ],
              ],
            ],
          },
        },
        { code: 'z2' },
      ]),
    );
    const r = await runCli('info', parts);
    expect(r.code).toBe(0);
  });
});

describe('two zones with the very same outline', () => {
  it('a feature copied under another id: exit 2 naming both, in English and French', async () => {
    const copy = t.file('copy.geojson', zonesText([{ code: 'z1' }, { code: 'z2' }, { code: 'z3', rings: [square(0.1, 0)] }]));
    await expectInputError(
      ['info', copy],
      /copy\.geojson: zone z3, field "geometry": zones z2 and z3 have the very same outline: one zone given twice/,
      /Delete duplicate geometries/,
    );
    await expectInputError(['info', copy, '--lang', 'fr'], /les zones z2 et z3 ont exactement le même contour/);
  });

  it('the same points in another order, or one point apart, are two zones (read as usual)', async () => {
    const other = t.file(
      'near-copy.geojson',
      zonesText([
        { code: 'z1' },
        { code: 'z2' },
        // z2's square from another corner, and a square a hair wider: the same place, not the same outline
        { code: 'z3', rings: [[...square(0.1, 0).slice(1, 5), square(0.1, 0)[1]!]] },
        { code: 'z4', rings: [square(0.1, 0, 0.1000001)] },
      ]),
    );
    const r = await runCli('info', other);
    expect(r.stderr).not.toMatch(/same outline/);
    expect(r.code).toBe(0);
  });
});
