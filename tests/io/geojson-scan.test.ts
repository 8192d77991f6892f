// Issue 25: the zone layer's reader (io/geojson-scan.ts) reads outlines straight into flat arrays. It must give
// exactly what readJson + the nested geometry gate gave: the same zones (every number to the last bit), the same
// warnings in the same order, the same errors — on real layers, on generated ones, and on damaged ones.
import * as fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatRingsOf, isFlat } from '../../src/core/flat-rings.js';
import { collectNotices } from '../../src/core/notices.js';
import { FlatCoordinates, readFeatureCollection } from '../../src/io/geojson-scan.js';
import { readJson } from '../../src/io/read.js';
import { zonesFromGeoJson } from '../../src/load/zones.js';
import { said } from '../../src/messages/message.js';
import { describeWithRealData, FRANCE_ZONES, PACA_COMMUNES, PACA_ZONES } from '../support/real-data.js';

const dir = mkdtempSync(join(tmpdir(), 'geojson-scan-'));
let fileNo = 0;

/** What a zone file gives: the zones as JSON (geometry included) or the error, and the warnings, in order. */
async function outcome(file: string, read: (file: string) => unknown): Promise<{ zones?: string; error?: string; notices: string[] }> {
  const notices: string[] = [];
  const hint = said('load.zones.notGeoJson.hint');
  return collectNotices(
    (m) => notices.push(JSON.stringify(m)),
    async () => {
      try {
        const set = zonesFromGeoJson((read as (f: string, h: unknown) => unknown)(file, hint), { source: file, membersOptional: true });
        return { zones: JSON.stringify(set.zones), notices };
      } catch (e) {
        return { error: `${(e as Error).name}: ${(e as Error).message}`, notices };
      }
    },
  );
}

/** Check that the reader gives what readJson gave on this text; says whether it read it the fast way. */
async function sameAsReadJson(text: string | Uint8Array): Promise<{ zones?: string; error?: string; notices: string[]; flat: boolean }> {
  const file = join(dir, `layer-${fileNo++}.geojson`);
  writeFileSync(file, text);
  const fast = await outcome(file, readFeatureCollection);
  const old = await outcome(file, readJson);
  expect(fast).toEqual(old);
  return { ...fast, flat: readFlat(file) };
}

/** Whether the reader read the file's outlines into flat arrays (rather than stepping aside). */
function readFlat(file: string): boolean {
  try {
    const v = readFeatureCollection(file) as { features?: { geometry?: { coordinates?: unknown } }[] };
    return Array.isArray(v.features) && v.features.some((f) => f?.geometry?.coordinates instanceof FlatCoordinates);
  } catch {
    return false;
  }
}

const square = (x: number, y: number, s = 1) => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

describe('the zone layer reader gives what JSON.parse and the nested gate gave', () => {
  it('reads coordinates into flat arrays, numbers exactly as JSON.parse (exponents, long mantissas, −0)', () => {
    const numbers = [
      '0',
      '-0',
      '5',
      '-12.5',
      '0.30000000000000004',
      '1e-7',
      '4.9406564584124654e-324',
      '12345678901234567890',
      '1.7976931348623157e308',
      '-0.000000001234',
      '2E3',
      '7.0e+1',
    ];
    const ring = numbers.map((x, i) => `[${x}, ${numbers[(i + 1) % numbers.length]}]`).join(',');
    const file = join(dir, 'numbers.geojson');
    writeFileSync(file, `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[${ring}]]}}]}`);
    const fast = readFeatureCollection(file) as { features: { geometry: { coordinates: unknown } }[] };
    const c = fast.features[0].geometry.coordinates;
    expect(c).toBeInstanceOf(FlatCoordinates);
    const parsed = JSON.parse(readFileSync(file, 'utf8')).features[0].geometry.coordinates[0] as number[][];
    const flat = c as FlatCoordinates;
    const { xs, ys, ringStart } = flat.points;
    const from = ringStart[flat.ring0];
    expect(ringStart[flat.ring1] - from).toBe(numbers.length);
    parsed.forEach(([x, y], i) => {
      expect(Object.is(xs[from + i], x)).toBe(true);
      expect(Object.is(ys[from + i], y)).toBe(true);
    });
    expect(flat.nested()).toEqual([parsed]);
  });

  it('zones from the fast reader are flat, and their GeoJSON coordinates are made when read', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: 'A' }, geometry: { type: 'Polygon', coordinates: [square(0, 0)] } }],
    });
    const file = join(dir, 'one.geojson');
    writeFileSync(file, text);
    const [zone] = zonesFromGeoJson(readFeatureCollection(file), { source: file, membersOptional: true }).zones;
    expect(isFlat(zone.geometry)).toBe(true);
    expect(Array.from(flatRingsOf(zone.geometry).xs)).toEqual([0, 1, 1, 0, 0]);
    expect(zone.geometry).toEqual({ type: 'Polygon', coordinates: [square(0, 0)] });
    expect(structuredClone(zone.geometry)).toEqual({ type: 'Polygon', coordinates: [square(0, 0)] });
  });

  it('the same warnings and geometry: rings closed, exteriors rewound, holes, bow-ties, the antimeridian', async () => {
    const open = square(0, 0).slice(0, 4);
    const clockwise = [...square(2, 0)].reverse();
    const bowTie = [
      [5, 0],
      [6, 1],
      [6, 0],
      [5, 1],
      [5, 0],
    ];
    const hole = [...square(10.25, 0.25, 0.5)];
    const pacific = [
      [179, -17],
      [-179, -17],
      [-179, -16],
      [179, -16],
      [179, -17],
    ];
    const features = [
      { type: 'Feature', properties: { code: 'open' }, geometry: { type: 'Polygon', coordinates: [open] } },
      { type: 'Feature', properties: { code: 'cw' }, geometry: { type: 'Polygon', coordinates: [clockwise] } },
      { type: 'Feature', properties: { code: 'tie' }, geometry: { type: 'Polygon', coordinates: [bowTie] } },
      { type: 'Feature', properties: { code: 'holed' }, geometry: { type: 'MultiPolygon', coordinates: [[square(10, 0), hole], [square(12, 0)]] } },
      { type: 'Feature', properties: { code: 'fiji' }, geometry: { type: 'Polygon', coordinates: [pacific] } },
    ];
    const r = await sameAsReadJson(JSON.stringify({ type: 'FeatureCollection', features }, null, 2));
    expect(r.zones).toBeDefined();
    expect(r.notices.length).toBe(3); // closed, bow-tie, antimeridian
  });

  it('more rings, polygons and points than the reader first made room for: the same zones, every one read', async () => {
    // the room is guessed from the file's size (rings.ts, LayerPoints); tiny triangles written tight take less than
    // any guess allows for, after Polygons, so the arrays grow mid-layer, in a MultiPolygon
    const triangle = (x: number, y: number) => [
      [x, y],
      [x + 0.5, y],
      [x, y + 0.5],
      [x, y],
    ];
    const many = Array.from({ length: 3_000 }, (_, k) => [triangle(k % 60, Math.floor(k / 60))]);
    const features = [
      { type: 'Feature', properties: { code: 'A' }, geometry: { type: 'Polygon', coordinates: [square(-5, -5)] } },
      { type: 'Feature', properties: { code: 'B' }, geometry: { type: 'MultiPolygon', coordinates: many } },
      { type: 'Feature', properties: { code: 'C' }, geometry: { type: 'Polygon', coordinates: [square(-5, 60), triangle(-4.5, 60.2)] } },
    ];
    const r = await sameAsReadJson(JSON.stringify({ type: 'FeatureCollection', features }));
    expect(r.flat).toBe(true);
    const zones = JSON.parse(r.zones!) as { id: string; geometry: { coordinates: unknown[] } }[];
    expect(zones.map((z) => z.id)).toEqual(['A', 'B', 'C']);
    expect(zones[1].geometry.coordinates).toHaveLength(3_000);
    const [outer, hole] = zones[2].geometry.coordinates as number[][][];
    expect(outer).toEqual(square(-5, 60));
    expect(new Set(hole.map((p) => p.join()))).toEqual(new Set(triangle(-4.5, 60.2).map((p) => p.join())));
  });

  it('steps aside for anything but an ordinary layer, with the same messages', async () => {
    const base = (geometry: string, props = '{"code":"A"}') =>
      `{"type":"FeatureCollection","features":[{"type":"Feature","properties":${props},"geometry":${geometry}}]}`;
    const ring = '[[0,0],[1,0],[1,1],[0,1],[0,0]]';
    const cases = [
      base(`{"type":"Polygon","coordinates":[[[0,0,5],[1,0,5],[1,1,5],[0,1,5],[0,0,5]]]}`), // a third coordinate
      base(`{"type":"Polygon","coordinates":[]}`), // empty
      base(`{"type":"Polygon","coordinates":[[]]}`),
      base(`{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}`), // too short
      base(`{"type":"Polygon","coordinates":[[[0,"0"],[1,0],[1,1],[0,1],[0,0]]]}`), // a string
      base(`{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]],]}`), // a trailing comma
      base(`{"type":"Polygon","coordinates":[[[00,0],[1,0],[1,1],[0,1],[0,0]]]}`), // a leading zero
      base(`{"type":"Polygon","coordinates":[[[0,0],[1e999,0],[1,1],[0,1],[0,0]]]}`), // infinite
      base(`{"type":"Polygon","coordinates":[[[700000,6600000],[700001,6600000],[700001,6600001],[700000,6600000]]]}`), // Lambert-93
      base(`{"type":"MultiPolygon","coordinates":[${ring}]}`), // a Polygon's nesting under MultiPolygon
      base(`{"type":"Polygon","coordinates":[[${ring}]]}`), // and the other way round
      base(`{"type":"Polygon","coordinates":7}`),
      base(`{"type":"Polygon","coordinates":[${ring}]`), // a missing brace
      base(`{"type":"Polygon","coordinates":[${ring}]}`, '{"code":"A","coordinates":[[1,2]],"geometry":{"coordinates":[3]}}'), // keys of the same name elsewhere
      base(`{"type":"Polygon","coordinates":[${ring}],"coordinates":[${ring}]}`), // a key twice
      base(`{"type":"Polygon","coordinates":[${ring}]}`, '{"code":"Île-de-France \\" \\\\ \\u00e9"}'),
      base(`{"type":"Polygon","coordinates":[${ring}]}`, '{"__proto__":{"x":1},"code":"B"}'),
      `\uFEFF${base(`{"type":"Polygon","coordinates":[${ring}]}`)}`, // a byte-order mark
      `{"features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[${ring}]}}],"type":"Topology"}`,
      `[${base(`{"type":"Polygon","coordinates":[${ring}]}`)}]`,
      base(`{"type":"Polygon","coordinates":[${ring}]}`, `${'['.repeat(1200)}${']'.repeat(1200)}`), // too deep
    ];
    const flat: boolean[] = [];
    for (const text of cases) flat.push((await sameAsReadJson(text)).flat);
    // read the fast way: those too short or outside (the gate's errors), keys of the same name elsewhere, a key
    // twice, escapes, __proto__, a byte-order mark, a "Topology" with features (refused by the zone checks)
    expect(flat).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    // other encodings: UTF-16 and windows-1252 (read by readJson, said the same)
    const text = base(`{"type":"Polygon","coordinates":[${ring}]}`, '{"code":"é"}');
    await sameAsReadJson(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await sameAsReadJson(Buffer.from(text, 'latin1'));
  });

  it('generated layers: the same zones, warnings and errors (property-based)', async () => {
    const coordinate = fc.oneof(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.integer({ min: -90, max: 90 }),
      fc.double({ min: -1, max: 1, noNaN: true }).map((x) => Number(x.toFixed(7))),
    );
    const point = fc.tuple(
      coordinate,
      coordinate.map((y) => Math.max(-90, Math.min(90, y))),
    );
    const ring = fc.array(point, { minLength: 3, maxLength: 12 }).map((pts) => (pts.length % 2 ? [...pts, pts[0]] : pts));
    const polygon = fc.array(ring, { minLength: 1, maxLength: 3 });
    const geometry = fc.oneof(
      polygon.map((coordinates) => ({ type: 'Polygon', coordinates })),
      fc.array(polygon, { minLength: 1, maxLength: 3 }).map((coordinates) => ({ type: 'MultiPolygon', coordinates })),
    );
    const write = fc.constantFrom<(n: number) => string>(
      (n) => String(n),
      (n) => n.toExponential(),
      (n) => n.toFixed(9),
      (n) => ` ${n}\n`,
    );
    let fastWay = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(geometry, { minLength: 1, maxLength: 4 }), write, async (geometries, format) => {
        const features = geometries.map((g, i) => ({ type: 'Feature', properties: { code: `Z${i}`, members: 100 }, geometry: g }));
        const text = JSON.stringify({ type: 'FeatureCollection', features }, (_, v) => (typeof v === 'number' ? `@@${format(v)}@@` : v)).replace(
          /"@@([^@]*)@@"/g,
          '$1',
        );
        if ((await sameAsReadJson(text)).flat) fastWay++;
      }),
      { seed: 25, numRuns: 150 },
    );
    expect(fastWay).toBeGreaterThan(100);
  });
});

describeWithRealData([PACA_ZONES, FRANCE_ZONES, PACA_COMMUNES], 'the zone layer reader on the real INSEE layers', () => {
  it('gives the zones that readJson gave, to the last bit, each one flat', async () => {
    for (const file of [PACA_ZONES, FRANCE_ZONES, PACA_COMMUNES]) {
      const fast = await outcome(file, readFeatureCollection);
      const old = await outcome(file, readJson);
      expect(fast.zones).toBeDefined();
      expect(fast.zones === old.zones).toBe(true);
      expect(fast.notices).toEqual(old.notices);
      const set = zonesFromGeoJson(readFeatureCollection(file), { source: file, membersOptional: true });
      expect(set.zones.every((z) => isFlat(z.geometry))).toBe(true);
    }
  });
});
