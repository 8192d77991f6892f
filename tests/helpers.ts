import { main } from '../src/cli/main.js';

/** Run the CLI in-process and capture what it prints. */
export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), interactive: false });
  return { code, stdout, stderr };
}

/** ../shared/data, where the real INSEE files live (CI has them; never copied into the repo). */
export const SHARED_DATA = new URL('../../shared/data/', import.meta.url).pathname;
