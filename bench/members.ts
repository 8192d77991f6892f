// Members benchmark: `decoupage members` on generated registers (scripts/register.ts: real postal codes
// and envelope spellings of PACA, members = population légale × rate per commune), written to a temp
// folder as French Excel would (";" and Windows-1252) and read back from the file. Each case runs the whole
// command once in this process, cold (first run loads the postal code and commune tables), then once warm.
// Reports wall time and CPU time (user + system): on a shared machine the wall time depends on the load.
// Target (issue 11): a register of ≥ 200,000 lines in < 5 s.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { generateRegister, registerCounts, registerCsv, toWindows1252 } from '../scripts/register.js';

const SHARED = new URL('../../shared/data/', import.meta.url).pathname;

async function timeCommand(argv: string[]): Promise<{ wall: number; cpu: number; out: string; code: number }> {
  let out = '';
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (out += t), interactive: false });
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, out, code };
}

export async function run(): Promise<void> {
  console.log(`\n## Members (decoupage members) — Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})\n`);
  console.log('| register | lines | size | cold wall | cold CPU | warm wall | warm CPU | target | matched (postal code / town / shared / unmatched) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---|---|');
  const dir = mkdtempSync(join(tmpdir(), 'decoupage-bench-members-'));
  try {
    for (const rate of [0.04, 0.08]) {
      const reg = generateRegister({ counts: registerCounts('93', rate), seed: 1 });
      const file = join(dir, `register-${rate}.csv`);
      const bytes = toWindows1252(registerCsv(reg));
      writeFileSync(file, bytes);
      const argv = [
        'members',
        file,
        '--commune-table',
        join(SHARED, 'commune-ze2020.csv'),
        '-o',
        join(dir, 'members.csv'),
        '--unmatched',
        join(dir, 'unmatched.csv'),
      ];
      const cold = await timeCommand(argv);
      const warm = await timeCommand(argv);
      if (cold.code !== 0) throw new Error(`members failed:\n${cold.out}`);
      const row = (label: string) => new RegExp(`${label}\\s+([\\d,]+)`).exec(cold.out)?.[1] ?? '?';
      const matched = [row('by postal code \\(one commune\\)'), row('by town name'), row('shared by population \\(estimated\\)'), row('not matched')].join(
        ' / ',
      );
      const ok = cold.cpu < 5000 ? '< 5 s CPU ✓' : '< 5 s CPU ✗';
      const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      console.log(
        `| PACA × ${rate * 100} %, cp1252 | ${reg.rows.length.toLocaleString('en-US')} | ${(bytes.length / 1e6).toFixed(1)} MB | ${s(cold.wall)} | ${s(cold.cpu)} | ${s(warm.wall)} | ${s(warm.cpu)} | ${ok} | ${matched} |`,
      );
    }
    console.log(
      `\nload average during the run: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(', ')} (on ${cpus().length} cores)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
