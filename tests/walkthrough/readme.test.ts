import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { Rng } from '../../src/core/rng.js';
import { parseCsv, toCsv } from '../../src/io/csv.js';
import { COMMUNE_TABLE_2022, etalabCommunes, INSEE_ZIP, itWithRealData, PACA_COMMUNES } from '../support/real-data.js';

/**
 * The README's walkthrough on real data, run as written: the shell blocks of "Using it on your own zones" are run
 * by bash in a temporary folder, with `npx decoupage` being this checkout's CLI. The INSEE files are linked from
 * ../shared/data (never copied); the two files a committee brings are made here: population-communes.csv from the
 * npm package @etalab/decoupage-administratif (populations légales), votes.csv drawn from the seeded generator.
 */
const ROOT = new URL('../../', import.meta.url).pathname;

function walkthroughBlocks(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Using it on your own zones');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
}

function prepare(dir: string): void {
  symlinkSync(INSEE_ZIP, join(dir, 'fonds_ze2020_2022.zip'));
  symlinkSync(COMMUNE_TABLE_2022, join(dir, 'commune-ze2020.csv'));
  symlinkSync(PACA_COMMUNES, join(dir, 'communes.geojson'));
  const rows = etalabCommunes().map((c): [string, number] => [c.code, c.population!]);
  writeFileSync(join(dir, 'population-communes.csv'), toCsv(['code', 'population'], rows));
}

/** An invented list vote per zone (3 lists), once the zones are known: the committee's votes.csv. */
function writeVotes(dir: string): void {
  const zones = JSON.parse(readFileSync(join(dir, 'zones.geojson'), 'utf8')) as { features: { properties: { code: string } }[] };
  const rng = new Rng('readme-walkthrough');
  const rows = zones.features.map((f) => {
    const w = [40 + 20 * rng.next(), 25 + 20 * rng.next(), 5 + 20 * rng.next()];
    return [f.properties.code, ...w.map((x) => Math.round(x * 10))];
  });
  writeFileSync(join(dir, 'votes.csv'), toCsv(['zone', 'Solidarité', 'Proximité', 'Avenir'], rows));
}

function runBash(dir: string, script: string): { status: number | null; stdout: string; stderr: string } {
  const prelude = `set -euo pipefail\nnpx() { shift; node ${JSON.stringify(join(ROOT, 'bin/decoupage.js'))} "$@"; }\n`;
  const r = spawnSync('bash', ['-c', prelude + script], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the README walkthrough on the real PACA data', () => {
  itWithRealData([INSEE_ZIP, COMMUNE_TABLE_2022, PACA_COMMUNES], 'runs as written, with the Marseille split and the before/after comparison', () => {
    const blocks = walkthroughBlocks();
    expect(blocks).toHaveLength(2);
    const dir = mkdtempSync(join(tmpdir(), 'decoupage-readme-'));
    prepare(dir);
    // step 1 first: the votes are per zone, so they are drawn once the zones exist
    const [first, ...rest] = blocks[0].split(/\n(?=# 2\.)/);
    const one = runBash(dir, first);
    expect(one.stderr).toBe('');
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('kept the 22 zones of région 93');
    writeVotes(dir);
    const main = runBash(dir, rest.join('\n'));
    expect(main.stderr).toBe('');
    expect(main.status).toBe(0);
    for (const f of [
      'members.csv',
      'edges.csv',
      'plan.csv',
      'sections.geojson',
      'report.html',
      'seats.csv',
      'zones-with-sections.geojson',
      'rapport.html',
      'carte.png',
    ]) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    expect(main.stdout).toContain('COMPLIANT');
    expect(main.stdout).toContain('== one section per département ==');
    // French Excel: ";" from rules.json, names next to codes
    expect(readFileSync(join(dir, 'plan.csv'), 'utf8').split('\n')[0]).toBe('\uFEFFzone;zone_name;section;section_name');
    expect(readFileSync(join(dir, 'rapport.html'), 'utf8')).toContain('une section par département');

    const split = runBash(dir, blocks[1]);
    expect(split.stderr).toBe('');
    expect(split.status).toBe(0);
    expect(split.stdout).toMatch(/zone 9312 \(Marseille, [\d,]+ members\) was split into its \d+ finer units/);
    // the zones' votes go to Marseille's communes, said in one line; the départements come from the units
    expect(split.stdout).toMatch(/votes\.csv : la zone 9312 a été découpée ; ses \d+ unités reprennent ses parts de voix\./);
    const html = readFileSync(join(dir, 'rapport-marseille.html'), 'utf8');
    expect(html).toContain('une section par département');
    const plan = parseCsv(readFileSync(join(dir, 'plan-marseille.csv'), 'utf8'));
    expect(plan.rows.some((r) => r.zone === '13055')).toBe(true); // Marseille itself, a commune of the plan
  });
});
