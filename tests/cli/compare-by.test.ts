import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planByProperty } from '../../src/load/plan.js';
import { loadZones } from '../../src/load/zones.js';
import { runCli } from '../helpers.js';

// Issue 13, point 5: --compare-by dep builds the old one-section-per-département plan from the layer itself.
const CHECK = new URL('../fixtures/check/', import.meta.url).pathname;
const ZONES = join(CHECK, 'grid.geojson'); // dep D1 (A, C), D2 (B, D), D3 (E, I)
const tmp = mkdtempSync(join(tmpdir(), 'decoupage-compare-by-'));

describe('--compare-by', () => {
  it('planByProperty: one section per value of the property', () => {
    const zones = loadZones(ZONES);
    const plan = planByProperty(zones, 'dep');
    expect(new Set(plan.values())).toEqual(new Set(zones.zones.map((z) => String(z.properties.dep))));
    for (const z of zones.zones) expect(plan.get(z.id)).toBe(z.properties.dep);
  });

  it('pluralism --compare-by dep compares with the départements, named in words', async () => {
    const r = await runCli('pluralism', ZONES, join(CHECK, 'plan.csv'), '--compare-by', 'dep');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('== one section per département ==');
    const fr = await runCli('pluralism', ZONES, join(CHECK, 'plan.csv'), '--compare-by', 'dep', '--lang', 'fr');
    expect(fr.stdout).toContain('== une section par département ==');
  });

  it('report --compare-by dep shows the comparison', async () => {
    const out = join(tmp, 'report.html');
    const r = await runCli(
      'report',
      ZONES,
      join(CHECK, 'plan.csv'),
      '--min-members',
      '10000',
      '--link',
      'I:E',
      '--compare-by',
      'dep',
      '--lang',
      'fr',
      '-o',
      out,
    );
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('une section par département');
  });

  it('a property some zones lack is an input error naming them; --compare and --compare-by exclude each other', async () => {
    const r = await runCli('pluralism', ZONES, join(CHECK, 'plan.csv'), '--compare-by', 'canton');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/grid\.geojson: zone A, field "canton": 6 zones have no "canton" to group by: A, B, C, D, E, I/);
    const both = await runCli('pluralism', ZONES, join(CHECK, 'plan.csv'), '--compare-by', 'dep', '--compare', join(CHECK, 'plan.csv'));
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/cannot be used with/);
  });
});
