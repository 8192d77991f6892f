/**
 * The audit's test layer: a 6 × 6 grid of square zones (1,000 members each), three départements of two columns each
 * (dep D1–D3), a plan of six sections of 2 × 3 zones that follows them, and a vote where list B is strong in the
 * west and A in the east; a charter of ≥ 4,000 members lets ReCom move a lot.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeAuditGrid(dir: string): { ZONES: string; PLAN: string; VOTES: string; CHARTER: string[] } {
  const cell = (r: number, c: number) => `Z${r}${c}`;
  const features = [];
  for (let r = 0; r < 6; r++) {
    for (let c = 0; c < 6; c++) {
      const [x, y] = [5 + c * 0.1, 44 + r * 0.1];
      features.push({
        type: 'Feature',
        properties: { code: cell(r, c), name: `Zone ${r}-${c}`, members: 1000, dep: `D${Math.floor(c / 2) + 1}` },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + 0.1, y],
              [x + 0.1, y + 0.1],
              [x, y + 0.1],
              [x, y],
            ],
          ],
        },
      });
    }
  }
  const ZONES = join(dir, 'grid.geojson');
  writeFileSync(ZONES, JSON.stringify({ type: 'FeatureCollection', features }));
  const PLAN = join(dir, 'plan.csv');
  const planRows: string[] = [];
  for (let r = 0; r < 6; r++) for (let c = 0; c < 6; c++) planRows.push(`${cell(r, c)},S${Math.floor(c / 2) + 1}${r < 3 ? 'a' : 'b'}`);
  writeFileSync(PLAN, 'zone,section\n' + planRows.join('\n') + '\n');
  // list B is strong in the west, A in the east
  const VOTES = join(dir, 'votes.csv');
  const voteRows: string[] = [];
  for (let r = 0; r < 6; r++) for (let c = 0; c < 6; c++) voteRows.push(`${cell(r, c)},${20 + c * 10},${80 - c * 10}`);
  writeFileSync(VOTES, 'zone,A,B\n' + voteRows.join('\n') + '\n');
  const CHARTER = ['--min-members', '4000', '--members-per-seat', '500', '--min-seats', '6', '--respect', 'dep'];
  return { ZONES, PLAN, VOTES, CHARTER };
}
