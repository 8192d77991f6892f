/**
 * The zones' areas and perimeters measured on a worker thread while the main thread reads the layer, builds the
 * graph and searches, so that propose's summary finds them ready. The worker rebuilds each zone's rings from the
 * layer's points exactly as the geometry gate does (io/rings.ts fillRings, core/flat-rings.ts rewindFlatRings) and
 * measures them with core/geometry.ts: the same figures, to the last bit, as measured on the main thread. A zone the
 * gate splits at the antimeridian, or refuses, is left to the main thread.
 */
import { claimThere, DONE_NONE, DONE_YES, settle } from '../core/claims.js';
import { flatGeometry, rewindFlatRings } from '../core/flat-rings.js';
import { areaKm2, perimeterKm } from '../core/geometry.js';
import { fillRings, jumpsAntimeridian, ZONE_FIELDS, type LayerArrays, type SharedMeasures } from '../io/rings.js';

/** The worker's side: measure the zones from the last one back, until one the main thread has claimed. */
export function measuresFromTheEnd(p: LayerArrays, zones: Int32Array, m: SharedMeasures): void {
  for (let k = m.claims.length - 1; k >= 0 && claimThere(m.claims, k); k--) {
    const [ring0, ring1, poly0, poly1, depth] = zones.subarray(ZONE_FIELDS * k, ZONE_FIELDS * (k + 1));
    const rings = ring1 - ring0;
    const size = p.ringStart[ring1] - p.ringStart[ring0] + rings;
    const X = new Float64Array(size);
    const Y = new Float64Array(size);
    const ringStart = new Int32Array(rings + 1);
    if (depth === 0 || fillRings(p, ring0, ring1, X, Y, ringStart.subarray(1)) < 0 || jumpsAntimeridian(X, 0, ringStart[rings])) {
      settle(m.claims, k, DONE_NONE);
      continue;
    }
    const polyStart = new Int32Array(poly1 - poly0 + 1);
    for (let q = poly0; q <= poly1; q++) polyStart[q - poly0] = p.polyStart[q] - ring0;
    const g = flatGeometry(
      depth === 3 ? 'Polygon' : 'MultiPolygon',
      rewindFlatRings({ xs: X.subarray(0, ringStart[rings]), ys: Y.subarray(0, ringStart[rings]), ringStart, polyStart }, 'ccw'),
    );
    m.area[k] = areaKm2(g);
    m.perimeter[k] = perimeterKm(g);
    settle(m.claims, k, DONE_YES);
  }
}
