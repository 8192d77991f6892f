import { VERSION } from '../core/index.js';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** show progress lines on stderr (only when it is a terminal) */
  interactive?: boolean;
}

const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  interactive: true,
};

/**
 * Run the decoupage CLI and return its exit code: 0 success, 1 the plan breaks a rule / rules cannot
 * be met, 2 unusable input (bad file, unknown zone, bad option), 3 internal error (a bug: the message
 * asks to report it, without a stack trace unless DECOUPAGE_DEBUG=1). Never throws.
 */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  // `decoupage --version` (alone) prints the version as commander does, without loading commander, the
  // catalogue or any command (a fast start-up); everything else is run.ts
  if (argv.length === 1 && (argv[0] === '-V' || argv[0] === '--version')) {
    io.stdout(VERSION + '\n');
    return 0;
  }
  const { runCli } = await import('./run.js');
  return runCli(argv, io);
}
