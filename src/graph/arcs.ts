import type { Topology } from 'topojson-specification';
import { ZONES_OBJECT } from './topology.js';

/**
 * Which zones use each arc of the topology. An arc used by two different zones is a shared border; an
 * arc used once is "free" (coast, outer boundary, or a gap/overlap in an unclean layer).
 */
export interface ArcUsage {
  arcs: number[][][];
  /** first zone using each arc (-1 if none) */
  zoneA: Int32Array;
  /** second distinct zone using each arc (-1 if none) */
  zoneB: Int32Array;
  /** how many ring references point at each arc */
  refs: Int32Array;
  /** arcs used by three or more distinct zones (only in overlapping input): arc → every zone */
  more: Map<number, number[]>;
}

type RingArcs = number[];

/** Walk every ring of every zone once and record, per arc, the zones that use it. */
export function arcUsage(topology: Topology, zoneCount: number): ArcUsage {
  const arcs = topology.arcs as number[][][];
  const zoneA = new Int32Array(arcs.length).fill(-1);
  const zoneB = new Int32Array(arcs.length).fill(-1);
  const refs = new Int32Array(arcs.length);
  const more = new Map<number, number[]>();
  const obj = topology.objects[ZONES_OBJECT] as unknown as { geometries: { id?: number | string; type: string; arcs?: unknown }[] };
  for (const g of obj.geometries) {
    const z = Number(g.id);
    if (!(z >= 0 && z < zoneCount)) continue;
    const polygons: RingArcs[][] = g.type === 'Polygon' ? [g.arcs as RingArcs[]] : g.type === 'MultiPolygon' ? (g.arcs as RingArcs[][]) : [];
    for (const rings of polygons) {
      for (const ring of rings) {
        for (const ref of ring) {
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
    }
  }
  return { arcs, zoneA, zoneB, refs, more };
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
