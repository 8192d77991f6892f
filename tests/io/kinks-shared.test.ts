// Issue 25: while the main thread reads a large layer, a propose worker checks its last zones for bow-ties
// (io/rings.ts). Whoever checks a zone, the zones, the warnings and their order are those of one thread alone.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectNotices } from '../../src/core/notices.js';
import { Rng } from '../../src/core/rng.js';
import { readFeatureCollection, FlatCoordinates } from '../../src/io/geojson-scan.js';
import { FREE } from '../../src/core/claims.js';
import { claimKink, fillRings, kinksFromTheEnd, ringsCross, ZONE_FIELDS, type LayerHelper, type LayerWork } from '../../src/io/rings.js';
import { areaKm2, perimeterKm } from '../../src/core/geometry.js';
import { loadZones } from '../../src/load/zones.js';
import { startProposeThreads } from '../../src/propose/threads.js';
import { describeWithRealData, FRANCE_ZONES, PACA_COMMUNES } from '../support/real-data.js';

const dir = mkdtempSync(join(tmpdir(), 'kinks-'));

/** A layer of `n` zones side by side: some rings open, some bow-ties (two corners swapped), some with a hole. */
function layer(n: number, seed: number): string {
  const rng = new Rng(seed);
  const features = Array.from({ length: n }, (_, i) => {
    const x = i * 0.01;
    const ring = [
      [x, 0],
      [x + 0.01, 0],
      [x + 0.01, 0.005],
      [x + 0.01, 0.01],
      [x, 0.01],
      [x, 0],
    ];
    const kind = rng.int(4);
    if (kind === 0) [ring[1], ring[3]] = [ring[3], ring[1]]; // a bow-tie
    if (kind === 1) ring.pop(); // open
    const coordinates =
      kind === 2
        ? [
            ring,
            [
              [x + 0.004, 0.004],
              [x + 0.006, 0.004],
              [x + 0.006, 0.006],
              [x + 0.004, 0.006],
              [x + 0.004, 0.004],
            ],
          ]
        : [ring];
    return { type: 'Feature', properties: { code: `Z${i}`, members: 1000 }, geometry: { type: 'Polygon', coordinates } };
  });
  const file = join(dir, `layer-${n}-${seed}.geojson`);
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
  return file;
}

async function load(file: string, helper?: LayerHelper): Promise<{ zones: string; notices: string[]; measures: number[] }> {
  const notices: string[] = [];
  return collectNotices(
    (m) => notices.push(JSON.stringify(m)),
    async () => {
      const zones = loadZones(file, { membersOptional: true, ...(helper ? { helper } : {}) }).zones;
      // the measures first (those the worker took are read from it), then the zones as JSON
      const measures = zones.flatMap((z) => [areaKm2(z.geometry), perimeterKm(z.geometry)]);
      return { zones: JSON.stringify(zones), notices, measures };
    },
  );
}

describe('bow-tie checks and measures shared with a worker thread', () => {
  it('the same zones, warnings (in the same order) and measures, with a propose worker checking and measuring from the end', async () => {
    const pool = startProposeThreads(2, { highs: false })!;
    try {
      for (const [n, seed] of [
        [300, 1],
        [2000, 2],
      ]) {
        const file = layer(n, seed);
        let work: LayerWork | undefined;
        const shared = await load(file, (p, z) => (work = pool.layer(p, z)));
        const alone = await load(file);
        expect(shared).toEqual(alone);
        expect(shared.measures.every((x) => Number.isFinite(x) && x >= 0) && shared.measures.some((x) => x > 0)).toBe(true);
        expect(alone.notices.some((m) => m.includes('bowTie'))).toBe(true);
        // every zone was claimed by one side or the other, and none is left half-done
        expect(work).toBeDefined();
        expect([...work!.kinks].every((c) => c !== FREE)).toBe(true);
        expect([...work!.measures.claims].every((c) => c !== FREE)).toBe(true);
      }
    } finally {
      await pool.close();
    }
  });

  it('claimKink takes the verdicts given from the end and checks the rest itself; a worker gone silent is waited for only so long', () => {
    const file = layer(40, 3);
    const fc = readFeatureCollection(file) as { features: { geometry: { coordinates: FlatCoordinates } }[] };
    const coords = fc.features.map((f) => f.geometry.coordinates);
    const points = coords[0].points;
    const ranges = new Int32Array(coords.flatMap((c) => [c.ring0, c.ring1, c.poly0, c.poly1, c.depth]));
    expect(ranges.length).toBe(ZONE_FIELDS * coords.length);
    const verdict = (c: FlatCoordinates) => {
      const X = new Float64Array(64);
      const Y = new Float64Array(64);
      const ends = new Int32Array(8);
      expect(fillRings(points, c.ring0, c.ring1, X, Y, ends)).toBeGreaterThanOrEqual(0);
      return ringsCross(X, Y, ends, 0, c.ring1 - c.ring0);
    };
    // this thread takes the first half, then plays the worker's part for the rest
    const claims = new Int32Array(new SharedArrayBuffer(4 * coords.length));
    for (let k = 0; k < 20; k++) expect(claimKink(claims, k)).toBeUndefined();
    kinksFromTheEnd(points, ranges, claims);
    for (let k = 20; k < coords.length; k++) expect(claimKink(claims, k)).toBe(verdict(coords[k]));
    expect(coords.some((c) => verdict(c))).toBe(true);
    // a zone the worker took and never finished: this thread checks it itself after its patience
    const stuck = new Int32Array(new SharedArrayBuffer(4 * coords.length));
    stuck[5] = 2;
    expect(claimKink(stuck, 5, 50)).toBeUndefined();
  });
});

describeWithRealData([FRANCE_ZONES, PACA_COMMUNES], 'bow-tie checks and measures shared with a worker on the real INSEE layers', () => {
  it('France and the PACA communes: the same zones, warnings and measures, to the last bit', async () => {
    const pool = startProposeThreads(2, { highs: false })!;
    try {
      for (const file of [FRANCE_ZONES, PACA_COMMUNES]) {
        const shared = await load(file, pool.layer);
        const alone = await load(file);
        expect(shared.zones === alone.zones).toBe(true);
        expect(shared.notices).toEqual(alone.notices);
        expect(shared.measures.every((x, i) => Object.is(x, alone.measures[i]))).toBe(true);
      }
    } finally {
      await pool.close();
    }
  });
});
