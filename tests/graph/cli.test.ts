import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addGraphOptions, graphOptionsFrom, type GraphFlags } from '../../src/cli/graph-options.js';
import { InputError } from '../../src/core/errors.js';
import { parseCsv } from '../../src/io/csv.js';
import { runCli } from '../helpers.js';
import { FRANCE_ZONES, itWithRealData } from '../support/real-data.js';

const fx = (name: string) => new URL(`../fixtures/graph/${name}`, import.meta.url).pathname;
const tmp = () => mkdtempSync(join(tmpdir(), 'decoupage-graph-'));

function parse(...argv: string[]): GraphFlags {
  const cmd = addGraphOptions(new Command('x').exitOverride());
  cmd.parse(argv, { from: 'user' });
  return cmd.opts<GraphFlags>();
}

describe('graph options', () => {
  it('default to rook with nothing else', () => {
    expect(graphOptionsFrom(parse())).toEqual({ contiguity: 'rook' });
  });

  it('parse every option, --link repeatable, --links read from CSV', () => {
    const o = graphOptionsFrom(parse('--contiguity', 'queen', '--snap', '2,5', '--link', 'A:B', '--link', 'C:D', '--links', fx('links.csv'), '--auto-link'));
    expect(o.contiguity).toBe('queen');
    expect(o.snapM).toBe(2.5); // French decimal comma accepted
    expect(o.autoLink).toBe(true);
    expect(o.links?.map((l) => [l.a, l.b])).toEqual([
      ['A', 'B'],
      ['C', 'D'],
      ['D', 'C'],
    ]);
    expect(o.links?.[2].source).toMatch(/links\.csv line 2/);
  });

  it('reject a malformed link, a bad tolerance and an unknown contiguity', () => {
    expect(() => graphOptionsFrom(parse('--link', 'AB'))).toThrow(InputError);
    expect(() => graphOptionsFrom(parse('--snap', 'five'))).toThrow(/metres/);
    expect(() => parse('--contiguity', 'bishop')).toThrow();
  });
});

describe('decoupage graph', () => {
  it('writes zone_a,zone_b,shared_border_km,kind and prints a summary', async () => {
    const out = join(tmp(), 'edges.csv');
    const r = await runCli('graph', fx('multipolygon-island.geojson'), '-o', out);
    expect(r.code).toBe(0);
    const table = parseCsv(readFileSync(out, 'utf8'));
    expect(table.columns).toEqual(['zone_a', 'zone_a_name', 'zone_b', 'zone_b_name', 'shared_border_km', 'kind']);
    expect(table.rows.map(({ zone_a, zone_b, shared_border_km, kind }) => ({ zone_a, zone_b, shared_border_km, kind }))).toEqual([
      { zone_a: 'A', zone_b: 'B', shared_border_km: '1.112', kind: 'border' },
      { zone_a: 'A', zone_b: 'C', shared_border_km: '1.112', kind: 'border' },
    ]);
    expect(table.rows.every((row) => row.zone_a_name !== '' && row.zone_b_name !== '')).toBe(true);
    expect(r.stdout).toMatch(/4 zones/);
    expect(r.stdout).toMatch(/components: 2/);
    expect(r.stdout).toMatch(/D Lonely island/);
  });

  it('--auto-link reports the link it added; JSON output when -o ends with .json', async () => {
    const out = join(tmp(), 'edges.json');
    const r = await runCli('graph', fx('multipolygon-island.geojson'), '--auto-link', '-o', out);
    expect(r.code).toBe(0);
    // no member counts in this fixture: no threshold, every part is linked to its nearest within 50 km
    expect(r.stdout).toMatch(
      /links added by --auto-link \(no member counts, so no threshold; at most 50 km\): 1\n\s+linked C \(Island neighbour\) to D \(Lonely island\), 0\.4 km apart/,
    );
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.edges.map((e: { kind: string }) => e.kind)).toEqual(['border', 'border', 'link']);
    expect(json.components).toHaveLength(1);
    expect(json.islands).toEqual([{ zone: 'D', name: 'Lonely island' }]);
  });

  it('an unknown zone in --link or in a links CSV is an input error naming it (exit 2)', async () => {
    const r1 = await runCli('graph', fx('multipolygon-island.geojson'), '--link', 'D:ZZ');
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/"ZZ"/);
    expect(r1.stderr).toMatch(/--link D:ZZ/);
    const r2 = await runCli('graph', fx('multipolygon-island.geojson'), '--links', fx('links-unknown.csv'));
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/links-unknown\.csv/);
    expect(r2.stderr).toMatch(/line 3/);
    expect(r2.stderr).toMatch(/"ZZ"/);
    expect(r2.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('--snap joins the 2 m gap and reports the near-miss', async () => {
    const r = await runCli('graph', fx('gap-2m.geojson'), '--snap', '5');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 snapped/);
    expect(r.stdout).toMatch(/A West — B East, 2 m away: 2\.0 m apart over about 1,11\d m of border, joined/);
    expect(r.stdout).toMatch(/near-misses: 1 pair of zones: 1 joined only thanks to --snap/);
  });

  itWithRealData([FRANCE_ZONES], 'on the real France layer, names the components and the islands', async () => {
    const out = join(tmp(), 'edges.csv');
    const r = await runCli('graph', FRANCE_ZONES, '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/components: 8 separate parts/);
    expect(r.stdout).toMatch(/Ajaccio/);
    expect(r.stdout).toMatch(/0103 Marie-Galante/);
    expect(r.stdout).toMatch(/0601 Mayotte/);
    const table = parseCsv(readFileSync(out, 'utf8'));
    // zone ids keep their leading zeros; every row is a border with a length
    expect(table.rows.every((row) => /^\d{4}$/.test(row.zone_a) && Number(row.shared_border_km) > 0)).toBe(true);
  });
});
