import { InputError } from '../core/errors.js';
import { option, said } from '../messages/index.js';
import { readCsv, sayableColumns } from '../io/csv.js';
import type { Problem } from './problem.js';

/**
 * Read a lock file: a CSV with columns zone,section (one row per locked zone). A zone listed twice
 * with two different sections is a conflict (exit 2).
 */
export function readLockCsv(file: string): Map<string, string> {
  const t = readCsv(file);
  const zoneCol = ['zone', 'code', 'id'].find((c) => t.columns.includes(c));
  if (!zoneCol || !t.columns.includes('section')) {
    throw new InputError(said('plan.lock.columns', { found: sayableColumns(t.columns, file) }), {
      file,
      hint: said('plan.lock.columns.hint'),
    });
  }
  const out = new Map<string, string>();
  t.rows.forEach((row, i) => {
    const zone = row[zoneCol];
    const section = row.section;
    const line = i + 2;
    if (!zone || !section) throw new InputError(said('plan.lock.emptyCell', { line }), { file, field: zone ? 'section' : zoneCol });
    const prev = out.get(zone);
    if (prev !== undefined && prev !== section) {
      throw new InputError(said('plan.lock.twoSections', { a: prev, b: section, line }), {
        file,
        zone,
        hint: said('plan.lock.twoSections.hint'),
      });
    }
    out.set(zone, section);
  });
  return out;
}

/**
 * For each lock label, the zones that its section must hold from the start: the locked zones plus,
 * when they do not touch, the shortest chain of free zones joining them (found by breadth-first search).
 * Throws (exit 1) when locked zones of one section cannot be joined.
 */
export function lockSeeds(p: Problem): number[][] {
  const seeds: number[][] = p.lockLabels.map(() => []);
  for (let i = 0; i < p.n; i++) if (p.lock[i] >= 0) seeds[p.lock[i]].push(i);
  const used = new Int32Array(p.n).fill(-1); // lock label that claimed a zone
  for (let i = 0; i < p.n; i++) used[i] = p.lock[i];
  return seeds.map((zs, label) => {
    const inRegion = new Set<number>([zs[0]]);
    const region = [zs[0]];
    for (;;) {
      const missing = zs.filter((z) => !inRegion.has(z));
      if (missing.length === 0) break;
      // BFS from the region through free zones (or zones of this lock) to the nearest missing locked zone
      const prev = new Map<number, number>();
      const q = [...region];
      for (const z of region) prev.set(z, -1);
      let hit = -1;
      for (let k = 0; k < q.length && hit < 0; k++) {
        for (const j of p.nbr[q[k]]) {
          if (prev.has(j) || (used[j] >= 0 && used[j] !== label)) continue;
          prev.set(j, q[k]);
          if (p.lock[j] === label) {
            hit = j;
            break;
          }
          q.push(j);
        }
      }
      if (hit < 0) {
        const lone = missing.map((z) => p.ids[z]).join(', ');
        throw new InputError(
          said('plan.lock.notContiguous', { section: p.lockLabels[label], lone, zone: p.ids[zs[0]] }),
          { zone: missing.length ? p.ids[missing[0]] : undefined, hint: said('plan.lock.notContiguous.hint', { within: option('within') }) },
          1,
        );
      }
      for (let z = hit; z >= 0 && !inRegion.has(z); z = prev.get(z)!) {
        inRegion.add(z);
        region.push(z);
        used[z] = label;
      }
    }
    return region;
  });
}
