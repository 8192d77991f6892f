import { Command, CommanderError } from 'commander';
import { isInputError } from '../core/index.js';
import { silentProgress, terminalProgress } from '../core/index.js';
import type { CliContext } from './context.js';
import { COMMANDS } from './commands/index.js';

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
 * be met, 2 unusable input (bad file, unknown zone, bad option). Never throws for user errors.
 */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const ctx: CliContext = {
    stdout: io.stdout,
    stderr: io.stderr,
    progress: () => (io.interactive ? terminalProgress() : silentProgress),
    exitCode: 0,
  };
  const program = new Command('decoupage')
    .description(
      'Build electoral sections from contiguous zones (e.g. INSEE zones d\'emploi) so that every section ' +
        'reaches a member threshold and elects enough delegates for a pluralist list vote. ' +
        'Start with "decoupage demo", which runs every step on a bundled fictional region.',
    )
    .version('0.1.0', '-V, --version', 'show the version')
    .helpOption('-h, --help', 'show help for a command')
    .showHelpAfterError('(run with --help to see the options)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  for (const register of COMMANDS) register(program, ctx);
  program.commands.forEach((c) => c.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }));

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit with 0; usage mistakes are unusable input (2)
      return e.exitCode === 0 ? 0 : 2;
    }
    if (isInputError(e)) {
      io.stderr(`error: ${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  }
}
