import { main } from '../src/cli/main.js';

/** Run the CLI in-process and capture what it prints. */
export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), interactive: false });
  return { code, stdout, stderr };
}

/** ../shared/data, where the real INSEE files live: see tests/support/real-data.ts (describeWithRealData). */
export { SHARED_DATA } from './support/real-data.js';
