// Start-up benchmark: whole commands as a user runs them (`node bin/decoupage.js …`, a fresh process each
// time, dist/ built), median of 5 runs each. The CLI loads only the modules of the command it runs
// (src/cli/commands/index.ts), so `--version` loads almost nothing and check/propose do not load the
// INSEE importer nor the PNG renderer. `npx tsx bench/startup.ts` on its own (after `npm run build`).
// With the times, the bytes of the bundle (dist/bundle/) each command reads: a figure of the build, the same on
// every machine (tests/cli/startup.test.ts keeps it down).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleLoaded } from '../tests/support/bundle-loaded.js';
import { pacaZonesWithEstimatedMembers } from '../tests/support/real-data-loaders.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'decoupage.js');
const PACA = join(ROOT, '..', 'shared', 'data', 'ze2020-paca.geojson');
const RUNS = Number(process.env.STARTUP_RUNS ?? 5);
const RULES = ['--min-members', '10000', '--members-per-seat', '1500', '--min-seats', '6'];

const TIME = '/usr/bin/time'; // GNU time (Debian package "time"): CPU seconds of the child process
const hasTime = existsSync(TIME);

/** One run: wall time (ms) and, with GNU time, the CPU time (user + system, ms) of the process. */
function once(args: string[]): { wall: number; cpu: number } {
  const cmd = args.length ? [BIN, ...args] : ['-e', '0'];
  const t = performance.now();
  const r = hasTime
    ? spawnSync(TIME, ['-f', 'cpu %U %S', process.execPath, ...cmd], { encoding: 'utf8' })
    : spawnSync(process.execPath, cmd, { encoding: 'utf8' });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`decoupage ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run npm run build first');
  const tmp = mkdtempSync(join(tmpdir(), 'bench-startup-'));
  const plan = join(tmp, 'plan.csv');
  // members = population × 0.08, as a spreadsheet in the temporary folder (as a committee would give it)
  const members = join(tmp, 'members.csv');
  writeFileSync(
    members,
    'code,members\n' +
      pacaZonesWithEstimatedMembers(0.08)
        .zones.map((z) => `${z.id},${z.members}`)
        .join('\n') +
      '\n',
  );
  const zoneArgs = [PACA, '--members-csv', members];
  const cases: [string, string[], number][] = [
    ['node -e 0 (Node alone, for reference)', [], 0],
    ['decoupage --version', ['--version'], 150],
    ['decoupage propose ze2020-paca.geojson (22 zones)', ['propose', ...zoneArgs, '-o', plan, ...RULES], 400],
    ['decoupage check ze2020-paca.geojson plan.csv', ['check', zoneArgs[0], plan, ...zoneArgs.slice(1), ...RULES], 400],
  ];
  console.log(`\n## start-up: whole commands, median of ${RUNS} runs (fresh process each)\n`);
  console.log('| command | wall median (ms) | wall min–max (ms) | CPU median (ms, user + system) | bundle read (KB, files) | goal (wall) |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const [name, args, goal] of cases) {
    const runs = Array.from({ length: RUNS }, () => once(args));
    const wall = runs.map((r) => r.wall);
    const m = median(wall);
    const cpu = median(runs.map((r) => r.cpu));
    const verdict = goal ? `< ${goal} ms ${m < goal ? '✓' : '✗'}` : '';
    const read = args.length ? bundleLoaded(args) : undefined;
    const bundle = read ? `${(read.bytes / 1000).toFixed(0)} KB, ${read.files.length}` : '-';
    console.log(
      `| ${name} | ${m.toFixed(0)} | ${Math.min(...wall).toFixed(0)}–${Math.max(...wall).toFixed(0)} | ${Number.isFinite(cpu) ? cpu.toFixed(0) : '-'} | ${bundle} | ${verdict} |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
