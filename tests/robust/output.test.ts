// Issue 12, the output gate: rows 5 (all or nothing), 6 (the same file twice), 7 (an output that is an
// input) and 8 (interrupted writes, stale temporaries).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gateFs, writeFilesAtomic } from '../../src/io/atomic.js';
import type { InputError } from '../../src/core/errors.js';
import { runCli } from '../helpers.js';
import { expectInputError, strip, tempDir, zonesText } from './support.js';

const t = tempDir('output');
const RULES = ['--min-members', '10000', '--min-seats', '1', '--members-per-seat', '1000'];
const zonesJson = zonesText(strip(4));
const zones = t.file('zones.geojson', zonesJson);
const plan = t.file('plan.csv', 'zone,section\nz1,A\nz2,A\nz3,B\nz4,B\n');
const planText = readFileSync(plan, 'utf8');

/** The files of a folder, temporaries included. */
function files(dir: string): string[] {
  return readdirSync(dir).sort();
}

function fresh(name: string): string {
  const d = join(t.dir, name);
  mkdirSync(d, { recursive: true });
  return d;
}

afterEach(() => vi.restoreAllMocks());

describe('row 5: several outputs, one impossible: nothing is written', () => {
  it('propose --report naming a folder writes neither the plan nor the map layer', async () => {
    const d = fresh('row5');
    mkdirSync(join(d, 'report.html'));
    await expectInputError(
      ['propose', zones, ...RULES, '-o', join(d, 'plan.csv'), '--geojson', join(d, 'sections.geojson'), '--report', join(d, 'report.html')],
      /report\.html: cannot write this file: it is a folder/,
      /--report/,
    );
    expect(files(d)).toEqual(['report.html']);
  });

  it('export: a --zones-out under a file writes no -o either', async () => {
    const d = fresh('row5b');
    writeFileSync(join(d, 'afile'), 'x');
    await expectInputError(['export', zones, plan, ...RULES, '-o', join(d, 's.geojson'), '--zones-out', join(d, 'afile', 'z.geojson')], /a file is in the way/);
    expect(files(d)).toEqual(['afile']);
  });

  it('a rename that fails half-way puts back the outputs already replaced', () => {
    const d = fresh('rollback');
    const a = join(d, 'a.csv');
    const b = join(d, 'b.csv');
    writeFileSync(a, 'old a');
    const real = gateFs.renameSync;
    let n = 0;
    vi.spyOn(gateFs, 'renameSync').mockImplementation((from, to) => {
      if (++n === 2) throw Object.assign(new Error('EIO'), { code: 'EIO' });
      real(from, to);
    });
    expect(() =>
      writeFilesAtomic([
        { path: a, data: 'new a' },
        { path: b, data: 'new b' },
      ]),
    ).toThrow(/b\.csv: cannot write this file/);
    expect(readFileSync(a, 'utf8')).toBe('old a');
    expect(files(d)).toEqual(['a.csv']);
  });
});

describe('outputs that are not files', () => {
  it.runIf(existsSync('/dev/null'))('/dev/null as -o is refused, the device left alone', async () => {
    await expectInputError(
      ['seats', zones, plan, '--members-per-seat', '1000', '-o', '/dev/null'],
      /\/dev\/null: cannot write this file: it is not a regular file/,
    );
    expect(existsSync('/dev/null')).toBe(true);
  });
});

describe('row 6: the same path for two outputs', () => {
  it('"-o and --geojson are the same file", before any work', async () => {
    const d = fresh('row6');
    const out = join(d, 'x.csv');
    await expectInputError(['propose', zones, ...RULES, '-o', out, '--geojson', out], /-o and --geojson are the same file/);
    expect(files(d)).toEqual([]);
  });

  it('also when spelled differently or through a symlink', async () => {
    const d = fresh('row6b');
    mkdirSync(join(d, 'sub'));
    symlinkSync(join(d, 'sub'), join(d, 'link'));
    await expectInputError(
      ['report', zones, plan, ...RULES, '-o', join(d, 'sub', 'r.html'), '--png', join(d, 'link', '..', 'sub', 'r.html')],
      /-o and --png are the same file/,
    );
    await expectInputError(
      ['report', zones, plan, ...RULES, '-o', join(d, 'sub', 'r.html'), '--png', join(d, 'link', 'r.html')],
      /-o and --png are the same file/,
    );
    expect(files(join(d, 'sub'))).toEqual([]);
  });
});

describe('row 7: an output that is an input is refused, the input kept', () => {
  it.each([
    ['export -o <zones>', () => ['export', zones, plan, ...RULES, '-o', zones]],
    ['export --zones-out <plan>', () => ['export', zones, plan, ...RULES, '-o', join(fresh('r7'), 's.geojson'), '--zones-out', plan]],
    ['propose -o <zones>', () => ['propose', zones, ...RULES, '-o', zones]],
    ['seats -o <plan>', () => ['seats', zones, plan, '--members-per-seat', '1000', '-o', plan]],
    ['report --png <plan>', () => ['report', zones, plan, ...RULES, '-o', join(fresh('r7b'), 'r.html'), '--png', plan]],
    ['graph -o <zones>', () => ['graph', zones, '-o', zones]],
  ])('%s', async (_name, args) => {
    await expectInputError(args(), /is an input of this command/);
    expect(readFileSync(zones, 'utf8')).toBe(zonesJson);
    expect(readFileSync(plan, 'utf8')).toBe(planText);
  });

  it('info --members-out <its --members-csv>, also through a symlink', async () => {
    const members = t.file('members.csv', 'code,members\nz1,10\nz2,20\nz3,30\nz4,40\n');
    const link = join(t.dir, 'members-link.csv');
    symlinkSync(members, link);
    await expectInputError(['info', zones, '--members-csv', members, '--members-out', link], /--members-out is an input of this command/);
    expect(readFileSync(members, 'utf8')).toBe('code,members\nz1,10\nz2,20\nz3,30\nz4,40\n');
  });

  it('the write gate itself refuses any file the run has read, even one no option declared', async () => {
    const links = t.file('links.csv', 'zone_a,zone_b\nz1,z4\n');
    // --links is read by the graph step; the check at write time catches it whatever the command
    await expectInputError(['graph', zones, '--links', links, '-o', links], /is an input of this command/);
    expect(readFileSync(links, 'utf8')).toBe('zone_a,zone_b\nz1,z4\n');
  });
});

describe('row 8: interrupted writes', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s during a long write removes the temporaries and writes nothing', async (signal) => {
    const d = fresh(`signal-${signal}`);
    const atomic = new URL('../../src/io/atomic.ts', import.meta.url).pathname;
    const script = `import { writeOutputs } from ${JSON.stringify(atomic)};
      await writeOutputs([{ path: ${JSON.stringify(join(d, 'big.html'))}, data: Buffer.alloc(512 * 1024 * 1024, 97) }, { path: ${JSON.stringify(join(d, 'small.csv'))}, data: 'x' }]);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'ignore' });
    const ended = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_code, sig) => res(sig)));
    // wait until the temporary exists, then interrupt
    for (let i = 0; i < 3000 && !files(d).some((f) => f.includes('decoupage-unfinished')); i++) await new Promise((r) => setTimeout(r, 5));
    expect(files(d).some((f) => /^big\.html\.decoupage-unfinished-\d+-\d+\.tmp$/.test(f))).toBe(true);
    child.kill(signal);
    expect(await ended).toBe(signal);
    expect(files(d)).toEqual([]);
  });

  it('temporaries of a dead process are removed at the next run, and said', async () => {
    const d = fresh('stale');
    let dead = 999_999;
    for (;;) {
      try {
        process.kill(dead, 0);
        dead--;
      } catch {
        break;
      }
    }
    const stale = join(d, `seats.csv.decoupage-unfinished-${dead}-1700000000000.tmp`);
    const mine = join(d, `seats.csv.decoupage-unfinished-${process.pid}-1700000000000.tmp`);
    writeFileSync(stale, 'half a file');
    writeFileSync(mine, 'a write in progress');
    const r = await runCli('seats', zones, plan, '--members-per-seat', '1000', '-o', join(d, 'seats.csv'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: removed .*decoupage-unfinished-\d+-1700000000000\.tmp, left by an interrupted decoupage run/);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(mine)).toBe(true); // a live process's temporary is not touched
    expect(files(d)).toEqual([`seats.csv`, `seats.csv.decoupage-unfinished-${process.pid}-1700000000000.tmp`]);
  });
});

describe('a full disk, an empty file name', () => {
  it('a write that fills the disk: "the disk is full", a hint to free space (not to check the path), nothing left', () => {
    const d = fresh('full');
    const a = join(d, 'a.csv');
    writeFileSync(a, 'old a');
    const real = gateFs.writeFileSync;
    let n = 0;
    vi.spyOn(gateFs, 'writeFileSync').mockImplementation((file, data) => {
      if (++n === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      real(file, data);
    });
    let said = '';
    try {
      writeFilesAtomic([
        { path: a, data: 'new a', option: '-o' },
        { path: join(d, 'b.csv'), data: 'new b', option: '--geojson' },
      ]);
    } catch (e) {
      said = (e as InputError).sayIn('fr');
    }
    expect(said).toContain('b.csv : impossible d’écrire ce fichier : le disque est plein');
    expect(said).toContain('libérez de la place sur ce disque');
    expect(said).not.toContain('vérifiez le chemin');
    expect(readFileSync(a, 'utf8')).toBe('old a');
    expect(files(d)).toEqual(['a.csv']);
  });

  it('the folders a failed write created for its outputs are removed again; a folder that was there stays', () => {
    const d = fresh('made');
    vi.spyOn(gateFs, 'writeFileSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    });
    expect(() => writeFilesAtomic([{ path: join(d, 'new', 'deeper', 'plan.csv'), data: 'x' }])).toThrow(/the disk is full/);
    expect(files(d)).toEqual([]);
    mkdirSync(join(d, 'kept'));
    expect(() => writeFilesAtomic([{ path: join(d, 'kept', 'sub', 'plan.csv'), data: 'x' }])).toThrow(/the disk is full/);
    expect(files(d)).toEqual(['kept']);
    expect(files(join(d, 'kept'))).toEqual([]);
  });

  it('another failure while writing names the option in its hint', () => {
    const d = fresh('eio');
    vi.spyOn(gateFs, 'writeFileSync').mockImplementation(() => {
      throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
    });
    expect(() => writeFilesAtomic([{ path: join(d, 'r.html'), data: 'x', option: '--report' }])).toThrow(
      /r\.html: cannot write this file: the disk is read-only\n {2}→ check the path given to --report/,
    );
    expect(files(d)).toEqual([]);
  });

  it('-o "": "the file name is empty", not "it is a folder"', async () => {
    const r = await expectInputError(['seats', zones, plan, '--members-per-seat', '1000', '-o', ''], /cannot write this file: the file name is empty/, /-o/);
    expect(r.stderr).not.toMatch(/folder, not a file/);
  });
});
