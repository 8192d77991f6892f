import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { readText } from '../../src/io/read.js';
import { runCli } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'decoupage-io-'));

describe('reading and writing user files', () => {
  it('writes atomically and leaves no temp file', () => {
    const out = join(dir, 'sub', 'a.txt');
    writeFileAtomic(out, 'hello');
    expect(readText(out)).toBe('hello');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['a.txt']);
  });

  it('a path that cannot be written is an InputError naming the file, not a crash', () => {
    const blocker = join(dir, 'afile');
    writeFileSync(blocker, 'x');
    const target = join(blocker, 'map.png');
    let err: unknown;
    try {
      writeFileAtomic(target, 'data');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toContain(`${target}: cannot write this file: a file is in the way where a folder is needed`);
    expect((err as InputError).exitCode).toBe(2);
  });

  it('the CLI exits 2 with a message, without a stack trace, when an output cannot be written', async () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'x');
    const zones = new URL('../../data/demo/zones.geojson', import.meta.url).pathname;
    const plan = new URL('../../data/demo/plan-departements.csv', import.meta.url).pathname;
    const r = await runCli('seats', zones, plan, '-o', join(blocker, 'seats.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write this file');
    expect(r.stderr).not.toContain('    at ');
    expect(existsSync(join(blocker, 'seats.csv'))).toBe(false);
  });

  it('a missing file is named with "file not found"', () => {
    expect(() => readText(join(dir, 'nope.csv'))).toThrow(/nope\.csv: file not found/);
  });
});

describe('several outputs of one run: all or nothing', () => {
  it('export writes neither file when the second cannot be written', async () => {
    const blocker = join(dir, 'blocker2');
    writeFileSync(blocker, 'x');
    const zones = new URL('../../data/demo/zones.geojson', import.meta.url).pathname;
    const plan = new URL('../../data/demo/plan-departements.csv', import.meta.url).pathname;
    const first = join(dir, 'sections.geojson');
    const r = await runCli('export', zones, plan, '--auto-link', '-o', first, '--zones-out', join(blocker, 'zones.geojson'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('blocker2/zones.geojson: cannot write this file');
    expect(existsSync(first)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
