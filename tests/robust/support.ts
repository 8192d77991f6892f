import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from '../helpers.js';

/** A fresh temporary folder for one test file. */
export function tempDir(prefix: string): { dir: string; file(name: string, data: string | Uint8Array): string } {
  const dir = mkdtempSync(join(tmpdir(), `decoupage-${prefix}-`));
  return {
    dir,
    file(name, data) {
      const p = join(dir, name);
      writeFileSync(p, data);
      return p;
    },
  };
}

export type Ring = [number, number][];

/** A square ring, anticlockwise (RFC 7946 exterior), closed. */
export function square(x: number, y: number, s = 0.1): Ring {
  return [
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
    [x, y],
  ];
}

export interface ZoneSpec {
  code: string;
  members?: unknown;
  rings?: Ring[];
  geometry?: unknown;
  props?: Record<string, unknown>;
}

/** A zone layer: by default an n×1 strip of 0.1° squares with 6,000 members each. */
export function zonesText(specs: ZoneSpec[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: specs.map((z, i) => ({
      type: 'Feature',
      properties: { code: z.code, name: `Zone ${z.code}`, members: z.members ?? 6000, dep: i % 2 ? 'B' : 'A', ...z.props },
      geometry: z.geometry ?? { type: 'Polygon', coordinates: z.rings ?? [square(i * 0.1, 0)] },
    })),
  });
}

/** n zones in a row, codes z1…zn. */
export function strip(n: number): ZoneSpec[] {
  return Array.from({ length: n }, (_, i) => ({ code: `z${i + 1}` }));
}

/** Every bad-input failure: exit 2, a message naming what is wrong, no stack trace. */
export async function expectInputError(args: string[], ...expected: (string | RegExp)[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runCli(...args);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/internal error/);
  for (const e of expected) expect(r.stderr).toMatch(e);
  expect(r.code).toBe(2);
  return r;
}
