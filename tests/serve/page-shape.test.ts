/** The editor page stays in modules by concern: no file over 400 lines, one state store. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../src/serve/page/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('the editor page', () => {
  it('has no module over 400 lines', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    const long = files.filter((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').length > 400);
    expect(long).toEqual([]);
  });

  it('keeps its mutable state in the one store: no module-level `let` outside store.ts', () => {
    const lets = files
      .filter((f) => f !== 'store.ts')
      .flatMap((f) =>
        readFileSync(new URL(f, dir), 'utf8')
          .split('\n')
          .filter((l) => /^let /.test(l))
          .map((l) => `${f}: ${l}`),
      );
    expect(lets).toEqual([]);
  });
});
