import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { say } from '../../src/messages/index.js';

/** The hint of an error, in English, options named as the library's. */
const hintOf = (e: InputError): string => say(e.details.hint ?? '', 'en');
import { loadZones, type LoadZonesOptions } from '../../src/load/index.js';
import { inputErrorOf, tmpDir, tmpFile } from '../support/files.js';

const FIX = new URL('../fixtures/load/', import.meta.url).pathname;
const ZONES = join(FIX, 'zones.geojson');
const tmp = tmpDir('decoupage-load-');
const fixture = JSON.parse((await import('node:fs')).readFileSync(ZONES, 'utf8')) as {
  type: string;
  features: { type: string; properties: Record<string, unknown>; geometry: unknown; id?: unknown }[];
};

/** Write a variant of the 4-zone fixture after `edit`, return its path. */
function variant(name: string, edit: (fc: typeof fixture) => unknown): string {
  const fc = structuredClone(fixture);
  const out = edit(fc) ?? fc;
  const path = join(tmp, name);
  writeFileSync(path, typeof out === 'string' ? out : JSON.stringify(out));
  return path;
}

const file = (name: string, text: string): string => tmpFile(tmp, name, text);

/** The InputError thrown by loadZones (fails the test when none is thrown). */
const errorOf = (path: string, opts: LoadZonesOptions = {}): InputError => inputErrorOf(() => loadZones(path, opts));

describe('loadZones: good input', () => {
  it('reads ids as strings with leading zeros, names, members and properties in file order', () => {
    const zs = loadZones(ZONES, {});
    expect(zs.zones.map((z) => z.id)).toEqual(['0101', '0102', '0201', '0202']);
    expect(zs.zones.map((z) => z.name)).toEqual(['Vallée Haute', 'Plaine', 'Côte', 'Forêt']);
    expect(zs.zones.map((z) => z.members)).toEqual([1200, 5400, 3000, 0]);
    expect(zs.byId.get('0201')?.properties.dep).toBe('02');
    expect(zs.members.estimated).toBe(false);
    expect(say(zs.members.description, 'en')).toBe('property "members" of zones.geojson');
    expect(zs.file).toBe(ZONES);
  });

  it('turns numeric ids into strings and detects other id/name properties (ze2020, libze2020)', () => {
    const p = variant('numeric.geojson', (fc) => {
      fc.features.forEach((f, i) => (f.properties = { ze2020: 9301 + i, libze2020: `Zone ${i}`, members: 1 }));
    });
    const zs = loadZones(p, {});
    expect(zs.zones.map((z) => z.id)).toEqual(['9301', '9302', '9303', '9304']);
    expect(zs.zones[2].name).toBe('Zone 2');
  });

  it('uses the Feature id when no id property exists, and the id as name when no name property exists', () => {
    const p = variant('feature-id.geojson', (fc) => {
      fc.features.forEach((f, i) => {
        f.id = `Z${i}`;
        f.properties = { members: 5 };
      });
    });
    const zs = loadZones(p, {});
    expect(zs.zones.map((z) => [z.id, z.name])).toEqual([
      ['Z0', 'Z0'],
      ['Z1', 'Z1'],
      ['Z2', 'Z2'],
      ['Z3', 'Z3'],
    ]);
  });

  it('honours --id and --name and --members', () => {
    const zs = loadZones(ZONES, { idProp: 'name', nameProp: 'code', membersProp: 'population' });
    expect(zs.zones[0]).toMatchObject({ id: 'Vallée Haute', name: '0101', members: 15000 });
  });

  it('accepts member counts written as text with spaces around them', () => {
    const p = variant('text-members.geojson', (fc) => {
      fc.features[0].properties.members = ' 1200 ';
    });
    expect(loadZones(p, {}).zones[0].members).toBe(1200);
  });

  it('loads a MultiPolygon zone', () => {
    const p = variant('multi.geojson', (fc) => {
      const g = fc.features[3].geometry as { coordinates: unknown };
      fc.features[3].geometry = {
        type: 'MultiPolygon',
        coordinates: [
          g.coordinates,
          [
            [
              [5, 5],
              [5.1, 5],
              [5.1, 5.1],
              [5, 5],
            ],
          ],
        ],
      };
    });
    expect(loadZones(p, {}).zones[3].geometry.type).toBe('MultiPolygon');
  });

  it('members are optional for the graph command: 0 with "no member counts"', () => {
    const p = variant('no-members.geojson', (fc) => fc.features.forEach((f) => delete f.properties.members));
    const zs = loadZones(p, { membersOptional: true });
    expect(zs.zones.every((z) => z.members === 0)).toBe(true);
    expect(zs.members.estimated).toBe(false);
    expect(say(zs.members.description, 'en')).toBe('no member counts');
  });
});

describe('loadZones: bad input names the file, the zone and the field', () => {
  it('unreadable file', () => {
    const e = errorOf(join(tmp, 'missing.geojson'));
    expect(e.message).toContain('missing.geojson');
    expect(e.message).toMatch(/not found/);
    expect(e.exitCode).toBe(2);
  });

  it('invalid JSON, with the line', () => {
    const p = file('broken.geojson', '{"type": "FeatureCollection",\n "features": [] "x"}');
    const e = errorOf(p);
    expect(e.message).toContain('broken.geojson');
    expect(e.message).toMatch(/not valid JSON \(line 2, column 17/);
    expect(e.details.hint).toBeTruthy();
    const q = errorOf(file('broken2.geojson', '{"type": "FeatureCollection",\n "features": [,]}'));
    // the one JSON reader (io/read.ts parseJson) words the error with its place, not JSON.parse's English
    expect(q.message).toMatch(/is not valid JSON \(line 2, column 15: a value is expected/);
  });

  it('not a FeatureCollection (a single Feature, a TopoJSON)', () => {
    const e = errorOf(variant('feature.geojson', (fc) => fc.features[0]));
    expect(e.message).toMatch(/is a GeoJSON "Feature", not a FeatureCollection/);
    expect(e.details).toMatchObject({ field: 'type' });
    const t = errorOf(file('topo.json', '{"type":"Topology","objects":{}}'));
    expect(hintOf(t)).toMatch(/TopoJSON/);
  });

  it('feature without geometry', () => {
    const e = errorOf(variant('nogeom.geojson', (fc) => void (fc.features[1].geometry = null)));
    expect(e.details).toMatchObject({ zone: '0102', field: 'geometry' });
    expect(e.message).toMatch(/nogeom\.geojson: zone 0102, field "geometry": has no geometry/);
  });

  it('non-polygon geometry', () => {
    const e = errorOf(variant('point.geojson', (fc) => void (fc.features[2].geometry = { type: 'Point', coordinates: [0, 0] })));
    expect(e.details).toMatchObject({ zone: '0201', field: 'geometry' });
    expect(e.message).toMatch(/Point geometry; zones must be Polygon or MultiPolygon/);
  });

  it('missing id: names the feature number', () => {
    const e = errorOf(variant('noid.geojson', (fc) => void delete fc.features[2].properties.code));
    expect(e.details).toMatchObject({ zone: '#3', field: 'code' });
    expect(e.message).toMatch(/3rd feature has no id/);
  });

  it('no id property at all: lists the properties and suggests --id', () => {
    const p = variant('noidprop.geojson', (fc) => fc.features.forEach((f) => (f.properties = { label: 'x', members: 1 })));
    const e = errorOf(p);
    expect(hintOf(e)).toMatch(/idProp.*label, members/);
  });

  it('--id naming a property no feature has', () => {
    const e = errorOf(ZONES, { idProp: 'ZE' });
    expect(e.details).toMatchObject({ field: 'ZE' });
    expect(hintOf(e)).toContain('code, name, members, population, dep');
  });

  it('duplicate ids', () => {
    const e = errorOf(variant('dup.geojson', (fc) => void (fc.features[3].properties.code = '0101')));
    expect(e.details).toMatchObject({ zone: '0101', field: 'code' });
    expect(e.message).toMatch(/features #1 and #4/);
  });

  it.each([
    ['missing', null, /member count is missing/],
    ['negative', -3, /negative \(-3\)/],
    ['non-integer', 12.5, /not a whole number \(12.5\)/],
    ['non-numeric', 'beaucoup', /"beaucoup" is not a number/],
    // "12,345" is 12.345 in French and 12345 in English: still refused, with the hint to write digits only
    ['comma separator', '12,345', /"12,345" is not a number/],
    ['badly grouped', '1 23', /"1 23" is not a number/],
  ])('member count %s', (_label, value, re) => {
    const e = errorOf(variant(`members-${_label}.geojson`, (fc) => void (fc.features[1].properties.members = value)));
    expect(e.details).toMatchObject({ zone: '0102', field: 'members' });
    expect(e.message).toContain('zone 0102, field "members"');
    expect(e.message).toMatch(re);
    expect(e.details.hint).toBeTruthy();
  });

  it('member counts may group thousands with spaces, as French spreadsheets write them', () => {
    // refused before the loaders shared one number parser: "12 345" is unambiguous, only the comma is not
    for (const [i, text] of ['12 345', '12\u00a0345', '12\u202f345', ' 1 234 567 '].entries()) {
      const p = variant(`members-spaces-${i}.geojson`, (fc) => void (fc.features[1].properties.members = text));
      expect(loadZones(p).zones[1].members).toBe(i === 3 ? 1_234_567 : 12_345);
    }
  });

  it('member count absent from a feature', () => {
    const e = errorOf(variant('members-absent.geojson', (fc) => void delete fc.features[0].properties.members));
    expect(e.details).toMatchObject({ zone: '0101', field: 'members' });
  });

  it('no member source at all tells which options to use', () => {
    const p = variant('nomembers.geojson', (fc) => fc.features.forEach((f) => delete f.properties.members));
    const e = errorOf(p);
    expect(e.details.field).toBe('members');
    expect(hintOf(e)).toMatch(/membersProp PROPERTY.*membersCsv.*estimateMembers/);
  });

  it('two member sources at once', () => {
    const e = errorOf(ZONES, { membersProp: 'members', estimateMembers: 0.1 });
    expect(e.message).toMatch(/choose one source/);
  });
});

describe('loadZones: coordinates', () => {
  const square = (code: string, x0: number, x1: number) => ({
    type: 'Feature',
    properties: { code, members: 1 },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, 0],
          [x1, 0],
          [x1, 1],
          [x0, 1],
          [x0, 0],
        ],
      ],
    },
  });

  it('borders written 0.1 + 0.2 on one side and 0.3 on the other are still shared', async () => {
    const { buildGraph } = await import('../../src/graph/build.js');
    const p = file('float.geojson', JSON.stringify({ type: 'FeatureCollection', features: [square('A', 0, 0.1 + 0.2), square('B', 0.3, 0.6)] }));
    const g = buildGraph(loadZones(p));
    expect(g.edges).toHaveLength(1);
    expect(g.edges[0].kind).toBe('border');
  });

  it('projected coordinates (Lambert-93 metres) are refused with a hint to export in EPSG:4326', () => {
    const p = file('lambert.geojson', JSON.stringify({ type: 'FeatureCollection', features: [square('A', 700000, 701000)] }));
    const e = errorOf(p);
    expect(e.details).toMatchObject({ zone: 'A', field: 'geometry' });
    expect(e.message).toMatch(/not longitude\/latitude degrees \(700000, 0\)/);
    expect(e.message).toMatch(/EPSG:4326/);
  });
});
