import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { parseCsv } from '../../src/io/csv.js';
import { fixture } from './support.js';

const tmp = mkdtempSync(join(tmpdir(), 'propose-cli-'));

describe('decoupage propose', () => {
  it('writes the plan CSV and prints the section table with the bound', async () => {
    const out = join(tmp, 'plan.csv');
    const r = await runCli('propose', fixture('grid-4x4.geojson'), '--min-members', '10', '--min-seats', '1', '--members-per-seat', '1', '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('\uFEFF')).toBe(true); // UTF-8 with BOM, for Excel
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('zone,zone_name,section,section_name');
    expect(lines).toHaveLength(17);
    // 16 zones of 5 members, T = 10: at most 16 / 2 = 8 sections, and 8 are found (a domino tiling)
    expect(r.stdout).toContain('8 sections: optimal, no plan can have more (counting the zones that reach the threshold alone and the members of the others)');
    expect(r.stdout).toMatch(/section\s+name\s+zones\s+members\s+seats\s+crosses\s+compactness/);
    expect(r.stdout).toContain('S01');
  });

  it('same seed → same file', async () => {
    const a = join(tmp, 'a.csv');
    const b = join(tmp, 'b.csv');
    const args = [fixture('grid-5x5.geojson'), '--min-members', '10', '--min-seats', '1', '--members-per-seat', '1', '--seed', '42'];
    expect((await runCli('propose', ...args, '-o', a)).code).toBe(0);
    expect((await runCli('propose', ...args, '-o', b)).code).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  it('--exact proves the optimum and says so; without it the gap is stated in words', async () => {
    const out = join(tmp, 'exact.csv');
    // star: centre 2, four arms of 8 touching only the centre, T = 10 → one section (every arm needs the centre)
    const args = [fixture('star.geojson'), '--min-members', '10', '--min-seats', '1', '--members-per-seat', '1', '-o', out];
    const exact = await runCli('propose', ...args, '--exact');
    expect(exact.code).toBe(0);
    expect(exact.stdout).toContain('1 section: optimal, no plan can have more (packing of minimal sections solved exactly)');
    const fr = await runCli('propose', ...args, '--exact', '--lang', 'fr');
    expect(fr.stdout).toContain('1 section : optimal, aucun découpage ne peut en avoir plus');
  });

  it('an island below the threshold: exit 1, a clear message, no file; --link fixes it', async () => {
    const out = join(tmp, 'island.csv');
    const r = await runCli('propose', fixture('island.geojson'), '--min-seats', '1', '--members-per-seat', '1', '-o', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('component {Île-de-Ré} has 3,214 members < 10,000');
    expect(r.stderr).not.toContain('    at ');
    expect(existsSync(out)).toBe(false);
    const ok = await runCli('propose', fixture('island.geojson'), '--min-seats', '1', '--members-per-seat', '1', '--link', 'I:E', '-o', out);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^2 sections[:;] /m);
  });

  it('--report writes the report of the proposed plan, in the language asked', async () => {
    const out = join(tmp, 'rep.csv');
    const html = join(tmp, 'rapport.html');
    const r = await runCli(
      'propose',
      fixture('grid-4x4.geojson'),
      '--min-members',
      '10',
      '--min-seats',
      '1',
      '--members-per-seat',
      '1',
      '-o',
      out,
      '--report',
      html,
      '--lang',
      'fr',
    );
    expect(r.code).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('<html lang="fr"');
    expect(text).toContain('<svg');
    // one table row per proposed section, with the ids of the plan file
    const sections = new Set(parseCsv(readFileSync(out, 'utf8')).rows.map((row) => row.section));
    for (const id of sections) expect(text).toContain(id);
    expect(sections.size).toBe(8);
    // the proved bound, said in words: 8 is the most any plan can have on this grid
    expect(text).toMatch(/<p class="subtitle" id="bound">8 sections : aucun découpage respectant ces règles ne peut en compter davantage\.<\/p>/);
  });

  it('--sections above the bound: exit 1', async () => {
    const r = await runCli(
      'propose',
      fixture('grid-4x4.geojson'),
      '--min-members',
      '10',
      '--min-seats',
      '1',
      '--members-per-seat',
      '1',
      '--sections',
      '9',
      '-o',
      join(tmp, 'x.csv'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--sections 9 is impossible: at most 8 sections can each reach 10 members');
  });

  it('--lock keeps labels; --respect shows crossings; --geojson writes the sections', async () => {
    const lock = join(tmp, 'lock.csv');
    (await import('node:fs')).writeFileSync(lock, 'zone,section\nR00,West-1\n');
    const out = join(tmp, 'resp.csv');
    const gj = join(tmp, 'sections.geojson');
    const r = await runCli(
      'propose',
      fixture('grid-two-deps.geojson'),
      '--min-members',
      '10',
      '--min-seats',
      '1',
      '--members-per-seat',
      '1',
      '--respect',
      'dep',
      '--lock',
      lock,
      '--geojson',
      gj,
      '-o',
      out,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(parseCsv(readFileSync(out, 'utf8')).rows.find((row) => row.zone === 'R00')?.section).toBe('West-1');
    expect(r.stdout).toContain('0 zones lie outside the main dep of their section');
    const fc = JSON.parse(readFileSync(gj, 'utf8'));
    expect(fc.features).toHaveLength(4);
  });

  it('a bad option value is unusable input (exit 2)', async () => {
    const r = await runCli('propose', fixture('grid-4x4.geojson'), '--seed', 'abc', '-o', join(tmp, 'y.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--seed must be a whole number ≥ 0, got "abc"/);
  });

  it('each number option names itself in its error', async () => {
    const t = await runCli('propose', fixture('grid-4x4.geojson'), '--time-limit', '0', '-o', join(tmp, 'y.csv'));
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/--time-limit must be a number of seconds > 0, got "0"/);
    const s = await runCli('propose', fixture('grid-4x4.geojson'), '--split-snap', 'far', '-o', join(tmp, 'y.csv'));
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/--split-snap must be a distance in metres, from 0 to 10,000, got "far"/);
  });
});
