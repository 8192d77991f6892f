/**
 * Generator of the bundled demo data (data/demo/): a fictional region, "Région de Valmorance (fictive)",
 * placed in the open Atlantic (around 30° W, 45° N) so that it cannot be mistaken for a real place.
 *
 * Construction, chosen so that the topology is exact by design:
 * 1. a hexagonal lattice of "fine cells" (~7 km apart) whose centres are jittered; every cell vertex is the
 *    centroid of the three cell centres around it and every edge gets one jittered midpoint, both computed
 *    once and shared, so neighbouring cells use identical coordinates (shared arcs, no gaps, no overlaps);
 * 2. cells whose centre falls inside an irregular blob form the mainland; a few cells offshore form an island;
 * 3. seeded region growing groups cells into 4 départements, then into zones (the metropolitan zone is ~30
 *    cells, which also become its commune-level layer);
 * 4. zones are dissolved with topojson (merge of shared arcs), which keeps borders identical across layers.
 * Everything random goes through Rng, and coordinates are rounded to 1e-5°, so the output is byte-for-byte
 * reproducible from the seed.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { Rng } from '../core/rng.js';
import { largestRemainder } from '../apportion/remainder.js';
import { toCsv } from '../io/csv.js';
import { DEPARTEMENTS, ISLAND, LISTS, METRO_COMMUNES, REGION, VOTE_PROFILES, type DepartementSpec } from './names.js';

export const DEMO_SEED = 'valmorance';

/** The demo files, by file name (as written in data/demo/). */
export const DEMO_FILES = ['zones.geojson', 'metropole-communes.geojson', 'plan-departements.csv', 'votes.csv'] as const;
export type DemoFileName = (typeof DEMO_FILES)[number];

/** Generation parameters (exported for the README and tests). */
export const DEMO_GEOMETRY = {
  /** region centre, lon/lat */
  center: [-30, 45] as [number, number],
  /** distance between neighbouring cell centres, km */
  spacing: 7.2,
  /** mean radius of the mainland, km */
  radius: 92,
  /** cells of the metropolitan zone (= its communes) */
  metroCells: 30,
  /** cells of the island */
  islandCells: 4,
};

// Hex lattice in axial coordinates; neighbour directions counter-clockwise from east.
const DIRS: [number, number][] = [
  [1, 0],
  [0, 1],
  [-1, 1],
  [-1, 0],
  [0, -1],
  [1, -1],
];
const LATTICE = 30; // q, r in [-LATTICE, LATTICE]
const KM_PER_DEG_LAT = 110.574;

type Key = string; // "q,r"
const key = (q: number, r: number): Key => `${q},${r}`;

interface Cell {
  key: Key;
  q: number;
  r: number;
  /** jittered centre, km */
  x: number;
  y: number;
}

interface Lattice {
  cells: Map<Key, Cell>;
  neighbours(c: Cell): Cell[];
  /** ring of the cell, lon/lat rounded, counter-clockwise, closed */
  ring(c: Cell): Position[];
}

function buildLattice(rng: Rng): Lattice {
  const { spacing, center } = DEMO_GEOMETRY;
  const cells = new Map<Key, Cell>();
  for (let q = -LATTICE; q <= LATTICE; q++) {
    for (let r = -LATTICE; r <= LATTICE; r++) {
      const jx = (rng.next() - 0.5) * 0.4 * spacing;
      const jy = (rng.next() - 0.5) * 0.4 * spacing;
      cells.set(key(q, r), { key: key(q, r), q, r, x: spacing * (q + r / 2) + jx, y: spacing * (Math.sqrt(3) / 2) * r + jy });
    }
  }
  const kmPerDegLon = 111.32 * Math.cos((center[1] * Math.PI) / 180);
  const toLonLat = (x: number, y: number): Position => [round5(center[0] + x / kmPerDegLon), round5(center[1] + y / KM_PER_DEG_LAT)];

  // Vertices and edge midpoints are computed once, keyed canonically, and reused by every cell using them.
  const vertexKm = new Map<string, [number, number]>();
  const vertexLL = new Map<string, Position>();
  const midLL = new Map<string, Position>();
  const midOffset = new Map<string, number>();
  const cellAt = (q: number, r: number): Cell => {
    const c = cells.get(key(q, r));
    if (!c) throw new Error(`demo lattice too small at ${q},${r}`);
    return c;
  };
  const vertexKey = (a: Cell, b: Cell, c: Cell) => [a.key, b.key, c.key].sort().join('|');
  const vertex = (a: Cell, b: Cell, c: Cell): string => {
    const k = vertexKey(a, b, c);
    if (!vertexKm.has(k)) {
      const [p, s, t] = [a, b, c].sort((u, v) => (u.key < v.key ? -1 : 1));
      const xy: [number, number] = [(p.x + s.x + t.x) / 3, (p.y + s.y + t.y) / 3];
      vertexKm.set(k, xy);
      vertexLL.set(k, toLonLat(xy[0], xy[1]));
    }
    return k;
  };
  const midpoint = (va: string, vb: string): Position => {
    const [k1, k2] = va < vb ? [va, vb] : [vb, va];
    const k = `${k1}#${k2}`;
    let m = midLL.get(k);
    if (!m) {
      let off = midOffset.get(k);
      if (off === undefined) midOffset.set(k, (off = (rng.next() - 0.5) * 0.24));
      const [ax, ay] = vertexKm.get(k1)!;
      const [bx, by] = vertexKm.get(k2)!;
      // perpendicular bump on the canonical direction k1 → k2, so both cells get the same point
      m = toLonLat((ax + bx) / 2 - (by - ay) * off, (ay + by) / 2 + (bx - ax) * off);
      midLL.set(k, m);
    }
    return m;
  };
  const neighbours = (c: Cell) => DIRS.map(([dq, dr]) => cellAt(c.q + dq, c.r + dr));
  const ring = (c: Cell): Position[] => {
    const n = neighbours(c);
    const vs = n.map((_, k) => vertex(c, n[k], n[(k + 1) % 6]));
    const out: Position[] = [];
    for (let k = 0; k < 6; k++) {
      out.push(vertexLL.get(vs[k])!);
      out.push(midpoint(vs[k], vs[(k + 1) % 6]));
    }
    out.push(out[0]);
    return out;
  };
  return { cells, neighbours, ring };
}

function round5(v: number): number {
  return Math.round(v * 1e5) / 1e5;
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * Seeded region growing: each group starts from its seed and takes, one cell at a time, the frontier cell
 * nearest its seed (distance scaled by a fixed random factor per cell, for irregular borders); the group
 * furthest below its target grows first. Returns null when some cell could not be reached.
 */
function grow(cells: Cell[], groups: { seed: Cell; target: number }[], lattice: Lattice, rng: Rng): Map<Key, number> | null {
  const inSet = new Set(cells.map((c) => c.key));
  const noise = new Map(cells.map((c) => [c.key, 0.75 + 0.5 * rng.next()]));
  const owner = new Map<Key, number>();
  const members: Cell[][] = groups.map(() => []);
  groups.forEach((g, i) => {
    if (owner.has(g.seed.key) || !inSet.has(g.seed.key)) throw new Error('demo generator: bad seed');
    owner.set(g.seed.key, i);
    members[i].push(g.seed);
  });
  while (owner.size < cells.length) {
    const order = groups.map((_, i) => i).sort((a, b) => members[a].length / groups[a].target - members[b].length / groups[b].target || a - b);
    let grown = false;
    for (const i of order) {
      let best: Cell | undefined;
      let bestScore = Infinity;
      for (const c of members[i]) {
        for (const n of lattice.neighbours(c)) {
          if (!inSet.has(n.key) || owner.has(n.key)) continue;
          const s = dist(n, groups[i].seed) * noise.get(n.key)!;
          if (s < bestScore || (s === bestScore && n.key < best!.key)) [best, bestScore] = [n, s];
        }
      }
      if (best) {
        owner.set(best.key, i);
        members[i].push(best);
        grown = true;
        break;
      }
    }
    if (!grown) return null;
  }
  return owner;
}

/** Pick k well-spread seeds among cells (farthest-point sampling, randomised among the best three). */
function spreadSeeds(cells: Cell[], k: number, rng: Rng, first?: Cell): Cell[] {
  const seeds = [first ?? rng.pick(cells)];
  while (seeds.length < k) {
    const ranked = cells
      .filter((c) => !seeds.includes(c))
      .map((c) => ({ c, d: Math.min(...seeds.map((s) => dist(c, s))) }))
      .sort((a, b) => b.d - a.d || (a.c.key < b.c.key ? -1 : 1));
    seeds.push(ranked[rng.int(Math.min(3, ranked.length))].c);
  }
  return seeds;
}

function nearestCell(cells: Cell[], x: number, y: number): Cell {
  let best = cells[0];
  for (const c of cells) if (dist(c, { x, y }) < dist(best, { x, y })) best = c;
  return best;
}

interface ZoneDraft {
  dep: DepartementSpec;
  cells: Cell[];
  kind: 'metro' | 'town' | 'coast' | 'mountain' | 'island';
  seed: Cell;
  code?: string;
  name?: string;
  members?: number;
  population?: number;
  geometry?: Polygon | MultiPolygon;
}

/** Layout of cells into départements and zones; null when this attempt failed a check (the caller retries). */
function layout(lattice: Lattice, rng: Rng): { zones: ZoneDraft[]; metro: ZoneDraft } | null {
  const { radius, metroCells, islandCells } = DEMO_GEOMETRY;
  // Irregular blob: radius varies with the angle (a few low harmonics).
  const harmonics = [2, 3, 4, 5, 7].map((k) => ({ k, a: (0.22 / k) * (0.5 + rng.next()), phase: rng.next() * 2 * Math.PI }));
  const blobRadius = (theta: number) => radius * (1 + harmonics.reduce((s, h) => s + h.a * Math.cos(h.k * theta + h.phase), 0));
  const inBlob = (c: Cell) => Math.hypot(c.x, c.y) < blobRadius(Math.atan2(c.y, c.x));
  // cells away from the lattice edge (their neighbours all exist)
  const all = [...lattice.cells.values()].filter((c) => Math.max(Math.abs(c.q), Math.abs(c.r)) < LATTICE);
  let mainland = all.filter(inBlob);
  // keep the connected part around the centre
  const centre = nearestCell(mainland, 0, 0);
  const reach = new Set([centre.key]);
  const queue = [centre];
  const mainKeys = new Set(mainland.map((c) => c.key));
  while (queue.length) {
    for (const n of lattice.neighbours(queue.pop()!)) {
      if (mainKeys.has(n.key) && !reach.has(n.key)) (reach.add(n.key), queue.push(n));
    }
  }
  mainland = mainland.filter((c) => reach.has(c.key));

  // Départements
  const deps = DEPARTEMENTS;
  const depSeeds = deps.map((d) => nearestCell(mainland, d.seed[0], d.seed[1]));
  const depOf = grow(
    mainland,
    deps.map((d, i) => ({ seed: depSeeds[i], target: d.cells })),
    lattice,
    rng,
  );
  if (!depOf) return null;

  const zones: ZoneDraft[] = [];
  let metro: ZoneDraft | undefined;
  for (const [di, dep] of deps.entries()) {
    let depCells = mainland.filter((c) => depOf.get(c.key) === di);
    let zoneCount = dep.zones;
    if (dep.kind === 'metro') {
      const seed = depSeeds[di];
      const metroSet = growOrder(depCells, seed, metroCells, lattice, rng);
      metro = { dep, cells: metroSet, kind: 'metro', seed };
      zones.push(metro);
      const taken = new Set(metroSet.map((c) => c.key));
      depCells = depCells.filter((c) => !taken.has(c.key));
      zoneCount -= 1;
    }
    const seeds = spreadSeeds(depCells, zoneCount, rng);
    const zoneOf = grow(
      depCells,
      seeds.map((s) => ({ seed: s, target: depCells.length / zoneCount })),
      lattice,
      rng,
    );
    if (!zoneOf) return null;
    seeds.forEach((seed, zi) => {
      const kind = dep.kind === 'mountain' ? 'mountain' : dep.kind === 'coast' ? 'coast' : 'town';
      zones.push({ dep, cells: depCells.filter((c) => zoneOf.get(c.key) === zi), kind, seed });
    });
  }
  if (!metro) return null;

  // Island: a few cells offshore, beyond the coastal département, sharing no vertex with the mainland.
  const coast = deps.findIndex((d) => d.code === ISLAND.dep);
  const dir = Math.atan2(deps[coast].seed[1], deps[coast].seed[0]);
  const mainSet = new Set(mainland.map((c) => c.key));
  const touchesMainland = (c: Cell) => mainSet.has(c.key) || lattice.neighbours(c).some((n) => mainSet.has(n.key));
  for (let extra = 14; extra < 60; extra += 4) {
    const r = blobRadius(dir) + extra;
    const seed = nearestCell(all, r * Math.cos(dir), r * Math.sin(dir));
    if (touchesMainland(seed)) continue;
    const candidates = all.filter((c) => !touchesMainland(c) && dist(c, seed) < 3 * DEMO_GEOMETRY.spacing);
    const cells = growOrder(candidates, seed, islandCells, lattice, rng);
    if (cells.length < islandCells) continue;
    zones.push({ dep: deps[coast], cells, kind: 'island', seed });
    return { zones, metro };
  }
  return null;
}

/** The first n cells reached when growing from seed within cells (nearest first, jittered): a compact blob. */
function growOrder(cells: Cell[], seed: Cell, n: number, lattice: Lattice, rng: Rng): Cell[] {
  const inSet = new Set(cells.map((c) => c.key));
  const noise = new Map(cells.map((c) => [c.key, 0.8 + 0.4 * rng.next()]));
  const taken: Cell[] = [seed];
  const takenKeys = new Set([seed.key]);
  while (taken.length < n) {
    let best: Cell | undefined;
    let bestScore = Infinity;
    for (const c of taken) {
      for (const m of lattice.neighbours(c)) {
        if (!inSet.has(m.key) || takenKeys.has(m.key)) continue;
        const s = dist(m, seed) * noise.get(m.key)!;
        if (s < bestScore) [best, bestScore] = [m, s];
      }
    }
    if (!best) break;
    taken.push(best);
    takenKeys.add(best.key);
  }
  return taken;
}

/** Dissolve groups of cells into one geometry each, by merging the shared arcs of their topology. */
function dissolve(lattice: Lattice, groups: Cell[][]): (Polygon | MultiPolygon)[] {
  const fc: FeatureCollection<Polygon> = {
    type: 'FeatureCollection',
    features: groups.flatMap((g) =>
      g.map((c): Feature<Polygon> => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [lattice.ring(c)] } })),
    ),
  };
  const topo = topology({ cells: fc }) as Topology<{ cells: GeometryCollection }>;
  // geometries keep the order of the features
  const groupOf = groups.flatMap((g, gi) => g.map(() => gi));
  const geoms = topo.objects.cells.geometries;
  return groups.map((_, gi) => {
    const mp = merge(topo, geoms.filter((_, i) => groupOf[i] === gi) as Parameters<typeof merge>[1]);
    const polys = mp.coordinates.map((rings) => rings.map((ring, ri) => orient(ring, ri === 0)));
    return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
  });
}

/** RFC 7946 right-hand rule: exterior rings counter-clockwise, holes clockwise. */
function orient(ring: Position[], exterior: boolean): Position[] {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a > 0 === exterior ? ring : [...ring].reverse();
}

/** A geometry that is a single polygon without holes. */
const isSimplePolygon = (g: Polygon | MultiPolygon) => g.type === 'Polygon' && g.coordinates.length === 1;

export interface DemoData {
  /** file name → exact file content */
  files: Record<DemoFileName, string>;
}

/** Generate the demo data set in memory (deterministic for a given seed). */
export function generateDemo(seed: string = DEMO_SEED): DemoData {
  for (let attempt = 0; attempt < 200; attempt++) {
    const rng = new Rng(`${seed}/${attempt}`);
    const lattice = buildLattice(rng);
    const drafted = layout(lattice, rng);
    if (!drafted) continue;
    const { zones, metro } = drafted;
    const geoms = dissolve(
      lattice,
      zones.map((z) => z.cells),
    );
    // every zone must be one polygon without holes (no enclaves); the whole mainland too (no gaps)
    if (!geoms.every(isSimplePolygon)) continue;
    const mainland = dissolve(lattice, [zones.filter((z) => z.kind !== 'island').flatMap((z) => z.cells)])[0];
    if (!isSimplePolygon(mainland)) continue;
    zones.forEach((z, i) => (z.geometry = geoms[i]));
    return { files: finish(zones, metro, lattice, rng) };
  }
  throw new Error('demo generator: no valid layout found (change the seed)');
}

function finish(zones: ZoneDraft[], metro: ZoneDraft, lattice: Lattice, rng: Rng): DemoData['files'] {
  const centroid = (z: ZoneDraft) => ({
    x: z.cells.reduce((s, c) => s + c.x, 0) / z.cells.length,
    y: z.cells.reduce((s, c) => s + c.y, 0) / z.cells.length,
  });
  const metroAt = centroid(metro);

  // Members: within a département, zones nearer the metropolis get the larger figures (with some noise).
  const ordered: ZoneDraft[] = [];
  for (const dep of DEPARTEMENTS) {
    const depZones = zones.filter((z) => z.dep === dep && z.kind !== 'metro' && z.kind !== 'island');
    const ranked = depZones
      .map((z) => ({ z, d: dist(centroid(z), metroAt) * (0.7 + 0.6 * rng.next()) }))
      .sort((a, b) => a.d - b.d)
      .map((e) => e.z);
    ranked.forEach((z, i) => (z.members = Math.round(dep.members[i] * (0.95 + 0.1 * rng.next()))));
    const island = zones.find((z) => z.kind === 'island' && z.dep === dep);
    if (island) island.members = Math.round(ISLAND.members * (0.95 + 0.1 * rng.next()));
    if (dep.kind === 'metro') ordered.push(metro);
    ordered.push(...[...ranked, ...(island ? [island] : [])].sort((a, b) => b.members! - a.members!));
  }
  // the metropolis holds a quarter of all members
  metro.members = Math.round(zones.filter((z) => z !== metro).reduce((s, z) => s + z.members!, 0) / 3);

  // Codes Z01… by département then size; names from the département's list in the same order.
  ordered.forEach((z, i) => (z.code = `Z${String(i + 1).padStart(2, '0')}`));
  for (const dep of DEPARTEMENTS) {
    ordered.filter((z) => z.dep === dep && z.kind !== 'island').forEach((z, i) => (z.name = dep.zoneNames[i]));
  }
  const island = ordered.find((z) => z.kind === 'island')!;
  island.name = ISLAND.name;
  // Population: members are 6.5–9.5 % of the population (a membership rate), varying by zone.
  for (const z of ordered) z.population = Math.round(z.members! / (0.065 + 0.03 * rng.next()));

  const zoneFeatures = ordered.map((z) => ({
    type: 'Feature',
    properties: {
      code: z.code,
      name: z.name,
      dep: z.dep.code,
      dep_name: z.dep.name,
      reg: REGION.code,
      reg_name: REGION.name,
      population: z.population,
      members: z.members,
    },
    geometry: z.geometry,
  }));

  // Communes of the metropolis: its fine cells, the central one biggest, decreasing outwards.
  const cells = [...metro.cells].sort((a, b) => dist(a, metro.seed) - dist(b, metro.seed) || (a.key < b.key ? -1 : 1));
  const weights = cells.map((c, i) => (i === 0 ? 6 : Math.exp(-dist(c, metro.seed) / 14) * (0.5 + rng.next())));
  const cMembers = largestRemainder(metro.members!, weights);
  const cPopulation = largestRemainder(metro.population!, weights);
  const cGeoms = dissolve(
    lattice,
    cells.map((c) => [c]),
  );
  const communeFeatures = cells.map((_, i) => ({
    type: 'Feature',
    properties: {
      code: `${metro.code}-${String(i + 1).padStart(2, '0')}`,
      name: METRO_COMMUNES[i],
      zone: metro.code,
      population: cPopulation[i],
      members: cMembers[i],
    },
    geometry: cGeoms[i],
  }));

  const plan = toCsv(
    ['zone', 'section'],
    ordered.map((z) => [z.code, z.dep.name]),
    { bom: false },
  );

  // Votes: shares (%) per zone around a profile for its kind of zone, one decimal, rows summing to 100.
  const voteRows = ordered.map((z) => {
    const profile = VOTE_PROFILES[z.kind === 'island' ? 'coast' : z.kind];
    const draw = rng.dirichlet(profile.map((p) => p * 4));
    const tenths = largestRemainder(1000, draw);
    return [z.code, ...tenths.map((t) => (t / 10).toFixed(1))];
  });
  const votes = toCsv(['zone', ...LISTS], voteRows, { bom: false });

  return {
    'zones.geojson': featureCollection(REGION.name, zoneFeatures),
    'metropole-communes.geojson': featureCollection(`${REGION.name}: communes of ${metro.name}`, communeFeatures),
    'plan-departements.csv': plan,
    'votes.csv': votes,
  };
}

/** One feature per line: small diffs, and still a file a person can open. */
function featureCollection(name: string, features: object[]): string {
  return `{"type":"FeatureCollection","name":${JSON.stringify(name)},"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
