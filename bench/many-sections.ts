// Plans of many sections: a W × W lattice of square zones (made up, 2,000–4,999 members each) and the plan where every
// zone is its own section, through check, seats, export and report as a user runs them (`node bin/decoupage.js …`, a
// fresh process each, dist/ built): wall time and, with GNU time, peak memory. Each of these once compared every
// section with every other one (links, label places, colouring, failures) or spread a plan-sized array into a call.
// `npx tsx bench/many-sections.ts [W…]` on its own (default 60 and 120: 3,600 and 14,400 sections).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gridFeatures } from '../tests/support/zoneset.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'decoupage.js');
const TIME = '/usr/bin/time'; // GNU time (Debian package "time"): the child's peak memory
const RULES = ['--min-members', '100', '--members-per-seat', '300', '--min-seats', '1'];

/** The lattice and its one-zone-per-section plan, written into dir. */
function lattice(dir: string, w: number): { zones: string; plan: string } {
  const zones = join(dir, `lattice${w}.geojson`);
  const plan = join(dir, `lattice${w}-plan.csv`);
  writeFileSync(zones, JSON.stringify(gridFeatures(w, w, (r, c) => 2000 + ((r * 7 + c * 13) % 3000), 1 / 256)));
  const rows = ['zone,section'];
  for (let r = 0; r < w; r++) for (let c = 0; c < w; c++) rows.push(`r${r}c${c},S${r}_${c}`);
  writeFileSync(plan, rows.join('\n') + '\n');
  return { zones, plan };
}

function once(args: string[]): { wall: number; peakMb: number } {
  const t = performance.now();
  const r = existsSync(TIME)
    ? spawnSync(TIME, ['-f', 'peak %M', process.execPath, BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`decoupage ${args.join(' ')} exited with ${r.status}: ${r.stderr.slice(-500)}`);
  const m = /peak (\d+)\s*$/.exec(r.stderr);
  return { wall, peakMb: m ? Number(m[1]) / 1024 : NaN };
}

export async function run(widths: number[] = [60, 120]): Promise<void> {
  console.log('\n## Plans of many sections (one zone each, made-up lattice)\n');
  console.log('| sections | check | seats | export (GeoJSON) | report | peak memory (report) |\n|---:|---:|---:|---:|---:|---:|');
  for (const w of widths) {
    const dir = mkdtempSync(join(tmpdir(), 'decoupage-many-'));
    try {
      const { zones, plan } = lattice(dir, w);
      const check = once(['check', zones, plan, ...RULES]);
      const seats = once(['seats', zones, plan, '--members-per-seat', '300', '--min-seats', '1']);
      const exported = once(['export', zones, plan, '-o', join(dir, 'sections.geojson')]);
      const report = once(['report', zones, plan, ...RULES, '-o', join(dir, 'report.html')]);
      const s = (x: { wall: number }) => `${(x.wall / 1000).toFixed(1)} s`;
      console.log(`| ${(w * w).toLocaleString('en')} | ${s(check)} | ${s(seats)} | ${s(exported)} | ${s(report)} | ${report.peakMb.toFixed(0)} MB |`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const widths = process.argv.slice(2).map(Number);
  await run(widths.length ? widths : undefined);
}
