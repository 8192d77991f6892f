import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { planFromInput, readPlan, writePlanCsv } from '../../src/load/plan.js';
import { zoneSetFrom } from '../support/zoneset.js';

const FIX = new URL('../fixtures/check/', import.meta.url).pathname;
const zones = zoneSetFrom(join(FIX, 'grid.geojson'));
const expected = { A: 'North', B: 'North', C: 'North', D: 'North', E: 'South', I: 'South' };

describe('readPlan', () => {
  it.each(['plan.csv', 'plan-semicolon.csv', 'plan.json', 'plan.geojson'])('reads %s', (name) => {
    const input = readPlan(join(FIX, name), zones);
    expect(Object.fromEntries(input.rows.map((r) => [r.zone, r.section]))).toEqual(expected);
    expect(Object.fromEntries(planFromInput(input, zones))).toEqual(expected);
  });

  it('reads a JSON array with code/district names and numeric sections', () => {
    const input = readPlan(join(FIX, 'plan-array.json'));
    expect(input.rows.map((r) => `${r.zone}:${r.section}`)).toEqual(['A:1', 'B:1', 'C:1', 'D:1', 'E:2', 'I:2']);
    expect(input.rows[4].line).toBe(5);
  });

  it('keeps CSV line numbers (header is line 1)', () => {
    const input = readPlan(join(FIX, 'plan-broken.csv'));
    expect(input.rows.find((r) => r.zone === 'X9')!.line).toBe(6);
    expect(input.rows.find((r) => r.zone === 'I')).toEqual({ zone: 'I', section: '', line: 8 });
  });

  it('GeoJSON plans: picks the id property that matches the zones, or the one named', () => {
    // "code" matches the zone ids, "id" does not
    expect(readPlan(join(FIX, 'plan.geojson'), { zones }).rows[0].zone).toBe('A');
    expect(readPlan(join(FIX, 'plan.geojson'), { zoneProp: 'id' }).rows[0].zone).toBe('feature-A');
    expect(() => readPlan(join(FIX, 'plan.geojson'), { sectionProp: 'district' })).toThrow(/no column\/property "district"/);
  });

  it('refuses files that are not plans, saying why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const bad = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return () => readPlan(join(dir, name));
    };
    expect(bad('cols.csv', 'zone,name\nA,x\n')).toThrow(/has no section column \(found: zone, name\)/);
    expect(bad('broken.json', '{"A": ')).toThrow(/is not valid JSON/);
    expect(bad('nested.json', '{"A": {"s": 1}}')).toThrow(InputError);
    expect(bad('empty.csv', 'zone,section\n')).toThrow(/holds no zone assignments/);
    expect(() => readPlan(join(dir, 'nope.csv'))).toThrow(/nope\.csv: file not found/);
  });
});

describe('planFromInput', () => {
  it('throws one InputError listing every problem', () => {
    const input = readPlan(join(FIX, 'plan-broken.csv'));
    let err: unknown;
    try {
      planFromInput(input, zones);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const msg = (err as Error).message;
    expect(msg).toContain('plan-broken.csv');
    expect(msg).toContain('line 4: zone B is listed again, in section "South" after "North"');
    expect(msg).toContain('line 6: zone "X9" is not in');
    expect(msg).toContain('line 8: zone I has an empty section');
    expect(msg).toMatch(/2 zones have no section: D, I/);
  });

  it('allowMissing accepts a partial plan', () => {
    const plan = planFromInput({ file: 'p', rows: [{ zone: 'A', section: 'S', line: 2 }] }, zones, { allowMissing: true });
    expect([...plan]).toEqual([['A', 'S']]);
  });
});

describe('writePlanCsv', () => {
  it('writes one row per zone in zone order, and reads back identically', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const file = join(dir, 'out', 'plan.csv');
    const plan = new Map(Object.entries(expected).reverse());
    writePlanCsv(file, plan, zones);
    // UTF-8 with BOM (Excel), names next to codes
    expect(readFileSync(file, 'utf8')).toMatch(/^\uFEFFzone,zone_name,section,section_name\nA,[^,]+,North,North\nB,[^,]+,North,North\n/);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(7);
    expect(planFromInput(readPlan(file), zones)).toEqual(new Map(Object.entries(expected)));
  });
});
