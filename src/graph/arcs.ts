import type { Topology } from 'topojson-specification';
import type { ZoneSet } from '../core/types.js';
import { EARTH_RADIUS_M } from './geo.js';
import { pointIds, sharedArcs, toTopology, type SharedArcs } from './shared-arcs.js';
import { buildTopology, ZONES_OBJECT } from './topology.js';

/**
 * Which zones use each arc of the topology. An arc used by two different zones is a shared border; an
 * arc used once is "free" (coast, outer boundary, or a gap/overlap in an unclean layer).
 */
export interface ArcUsage extends SharedArcs {
  /** first zone using each arc (-1 if none) */
  zoneA: Int32Array;
  /** second distinct zone using each arc (-1 if none) */
  zoneB: Int32Array;
  /** how many ring references point at each arc */
  refs: Int32Array;
  /** arcs used by three or more distinct zones (only in overlapping input): arc → every zone */
  more: Map<number, number[]>;
}

/**
 * The shared arcs of a layer and the zones using each, with the Topology they come from: built by sharedArcs
 * (the Topology only when asked for), or for a geometry sharedArcs does not take, by topojson-server.
 */
export function layerArcs(zones: ZoneSet): { usage: ArcUsage; topology: () => Topology } {
  const fast = sharedArcs(zones);
  if (fast) {
    let topology: Topology | undefined;
    let arcs: SharedArcs | undefined = fast;
    const made = () => {
      topology = toTopology(zones, arcs!);
      arcs = undefined; // (the usage keeps its arrays while the graph is built; the graph then keeps only the Topology)
      return topology;
    };
    return { usage: arcUsage(fast, zones.zones.length), topology: () => topology ?? made() };
  }
  const topology = buildTopology(zones);
  return { usage: arcUsage(arcsOfTopology(topology), zones.zones.length), topology: () => topology };
}

/** Walk every ring of every zone once and record, per arc, the zones that use it. */
export function arcUsage(s: SharedArcs, zoneCount: number): ArcUsage {
  const n = s.arcCount;
  const zoneA = new Int32Array(n).fill(-1);
  const zoneB = new Int32Array(n).fill(-1);
  const refs = new Int32Array(n);
  const more = new Map<number, number[]>();
  for (let r = 0; r < s.ringZone.length; r++) {
    const z = s.ringZone[r];
    if (!(z >= 0 && z < zoneCount)) continue;
    for (let p = s.ringPieces[r]; p < s.ringPieces[r + 1]; p++) {
      const ref = s.pieceRef[p];
      const a = ref < 0 ? ~ref : ref;
      refs[a]++;
      if (zoneA[a] === -1) zoneA[a] = z;
      else if (zoneA[a] !== z) {
        if (zoneB[a] === -1) zoneB[a] = z;
        else if (zoneB[a] !== z) {
          const list = more.get(a) ?? [zoneA[a], zoneB[a]];
          if (!list.includes(z)) list.push(z);
          more.set(a, list);
        }
      }
    }
  }
  return { ...s, zoneA, zoneB, refs, more };
}

type RingArcs = number[];

/** The arcs of a Topology built by topojson-server (buildTopology), in the typed form of sharedArcs. */
export function arcsOfTopology(topology: Topology): SharedArcs {
  const arcs = topology.arcs as number[][][];
  let total = 0;
  for (const arc of arcs) total += arc.length;
  const arcStart = new Int32Array(arcs.length);
  const arcEnd = new Int32Array(arcs.length);
  const x = new Float64Array(total);
  const y = new Float64Array(total);
  let o = 0;
  arcs.forEach((arc, a) => {
    arcStart[a] = o;
    for (const p of arc) {
      x[o] = p[0] + 0;
      y[o] = p[1] + 0;
      o++;
    }
    arcEnd[a] = o - 1;
  });
  const ringZone: number[] = [];
  const ringPieces: number[] = [0];
  const pieceRef: number[] = [];
  const obj = topology.objects[ZONES_OBJECT] as unknown as { geometries: { id?: number | string; type: string; arcs?: unknown }[] };
  for (const g of obj.geometries) {
    const polygons: RingArcs[][] = g.type === 'Polygon' ? [g.arcs as RingArcs[]] : g.type === 'MultiPolygon' ? (g.arcs as RingArcs[][]) : [];
    for (const rings of polygons) {
      for (const ring of rings) {
        ringZone.push(Number(g.id));
        for (const ref of ring) pieceRef.push(ref);
        ringPieces.push(pieceRef.length);
      }
    }
  }
  const coordinate = new Int32Array(total);
  for (let i = 0; i < total; i++) coordinate[i] = i;
  return {
    arcCount: arcs.length,
    arcStart,
    arcEnd,
    x,
    y,
    point: pointIds(x, y),
    coordinate,
    ringZone: Int32Array.from(ringZone),
    ringPieces: Int32Array.from(ringPieces),
    pieceRef: Int32Array.from(pieceRef),
  };
}

/** The distinct zones using arc a. */
export function zonesOfArc(u: ArcUsage, a: number): number[] {
  const m = u.more.get(a);
  if (m) return m;
  if (u.zoneA[a] === -1) return [];
  return u.zoneB[a] === -1 ? [u.zoneA[a]] : [u.zoneA[a], u.zoneB[a]];
}

/** A free arc is used by exactly one ring of one zone: outer boundary, coast, or one side of a gap. */
export function isFreeArc(u: ArcUsage, a: number): boolean {
  return u.refs[a] === 1;
}

/** Length in metres of arc a (haversine, point to point along the arc: the same sum as lineLengthM). */
export function arcLengthM(u: SharedArcs, a: number): number {
  // haversineM inlined, each point's cos(latitude) computed once: the same operations, so the same sum
  const { x, y } = u;
  let len = 0;
  let c0 = Math.cos(y[u.arcStart[a]] * RAD);
  for (let k = u.arcStart[a] + 1; k <= u.arcEnd[a]; k++) {
    const c1 = Math.cos(y[k] * RAD);
    const dLat = (y[k] - y[k - 1]) * RAD;
    const dLon = (x[k] - x[k - 1]) * RAD;
    const s = Math.sin(dLat / 2) ** 2 + c0 * c1 * Math.sin(dLon / 2) ** 2;
    len += 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(s)));
    c0 = c1;
  }
  return len;
}

const RAD = Math.PI / 180;
