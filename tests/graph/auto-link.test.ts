import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { cliVoice } from '../../src/cli/voice.js';
import { buildGraph } from '../../src/graph/index.js';
import { haversineM } from '../../src/graph/geo.js';
import { autoLinks } from '../../src/graph/links.js';
import type { ZoneGraphResult } from '../../src/graph/types.js';
import { toXYZ } from '../../src/graph/geo.js';
import { loadZones } from '../../src/load/zones.js';
import { KdTree3 } from '../../src/graph/kdtree.js';
import { Rng } from '../../src/core/rng.js';
import { runCli } from '../helpers.js';

/**
 * tests/fixtures/graph/islands.geojson (see its README): a mainland of three zones in two régions, an
 * island nearer the other région than its own département, two small islands side by side, a large
 * island (a section of its own) and a small far island 102 km from it.
 */
const fx = (name: string) => new URL(`../fixtures/graph/${name}`, import.meta.url).pathname;
const ISLANDS = fx('islands.geojson');
const PLAN = fx('islands-plan.csv');

const zones = () => loadZones(ISLANDS);
const pair = (g: ZoneGraphResult, e: { a: number; b: number; from?: number }) => {
  const from = e.from === e.b ? e.b : e.a;
  const to = from === e.a ? e.b : e.a;
  return `${g.ids[from]}→${g.ids[to]}`;
};

describe('--auto-link links only the parts below the threshold', () => {
  it('refuses the far island (102 km > 50 km), naming the part, its members and its nearest part; exit 1', () => {
    const z = zones();
    let err: unknown;
    try {
      buildGraph(z, { autoLink: true, minMembers: 10_000 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const e = err as InputError;
    expect(e.exitCode).toBe(1);
    expect(e.message).toContain('FAR Île-Lointaine');
    expect(e.message).toContain('500 members, below the threshold of 10,000');
    expect(e.message).toContain('its nearest part is BIG (Grande-Île), 102 km away');
    expect(e.message).toContain('links FAR:BIG'); // the library names its option; the CLI its flag
    expect(e.sayIn(cliVoice('en'))).toContain('--link FAR:BIG');
    expect(e.sayIn(cliVoice('en'))).toMatch(/--min-members/);
  });

  it('with a longer --max-link-km: links each small part once, prefers the same département, never the large island', () => {
    const z = zones();
    const g = buildGraph(z, { autoLink: true, minMembers: 10_000, maxLinkKm: 150 });
    const links = g.linksAdded.map((e) => pair(g, e)).sort();
    // the two small islands are joined, then (still 700 members) to their département's coast; BIG (15,000)
    // is a section of its own and is linked only because FAR needs it
    expect(links).toEqual(['FAR→BIG', 'I→A', 'S1→S2', 'S2→A2'].sort());
    // Île-Proche is 5.6 km from Autre-Rive (another région) but linked to Port-Ouest, its département (22.6 km)
    const i = g.linksAdded.find((e) => g.ids[e.from!] === 'I')!;
    expect(i.tier).toBe('dep');
    expect(i.distanceKm!).toBeCloseTo(haversineM(0.15, 44.8, 0.2, 45) / 1000, 2); // nearest vertices
    // the distance is the one between the nearest vertices of the two outlines
    const far = g.linksAdded.find((e) => g.ids[e.from!] === 'FAR')!;
    expect(far.distanceKm!).toBeCloseTo(haversineM(1.7, 45, 3.0, 45) / 1000, 1);
    // Autre-Rive (12,000, across a strait), the large island and the mainland stay three parts:
    // each can be a section, nothing forces them together
    expect(g.components.map((c) => c.map((k) => g.ids[k]))).toEqual([['A', 'A2', 'I', 'S1', 'S2'], ['BIG', 'FAR'], ['B']]);
  });

  it('an explicit --link settles the far island; then nothing is refused', () => {
    const g = buildGraph(zones(), { autoLink: true, minMembers: 10_000, links: [{ a: 'FAR', b: 'BIG', source: '--link FAR:BIG' }] });
    expect(g.linksAdded.map((e) => pair(g, e)).sort()).toEqual(['I→A', 'S1→S2', 'S2→A2']);
    expect(g.edges.filter((e) => e.kind === 'link')).toHaveLength(4);
  });

  it('a threshold the parts already meet adds no link', () => {
    const g = buildGraph(zones(), { autoLink: true, minMembers: 300 });
    expect(g.linksAdded).toEqual([]);
    expect(g.autoLink?.parts).toBe(g.components.length);
  });

  it('without a threshold (no member counts): links every part within --max-link-km, leaves the others separate', () => {
    const g = buildGraph(zones(), { autoLink: true });
    const links = g.linksAdded.map((e) => [g.ids[e.a], g.ids[e.b]].sort().join('-')).sort();
    // Autre-Rive, too, looks for its nearest part (Île-Proche, 5.6 km): every part is linked when there is no threshold
    expect(links).toEqual(['A-I', 'A2-S2', 'B-I', 'S1-S2']);
    // BIG and FAR are 102 km apart and 86 km from the mainland: two parts left separate, none refused
    expect(g.autoLink?.separate.map((p) => p.zones.map((i) => g.ids[i]))).toEqual([['BIG'], ['FAR']]);
  });
});

describe('the k-d tree searches for the nearest point of another group', () => {
  it('agree with a brute-force search, per point and per set of points (seeded random points, 5 groups)', () => {
    const rng = new Rng(7);
    const n = 3000;
    const xyz = new Float64Array(n * 3);
    const label = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      xyz.set(toXYZ(-5 + rng.next() * 10, 40 + rng.next() * 10), i * 3);
      label[i] = rng.int(5);
    }
    const tree = new KdTree3(xyz);
    tree.labelNodes(label);
    const d2 = (i: number, x: number, y: number, z: number) => (xyz[i * 3] - x) ** 2 + (xyz[i * 3 + 1] - y) ** 2 + (xyz[i * 3 + 2] - z) ** 2;
    for (let t = 0; t < 200; t++) {
      const s = rng.int(n);
      const [x, y, z] = [xyz[s * 3], xyz[s * 3 + 1], xyz[s * 3 + 2]];
      let want = Infinity;
      for (let i = 0; i < n; i++) if (label[i] !== label[s]) want = Math.min(want, d2(i, x, y, z));
      expect(tree.nearestForeign(x, y, z, Infinity, label[s], label).d2).toBe(want);
    }
    for (let t = 0; t < 50; t++) {
      const own = rng.int(5);
      const members = Array.from({ length: 20 }, () => rng.int(n)).filter((i) => label[i] === own);
      const q = new Float64Array(members.length * 3);
      const box = Float64Array.from([Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity]);
      members.forEach((i, k) => {
        for (let a = 0; a < 3; a++) {
          q[k * 3 + a] = xyz[i * 3 + a];
          box[a] = Math.min(box[a], xyz[i * 3 + a]);
          box[3 + a] = Math.max(box[3 + a], xyz[i * 3 + a]);
        }
      });
      let want = Infinity;
      for (const m of members) for (let i = 0; i < n; i++) if (label[i] !== own) want = Math.min(want, d2(i, xyz[m * 3], xyz[m * 3 + 1], xyz[m * 3 + 2]));
      const got = tree.nearestForeignOfSet(q, members.length, box, Infinity, own, label);
      expect(got.d2).toBe(members.length ? want : Infinity);
    }
  });
});

describe('autoLinks on many islands (near-linear)', () => {
  /** n square islands on a row, 0.01° wide, 0.02° apart (about 1.1 km of sea at the equator). */
  function row(n: number): { comps: number[][]; xyz: Float64Array[] } {
    const xyz: Float64Array[] = [];
    for (let i = 0; i < n; i++) {
      const x0 = i * 0.03;
      const pts = [
        [x0, 0],
        [x0 + 0.01, 0],
        [x0 + 0.01, 0.01],
        [x0, 0.01],
      ].flatMap(([x, y]) => toXYZ(x, y));
      xyz.push(Float64Array.from(pts));
    }
    return { comps: xyz.map((_, i) => [i]), xyz };
  }

  it('groups 2,000 islands of 3 members into parts of at least 10, each link between neighbours on the row', () => {
    const { comps, xyz } = row(2000);
    const r = autoLinks({ components: comps, zoneXyz: xyz, members: comps.map(() => 3), minMembers: 10, maxLinkKm: 50 });
    expect(r.refused).toEqual([]);
    for (const l of r.links) {
      expect(Math.abs(l.a - l.b)).toBe(1); // the nearest island is always the next one on the row
      expect(l.distanceKm).toBeCloseTo(haversineM(0.01, 0, 0.03, 0) / 1000, 3);
    }
    // every group reaches 10 members (4 islands); no group got a link it did not need
    const parent = new Map<number, number>();
    const find = (x: number): number => (parent.has(x) && parent.get(x) !== x ? find(parent.get(x)!) : x);
    for (const l of r.links) parent.set(find(l.a), find(l.b));
    const size = new Map<number, number>();
    for (let i = 0; i < 2000; i++) size.set(find(i), (size.get(find(i)) ?? 0) + 1);
    expect(Math.min(...size.values())).toBeGreaterThanOrEqual(4);
    expect(r.links.length).toBeLessThan(2000 - 2000 / 8);
  });
});

describe('autoLinks on 20,000 islands (issue 12 row 4: memory used to grow with the square of the parts)', () => {
  it('joins them into groups that each reach the threshold, with fewer links than islands and none refused', () => {
    // a 142 × 142 grid of small squares 0.02° apart; members 1–5 (seeded), threshold 12
    const rng = new Rng(3);
    const n = 20_000;
    const cols = Math.ceil(Math.sqrt(n));
    const xyz: Float64Array[] = [];
    const members: number[] = [];
    for (let i = 0; i < n; i++) {
      const x0 = (i % cols) * 0.02;
      const y0 = 40 + Math.floor(i / cols) * 0.02;
      xyz.push(
        Float64Array.from(
          [
            [x0, y0],
            [x0 + 0.005, y0],
            [x0 + 0.005, y0 + 0.005],
            [x0, y0 + 0.005],
          ].flatMap(([x, y]) => toXYZ(x, y)),
        ),
      );
      members.push(1 + rng.int(5));
    }
    const r = autoLinks({ components: xyz.map((_, i) => [i]), zoneXyz: xyz, members, minMembers: 12, maxLinkKm: 50 });
    expect(r.refused).toEqual([]);
    const parent = Int32Array.from({ length: n }, (_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
    for (const l of r.links) parent[find(l.a)] = find(l.b);
    const total = new Map<number, number>();
    for (let i = 0; i < n; i++) total.set(find(i), (total.get(find(i)) ?? 0) + members[i]);
    expect(Math.min(...total.values())).toBeGreaterThanOrEqual(12);
    expect(r.links.length).toBe(n - total.size); // a forest: no link joins a group to itself
    // every link joins grid neighbours: side by side (about 1.3 km), one above the other (1.7 km) or diagonal (2.1 km)
    for (const l of r.links) expect(l.distanceKm).toBeLessThan(2.2);
  });
});

describe('decoupage graph --auto-link (CLI)', () => {
  it('refuses with exit 1 and the message, in English', async () => {
    const r = await runCli('graph', ISLANDS, '--auto-link');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--auto-link refuses a link longer than 50 km \(--max-link-km\): the part FAR Île-Lointaine, 500 members/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('prints each link with its distance and the threshold used', async () => {
    const r = await runCli('graph', ISLANDS, '--auto-link', '--max-link-km', '150');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('links added by --auto-link (only the parts below 10,000 members; at most 150 km): 4');
    expect(r.stdout).toContain('linked I (Île-Proche) to A (Port-Ouest), 22.6 km apart, same département (--auto-link)');
    expect(r.stdout).toContain('linked FAR (Île-Lointaine) to BIG (Grande-Île), 102 km apart');
  });

  it('takes the threshold from --min-members or --rules', async () => {
    const r = await runCli('graph', ISLANDS, '--auto-link', '--min-members', '400', '--max-link-km', '150');
    expect(r.code).toBe(0);
    // only Île-Nord (300) is below 400
    expect(r.stdout).toContain('links added by --auto-link (only the parts below 400 members; at most 150 km): 1');
    expect(r.stdout).toContain('linked S1 (Île-Nord) to S2 (Île-Sud), 2.2 km apart');
  });

  it('refuses in French with --lang fr (propose)', async () => {
    const r = await runCli('propose', ISLANDS, '--auto-link', '-o', '/nonexistent/plan.csv', '--lang', 'fr');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '--auto-link refuse une liaison de plus de 50 km (--max-link-km) : la partie FAR Île-Lointaine, 500 adhérents, sous le seuil de 10',
    );
    expect(r.stderr).toContain('la partie la plus proche est BIG (Grande-Île), à 102 km');
    expect(r.stderr).toContain('--link FAR:BIG');
  });

  it('check prints the links in French and marks the sections holding one', async () => {
    const r = await runCli('check', ISLANDS, PLAN, '--auto-link', '--link', 'FAR:BIG', '--lang', 'fr', '--min-members', '10000');
    expect(r.stdout).toContain('I (Île-Proche) relié à A (Port-Ouest), à 22,6 km, même département (--auto-link)');
    expect(r.stdout).toContain('franchit la mer ou une discontinuité : Île-Proche ↔ Port-Ouest, 22,6 km');
  });

  it('--max-link-km must be a positive number and needs --auto-link', async () => {
    expect((await runCli('graph', ISLANDS, '--auto-link', '--max-link-km', '0')).code).toBe(2);
    const r = await runCli('graph', ISLANDS, '--max-link-km', '10');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-link-km needs --auto-link/);
  });
});
