import { describe, expect, it } from 'vitest';
import { brickTessellation, buildGraph } from '../../src/graph/index.js';

describe('buildGraph on a generated brick tessellation (known neighbours)', () => {
  const rows = 20;
  const cols = 30;
  const zones = brickTessellation({ rows, cols, seed: 7 });
  const g = buildGraph(zones);
  const at = (r: number, c: number) => g.index.get(`r${r}c${c}`)!;

  /** Bricks of row r start half a brick further right when r is odd, so brick (r,c) touches
   *  (r±1, c) and (r±1, c−1) when r is even, (r±1, c) and (r±1, c+1) when r is odd. */
  function expectedNeighbours(r: number, c: number): string[] {
    const out: string[] = [];
    const shift = r % 2 === 0 ? -1 : 1;
    for (const [rr, cc] of [
      [r, c - 1],
      [r, c + 1],
      [r - 1, c],
      [r - 1, c + shift],
      [r + 1, c],
      [r + 1, c + shift],
    ]) {
      if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) out.push(`r${rr}c${cc}`);
    }
    return out.sort();
  }

  it('every unit has exactly the neighbours of the brick pattern', () => {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        expect(g.neighbors[at(r, c)].map((i) => g.ids[i]).sort()).toEqual(expectedNeighbours(r, c));
      }
    }
    expect(g.edges.every((e) => e.kind === 'border' && e.sharedBorderKm > 0)).toBe(true);
  });

  it('has no point-only contacts (three units meet at every corner) and one component', () => {
    expect(g.nearMisses).toEqual([]);
    expect(buildGraph(zones, { contiguity: 'queen' }).edges.length).toBe(g.edges.length);
    expect(g.components).toHaveLength(1);
  });

  it('is reproducible from its seed', () => {
    expect(brickTessellation({ rows: 3, cols: 3, seed: 7 }).zones[4].geometry).toEqual(brickTessellation({ rows: 3, cols: 3, seed: 7 }).zones[4].geometry);
  });
});
